/// Builds the provider's data sources of an object from its `TerraformModel`.
struct TerraformDataSourceContextBuilder {
    func file(for object: ObjectModel, _ terraform: TerraformModel) -> TerraformDataSourcesFileContext {
        let title = object.title.lowercased()
        let id = terraform.importField
        let read = terraform.read.pathParams.map { "\($0.swiftName): id" }.joined(separator: ", ")
        let lookups = terraform.dataSource.map { name in
            let keys = [id.name] + (terraform.adoption.map { [$0.field.name] } ?? [])
            return TerraformLookupDataSourceContext(
                documentation: "`data \"\(name)\"`: one \(title), by "
                    + keys.map { "`\($0)`" }.joined(separator: " or ") + ".",
                typeName: TerraformModel.dataSourceTypeName(name), name: name, title: title,
                objectType: object.swiftName, clientAccessor: object.clientAccessorName, idAttribute: id.name,
                readCall: "\(terraform.read.swiftName)(\(read))", uniqueAttribute: terraform.adoption?.field.name,
                uniqueProperty: terraform.adoption?.field.swiftName,
                listCall: terraform.adoption.map { $0.list.autoPagingMethodName + "()" },
                presentCondition: terraform.statusCondition(of: "$0", destroyed: false) ?? "true",
                keysPhrase: keys.map { "`\($0)`" }.joined(separator: " or "))
        }
        let lists = terraform.listDataSource.map { list in
            TerraformListDataSourceContext(
                documentation: "`data \"\(list.name)\"`: every \(title)"
                    + (list.filters.isEmpty ? "" : ", filtered by " + list.filters.map { "`\($0.name)`" }.joined(separator: " and "))
                    + ".",
                typeName: TerraformModel.dataSourceTypeName(list.name), name: list.name,
                clientAccessor: object.clientAccessorName, paramsType: object.qualifiedParamsTypeName(of: list.list),
                listMethod: list.list.autoPagingMethodName, listAttribute: list.listAttribute,
                filters: list.filters.compactMap { param in
                    guard case .enumeration(let model) = param.type else { return nil }
                    return TerraformFilterContext(
                        attribute: param.name, property: param.swiftName, enumType: model.qualifiedSwiftName)
                })
        }
        return TerraformDataSourcesFileContext(
            header: GeneratedFileHeader.swift(source: object.sourcePath),
            lookups: lookups.map { [$0] } ?? [], lists: lists.map { [$0] } ?? [])
    }
}
