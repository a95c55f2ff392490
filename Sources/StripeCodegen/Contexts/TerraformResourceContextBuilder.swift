/// Builds the provider's code for a Terraform resource from the spec: which attributes update in
/// place (the attributes' rules) and which service calls create, read, update and destroy it.
struct TerraformResourceContextBuilder {
    func file(for object: ObjectModel, _ terraform: TerraformModel) -> TerraformResourceFileContext {
        let (create, read, update, destroy) = (terraform.create, terraform.read, terraform.update, terraform.destroy)
        func call(_ operation: OperationModel, params: Bool) -> String {
            let arguments =
                operation.pathParams.map { "\($0.swiftName): id" }
                + (params ? ["params: params"] : [])
            return "\(operation.swiftName)(\(arguments.joined(separator: ", ")))"
        }
        let title = object.title.lowercased()
        let quoted = { (names: [String]) in names.map { "\"\($0)\"" }.joined(separator: ", ") }
        return TerraformResourceFileContext(
            header: GeneratedFileHeader.swift(source: object.sourcePath),
            docLines: DocComment.lines(
                "`\(terraform.resource)`: a Stripe \(title), as Terraform manages it. \(terraform.destroyNote)",
                indent: 0),
            typeName: object.terraformResourceTypeName,
            resource: terraform.resource,
            objectName: object.swiftName,
            updatableAttributes: quoted(
                terraform.attributes.filter { $0.change == .updatesInPlace }.map(\.field.name)),
            changedByUpdate: quoted(terraform.changedByUpdate.map(\.name)),
            createParams: object.qualifiedParamsTypeName(of: create),
            createBuilder: create.requestBuilderName,
            clientAccessor: object.clientAccessorName,
            createCall: call(create, params: true),
            readCall: call(read, params: false),
            updateCall: call(update, params: true),
            destroyCall: call(destroy, params: false),
            idAttribute: terraform.importField.name,
            destroyWarning: SwiftTypeName.stringLiteralContents("Stripe cannot delete a \(title)"),
            destroyDetailLines: destroyDetail(terraform.destroyNote),
            destroyedCheck: terraform.destroyedStatus.map { "object.status != .\($0.swiftName)" })
    }

    /// `\(id): <note>` as lines of a multi-line string literal, each but the last ending in a
    /// line continuation.
    private func destroyDetail(_ note: String) -> [String] {
        let lines = DocComment.wrap(
            "\\(id): " + SwiftTypeName.stringLiteralContents(note), width: 96 - 22)
        return lines.enumerated().map { index, line in index < lines.count - 1 ? line + " \\" : line
        }
    }
}
