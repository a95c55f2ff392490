/// A parameter's key in Stripe's form encoding, which is also the parameter path that Stripe's
/// errors name: `display_name`, `default_aggregation[formula]`, `expand[0]`, `payload[region]`.
package struct FormKey: Hashable, Sendable, CustomStringConvertible {
    /// The key of the request itself, under which top-level parameters go.
    package static let root = FormKey(path: "")

    /// The key as it goes on the wire, before percent-encoding.
    package let path: String

    /// The key of a top-level parameter.
    package init(_ name: String) {
        self.path = name
    }

    private init(path: String) {
        self.path = path
    }

    /// The key of a field of this object: `display_name` at the root, `a[b]` below it.
    package subscript(name: String) -> FormKey {
        FormKey(path: path.isEmpty ? name : "\(path)[\(name)]")
    }

    /// The key of a list element: `expand[0]`.
    package subscript(index: Int) -> FormKey {
        self[String(index)]
    }

    package var description: String { path }
}
