import Foundation
import GRDB
import ParleyCore

/// A refused attempt to see or do something, kept for the audit trail.
public struct AccessRefusal: Sendable, Equatable {
    public var at: Date
    public var actor: String
    public var attempted: String
    public var reason: String
}

extension Store {
    public func recordRefusal(at instant: Date, actor: String, attempted: String, reason: String) throws {
        try write { db in
            try db.execute(sql: "INSERT INTO access_refusal (at, actor, attempted, reason) VALUES (?, ?, ?, ?)",
                           arguments: [instant.millisecondsSince1970, actor, attempted, reason])
        }
    }

    /// Records a refused attempt the domain described ("mediator nadia tried to take D-1042: taken by mira").
    public func recordRefusal(_ attempt: RefusedAttempt) throws {
        var what = attempt.action
        if let dispute = attempt.disputeID { what += " on \(dispute)" } else if let order = attempt.orderID { what += " on \(order)" }
        try recordRefusal(at: attempt.at, actor: ActorText.text(attempt.actor), attempted: what, reason: attempt.reason)
    }

    /// The most recent refusals first.
    public func recentRefusals(limit: Int = 100) throws -> [AccessRefusal] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM access_refusal ORDER BY id DESC LIMIT ?", arguments: [limit]).map {
                AccessRefusal(at: Date(millisecondsSince1970: $0["at"]), actor: $0["actor"], attempted: $0["attempted"], reason: $0["reason"])
            }
        }
    }
}
