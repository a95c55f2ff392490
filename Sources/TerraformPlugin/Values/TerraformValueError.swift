/// Why a value does not fit the type the schema gives it.
public struct TerraformValueError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: TerraformAttributePath
    public var message: String

    public init(path: TerraformAttributePath, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String {
        path.steps.isEmpty ? message : "\(path): \(message)"
    }
}
