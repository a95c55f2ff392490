/// What `Templates/docs/data_source.mustache` renders: a data source's registry page.
struct TerraformDataSourceDocFileContext: Sendable {
    var header: String
    /// `stripe_meter`.
    var dataSource: String
    var pageDescription: String
    /// What the data source reads, and by what.
    var summary: String
    var example: HCLBlockContext
    var arguments: [TerraformDocArgumentContext]
    var attributes: [TerraformDocArgumentContext]
}

extension TerraformDataSourceDocFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "dataSource": dataSource.templateValue,
            "pageDescription": pageDescription.templateValue,
            "summary": summary.templateValue,
            "example": example.templateValue,
            "arguments": arguments.templateValue,
            "attributes": attributes.templateValue,
        ])
    }
}
