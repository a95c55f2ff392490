import StripeCodegen
/// Compares the Swift library generated from two specs, declaration by declaration: what is
/// removed, renamed, changed or added. A type that is removed, added or renamed is reported
/// alone, not with each of its members.
struct SwiftAPIComparer {
    let old: SwiftAPISurface
    let new: SwiftAPISurface

    func changes() -> [APIChange] {
        let oldByName = Self.index(old)
        let newByName = Self.index(new)
        let removed = old.declarations.filter { !Self.hasCounterpart($0, in: newByName) }
        let added = new.declarations.filter { !Self.hasCounterpart($0, in: oldByName) }
        let renames = RenamePairing.pairs(removed: removed, added: added) { renameKey($0) }
        let renamedFrom = Dictionary(
            renames.map { ($0.removed.qualifiedName, $0.added) }, uniquingKeysWith: { $1 })
        let renamedTo = Set(renames.map(\.added.qualifiedName))
        var reportedAlone = Set((removed + added).filter(\.isType).map(\.qualifiedName))
        for declaration in old.declarations where declaration.isType {
            if let counterpart = newByName[declaration.qualifiedName],
                counterpart.shape.typeKind != declaration.shape.typeKind
            {
                reportedAlone.insert(declaration.qualifiedName)
            }
        }
        let isInsideReported = { (declaration: SwiftDeclaration) in
            reportedAlone.contains {
                declaration.parent == $0 || declaration.parent?.hasPrefix($0 + ".") == true
            }
        }

        var changes: [APIChange] = []
        for declaration in old.declarations where !isInsideReported(declaration) {
            if let renamed = renamedFrom[declaration.qualifiedName] {
                changes.append(rename(declaration, to: renamed))
            } else if let counterpart = newByName[declaration.qualifiedName],
                declaration.isComparable(with: counterpart)
            {
                changes += compare(declaration, counterpart)
            } else {
                changes.append(removal(declaration))
            }
        }
        for declaration in added
        where !renamedTo.contains(declaration.qualifiedName) && !isInsideReported(declaration) {
            changes.append(addition(declaration))
        }
        return changes
    }

    private static func index(_ surface: SwiftAPISurface) -> [String: SwiftDeclaration] {
        Dictionary(
            surface.declarations.map { ($0.qualifiedName, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    /// Whether the other library has a declaration of the same name and sort.
    private static func hasCounterpart(
        _ declaration: SwiftDeclaration, in other: [String: SwiftDeclaration]
    ) -> Bool {
        other[declaration.qualifiedName].map(declaration.isComparable) ?? false
    }

    /// What a rename keeps: the parent, and the signature (a type's members). Only types and
    /// properties are paired: a function with another name has other parameter types, and an
    /// enum case with another name stands for another wire value.
    private func renameKey(_ declaration: SwiftDeclaration) -> String {
        let parent = declaration.parent ?? ""
        switch declaration.shape {
        case .type(let kind, _):
            let surface =
                old.declarations.contains { $0.qualifiedName == declaration.qualifiedName }
                ? old : new
            let members = surface.declarations.filter { $0.parent == declaration.qualifiedName }
                .map { "\($0.name) \($0.shape)" }
            return "\(parent) type \(kind) \(members)"
        case .property(let type): return "\(parent) property \(type)"
        case .function, .enumCase:
            return "unpaired \(declaration.qualifiedName) \(declaration.shape)"
        }
    }

    private func removal(_ declaration: SwiftDeclaration) -> APIChange {
        let kind: APIChangeKind =
            switch declaration.shape {
            case .type: .typeRemoved
            case .property: .propertyRemoved
            case .enumCase: .enumCaseRemoved
            case .function: .functionRemoved
            }
        return APIChange(
            .swift, kind, subject: declaration.qualifiedName,
            "`\(declaration.displayName)` is removed")
    }

    private func addition(_ declaration: SwiftDeclaration) -> APIChange {
        let subject = declaration.qualifiedName
        switch declaration.shape {
        case .type(let kind, _):
            return APIChange(
                .swift, .typeAdded, subject: subject, "`\(subject)` (\(kind.rawValue)) is new")
        case .property(let type):
            return APIChange(
                .swift, .propertyAdded, subject: subject, "`\(subject): \(type)` is new")
        case .enumCase(let rawValue, let payload):
            let value = rawValue.map { " (`\($0)`)" } ?? payload.map { "(\($0))" } ?? ""
            return APIChange(
                .swift, .enumCaseAdded, subject: subject,
                "`\(declaration.parent ?? "")` gains case `.\(declaration.name)`\(value)")
        case .function:
            return APIChange(
                .swift, .functionAdded, subject: subject, "`\(declaration.displayName)` is new")
        }
    }

    private func rename(_ declaration: SwiftDeclaration, to renamed: SwiftDeclaration) -> APIChange
    {
        APIChange(
            .swift, declaration.isType ? .typeRenamed : .propertyRenamed,
            subject: declaration.qualifiedName,
            "`\(declaration.displayName)` is renamed `\(renamed.displayName)` (one is removed, the other added "
                + (declaration.isType ? "with the same members)" : "with the same type)"))
    }

    /// The changes between two declarations of the same name and sort.
    private func compare(_ old: SwiftDeclaration, _ new: SwiftDeclaration) -> [APIChange] {
        let subject = old.qualifiedName
        switch (old.shape, new.shape) {
        case (.type(let oldKind, let oldConformances), .type(let newKind, let newConformances)):
            guard oldKind == newKind else {
                return [
                    APIChange(
                        .swift, .typeKindChanged, subject: subject,
                        "`\(subject)` changes from \(oldKind.article) to \(newKind.article)")
                ]
            }
            return oldConformances.filter { !newConformances.contains($0) }.map {
                APIChange(
                    .swift, .conformanceRemoved, subject: subject,
                    "`\(subject)` no longer conforms to `\($0)`")
            }
                + newConformances.filter { !oldConformances.contains($0) }.map {
                    APIChange(
                        .swift, .conformanceAdded, subject: subject,
                        "`\(subject)` now conforms to `\($0)`")
                }
        case (.property(let oldType), .property(let newType)) where oldType != newType:
            return [
                APIChange(
                    .swift, .propertyTypeChanged, subject: subject,
                    "`\(subject)` changes type from `\(oldType)` to `\(newType)`")
            ]
        case (.enumCase(let oldValue, let oldPayload), .enumCase(let newValue, let newPayload)):
            if oldPayload != newPayload {
                return [
                    APIChange(
                        .swift, .enumCasePayloadChanged, subject: subject,
                        "`\(subject)` changes its value from `(\(oldPayload ?? ""))` to `(\(newPayload ?? ""))`"
                    )
                ]
            }
            if let oldValue, let newValue, oldValue != newValue {
                return [
                    APIChange(
                        .swift, .enumCaseValueChanged, subject: subject,
                        "`\(subject)` stands for `\(newValue)` on the wire (it stood for `\(oldValue)`)"
                    )
                ]
            }
            return []
        case (
            .function(let oldParameters, let oldReturn), .function(let newParameters, let newReturn)
        ):
            var changes = SwiftParameterComparer(function: old.displayName, subject: subject)
                .changes(from: oldParameters, to: newParameters)
            if oldReturn != newReturn, let oldReturn, let newReturn {
                changes.append(
                    APIChange(
                        .swift, .returnTypeChanged, subject: subject,
                        "`\(old.displayName)` returns `\(newReturn)` (it returned `\(oldReturn)`)"))
            }
            return changes
        default:
            return []
        }
    }
}

extension SwiftDeclaration.Shape {
    /// A type's kind, `nil` for other declarations.
    var typeKind: SwiftDeclaration.TypeKind? {
        if case .type(let kind, _) = self { kind } else { nil }
    }
}

extension SwiftDeclaration.TypeKind {
    /// `a struct`, `an enum`.
    var article: String {
        switch self {
        case .struct: "a struct"
        case .enum: "an enum"
        }
    }
}
