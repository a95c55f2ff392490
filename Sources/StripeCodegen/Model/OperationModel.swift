/// An API operation of an object.
public struct OperationModel: Sendable {
    /// What the operation does to its object; checks and later generators depend on it.
    public enum Kind: String, Sendable, CaseIterable {
        case create, retrieve, update, list, action
    }

    /// The name in the spec: `event_summaries`.
    public var name: String
    /// Where the spec names the operation.
    public var declaredAt: SourceLocation
    public var kind: Kind
    /// `GET` or `POST`.
    public var method: String
    /// The path with `{name}` placeholders: `/v1/billing/meters/{id}`.
    public var path: String
    /// The server the operation is sent to.
    public var host: Host
    /// What the operation authenticates with.
    public var authentication: Authentication
    public var summary: String
    public var description: String
    /// The object returned (a list of them for `list` operations), as a type: its Stripe name is
    /// `specName`. The link stage finds it among the spec's objects. `nil` for an operation that
    /// answers with nothing (`{}`), such as sending meter events on the stream.
    public var returnedObject: TypeName?
    public var params: [ParamModel]

    /// The server an operation is sent to: the spec's `host`.
    public enum Host: String, Sendable, CaseIterable {
        /// Stripe's API, `https://api.stripe.com`.
        case api
        /// The meter event stream's server, `https://meter-events.stripe.com`.
        case meterEvents = "meter_events"
    }

    /// What an operation authenticates with: the spec's `auth`.
    public enum Authentication: String, Sendable, CaseIterable {
        /// The account's secret key.
        case secretKey = "secret_key"
        /// A meter event session's short-lived token, which the caller passes to each call.
        case sessionToken = "session_token"
    }

    /// What `returns` says of an operation that answers with nothing.
    static let returnsNothing = "nothing"
}

/// A request parameter.
public struct ParamModel: Sendable {
    /// Where the parameter travels.
    public enum Location: String, Sendable {
        case path, query, body
    }

    public var name: String
    /// Where the spec names the parameter, or the field it sets.
    public var declaredAt: SourceLocation
    public var location: Location
    public var description: String
    public var type: FieldType
    public var isRequired: Bool
    /// The limits of this request, which may be tighter than the object's.
    public var constraints: Constraints
    /// The object field the parameter sets, if any: the link to it, made once by the checker.
    public var field: FieldModel?
    /// The limits of nested fields in this request, for object parameters.
    public var nestedParams: [ParamModel]
    /// The parameter of the same operation whose value this one's must exceed: `end_time` comes
    /// after `start_time`.
    public var after: ParamReference?
}

/// A parameter that another refers to, held indirectly, since a parameter cannot contain one.
public indirect enum ParamReference: Sendable {
    case param(ParamModel)

    /// The parameter referred to.
    public var target: ParamModel {
        switch self {
        case .param(let param): param
        }
    }
}
