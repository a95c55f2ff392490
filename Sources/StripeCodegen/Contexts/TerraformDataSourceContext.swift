/// What `Templates/terraform_provider/data_sources.mustache` renders: an object's data sources.
struct TerraformDataSourcesFileContext: Sendable {
    var header: String
    var lookups: [TerraformLookupDataSourceContext]
    var lists: [TerraformListDataSourceContext]
}

/// `data "stripe_meter"`: one object, by its import field or its unique field.
struct TerraformLookupDataSourceContext: Sendable {
    var documentation: String
    /// `StripeMeterDataSource` and `stripe_meter`.
    var typeName: String
    var name: String
    /// `billing meter`, for messages.
    var title: String
    var objectType: String
    var clientAccessor: String
    /// `id`, and its call: `retrieve(id: id)`.
    var idAttribute: String
    var readCall: String
    /// `event_name` and `eventName`, when the object has a unique field.
    var uniqueAttribute: String?
    var uniqueProperty: String?
    /// `listAutoPaging()`.
    var listCall: String?
    /// `object.status != .inactive`, to prefer a holder that is not destroyed.
    var presentCondition: String
    /// "`id` or `event_name`".
    var keysPhrase: String
}

/// `data "stripe_meters"`: every object, filtered by the list's enum parameters.
struct TerraformListDataSourceContext: Sendable {
    var documentation: String
    var typeName: String
    var name: String
    var clientAccessor: String
    /// `BillingMeter.ListParams`.
    var paramsType: String
    var listMethod: String
    /// `meters`.
    var listAttribute: String
    var filters: [TerraformFilterContext]
}

/// A filter argument: `status`, the parameter's property and its enum type.
struct TerraformFilterContext: Sendable {
    var attribute: String
    var property: String
    var enumType: String
}

extension TerraformDataSourcesFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object(["header": header.templateValue, "lookups": lookups.templateValue, "lists": lists.templateValue])
    }
}

extension TerraformLookupDataSourceContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "typeName": typeName.templateValue,
            "name": name.templateValue,
            "title": title.templateValue,
            "objectType": objectType.templateValue,
            "clientAccessor": clientAccessor.templateValue,
            "idAttribute": idAttribute.templateValue,
            "readCall": readCall.templateValue,
            "uniqueAttribute": uniqueAttribute.templateValue,
            "uniqueProperty": uniqueProperty.templateValue,
            "listCall": listCall.templateValue,
            "presentCondition": presentCondition.templateValue,
            "keysPhrase": keysPhrase.templateValue,
        ])
    }
}

extension TerraformListDataSourceContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "documentation": documentation.templateValue,
            "typeName": typeName.templateValue,
            "name": name.templateValue,
            "clientAccessor": clientAccessor.templateValue,
            "paramsType": paramsType.templateValue,
            "listMethod": listMethod.templateValue,
            "listAttribute": listAttribute.templateValue,
            "filters": filters.templateValue,
        ])
    }
}

extension TerraformFilterContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "attribute": attribute.templateValue, "property": property.templateValue,
            "enumType": enumType.templateValue,
        ])
    }
}
