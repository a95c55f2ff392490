/// The context of a generated Terraform resource of the provider (`terraform_provider/resource`).
struct TerraformResourceFileContext: Sendable {
    var header: String
    /// The doc comment, which the template wraps with `docComment()`.
    var documentation: String
    /// The Swift type: `BillingMeterResource`.
    var typeName: String
    /// `stripe_meter`.
    var resource: String
    /// `"display_name"`, comma-separated.
    var updatableAttributes: String
    var changedByUpdate: String
    /// The configuration's type: `BillingMeter.CreateParams`.
    var createParams: String
    /// What an update in place sends: `BillingMeter.UpdateParams`.
    var updateParams: String
    /// The request builder that validates create parameters: `BillingMeter.createRequest`.
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
    /// The plan function\'s doc comment.
    var planDocumentation: String
    /// One check per attribute whose change replaces the resource.
    var replacementChecks: [TerraformReplacementCheckContext]
    /// One check per attribute that updates in place: a change goes into the update.
    var updateChecks: [TerraformUpdateCheckContext]
    /// How a create refused for a unique value adopts the object that holds it; none or one.
    var adoption: [TerraformAdoptionContext]
}

/// The code that finds and adopts the holder of a unique value (`TerraformAdoption`).
struct TerraformAdoptionContext: Sendable {
    /// `billing meter`, for messages.
    var title: String
    /// `event_name` and `eventName`.
    var uniqueAttribute: String
    var uniqueProperty: String
    /// `BillingMeter`.
    var objectType: String
    /// `id`: the property the object is known by.
    var idProperty: String
    /// `listAutoPaging()`.
    var listCall: String
    /// `reactivate(id: id)`, when a destroyed object can be brought back.
    var reactivateCall: String?
    /// `object.status == .inactive`: whether the holder is destroyed.
    var destroyedCondition: String
    /// `object.status != .inactive`: whether it is not.
    var presentCondition: String
}

/// `if <condition> { forcedBy.append("<attribute>") }`.
struct TerraformReplacementCheckContext: Sendable {
    /// `desired.eventName != prior.eventName`; for an attribute Stripe fills in, only when the
    /// configuration sets it.
    var condition: String
    var attribute: String
}

/// `if desired.<property> != prior.<property> { update.<updateProperty> = desired.<property> }`.
struct TerraformUpdateCheckContext: Sendable {
    var property: String
    var updateProperty: String
}

/// The context of the provider's list of resources (`terraform_provider/resources`).
struct TerraformResourcesFileContext: Sendable {
    /// A resource or data source type.
    struct Resource: Sendable {
        var typeName: String
    }

    var header: String
    /// `registry.terraform.io/stripe-billing/stripe`.
    var providerAddress: String
    var resources: [Resource]
    var dataSources: [Resource]
}

extension TerraformResourceFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "documentation": documentation.templateValue,
            "typeName": typeName.templateValue,
            "resource": resource.templateValue,
            "updatableAttributes": updatableAttributes.templateValue,
            "changedByUpdate": changedByUpdate.templateValue,
            "createParams": createParams.templateValue,
            "updateParams": updateParams.templateValue,
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
            "planDocumentation": planDocumentation.templateValue,
            "replacementChecks": replacementChecks.templateValue,
            "updateChecks": updateChecks.templateValue,
            "adoption": adoption.templateValue,
        ])
    }
}

extension TerraformReplacementCheckContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "condition": condition.templateValue,
            "attribute": attribute.templateValue,
        ])
    }
}

extension TerraformAdoptionContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "title": title.templateValue,
            "uniqueAttribute": uniqueAttribute.templateValue,
            "uniqueProperty": uniqueProperty.templateValue,
            "objectType": objectType.templateValue,
            "idProperty": idProperty.templateValue,
            "listCall": listCall.templateValue,
            "reactivateCall": reactivateCall.templateValue,
            "destroyedCondition": destroyedCondition.templateValue,
            "presentCondition": presentCondition.templateValue,
        ])
    }
}

extension TerraformUpdateCheckContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "property": property.templateValue,
            "updateProperty": updateProperty.templateValue,
        ])
    }
}

extension TerraformResourcesFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "providerAddress": providerAddress.templateValue,
            "resources": resources.templateValue,
            "dataSources": dataSources.templateValue,
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
