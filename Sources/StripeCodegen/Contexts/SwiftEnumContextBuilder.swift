extension SwiftEnumContext {
    /// The context of `model`'s enum declaration, the type of the field or parameter `member`,
    /// which requests send as their API encodes them.
    init(_ model: EnumModel, of member: String, sentAs encoding: StripeAPI.BodyEncoding) {
        let encodable = switch encoding {
        case .form: "FormEncodable"
        case .json: "JSONEncodable"
        }
        self.init(
            documentation: "The values of `\(member)`.",
            name: model.swiftName,
            conformances: ["StripeEnum", encodable],
            cases: model.values.map { value in
                SwiftEnumCaseContext(
                    documentation: value.meaning,
                    name: value.swiftName,
                    rawValue: SwiftTypeName.stringLiteralContents(value.rawValue))
            },
            knownCaseList: model.values.map { ".\($0.swiftName)" }.joined(separator: ", "))
    }
}
