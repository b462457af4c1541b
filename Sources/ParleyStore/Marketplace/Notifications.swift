import Foundation
import GRDB
import ParleyCore

/// A notification as the inbox shows it.
public struct NotificationRow: Sendable, Equatable {
    public var key: Int64
    public var disputeID: DisputeID?
    public var at: Date
    public var title: String
    public var text: String
    public var isRead: Bool
}

enum NotificationWriter {
    static func insert(_ notifications: [ParleyCore.Notification], in db: Database) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO notification (recipient, dispute_id, event_sequence, at, title, text) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for note in notifications {
            try statement.execute(arguments: [ActorText.text(note.recipient), note.disputeID.rawValue, note.eventSequence,
                                              note.at.millisecondsSince1970, note.title, note.text])
        }
    }
}

extension Store {
    /// A recipient's notifications, newest first, a window at a time (`before`: the last key shown).
    public func notifications(for recipient: Actor, before key: Int64? = nil, limit: Int = 50) throws -> [NotificationRow] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT key, dispute_id, at, title, text, is_read FROM notification
                WHERE recipient = ? AND key < ? ORDER BY key DESC LIMIT ?
                """, arguments: [ActorText.text(recipient), key ?? .max, limit]).map {
                NotificationRow(key: $0["key"], disputeID: ($0["dispute_id"] as String?).map(DisputeID.init(rawValue:)),
                                at: Date(millisecondsSince1970: $0["at"]), title: $0["title"], text: $0["text"], isRead: $0["is_read"])
            }
        }
    }

    /// How many of a recipient's notifications are unread, counting no further than `limit` (a badge
    /// shows "99+" anyway, and counting a busy account's thousands cost milliseconds at every start).
    public func unreadNotificationCount(for recipient: Actor, limit: Int = .max) throws -> Int {
        try read { db in
            try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM (SELECT 1 FROM notification WHERE recipient = ? AND is_read = 0 LIMIT ?)"),
                             arguments: [ActorText.text(recipient), limit]) ?? 0
        }
    }

    /// The key of a recipient's newest notification (read or not), nil when there is none: one read of
    /// the recipient index. It changes exactly when something new arrives for them.
    public func newestNotificationKey(for recipient: Actor) throws -> Int64? {
        try read { db in
            try Int64.fetchOne(db.cachedStatement(sql: "SELECT MAX(key) FROM notification WHERE recipient = ?"),
                               arguments: [ActorText.text(recipient)])
        }
    }

    /// Marks some (or, with nil, all) of a recipient's notifications read; only their own.
    public func markNotificationsRead(for recipient: Actor, keys: [Int64]? = nil) throws {
        try write { db in
            if let keys {
                for key in keys {
                    try db.execute(sql: "UPDATE notification SET is_read = 1 WHERE key = ? AND recipient = ?",
                                   arguments: [key, ActorText.text(recipient)])
                }
            } else {
                try db.execute(sql: "UPDATE notification SET is_read = 1 WHERE recipient = ? AND is_read = 0",
                               arguments: [ActorText.text(recipient)])
            }
        }
    }
}
