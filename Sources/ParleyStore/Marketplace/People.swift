import Foundation
import GRDB
import ParleyCore

/// A buyer or a shop as the role picker lists them.
public struct Person: Sendable, Equatable, Hashable {
    public var id: String
    public var name: String
    public var country: String

    public init(id: String, name: String, country: String) {
        self.id = id
        self.name = name
        self.country = country
    }
}

extension Store {
    public func buyers() throws -> [Person] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, country FROM buyer ORDER BY name").map { Person(id: $0[0], name: $0[1], country: $0[2]) }
        }
    }

    public func shops() throws -> [Person] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, country FROM shop ORDER BY name").map { Person(id: $0[0], name: $0[1], country: $0[2]) }
        }
    }

    /// The buyer or shop that `--as ROLE:NAME` names: by id (any letter case), by full name, or by
    /// the first word(s) of the name ("amara" for "Amara Okafor"); the first by name when several match.
    /// The id is tried through its index first, so signing in never reads the whole table for it.
    public func person(role: Role, signInName text: String) throws -> Person? {
        let table: String
        switch role {
        case .buyer: table = "buyer"
        case .seller: table = "shop"
        case .staff, .system: return nil
        }
        let wanted = text.lowercased()
        return try read { db in
            let byID = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name, country FROM \(table) WHERE id = ?"), arguments: [text])
            let row = try byID ?? Row.fetchOne(db, sql: """
                SELECT id, name, country FROM \(table)
                WHERE lower(id) = ? OR lower(name) = ? OR name LIKE ? ESCAPE '\\'
                ORDER BY name LIMIT 1
                """, arguments: [wanted, wanted, LikePattern.escaped(wanted) + " %"])
            return row.map { Person(id: $0[0], name: $0[1], country: $0[2]) }
        }
    }

    public func addBuyer(_ person: Person) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO buyer (id, name, country) VALUES (?, ?, ?)", arguments: [person.id, person.name, person.country])
        }
    }

    public func addShop(_ person: Person) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO shop (id, name, country) VALUES (?, ?, ?)", arguments: [person.id, person.name, person.country])
        }
    }

    /// Saves a new order (placed by the demo or an import); it must not exist yet.
    public func insert(_ order: Order, events: [OrderEvent] = []) throws {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM orders WHERE id = ?", arguments: [order.id.rawValue]) == true {
                throw StoreError.duplicate("Order \(order.id) already exists.")
            }
            try Self.appendOrderEvents(events, in: db)
            try OrderWriter.write(order, version: 1, policy: policy, in: db)
        }
    }
}
