import StripeCodegen
/// The type of what Terraform stores in state for a resource, an attribute or a nested block: a
/// block nested as a list is a list of objects, one nested as a group an object.
indirect enum TerraformStateShape: Sendable, Equatable, CustomStringConvertible {
    case string, number, bool
    case list(TerraformStateShape)
    case map(TerraformStateShape)
    case object([String: TerraformStateShape])

    init(_ type: TerraformTypeModel) {
        switch type {
        case .string: self = .string
        case .number: self = .number
        case .bool: self = .bool
        case .list(let element): self = .list(TerraformStateShape(element))
        case .map(let element): self = .map(TerraformStateShape(element))
        case .object(let attributes):
            self = .object(
                Dictionary(
                    attributes.map { ($0.name, TerraformStateShape($0.type)) },
                    uniquingKeysWith: { $1 }))
        case .named(_, let type): self.init(type)
        }
    }

    /// The state of a block: its attributes and nested blocks.
    init(block: TerraformBlockModel) {
        var members = Dictionary(
            block.attributes.map { ($0.name, TerraformStateShape($0.type)) },
            uniquingKeysWith: { $1 })
        for blockType in block.blockTypes {
            let nested = TerraformStateShape(block: blockType.block)
            members[blockType.name] = blockType.nesting == .list ? .list(nested) : nested
        }
        self = .object(members)
    }

    /// In Terraform's type syntax: `list(string)`, `object({ key = string })`.
    var description: String {
        switch self {
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .list(let element): "list(\(element))"
        case .map(let element): "map(\(element))"
        case .object(let members):
            "object({ "
                + members.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(
                    separator: ", ") + " })"
        }
    }
}

/// A place where state of one version of a resource's schema differs from the next, and whether
/// the provider's upgrade of older state (`TerraformBlock.upgradedState(json:)` in
/// `Sources/TerraformPlugin`) converts it. Attributes that are new need no upgrade: state that
/// lacks them reads them as null.
struct TerraformStateDifference: Sendable, Equatable {
    /// `customer_mapping.type`.
    var path: String
    /// `bool → string`, `removed` (the upgrade drops it), `list of blocks → single block`.
    var change: String
    /// Whether the upgrade converts the stored value (for strings read as numbers or booleans:
    /// when the text is one).
    var isConverted: Bool

    /// Every difference between state of `old` and of `new`, in path order.
    static func differences(from old: TerraformStateShape, to new: TerraformStateShape)
        -> [TerraformStateDifference]
    {
        var differences: [TerraformStateDifference] = []
        collect(old, new, path: "", into: &differences)
        return differences
    }

    private static func collect(
        _ old: TerraformStateShape?, _ new: TerraformStateShape?, path: String,
        into differences: inout [TerraformStateDifference]
    ) {
        guard let old, old != new else { return }
        guard let new else {
            differences.append(
                TerraformStateDifference(path: path, change: "removed", isConverted: true))
            return
        }
        func member(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }
        switch (old, new) {
        case (.object(let oldMembers), .object(let newMembers)):
            for name in Set(oldMembers.keys).union(newMembers.keys).sorted() {
                collect(oldMembers[name], newMembers[name], path: member(name), into: &differences)
            }
        case (.list(.object(let oldMembers)), .object):
            differences.append(
                TerraformStateDifference(
                    path: path, change: "list of blocks → single block", isConverted: true))
            collect(.object(oldMembers), new, path: path, into: &differences)
        case (.object, .list(.object(let newMembers))):
            differences.append(
                TerraformStateDifference(
                    path: path, change: "single block → list of blocks", isConverted: true))
            collect(old, .object(newMembers), path: path, into: &differences)
        case (.list(let oldElement), .list(let newElement)),
            (.map(let oldElement), .map(let newElement)):
            collect(oldElement, newElement, path: path, into: &differences)
        case (.number, .string), (.bool, .string):
            differences.append(
                TerraformStateDifference(path: path, change: "\(old) → \(new)", isConverted: true))
        case (.string, .number), (.string, .bool):
            differences.append(
                TerraformStateDifference(
                    path: path, change: "\(old) → \(new), when the stored text is one",
                    isConverted: true))
        default:
            differences.append(
                TerraformStateDifference(path: path, change: "\(old) → \(new)", isConverted: false))
        }
    }
}
