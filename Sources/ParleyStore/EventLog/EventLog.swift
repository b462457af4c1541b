import Foundation
import GRDB

/// Appends events to their streams inside the caller's transaction, chaining each to the last.
enum EventLog {
    @discardableResult
    static func append(_ events: [NewEvent], in db: Database) throws -> [LoggedEvent] {
        var logged: [LoggedEvent] = []
        logged.reserveCapacity(events.count)
        var heads: [String: (position: Int64, hash: String)] = [:]
        for event in events {
            let head = try heads[event.stream] ?? currentHead(of: event.stream, in: db)
            let position = head.map { $0.position + 1 } ?? 0
            let previousHash = head?.hash ?? EventHash.genesis
            let ms = event.at.millisecondsSince1970
            let hash = EventHash.of(previousHash: previousHash, stream: event.stream, position: position,
                                    atMilliseconds: ms, actor: event.actor, kind: event.kind, payload: event.payload)
            try db.cachedStatement(sql: """
                INSERT INTO event (stream, position, at, actor, kind, payload, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [event.stream, position, ms, event.actor, event.kind, event.payload, previousHash, hash])
            heads[event.stream] = (position, hash)
            logged.append(LoggedEvent(seq: db.lastInsertedRowID, stream: event.stream, position: position,
                                      at: Date(millisecondsSince1970: ms), actor: event.actor, kind: event.kind,
                                      payload: event.payload, previousHash: previousHash, hash: hash))
        }
        // Each stream's head is written once, at its last event: several events of one stream
        // (a sweep's three, say) would otherwise rewrite the same row each time.
        for (stream, head) in heads {
            try db.cachedStatement(sql: """
                INSERT INTO stream_head (stream, position, hash) VALUES (?, ?, ?)
                ON CONFLICT (stream) DO UPDATE SET position = excluded.position, hash = excluded.hash
                """).execute(arguments: [stream, head.position, head.hash])
        }
        return logged
    }

    static func events(of stream: String, in db: Database) throws -> [LoggedEvent] {
        try LoggedEvent.fetchAll(db, sql: "SELECT * FROM event WHERE stream = ? ORDER BY position", arguments: [stream])
    }

    private static func currentHead(of stream: String, in db: Database) throws -> (position: Int64, hash: String)? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT position, hash FROM stream_head WHERE stream = ?"),
                                         arguments: [stream]) else { return nil }
        return (row["position"], row["hash"])
    }
}
