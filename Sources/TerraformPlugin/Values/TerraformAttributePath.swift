/// Where in a resource's value something is: `customer_mapping[0].event_payload_key`.
public struct TerraformAttributePath: Hashable, Sendable, CustomStringConvertible {
    /// One step into a value.
    public enum Step: Hashable, Sendable {
        case attribute(String)
        case index(Int)
        case key(String)
    }

    public var steps: [Step]

    public init(_ steps: [Step] = []) {
        self.steps = steps
    }

    /// The path of a top-level attribute or block.
    public static func attribute(_ name: String) -> Self {
        Self([.attribute(name)])
    }

    /// The top-level attribute or block the path starts at.
    public var rootAttribute: String? {
        guard case .attribute(let name) = steps.first else { return nil }
        return name
    }

    /// This path followed by `step`.
    public func appending(_ step: Step) -> Self {
        Self(steps + [step])
    }

    public var description: String {
        var text = ""
        for step in steps {
            switch step {
            case .attribute(let name): text += text.isEmpty ? name : ".\(name)"
            case .index(let index): text += "[\(index)]"
            case .key(let key): text += "[\"\(key)\"]"
            }
        }
        return text
    }
}
