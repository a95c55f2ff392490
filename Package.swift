// swift-tools-version: 6.1
import PackageDescription

/// A product that only the generator and its tests use, under the `Generator` trait.
func generatorProduct(_ name: String, _ package: String) -> Target.Dependency {
    .product(name: name, package: package, condition: .when(traits: ["Generator"]))
}

/// A product of the AsyncHTTPClient transport, under the `AsyncHTTPClient` trait.
func asyncHTTPClientProduct(_ name: String, _ package: String) -> Target.Dependency {
    .product(name: name, package: package, condition: .when(traits: ["AsyncHTTPClient"]))
}

/// A product that only the Terraform provider and the tests' fake Stripe server use, under the
/// `TerraformProvider` trait.
func providerProduct(_ name: String, _ package: String) -> Target.Dependency {
    .product(name: name, package: package, condition: .when(traits: ["TerraformProvider"]))
}

let package = Package(
    name: "stripe-billing-gen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "gen", targets: ["gen"]),
        .library(name: "StripeBilling", targets: ["StripeBilling"]),
        .library(name: "StripeRuntime", targets: ["StripeRuntime"]),
        .library(name: "StripeMeterEvents", targets: ["StripeMeterEvents"]),
        .library(name: "StripeAsyncHTTPClient", targets: ["StripeAsyncHTTPClient"]),
        .library(name: "TerraformSchemas", targets: ["TerraformSchemas"]),
        .library(name: "TerraformPlugin", targets: ["TerraformPlugin"]),
        .executable(name: "terraform-provider-stripe", targets: ["terraform-provider-stripe"]),
        .executable(name: "meter-events", targets: ["meter-events"]),
    ],
    // Every dependency is used under a trait, both on by default. A package that only needs the
    // library depends on this one with `traits: []`, and then resolves and builds none of them:
    // `StripeBilling` and `StripeRuntime` need nothing but Foundation.
    traits: [
        .default(enabledTraits: ["Generator", "TerraformProvider", "AsyncHTTPClient"]),
        .trait(
            name: "Generator",
            description: "gen and its tests, and the command lines: Yams, swift-argument-parser, swift-mustache."),
        .trait(
            name: "TerraformProvider",
            description: "The Terraform provider (gRPC, TLS) and the tests' fake Stripe server (SwiftNIO)."),
        .trait(
            name: "AsyncHTTPClient",
            description: "StripeAsyncHTTPClient: a transport of kept-alive connection pools, for recording usage at volume."),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/grpc/grpc-swift-2", exact: "2.4.3"),
        .package(url: "https://github.com/grpc/grpc-swift-nio-transport", exact: "2.9.2"),
        .package(url: "https://github.com/grpc/grpc-swift-protobuf", exact: "2.4.1"),
        .package(url: "https://github.com/apple/swift-protobuf", exact: "1.39.0"),
        .package(url: "https://github.com/apple/swift-certificates", exact: "1.21.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/apple/swift-asn1", exact: "1.7.4"),
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
    ],
    targets: [
        // The generator: spec loading, checked model, template contexts, rendering, output.
        .target(
            name: "StripeCodegen",
            dependencies: [
                // The Codable model of Terraform's schema JSON, which schema.json is encoded from.
                "TerraformSchemas",
                generatorProduct("Yams", "Yams"),
            ],
            // The design page, beside the stages it describes.
            exclude: ["README.md"]
        ),
        // `gen drift`: compares the spec with Stripe's OpenAPI document and edits the spec to match.
        .target(
            name: "GenDrift",
            dependencies: ["StripeCodegen", generatorProduct("Yams", "Yams")]
        ),
        // `gen diff`: what regenerating changes for the library's and the provider's users.
        .target(
            name: "GenDiff",
            dependencies: ["StripeCodegen"]
        ),
        // The thin command-line front end: `swift run gen`.
        // `gen`'s commands and options; the executable only chooses who reads the command line.
        .target(
            name: "GenCommands",
            dependencies: [
                "StripeCodegen", "GenDrift", "GenDiff",
                generatorProduct("ArgumentParser", "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "gen",
            dependencies: ["GenCommands"],
            // A release `gen` is one static executable (the Swift runtime, Foundation and the C
            // library linked in): a run on a spec takes a few tens of milliseconds, and loading and
            // relocating shared libraries was about a third of it. `-static-stdlib` is compiled in
            // too, so that the imports link their static libraries. lld links it, since it does
            // not repeat glibc's warnings about the user-database and `dlopen` functions that
            // Foundation links in and `gen` never calls (it reads and writes only local files).
            // Only the `gen` product carries these flags: packages that depend on the libraries
            // are not affected.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [
                .unsafeFlags(["-static-executable", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release))
            ]
        ),
        // Hand-written code that all generated code shares.
        .target(name: "StripeRuntime"),
        // Recording usage on Stripe's v2 meter event stream: batching, session tokens, retries,
        // exactly once.
        .target(name: "StripeMeterEvents", dependencies: ["StripeBilling", "StripeRuntime"]),
        // `meter-events send FILE`: a file of events delivered on the stream, resumably.
        .target(
            name: "MeterEventsCommand",
            dependencies: ["StripeMeterEvents", "StripeRuntime", "StripeAsyncHTTPClient"]
        ),
        .executableTarget(
            name: "meter-events",
            dependencies: ["MeterEventsCommand", generatorProduct("ArgumentParser", "swift-argument-parser")]
        ),
        // A transport over AsyncHTTPClient's HTTP/1.1 connection pools, which keep working when a
        // connection drops mid-request (FoundationNetworking's URLSession can stall then).
        .target(
            name: "StripeAsyncHTTPClient",
            dependencies: [
                "StripeRuntime", asyncHTTPClientProduct("AsyncHTTPClient", "async-http-client"),
                asyncHTTPClientProduct("NIOCore", "swift-nio"),
            ]
        ),
        // Terraform's provider schema format as Codable types, shared by the generator (which
        // encodes schema.json), the generated library and the provider server; no networking, so
        // that `gen` links none.
        .target(name: "TerraformSchemas"),
        // The generated library: sources are written by `swift run gen`.
        .target(
            name: "StripeBilling",
            dependencies: ["StripeRuntime"],
            path: "Generated/StripeBilling"
        ),
        // The usage examples of the Swift reference (Generated/docs/swift), compiled so that they
        // cannot rot.
        .target(
            name: "StripeBillingExamples",
            dependencies: ["StripeBilling"],
            path: "Generated/StripeBillingExamples"
        ),
        // Swift stubs generated from Terraform's plugin protocol 6.8, go-plugin's controller and
        // the gRPC health service; `regenerate.sh` rebuilds them, builds never run protoc.
        .target(
            name: "TerraformPluginProtocol",
            dependencies: [
                providerProduct("GRPCCore", "grpc-swift-2"),
                providerProduct("GRPCProtobuf", "grpc-swift-protobuf"),
                providerProduct("SwiftProtobuf", "swift-protobuf"),
            ],
            exclude: ["regenerate.sh", "tfplugin6.8.proto", "grpc_controller.proto", "health.proto"]
        ),
        // A Terraform provider server: msgpack and cty values, the plugin handshake, TLS and the
        // tfplugin6 Provider service, delegating to `TerraformResource`s.
        .target(
            name: "TerraformPlugin",
            dependencies: [
                "TerraformSchemas",
                "TerraformPluginProtocol",
                providerProduct("GRPCCore", "grpc-swift-2"),
                providerProduct("GRPCNIOTransportHTTP2", "grpc-swift-nio-transport"),
                providerProduct("SwiftProtobuf", "swift-protobuf"),
                providerProduct("X509", "swift-certificates"),
                providerProduct("Crypto", "swift-crypto"),
                providerProduct("SwiftASN1", "swift-asn1"),
            ]
        ),
        // The `stripe` provider, hand-written: its configuration, diagnostics and plans, serving
        // the resources it is given.
        .target(
            name: "TerraformProviderStripe",
            dependencies: ["StripeBilling", "TerraformPlugin", "TerraformSchemas"]
        ),
        // The provider's resources, their plans and its schema, written by `swift run gen` from
        // the spec; `StripeProvider()` serves them.
        .target(
            name: "TerraformProviderStripeResources",
            dependencies: ["TerraformProviderStripe", "StripeBilling", "TerraformPlugin", "TerraformSchemas"],
            path: "Generated/TerraformProviderStripeResources"
        ),
        .executableTarget(
            name: "terraform-provider-stripe",
            dependencies: ["TerraformProviderStripeResources", "TerraformPlugin"]
        ),
        // Test support: JSON compared as trees, and the fixtures under Tests/Fixtures.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Test support: a stateful fake of Stripe's meter endpoints on 127.0.0.1.
        .target(
            name: "StripeFakeServer",
            dependencies: [
                providerProduct("NIOCore", "swift-nio"),
                providerProduct("NIOPosix", "swift-nio"),
                providerProduct("NIOHTTP1", "swift-nio"),
                providerProduct("NIOConcurrencyHelpers", "swift-nio"),
            ],
            path: "Tests/StripeFakeServer"
        ),
        // `swift run -c release GenBenchmarks [linear | scale]`: gen's time against the size of
        // its input, and against the number of objects (gen run as a subprocess).
        .executableTarget(
            name: "GenBenchmarks",
            dependencies: [
                "StripeCodegen", "GenDrift", "StripeFakeServer",
                generatorProduct("ArgumentParser", "swift-argument-parser"),
            ],
            path: "Tests/GenBenchmarks",
            exclude: ["README.md"]
        ),
        .testTarget(
            name: "StripeCodegenTests",
            dependencies: [
                "StripeCodegen", "GenDrift", "GenDiff",
                // The reference Mustache engine that the generator's own renderer is compared with.
                generatorProduct("Mustache", "swift-mustache"),
            ]
        ),
        // `gen`'s own reading of plain command lines, against ArgumentParser's.
        .testTarget(
            name: "GenTests",
            dependencies: ["GenCommands", generatorProduct("ArgumentParser", "swift-argument-parser")]
        ),
        .testTarget(
            name: "StripeBillingTests",
            dependencies: ["StripeBilling", "StripeRuntime", "StripeFakeServer", "StripeBillingExamples", "TestSupport"]
        ),
        .testTarget(
            name: "StripeMeterEventsTests",
            dependencies: [
                "StripeMeterEvents", "StripeAsyncHTTPClient", "StripeRuntime", "StripeFakeServer", "TestSupport", "meter-events",
                "MeterEventsCommand",
            ]
        ),
        .testTarget(
            name: "TerraformPluginTests",
            dependencies: ["TerraformPlugin"]
        ),
        .testTarget(
            name: "TerraformProviderStripeTests",
            dependencies: [
                "TerraformProviderStripe", "TerraformProviderStripeResources", "TerraformPlugin",
                "TerraformPluginProtocol", "TerraformSchemas", "StripeBilling", "StripeFakeServer", "TestSupport",
                providerProduct("GRPCCore", "grpc-swift-2"),
                providerProduct("GRPCNIOTransportHTTP2", "grpc-swift-nio-transport"),
            ]
        ),
    ]
)
