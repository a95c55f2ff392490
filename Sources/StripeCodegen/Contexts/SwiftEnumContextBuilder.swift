extension SwiftEnumContext {
    /// The context of `model`'s enum declaration, indented by `indent` spaces; `description`
    /// becomes its doc comment.
    init(_ model: EnumModel, description: String, indent: Int) {
        self.init(
            indent: String(repeating: " ", count: indent),
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
