import StripeCodegen
/// The public API of the generated Swift library: every declaration that code using it can name,
/// read from the contexts its templates render (and the declarations the templates write the
/// same for every spec, where they depend on the context).
struct SwiftAPISurface: Sendable {
    /// In the order of the library's files and of the declarations in them.
    var declarations: [SwiftDeclaration] = []

    /// The library generated from `model`.
    init(model: SpecModel) {
        for job in OutputKinds.jobs(for: model)
        where job.path.hasPrefix(GeneratedTargets.swiftLibrary + "/") {
            declarations += Self.declarations(of: job) ?? []
        }
    }

    /// The public declarations of the file `job` renders; `nil` for a job that is no template or
    /// a context this reading does not know, which a test rules out for every file of the
    /// library.
    static func declarations(of job: OutputJob) -> [SwiftDeclaration]? {
        guard let context = job.makeContext() else { return nil }
        var reader = Reader()
        switch context {
        case let file as SwiftModelFileContext:
            if let model = file.model { reader.model(model, parent: nil) }
            if let namespace = file.namespace { reader.add(nil, namespace.name, .type(.enum, conformances: [])) }
        case let file as SwiftRequestsFileContext:
            for params in file.params {
                reader.params(params, parent: file.objectName)
            }
            for builder in file.builders {
                reader.add(
                    file.objectName, builder.name,
                    .function(
                        parameters: builder.parameters,
                        returnType: "StripeRequest"))
            }
        case let file as SwiftServiceFileContext:
            reader.service(file)
        case let file as SwiftClientFileContext:
            for service in file.services {
                reader.add("StripeClient", service.name, .property(type: service.serviceName))
            }
        case is SwiftModuleFileContext:
            // Its one declaration is a re-export, which every spec makes the same.
            break
        default:
            return nil
        }
        return reader.declarations
    }

    /// Collects declarations, each under its parent type.
    private struct Reader {
        var declarations: [SwiftDeclaration] = []

        mutating func add(_ parent: String?, _ name: String, _ shape: SwiftDeclaration.Shape) {
            declarations.append(SwiftDeclaration(parent: parent, name: name, shape: shape))
        }

        /// A model struct: its properties, the initializer that takes them all, nested types.
        mutating func model(_ model: SwiftStructContext, parent: String?) {
            add(
                parent, model.name,
                .type(.struct, conformances: Self.publicConformances(model.conformances)))
            let name = parent.map { "\($0).\(model.name)" } ?? model.name
            for property in model.properties {
                add(name, property.name, .property(type: property.type))
            }
            let parameters = model.properties.map {
                SwiftParameter(label: $0.name, type: $0.type, defaultValue: $0.defaultValue)
            }
            add(name, "init", .function(parameters: parameters, returnType: nil))
            for nested in model.structs {
                self.model(nested, parent: name)
            }
            for nested in model.enums {
                stripeEnum(nested, parent: name)
            }
        }

        /// A parameters struct: its properties, the initializer that takes them (the optional
        /// ones with a default), nested types.
        mutating func params(_ params: SwiftParamsStructContext, parent: String) {
            add(
                parent, params.name,
                .type(.struct, conformances: Self.publicConformances(params.conformances)))
            let name = "\(parent).\(params.name)"
            for property in params.properties {
                add(name, property.name, .property(type: property.type))
            }
            let parameters = params.properties.map {
                SwiftParameter(label: $0.name, type: $0.type, defaultValue: $0.defaultValue)
            }
            add(name, "init", .function(parameters: parameters, returnType: nil))
            for nested in params.structs {
                self.params(nested, parent: name)
            }
            for nested in params.enums {
                stripeEnum(nested, parent: name)
            }
        }

        mutating func stripeEnum(_ model: SwiftEnumContext, parent: String) {
            add(parent, model.name, .type(.enum, conformances: Self.publicConformances(model.conformances)))
            for value in model.cases {
                add(
                    "\(parent).\(model.name)", value.name,
                    .enumCase(rawValue: value.rawValue, payload: nil))
            }
        }

        /// An object's service: an async method per operation, and a sequence of every page
        /// of the lists that page.
        mutating func service(_ file: SwiftServiceFileContext) {
            add(nil, file.name, .type(.struct, conformances: ["Sendable"]))
            for method in file.methods {
                add(
                    file.name, method.name,
                    .function(
                        parameters: method.parameters,
                        returnType: method.returnType))
                for paging in method.autoPaging {
                    add(
                        file.name, paging.name,
                        .function(
                            parameters: paging.parameters,
                            returnType: paging.sequenceType))
                }
            }
        }

        /// The runtime's protocols that only the package sees: no user code can depend on a
        /// type's conformance to them.
        static let packageProtocols: Set<String> = ["FormEncodable", "RequestParams", "JSONEncodable", "JSONRequestParams"]

        /// The conformances that code using the library can see.
        static func publicConformances(_ conformances: [String]) -> [String] {
            conformances.filter { !packageProtocols.contains($0) }
        }
    }
}
