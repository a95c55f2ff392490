// Hand-written, not generated: the module's entry point, which keeps the target buildable
// before the first `swift run gen`.

/// Re-exported so that users of the generated library get the shared runtime types
/// (`StripeList`, `StripeEnum`) and the provider schema's types from `import StripeBilling` alone.
@_exported import StripeRuntime
@_exported import TerraformSchemas
