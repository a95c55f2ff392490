extension SwiftEnumContext {
    /// The context of `model`'s enum declaration, the type of the field or parameter `member`,
    /// which starts `indent` spaces in.
    init(_ model: EnumModel, of member: String, indent: Int) {
        self.init(
            docLines: DocComment.lines("The values of `\(member)`.", indent: indent),
            name: model.swiftName,
            cases: model.values.map { value in
                SwiftEnumCaseContext(
                    docLines: DocComment.lines(value.meaning, indent: indent + 4),
                    name: value.swiftName,
                    rawValue: SwiftTypeName.stringLiteralContents(value.rawValue))
            },
            knownCaseList: model.values.map { ".\($0.swiftName)" }.joined(separator: ", "))
    }
}
