import Foundation

/// The lines of a file, read a chunk at a time, so that memory does not grow with its size.
struct LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var isAtEnd = false
    /// The bytes read so far, for progress.
    private(set) var bytesRead = 0

    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CommandError(status: 2, message: "cannot read '\(path)'")
        }
        self.handle = handle
    }

    /// The next line without its line break, or `nil` at the end of the file.
    mutating func next() throws -> Substring? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffer[start..<newline], as: UTF8.self)
                start = newline + 1
                return Substring(line)
            }
            if isAtEnd {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return Substring(line)
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = try handle.read(upToCount: 1 << 16) ?? Data()
            bytesRead += chunk.count
            if chunk.isEmpty { isAtEnd = true } else { buffer += chunk }
        }
    }
}
