import Testing

@testable import StripeCodegen

/// The context types spell out what templates see by hand; these tests hold every one of them
/// to its stored properties, by reflection over every context of the real spec.
struct TemplateContextTests {
    @Test func everyContextGivesExactlyItsStoredPropertiesUnderTheirNames() throws {
        var checkedTypes: Set<String> = []
        for job in OutputKinds.jobs(for: try RepositorySpec.model()) {
            guard case .template(_, let context) = job.source else { continue }
            check(context(), at: job.path, checkedTypes: &checkedTypes)
        }
        // The real spec reaches all 47 context types.
        #expect(checkedTypes.count == 47, "\(checkedTypes.sorted())")
    }

    /// Checks `value` and everything it holds: an object's keys are its stored properties' names,
    /// each member is what its property gives, and lists hold what their elements give.
    private func check(_ value: any TemplateValueConvertible, at path: String, checkedTypes: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            if let wrapped = mirror.children.first?.value as? any TemplateValueConvertible {
                check(wrapped, at: path, checkedTypes: &checkedTypes)
            }
            return
        }
        switch value.templateValue {
        case .object(let members):
            let typeName = String(describing: type(of: value))
            checkedTypes.insert(typeName)
            let properties = mirror.children.compactMap { child in child.label.map { ($0, child.value) } }
            #expect(Set(members.keys) == Set(properties.map(\.0)), "\(typeName) in \(path)")
            for (name, property) in properties {
                guard let property = property as? any TemplateValueConvertible else {
                    Issue.record("\(typeName).\(name) in \(path) is not a template value")
                    continue
                }
                check(property, at: path, checkedTypes: &checkedTypes)
            }
        case .list:
            for element in mirror.children {
                if let element = element.value as? any TemplateValueConvertible {
                    check(element, at: path, checkedTypes: &checkedTypes)
                }
            }
        case .lazyList:
            if let list = value as? any LazyElements {
                for element in list.allElements { check(element, at: path, checkedTypes: &checkedTypes) }
            }
        case .text, .bool, .null:
            break
        }
    }
}

/// A `LazyContextList`'s elements, whatever their type.
private protocol LazyElements {
    var allElements: [any TemplateValueConvertible] { get }
}

extension LazyContextList: LazyElements {
    fileprivate var allElements: [any TemplateValueConvertible] { (0..<count).map { self[$0] } }
}
