import Foundation

/// The output folder on disk: which generated files it holds, and safe writes into it.
struct OutputFolder {
    let root: URL

    /// The files under the folder that carry the generator's header, by relative path.
    func generatedFiles() throws -> [String: String] {
        var result: [String: String] = [:]
        guard FileManager.default.fileExists(atPath: root.path) else { return result }
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return result
        }
        let base = root.standardizedFileURL.path
        for case let url as URL in enumerator {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true,
                let contents = try? String(contentsOf: url, encoding: .utf8),
                GeneratedFileHeader.isGenerated(contents)
            else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(base.count + 1))] = contents
        }
        for path in GeneratedFileHeader.paths(inManifest: result[GeneratedFileHeader.manifestPath] ?? "") {
            result[path] = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }
        return result
    }

    /// Writes `contents` to `path` through a temporary file and a rename, so that the file is
    /// never seen half-written.
    func write(_ contents: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(contents.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Removes a generated file, and its folder if that leaves it empty.
    func remove(_ path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.removeItem(at: url)
        let folder = url.deletingLastPathComponent()
        if folder.standardizedFileURL.path != root.standardizedFileURL.path,
            (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.isEmpty == true
        {
            try FileManager.default.removeItem(at: folder)
        }
    }
}
