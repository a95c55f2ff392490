import Testing

@testable import GenDiff
@testable import StripeCodegen

/// Each page of the Swift reference describes the public API the library declares for its object
/// (read by `gen diff`'s `SwiftAPISurface` from the same contexts): every nested type with its
/// cases, every client method, auto-paging sequence and request builder.
struct SwiftReferenceDocTests {
    @Test func everyPageDescribesTheAPIOfItsObject() throws {
        let model = try RepositorySpec.model()
        let files = try RepositorySpec.plan().files
        let declarations = SwiftAPISurface(model: model).declarations
        let accessors = Dictionary(
            uniqueKeysWithValues: declarations.compactMap { declaration -> (String, String)? in
                guard declaration.parent == "StripeClient", case .property(let service) = declaration.shape else { return nil }
                return (service, declaration.name)
            })
        var described = 0
        for object in model.objects {
            let page = try #require(files.first { $0.path == "docs/swift/\(object.swiftName).md" }?.contents)
            for declaration in declarations {
                guard let expected = Self.mention(of: declaration, object: object, accessors: accessors) else {
                    continue
                }
                described += 1
                #expect(page.contains(expected), "\(object.swiftName).md lacks \(expected)")
            }
        }
        #expect(described > 50)
    }

    /// How the page of `object` must mention `declaration`, or `nil` when the page does not
    /// describe it: the types nested in the object (not the request's own types in its
    /// parameters, whose limits the parameter tables state), their cases, the client's methods
    /// and the request builders. The Terraform plan helper belongs to the provider, not this
    /// reference.
    private static func mention(of declaration: SwiftDeclaration, object model: ObjectModel, accessors: [String: String])
        -> String?
    {
        guard let parent = declaration.parent else { return nil }
        let object = model.swiftName
        let isTheObjects = parent == object || parent.hasPrefix(object + ".")
        let isInParams = parent.split(separator: ".").contains { $0.hasSuffix("Params") }
        switch declaration.shape {
        case .type(.enum, _) where isTheObjects && declaration.name != "TerraformPlan":
            return "### `\(declaration.qualifiedName)`"
        case .type(.struct, _) where isTheObjects && !isInParams && !declaration.name.hasSuffix("Params"):
            return "### `\(declaration.qualifiedName)`"
        case .type(_, _) where isTheObjects && parent == object && declaration.name != "TerraformPlan":
            return "`\(declaration.qualifiedName)`"
        case .enumCase(let rawValue?, _) where isTheObjects:
            return "| `\(rawValue)` | `.\(declaration.name)` |"
        case .function(let parameters, "StripeRequest") where parent == object:
            return "`\(declaration.qualifiedName)(\(labels(parameters)))`"
        case .function(let parameters, _) where parent == model.serviceName:
            return accessors[parent].map { "`client.\($0).\(declaration.name)(\(labels(parameters)))`" }
        default:
            return nil
        }
    }

    private static func labels(_ parameters: [SwiftParameter]) -> String {
        parameters.map { "\($0.label):" }.joined()
    }
}
