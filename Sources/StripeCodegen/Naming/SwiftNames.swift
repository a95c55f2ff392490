/// The Swift names of the model's objects, fields, types and operations: the Swift output kinds'
/// naming, made here from the names the spec gives, and nowhere else. `SwiftNameChecker` makes
/// sure that every one is usable and that none clash.

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
    /// The Swift type of the object returned: `BillingMeter`.
    var returnedType: String { returnedObject.swiftName }
    /// The method that pages through every object a list operation returns: `listAutoPaging`.
    var autoPagingMethodName: String { SwiftNaming.unescapedMemberName(name) + "AutoPaging" }

    /// The Swift name of the parameters type of the operation named `name`.
    static func paramsTypeName(of name: String) -> String {
        SwiftNaming.typeName(name) + "Params"
    }
}

extension ParamModel {
    /// The Swift property name, escaped if it is a keyword: `startTime`.
    var swiftName: String { SwiftNaming.memberName(name) }
    /// The property's name as an argument label, where keywords need no escaping: `default`.
    var swiftLabel: String { SwiftNaming.unescapedMemberName(name) }
}
