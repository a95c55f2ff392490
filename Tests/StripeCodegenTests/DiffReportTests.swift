import Foundation
import Testing

@testable import GenDiff
@testable import StripeCodegen

/// `gen diff` against a folder: each kind of change to the spec gives the changes it makes for
/// the Swift library's users and the Terraform resource's, and the version to release.
struct DiffReportTests {
    @Test(arguments: DiffCase.swift + DiffCase.terraform)
    func eachEditGivesItsChanges(_ diffCase: DiffCase) throws {
        let diff = try DiffFixture.diff(diffCase.changes)
        #expect(DiffFixture.summary(diff) == diffCase.expected)
        #expect(diff.suggestedBump == diffCase.bump)
    }

    @Test func theSameSpecHasNoChanges() throws {
        let diff = try DiffFixture.diff([])
        #expect(diff.changes.isEmpty)
        #expect(
            DiffMarkdownReport(diff).text.hasSuffix(
                """
                No changes: the Swift library's public API and the Terraform resources are the same.

                Suggested version: **patch**.

                """))
    }

    @Test func theMarkdownListsChangesUnderTheirOutputAndImpact() throws {
        let diff = try DiffFixture.diff([
            SpecTextChange("  exclude: [object]", "  exclude: [object, livemode]"),
            DiffCase.schemaVersion2,
            SpecTextChange(
                "  event_summaries:\n",
                "  archive:\n    kind: action\n    method: POST\n    path: /v1/billing/meters/{id}/archive\n"
                    + "    summary: Archive a billing meter\n    description: Archives a billing meter.\n"
                    + "    returns: billing.meter\n    params:\n      id: {}\n  event_summaries:\n"),
        ])
        let text = DiffMarkdownReport(diff).text
        #expect(
            text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() == [
                "",
                "Suggested version: **major** (changes: 1 breaking, 3 additive, 1 other); before 1.0.0, the minor version.",
                "",
                "### Swift library",
                "",
                "#### Additive",
                "",
                "- `BillingMeter.ArchiveParams` (struct) is new.",
                "- `BillingMeter.archiveRequest(id:params:)` is new.",
                "- `BillingMeterService.archive(id:params:options:)` is new.",
                "",
                "### Terraform provider",
                "",
                "#### Breaking",
                "",
                "- The attribute `stripe_meter.livemode` is removed: configurations that set it, and expressions that "
                    + "refer to it, fail.",
                "",
                "#### Other",
                "",
                "- `stripe_meter`'s schema version 1 → 2: the provider upgrades state of older versions on the first "
                    + "plan (removed attributes are dropped): `livemode` (removed).",
                "",
            ])
        #expect(text.hasPrefix("## API changes from `"))
    }

    @Test func messagesSayWhatToDo() throws {
        let diff = try DiffFixture.diff([DiffCase.livemodeType])
        #expect(
            diff.changes.map(\.message) == [
                "`BillingMeter.livemode` changes type from `Bool` to `String`: code written for the old type no longer compiles.",
                "`BillingMeter.init(…)` changes parameter `livemode: Bool` to `livemode: String`: code written for the old type no longer compiles.",
                "`stripe_meter.livemode` changes type from `bool` to `string`: configurations and expressions written for the old type may fail, and state that holds the old type must be upgraded.",
                "`stripe_meter`'s state changes shape at `livemode` (bool → string), but its schema version stays 1: the provider cannot read state that Terraform already holds until the schema version is raised. Raise `terraform.schema_version` to 2 in spec/billing_meter.yaml, and the provider upgrades state of older versions on the first plan.",
            ])
        let enumCase = try DiffFixture.diff([
            SpecTextChange(
                "          sum: Sum each event's value.\n",
                "          sum: Sum each event's value.\n          max: The largest.\n")
        ])
        #expect(
            enumCase.changes.map(\.message) == [
                "`BillingMeter.DefaultAggregation.Formula` gains case `.max` (`max`): a `switch` that lists every case no "
                    + "longer compiles (decoding was already forward-compatible: older versions read the value as `.unknown`)."
            ])
    }

    @Test func theJSONReportHasOneItemPerChange() throws {
        let diff = try DiffFixture.diff([DiffCase.livemodeType])
        let json = try DiffJSONReport(diff).encoded()
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(decoded?["suggested_bump"] as? String == "major")
        #expect(decoded?["current"] as? String != nil)
        let items = decoded?["changes"] as? [[String: Any]] ?? []
        #expect(items.count == 4)
        #expect(items.first?["kind"] as? String == "property_type_changed")
        #expect(items.first?["impact"] as? String == "breaking")
        #expect(items.first?["surface"] as? String == "swift")
        #expect(items.first?["subject"] as? String == "BillingMeter.livemode")
    }

    @Test func theVersionFollowsTheGreatestImpact() {
        #expect(SemanticVersionBump(impacts: []) == .patch)
        #expect(SemanticVersionBump(impacts: [.internal]) == .patch)
        #expect(SemanticVersionBump(impacts: [.internal, .additive]) == .minor)
        #expect(SemanticVersionBump(impacts: [.additive, .breaking, .internal]) == .major)
    }

    @Test func everyFileOfTheSwiftLibraryIsReadForItsAPI() throws {
        let project = try TestProject()
        defer { project.remove() }
        let model = try project.generator().model()
        let jobs = OutputKinds.jobs(for: model).filter {
            $0.path.hasPrefix(GeneratedTargets.swiftLibrary + "/")
        }
        #expect(jobs.count > 10)
        for job in jobs {
            let declarations = SwiftAPISurface.declarations(of: job)
            #expect(declarations != nil, "\(job.path)")
            // The module's entry file only re-exports the runtime.
            if job.path != "\(GeneratedTargets.swiftLibrary)/\(GeneratedTargets.swiftLibrary).swift" {
                #expect(declarations?.isEmpty == false, "\(job.path)")
            }
        }
    }
}
