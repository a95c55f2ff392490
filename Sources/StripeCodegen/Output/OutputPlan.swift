/// Everything one run produces: file paths relative to the output folder, and their bytes.
public struct OutputPlan: Sendable {
    /// The files, sorted by path.
    public private(set) var files: [OutputFile] = []

    /// A plan of `files`, in any order.
    init(files: [OutputFile]) {
        self.files = files.sorted { $0.path < $1.path }
    }
}

/// One generated file.
public struct OutputFile: Sendable, Equatable {
    /// Relative to the output folder, with `/` separators.
    public var path: String
    public var contents: String
}
