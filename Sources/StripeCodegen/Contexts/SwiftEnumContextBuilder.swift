extension SwiftEnumContext {
    /// The context of `model`'s enum declaration, which starts `indent` spaces in; `description`
    /// becomes its doc comment, wrapped to fit there.
    init(_ model: EnumModel, description: String, indent: Int) {
        self.init(
            docLines: DocComment.lines(description, indent: indent),
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
