import Foundation
import GRDB

/// A mediator who signs in with a password.
public struct StaffAccount: Sendable, Equatable, Hashable {
    public var name: String
    public var displayName: String

    public init(name: String, displayName: String) {
        self.name = name
        self.displayName = displayName
    }
}

extension Store {
    /// Creates a staff account; the password is kept only as a salted slow hash.
    public func addStaff(_ account: StaffAccount, password: String) throws {
        guard !account.name.isEmpty, !account.name.contains(":") else {
            throw StoreError.invalidInput("A staff name must be non-empty and contain no colon.")
        }
        guard password.count >= 8 else { throw StoreError.invalidInput("A staff password needs at least 8 characters.") }
        let hash = try PasswordHash.make(password: password)
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM staff_account WHERE name = ?", arguments: [account.name]) == true {
                throw StoreError.duplicate("A staff account named \(account.name) already exists.")
            }
            try db.execute(sql: "INSERT INTO staff_account (name, display_name, password_hash) VALUES (?, ?, ?)",
                           arguments: [account.name, account.displayName, hash.stored])
        }
    }

    public func staffAccounts() throws -> [StaffAccount] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, display_name FROM staff_account ORDER BY name").map {
                StaffAccount(name: $0["name"], displayName: $0["display_name"])
            }
        }
    }

    /// Checks a password; a wrong one is refused and logged (without the password).
    public func signInStaff(name: String, password: String, at instant: Date) throws -> StaffAccount {
        let row = try read { db in
            try Row.fetchOne(db, sql: "SELECT name, display_name, password_hash FROM staff_account WHERE name = ?", arguments: [name])
        }
        guard let row else {
            try recordRefusal(at: instant, actor: "staff:\(name)", attempted: "sign in", reason: "no such account")
            throw StoreError.unknownAccount(name: name)
        }
        guard let hash = PasswordHash(stored: row["password_hash"]), hash.matches(password) else {
            try recordRefusal(at: instant, actor: "staff:\(name)", attempted: "sign in", reason: "wrong password")
            throw StoreError.wrongPassword(name: name)
        }
        return StaffAccount(name: row["name"], displayName: row["display_name"])
    }
}
