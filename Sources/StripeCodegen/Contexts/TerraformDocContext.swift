/// What `Templates/docs/resource.mustache` renders: a resource's page in the Terraform registry's
/// layout.
struct TerraformDocFileContext: Sendable {
    /// The HTML comment that marks the page as generated, after the front matter.
    var header: String
    /// `stripe_meter`.
    var resource: String
    var pageDescription: String
    /// The object's title: `billing meter`.
    var title: String
    var docsURL: String
    var objectDescription: String
    var destroyNote: String
    /// What happens when another object already holds the unique attribute, if the resource
    /// adopts such holders.
    var adoptionNote: String?
    /// The Example Usage's resource block.
    var example: HCLBlockContext
    /// Required arguments first, each group sorted by name.
    var arguments: [TerraformDocArgumentContext]
    /// One section per nested block.
    var blocks: [TerraformDocBlockContext]
    var attributes: [TerraformDocArgumentContext]
    /// `` `display_name` ``: what can change in place.
    var updatableList: String
    /// `stripe_meter.meter`.
    var importAddress: String
    /// `<meter_id>`.
    var importPlaceholder: String
}

/// A nested block's section.
struct TerraformDocBlockContext: Sendable {
    /// `Default Aggregation`.
    var heading: String
    var name: String
    var arguments: [TerraformDocArgumentContext]
}

/// One bullet: `` * `name` - (Required) String. Description. ``, with a sub-bullet per enum value.
struct TerraformDocArgumentContext: Sendable {
    var line: String
    var valueLines: [String]
}

extension TerraformDocFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "resource": resource.templateValue,
            "pageDescription": pageDescription.templateValue,
            "title": title.templateValue,
            "docsURL": docsURL.templateValue,
            "objectDescription": objectDescription.templateValue,
            "destroyNote": destroyNote.templateValue,
            "adoptionNote": adoptionNote.templateValue,
            "example": example.templateValue,
            "arguments": arguments.templateValue,
            "blocks": blocks.templateValue,
            "attributes": attributes.templateValue,
            "updatableList": updatableList.templateValue,
            "importAddress": importAddress.templateValue,
            "importPlaceholder": importPlaceholder.templateValue,
        ])
    }
}

extension TerraformDocBlockContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "heading": heading.templateValue,
            "name": name.templateValue,
            "arguments": arguments.templateValue,
        ])
    }
}

extension TerraformDocArgumentContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "line": line.templateValue,
            "valueLines": valueLines.templateValue,
        ])
    }
}
