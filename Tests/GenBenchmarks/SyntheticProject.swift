import Foundation

/// A project folder for `gen --root`: the source's `Templates/` and spec files, with
/// `billing_meter.yaml` replaced by `objectCount` renamed copies of it (`billing.meter_copy1`, …).
struct SyntheticProject {
    var root: URL
    var objectCount: Int

    /// Writes the project under `root` from `source`, a checkout of the generator whose `spec/`
    /// and `Templates/` are used, so a baseline commit gets the spec format it understands.
    static func create(at root: URL, from source: URL, objectCount: Int) throws -> SyntheticProject
    {
        let files = FileManager.default
        let spec = root.appendingPathComponent("spec")
        try files.createDirectory(at: spec, withIntermediateDirectories: true)
        try files.copyItem(
            at: source.appendingPathComponent("Templates"),
            to: root.appendingPathComponent("Templates"))
        let sourceSpec = source.appendingPathComponent("spec")
        for name in try files.contentsOfDirectory(atPath: sourceSpec.path)
        where name.hasSuffix(".yaml") && name != meterFileName {
            try files.copyItem(
                at: sourceSpec.appendingPathComponent(name), to: spec.appendingPathComponent(name))
        }
        let meter = try String(
            contentsOf: sourceSpec.appendingPathComponent(meterFileName), encoding: .utf8)
        for copy in 1...objectCount {
            let fileName = "billing_meter_copy\(copy).yaml"
            try Data(try MeterCopy.rename(meter, copy: copy).utf8)
                .write(to: spec.appendingPathComponent(fileName))
        }
        return SyntheticProject(root: root, objectCount: objectCount)
    }

    private static let meterFileName = "billing_meter.yaml"
}

/// Renames everything of `billing_meter.yaml` that must be unique per object, so that copies
/// pass `gen`'s checks side by side.
enum MeterCopy {
    struct MissingPatternError: Error, CustomStringConvertible {
        var pattern: String
        var description: String {
            "billing_meter.yaml has no '\(pattern)' to rename; the synthesizer needs updating"
        }
    }

    /// Copy `copy` of the meter spec: object `billing.meter_copy<n>` (Swift type
    /// `BillingMeterCopy<n>`), title `Billing Meter Copy <n>`, paths `/v1/billing/meters_copy<n>…`
    /// (`client.billingMetersCopy<n>`) and Terraform resource `stripe_meter_copy<n>`. Operations
    /// returning other objects (`billing.meter_event_summary`) keep them.
    static func rename(_ spec: String, copy: Int) throws -> String {
        let suffix = "_copy\(copy)"
        let renames: [(pattern: String, replacement: String)] = [
            (#"billing\.meter(?=\s|$)"#, "billing.meter\(suffix)"),
            (#"(?m)^title: Billing Meter$"#, "title: Billing Meter Copy \(copy)"),
            (#"path: /v1/billing/meters(?=[/\s]|$)"#, "path: /v1/billing/meters\(suffix)"),
            (#"resource: stripe_meter(?=\s|$)"#, "resource: stripe_meter\(suffix)"),
        ]
        var text = spec
        for rename in renames {
            let expression = try NSRegularExpression(pattern: rename.pattern)
            let range = NSRange(text.startIndex..., in: text)
            guard expression.firstMatch(in: text, range: range) != nil else {
                throw MissingPatternError(pattern: rename.pattern)
            }
            text = expression.stringByReplacingMatches(
                in: text, range: range,
                withTemplate: NSRegularExpression.escapedTemplate(for: rename.replacement))
        }
        return text
    }
}
