import StripeCodegen

/// A spec object that `gen drift` left out, and why: the OpenAPI document does not describe its
/// API, so its absence there says nothing.
public struct NotCompared: Sendable, Equatable, CustomStringConvertible {
    /// Where the spec names the object.
    public var location: SourceLocation
    /// `v2.billing.meter_event`.
    public var object: String
    /// `OpenAPI 2026-09-30.endive has no /v2/ paths`.
    public var reason: String

    /// `spec/v2_billing_meter_event.yaml:7:9: note: v2.billing.meter_event not compared: …`.
    public var description: String {
        "\(location): note: \(object) not compared: \(reason)"
    }
}
