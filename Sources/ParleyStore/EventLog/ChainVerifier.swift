import GRDB

/// One place where the history does not hold together.
public struct ChainBreak: Sendable, Equatable, CustomStringConvertible {
    public var stream: String
    /// The global sequence number of the offending event, if the break is at an event.
    public var seq: Int64?
    public var problem: String

    public var description: String {
        if let seq { return "\(stream), event #\(seq): \(problem)" }
        return "\(stream): \(problem)"
    }
}

/// What `parley verify` found.
public struct VerificationReport: Sendable, Equatable {
    public var eventsChecked: Int
    public var streamsChecked: Int
    public var evidenceFilesChecked: Int
    public var breaks: [ChainBreak]

    public var isIntact: Bool { breaks.isEmpty }
}

/// Walks the whole log in append order and recomputes every link of every stream's chain.
enum ChainVerifier {
    static func verify(in db: Database) throws -> (events: Int, streams: Int, breaks: [ChainBreak]) {
        var heads: [String: (position: Int64, hash: String)] = [:]
        var breaks: [ChainBreak] = []
        var count = 0
        let cursor = try Row.fetchCursor(db, sql: "SELECT * FROM event ORDER BY seq")
        while let row = try cursor.next() {
            count += 1
            let event = try LoggedEvent(row: row)
            let head = heads[event.stream]
            let expectedPosition = head.map { $0.position + 1 } ?? 0
            let expectedPrevious = head?.hash ?? EventHash.genesis
            if event.position != expectedPosition {
                let problem = event.position > expectedPosition
                    ? "events \(expectedPosition)–\(event.position - 1) of this stream are missing"
                    : "event \(event.position) is out of order (expected \(expectedPosition))"
                breaks.append(ChainBreak(stream: event.stream, seq: event.seq, problem: problem))
            } else if event.previousHash != expectedPrevious {
                breaks.append(ChainBreak(stream: event.stream, seq: event.seq, problem: "its link to the previous event does not match"))
            }
            let recomputed = EventHash.of(previousHash: event.previousHash, stream: event.stream, position: event.position,
                                          atMilliseconds: row["at"], actor: event.actor, kind: event.kind, payload: event.payload)
            if recomputed != event.hash {
                breaks.append(ChainBreak(stream: event.stream, seq: event.seq, problem: "its content was changed after it was written"))
            }
            heads[event.stream] = (max(event.position, head?.position ?? -1), event.hash)
        }
        // The recorded heads catch a deleted last event, which leaves no gap behind it.
        let recorded = try Row.fetchCursor(db, sql: "SELECT stream, position, hash FROM stream_head")
        var recordedStreams = Set<String>()
        while let row = try recorded.next() {
            let stream: String = row["stream"]
            recordedStreams.insert(stream)
            let position: Int64 = row["position"]
            guard let head = heads[stream] else {
                breaks.append(ChainBreak(stream: stream, seq: nil, problem: "all \(position + 1) of its events are missing"))
                continue
            }
            if head.position < position {
                breaks.append(ChainBreak(stream: stream, seq: nil, problem: "its last \(position - head.position) event(s) are missing"))
            } else if head.position == position && head.hash != row["hash"] as String {
                breaks.append(ChainBreak(stream: stream, seq: nil, problem: "its last event differs from the one recorded"))
            }
        }
        for stream in heads.keys where !recordedStreams.contains(stream) {
            breaks.append(ChainBreak(stream: stream, seq: nil, problem: "its events were not written through Parley"))
        }
        return (count, heads.count, breaks.sorted { ($0.seq ?? .max, $0.stream) < ($1.seq ?? .max, $1.stream) })
    }
}
