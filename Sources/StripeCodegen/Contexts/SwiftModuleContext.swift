/// What `Templates/swift/module.mustache` renders: the file every generated module has whatever
/// the spec, which says what the module is and re-exports what its users need.
package struct SwiftModuleFileContext: Sendable {
    var header: String
    /// `//` lines that say what the module holds.
    var commentLines: [String]
    /// Modules re-exported to the module's users: `StripeRuntime`.
    var exports: [String]
}

extension SwiftModuleFileContext: TemplateValueConvertible {
    var templateValue: TemplateValue {
        .object([
            "header": header.templateValue,
            "commentLines": commentLines.templateValue,
            "exports": exports.templateValue,
        ])
    }
}
