import Synchronization

/// Every type's field table, built once. Generated types list their fields in a computed
/// `fields`, so that only the file declaring a type type-checks its table (a stored `static let`
/// is type-checked again by every compile job that emits the module's interface); the runtime
/// reads it through here.
enum FieldTables {
    private static let tables = Mutex<[ObjectIdentifier: any Sendable]>([:])

    /// The table of type `Table`, from `build` the first time.
    static func table<Table: Sendable>(_ build: () -> Table) -> Table {
        let key = ObjectIdentifier(Table.self)
        if let table = tables.withLock({ $0[key] }) as? Table { return table }
        let table = build()
        tables.withLock { $0[key] = table }
        return table
    }
}
