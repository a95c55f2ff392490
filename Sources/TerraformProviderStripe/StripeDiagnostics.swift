import StripeBilling
import TerraformPlugin
import TerraformSchemas

/// Diagnostics for the errors of `StripeBilling`, pointing at the attribute that a Stripe
/// parameter such as `customer_mapping[event_payload_key]` comes from.
package enum StripeDiagnostics {
    package static func diagnostics(for error: any Error, in block: TerraformBlock?)
        -> [TerraformDiagnostic]
    {
        switch error {
        case let error as StripeValidationError:
            return error.problems.map { problem in
                .error(
                    "Invalid \(problem.param)", detail: "Stripe would reject this: \(problem).",
                    at: block?.attributePath(forStripeParameter: problem.param))
            }
        case let error as StripeAPIError:
            return [
                .error(
                    "Stripe rejected the request", detail: error.description,
                    at: error.param.flatMap { block?.attributePath(forStripeParameter: $0) })
            ]
        case DecodingError.keyNotFound(let key, let context):
            let parent = context.codingPath.map(\.stringValue)
            let parameter = (parent + [key.stringValue]).enumerated()
                .map { $0.offset == 0 ? $0.element : "[\($0.element)]" }.joined()
            let within = parent.isEmpty ? "" : " when `\(parent.joined(separator: "."))` is set"
            return [
                .error(
                    "Missing required argument",
                    detail: "Stripe requires `\(key.stringValue)`\(within).",
                    at: block?.attributePath(forStripeParameter: parameter))
            ]
        default:
            return [.error("Stripe request failed", detail: String(describing: error))]
        }
    }
}

extension TerraformBlock {
    /// The attribute a form parameter sets: `customer_mapping[event_payload_key]` is
    /// `customer_mapping[0].event_payload_key` when `customer_mapping` is a list block. Nil when
    /// the parameter names nothing in this block.
    func attributePath(forStripeParameter parameter: String) -> TerraformAttributePath? {
        let names = parameter.split(separator: "[").map {
            $0.hasSuffix("]") ? String($0.dropLast()) : String($0)
        }
        guard !names.isEmpty else { return nil }
        var path = TerraformAttributePath()
        var block = self
        for (position, name) in names.enumerated() {
            if block.attributes[name] != nil, position == names.count - 1 {
                return path.appending(.attribute(name))
            }
            guard let nested = block.blockTypes[name] else { return nil }
            path = path.appending(.attribute(name))
            if nested.nestingMode == .list { path = path.appending(.index(0)) }
            block = nested.block
        }
        return path
    }
}
