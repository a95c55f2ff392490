import StripeBilling
import TerraformPlugin

/// `stripe_meter`: a Stripe billing meter. `display_name` updates in place, every other
/// configured attribute replaces the meter, and destroying it deactivates it, since Stripe
/// cannot delete a meter. A deactivated meter reads as gone.
struct MeterResource: TerraformResource {
    static let typeName = "stripe_meter"

    let schema: TerraformSchema
    var typeName: String { Self.typeName }
    let attributesChangedByUpdate: Set<String> = ["updated"]

    func validate(config: TerraformValue) -> [TerraformDiagnostic] {
        let params = BillingMeter.CreateParams(terraform: config, fillingStripeDefaults: false)
        do {
            _ = try BillingMeter.createRequest(params: params)
            return []
        } catch {
            // A value known only after apply is checked then.
            let unknown = config.attributesWithUnknowns
            return StripeDiagnostics.diagnostics(for: error, in: schema.block).filter {
                diagnostic in
                diagnostic.attribute?.rootAttribute.map { !unknown.contains($0) } ?? true
            }
        }
    }

    func change(from prior: TerraformValue, to config: TerraformValue) throws -> ResourceChange {
        let unknown = config.attributesWithUnknowns
        guard unknown.isEmpty else {
            let forcing = unknown.subtracting(Self.updatableAttributes).sorted()
            return forcing.isEmpty
                ? .update : .replace(forcing.map(TerraformAttributePath.attribute))
        }
        let plan = BillingMeter.terraformPlan(
            prior: BillingMeter.CreateParams(terraform: prior, fillingStripeDefaults: true),
            desired: BillingMeter.CreateParams(terraform: config, fillingStripeDefaults: true))
        switch plan {
        case .noChange: return .none
        case .update: return .update
        case .replace(let forcedBy): return .replace(forcedBy.map(TerraformAttributePath.attribute))
        }
    }

    func create(planned: TerraformValue, client: StripeClient) async throws -> TerraformValue {
        let params = BillingMeter.CreateParams(terraform: planned, fillingStripeDefaults: false)
        let meter = try await client.billingMeters.create(params: params)
        return MeterState.value(of: meter, shapedLike: planned)
    }

    func update(prior: TerraformValue, planned: TerraformValue, client: StripeClient) async throws
        -> TerraformValue
    {
        let plan = BillingMeter.terraformPlan(
            prior: BillingMeter.CreateParams(terraform: prior, fillingStripeDefaults: true),
            desired: BillingMeter.CreateParams(terraform: planned, fillingStripeDefaults: true))
        guard case .update(let params) = plan, let id = prior["id"].stringValue else {
            // Only the form of the configuration changed (a block written out with Stripe's
            // default): nothing to send.
            return planned
        }
        let meter = try await client.billingMeters.update(id: id, params: params)
        return MeterState.value(of: meter, shapedLike: planned)
    }

    func delete(prior: TerraformValue, client: StripeClient) async throws -> [TerraformDiagnostic] {
        guard let id = prior["id"].stringValue else { return [] }
        _ = try await client.billingMeters.deactivate(id: id)
        return [
            .warning(
                "Stripe cannot delete a billing meter",
                detail: """
                    Meter \(id) was deactivated instead: it accepts no meter events and can't be attached to a \
                    price. It stays in your Stripe account.
                    """)
        ]
    }

    func read(state: TerraformValue, client: StripeClient) async throws -> TerraformValue? {
        guard let id = state["id"].stringValue else { return nil }
        do {
            let meter = try await client.billingMeters.retrieve(id: id)
            return meter.status == .inactive ? nil : MeterState.value(of: meter, shapedLike: state)
        } catch let error as StripeAPIError where error.status == 404 {
            return nil
        }
    }

    func importState(id: String, client: StripeClient) async throws -> TerraformValue {
        let meter = try await client.billingMeters.retrieve(id: id)
        return MeterState.value(of: meter, shapedLike: .null)
    }

    /// The attributes an update can change in place.
    private static let updatableAttributes: Set<String> = ["display_name"]
}
