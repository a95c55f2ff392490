extension SwiftEnumContext {
    /// The context of `model`'s enum declaration, the type of the field or parameter `member`.
    init(_ model: EnumModel, of member: String) {
        self.init(
            documentation: "The values of `\(member)`.",
            name: model.swiftName,
            cases: model.values.map { value in
                SwiftEnumCaseContext(
                    documentation: value.meaning,
                    name: value.swiftName,
                    rawValue: SwiftTypeName.stringLiteralContents(value.rawValue))
            },
            knownCaseList: model.values.map { ".\($0.swiftName)" }.joined(separator: ", "))
    }
}
