/// The Swift names of the model's objects, fields, types, operations and Terraform resources: every
/// name the generated Swift declares, made here from the names the spec gives, and nowhere else.
/// Builders and templates print them; `SwiftNameChecker` makes sure that every one is usable and
/// that none clash (`SwiftDeclaredNames` lists them by scope).

extension TypeName {
    /// The Swift type name: the spec's preferred one, else made from the spec's: `BillingMeter`.
    var swiftName: String {
        preferred ?? SwiftNaming.typeName(specName)
    }
}

extension TypePath {
    /// The full Swift name: `BillingMeter.DefaultAggregation.Formula`,
    /// `BillingMeter.ListParams.Status`.
    var qualifiedSwiftName: String {
        var parts = [object.swiftName]
        if let operation { parts.append(OperationModel.paramsTypeName(of: operation)) }
        parts += members.map(\.swiftName)
        return parts.joined(separator: ".")
    }
}

extension ObjectModel {
    /// The Swift type name: `BillingMeter`.
    var swiftName: String { typeName.swiftName }

    /// The `StripeClient` property that leads to the object's operations: `billingMeters` for
    /// `/v1/billing/meters`.
    var clientAccessorName: String {
        SwiftNaming.memberName(String(resourcePath.map { $0 == "/" ? "_" : $0 }))
    }

    /// The type that sends the object's operations, and its file: `BillingMeterService`.
    var serviceName: String { swiftName + "Service" }

    /// The provider's type for the object's Terraform resource, and its file: `BillingMeterResource`.
    var terraformResourceTypeName: String { swiftName + "Resource" }

    /// The file of the object's data sources: `BillingMeterDataSources`.
    var terraformDataSourcesFileName: String { swiftName + "DataSources" }

    /// The parameters type of `operation`, one of the object's, as code outside the object names
    /// it: `BillingMeter.CreateParams`.
    func qualifiedParamsTypeName(of operation: OperationModel) -> String {
        swiftName + "." + operation.paramsTypeName
    }

    /// The request builder of `operation` as code outside the object calls it:
    /// `BillingMeter.createRequest`.
    func qualifiedRequestBuilderName(of operation: OperationModel) -> String {
        swiftName + "." + operation.requestBuilderName
    }

    /// The usage example's function that calls `operation`: `createBillingMeter`.
    func exampleFunctionName(for operation: OperationModel) -> String {
        SwiftNaming.unescapedMemberName(operation.name) + swiftName
    }
}

extension FieldModel {
    /// The Swift property name, escaped if it is a keyword: `eventTimeWindow`.
    var swiftName: String { SwiftNaming.memberName(name) }
    /// The property's name as an argument label, where keywords need no escaping: `default`.
    var swiftLabel: String { SwiftNaming.unescapedMemberName(name) }
}

extension EnumModel {
    /// The type's name within its parent: `Formula`.
    var swiftName: String { path.name.swiftName }
    /// The full name: `BillingMeter.DefaultAggregation.Formula`.
    var qualifiedSwiftName: String { path.qualifiedSwiftName }
}

extension EnumValueModel {
    /// The Swift case name, escaped if it is a keyword: `byId`.
    var swiftName: String { SwiftNaming.memberName(rawValue) }
}

extension NestedObjectModel {
    /// The type's name within its parent: `CustomerMapping`.
    var swiftName: String { path.name.swiftName }
    /// The full name: `BillingMeter.CustomerMapping`.
    var qualifiedSwiftName: String { path.qualifiedSwiftName }
}

extension OperationModel {
    /// The Swift method name: `eventSummaries`.
    var swiftName: String { SwiftNaming.memberName(name) }
    /// The Swift name of the parameters type: `EventSummariesParams`.
    var paramsTypeName: String { Self.paramsTypeName(of: name) }
    /// The Swift type of the object returned: `BillingMeter`; `nil` when the operation answers
    /// with nothing.
    var returnedType: String? { returnedObject?.swiftName }
    /// The method that pages through every object a list operation returns: `listAutoPaging`.
    var autoPagingMethodName: String { SwiftNaming.unescapedMemberName(name) + "AutoPaging" }
    /// The static method that checks the parameters and builds the request: `createRequest`.
    var requestBuilderName: String { SwiftNaming.unescapedMemberName(name) + "Request" }

    /// The Swift name of the parameters type of the operation named `name`.
    static func paramsTypeName(of name: String) -> String {
        SwiftNaming.typeName(name) + "Params"
    }
}

extension OperationModel.Host {
    /// The runtime's `StripeRequest.Host` case: `meterEvents`.
    var swiftName: String { SwiftNaming.memberName(rawValue) }
}

extension OperationModel.Authentication {
    /// The runtime's `StripeRequest.Authentication` case: `sessionToken`.
    var swiftName: String { SwiftNaming.memberName(rawValue) }
}

extension ParamModel {
    /// The Swift property name, escaped if it is a keyword: `startTime`.
    var swiftName: String { SwiftNaming.memberName(name) }
    /// The property's name as an argument label, where keywords need no escaping: `default`.
    var swiftLabel: String { SwiftNaming.unescapedMemberName(name) }
}

extension TerraformModel {
    /// The property of the Swift schema value that holds the resource's block: `stripeMeterBlock`.
    var schemaBlockPropertyName: String { SwiftNaming.unescapedMemberName(resource) + "Block" }

    /// The property that holds the block of the data source `name`: `stripeMetersDataSourceBlock`.
    static func dataSourceBlockPropertyName(_ name: String) -> String {
        SwiftNaming.unescapedMemberName(name) + "DataSourceBlock"
    }

    /// The property of the Swift schema value that holds the type of a `resource` object as data
    /// sources read it: `stripeMeterObjectType`.
    static func readObjectTypeName(_ resource: String) -> String {
        SwiftNaming.unescapedMemberName(resource) + "ObjectType"
    }

    /// The provider's type for the data source `name`: `StripeMetersDataSource`.
    static func dataSourceTypeName(_ name: String) -> String {
        SwiftNaming.typeName(name) + "DataSource"
    }
}
