/// Bounds on one spec file, so that a hostile or broken file costs little time and memory and
/// gets a located error instead. The real spec files are far inside them: a few kilobytes,
/// under a thousand nodes, ten levels deep.
package struct YAMLLimits: Sendable {
    /// The largest file read, in bytes.
    package var maxFileBytes: Int
    /// The most nodes a file may hold once every alias is counted as the node it repeats.
    var maxNodes: Int
    /// The deepest nesting of mappings and lists.
    var maxDepth: Int

    package static let standard = YAMLLimits(maxFileBytes: 4 << 20, maxNodes: 200_000, maxDepth: 32)
}
