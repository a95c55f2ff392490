/// Everything one run produces: file paths relative to the output folder, and their bytes.
public struct OutputPlan: Sendable {
    /// The files, sorted by path.
    public private(set) var files: [OutputFile] = []

    mutating func add(path: String, contents: String) {
        files.append(OutputFile(path: path, contents: contents))
        files.sort { $0.path < $1.path }
    }
}

/// One generated file.
public struct OutputFile: Sendable, Equatable {
    /// Relative to the output folder, with `/` separators.
    public var path: String
    public var contents: String
}
