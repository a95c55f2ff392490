/// The objects of the whole spec, which any object's operations may return: built once, after
/// every file was checked on its own, and shared by the checks of each file's operations.
struct ObjectDirectory: Sendable {
    /// The Stripe names that the spec files declare, in file order, for messages.
    let names: [String]
    /// Each object that passed its own checks, as a type, by Stripe name.
    let types: [String: TypeName]
    /// False when some spec file could not be parsed: an unknown name may be its object.
    let isComplete: Bool
    /// The objects that have operations but no fields, such as the meter event stream: nothing
    /// can return them.
    let fieldless: Set<String>
    private let declared: Set<String>

    init(names: [String], types: [String: TypeName], fieldless: Set<String>, isComplete: Bool) {
        self.names = names
        self.types = types
        self.fieldless = fieldless
        self.isComplete = isComplete
        declared = Set(names)
    }

    /// Whether a spec file declares the object `name`, whether or not it passed its checks.
    func declares(_ name: String) -> Bool {
        declared.contains(name)
    }
}
