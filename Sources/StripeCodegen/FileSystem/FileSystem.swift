#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file operations the generator needs, on POSIX calls so that every failure names its
/// path and the system's reason, and so that links are never followed by accident. Each takes
/// the real path and the path to show in errors.
package enum FileSystem {
    /// What a path is, without following a final symbolic link.
    enum Kind: Equatable {
        case file, directory, symbolicLink, other
    }

    /// What is at `path`, or `nil` when nothing is.
    static func kind(of path: String, display: String) throws(FileSystemError) -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw .posix("inspect", display)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    /// The bytes of a regular file; a file larger than `maxBytes` is an error. With `firstBytes`,
    /// only that many bytes from the start, however large the file.
    package static func read(
        _ path: String, display: String, maxBytes: Int = .max, firstBytes: Int? = nil
    ) throws(FileSystemError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .posix("read", display) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .posix("read", display) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw FileSystemError("read", display, reason: "it is not a regular file")
        }
        guard firstBytes != nil || Int(info.st_size) <= maxBytes else {
            throw FileSystemError(
                "read", display,
                reason: "it has \(info.st_size) bytes, more than the \(maxBytes) allowed")
        }
        let wanted = min(Int(info.st_size), firstBytes ?? .max)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(wanted)
        var chunk = [UInt8](repeating: 0, count: min(1 << 16, max(wanted, 1)))
        while true {
            let count = chunk.withUnsafeMutableBytes {
                systemRead(descriptor, $0.baseAddress, $0.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .posix("read", display)
            }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            if let firstBytes, bytes.count >= firstBytes { return Array(bytes.prefix(firstBytes)) }
            if bytes.count > maxBytes {
                throw FileSystemError(
                    "read", display, reason: "it has more than the \(maxBytes) bytes allowed")
            }
        }
    }

    /// The names in a folder, without `.` and `..`, sorted.
    package static func contents(ofDirectory path: String, display: String) throws(FileSystemError)
        -> [String]
    {
        guard let directory = opendir(path) else { throw .posix("read the folder", display) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Creates a new file that must not exist yet, with `bytes` in it.
    package static func create(_ path: String, display: String, bytes: some Collection<UInt8>)
        throws(FileSystemError)
    {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .posix("write", display) }
        var failure: FileSystemError?
        let data = Array(bytes)
        var written = 0
        while written < data.count {
            let count = data[written...].withUnsafeBytes {
                systemWrite(descriptor, $0.baseAddress, $0.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                failure = .posix("write", display)
                break
            }
            written += count
        }
        if close(descriptor) != 0, failure == nil {
            failure = .posix("write", display)
        }
        if let failure {
            unlink(path)
            throw failure
        }
    }

    /// Renames a file within its folder, replacing what is at `destination`.
    package static func rename(_ source: String, to destination: String, display: String)
        throws(FileSystemError)
    {
        guard systemRename(source, destination) == 0 else { throw .posix("replace", display) }
    }

    /// Removes a file (or a symbolic link, never what it points to).
    package static func removeFile(_ path: String, display: String) throws(FileSystemError) {
        guard unlink(path) == 0 || errno == ENOENT else { throw .posix("remove", display) }
    }

    /// Removes an empty folder.
    static func removeDirectory(_ path: String, display: String) throws(FileSystemError) {
        guard rmdir(path) == 0 || errno == ENOENT else {
            throw .posix("remove the folder", display)
        }
    }

    /// Creates one folder; its parent must exist.
    static func makeDirectory(_ path: String, display: String) throws(FileSystemError) {
        guard mkdir(path, 0o755) == 0 else { throw .posix("create the folder", display) }
    }
}

// The C calls whose names the methods above reuse.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int)
    -> Int
{
    read(descriptor, buffer, count)
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

private func systemRename(_ source: String, _ destination: String) -> Int32 {
    rename(source, destination)
}
