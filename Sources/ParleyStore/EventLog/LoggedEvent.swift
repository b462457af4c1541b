import Foundation
import GRDB

/// An event about to be appended: who did what, when, to which stream (one dispute or one order).
public struct NewEvent: Sendable, Equatable {
    public var stream: String
    public var at: Date
    public var actor: String
    public var kind: String
    /// The event's details as JSON text, exactly as they will be hashed.
    public var payload: String

    public init(stream: String, at: Date, actor: String, kind: String, payload: String) {
        self.stream = stream
        self.at = at
        self.actor = actor
        self.kind = kind
        self.payload = payload
    }
}

/// An event as stored in the log, with its place in its stream and its link in the hash chain.
public struct LoggedEvent: Sendable, Equatable, FetchableRecord {
    public var seq: Int64
    public var stream: String
    public var position: Int64
    public var at: Date
    public var actor: String
    public var kind: String
    public var payload: String
    public var previousHash: String
    public var hash: String

    public init(row: Row) throws {
        seq = row["seq"]
        stream = row["stream"]
        position = row["position"]
        at = Date(millisecondsSince1970: row["at"])
        actor = row["actor"]
        kind = row["kind"]
        payload = row["payload"]
        previousHash = row["previous_hash"]
        hash = row["hash"]
    }

    init(seq: Int64, stream: String, position: Int64, at: Date, actor: String, kind: String, payload: String, previousHash: String, hash: String) {
        self.seq = seq
        self.stream = stream
        self.position = position
        self.at = at
        self.actor = actor
        self.kind = kind
        self.payload = payload
        self.previousHash = previousHash
        self.hash = hash
    }
}

extension Date {
    /// Instants are stored as whole milliseconds so that hashing and comparing them is exact.
    init(millisecondsSince1970 ms: Int64) {
        self.init(timeIntervalSince1970: Double(ms) / 1000)
    }

    var millisecondsSince1970: Int64 {
        Int64((timeIntervalSince1970 * 1000).rounded())
    }
}
