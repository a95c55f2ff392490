/// The context of a generated Terraform resource of the provider (`terraform_provider/resource`).
struct TerraformResourceFileContext: Sendable {
    var header: String
    var docLines: [String]
    /// The Swift type: `BillingMeterResource`.
    var typeName: String
    /// `stripe_meter`.
    var resource: String
    var objectName: String
    /// `"display_name"`, comma-separated.
    var updatableAttributes: String
    var changedByUpdate: String
    var createParams: String
    /// The request builder that validates create parameters: `createRequest`.
    var createBuilder: String
    var clientAccessor: String
    /// Calls of the service, such as `create(params: params)` and `retrieve(id: id)`.
    var createCall: String
    var readCall: String
    var updateCall: String
    var destroyCall: String
    /// The attribute that identifies the object: `id`.
    var idAttribute: String
    var destroyWarning: String
    /// The warning's detail, as lines of a multi-line string literal.
    var destroyDetailLines: [String]
    /// `object.status == .inactive` turned into the condition for an object still there.
    var destroyedCheck: String?
}

/// The context of the provider's list of resources (`terraform_provider/resources`).
struct TerraformResourcesFileContext: Sendable {
    struct Resource: Sendable {
        var typeName: String
    }

    var header: String
    var resources: [Resource]
}

extension TerraformResourceFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "docLines": docLines.templateValue,
            "typeName": typeName.templateValue,
            "resource": resource.templateValue,
            "objectName": objectName.templateValue,
            "updatableAttributes": updatableAttributes.templateValue,
            "changedByUpdate": changedByUpdate.templateValue,
            "createParams": createParams.templateValue,
            "createBuilder": createBuilder.templateValue,
            "clientAccessor": clientAccessor.templateValue,
            "createCall": createCall.templateValue,
            "readCall": readCall.templateValue,
            "updateCall": updateCall.templateValue,
            "destroyCall": destroyCall.templateValue,
            "idAttribute": idAttribute.templateValue,
            "destroyWarning": destroyWarning.templateValue,
            "destroyDetailLines": destroyDetailLines.templateValue,
            "destroyedCheck": destroyedCheck.templateValue,
        ])
    }
}

extension TerraformResourcesFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "resources": resources.templateValue,
        ])
    }
}

extension TerraformResourcesFileContext.Resource: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "typeName": typeName.templateValue,
        ])
    }
}
