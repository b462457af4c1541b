import Foundation
import GRDB
import Testing
@testable import ParleyStore

@Suite struct EventLogTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func storeWithTwoStreams() throws -> (TemporaryFolder, Store) {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        for index in 0..<3 {
            try store.append([
                NewEvent(stream: "dispute:D-1", at: start.addingTimeInterval(Double(index)), actor: "buyer:amara", kind: "message", payload: #"{"text":"hello \#(index)"}"#),
                NewEvent(stream: "dispute:D-2", at: start.addingTimeInterval(Double(index)), actor: "seller:north", kind: "message", payload: #"{"n":\#(index)}"#),
            ])
        }
        return (folder, store)
    }

    /// Tampering needs the guard triggers gone: that is what someone editing the file would do.
    func dropGuards(_ store: Store) throws {
        try store.database.write { db in
            try db.execute(sql: "DROP TRIGGER event_refuses_update; DROP TRIGGER event_refuses_delete")
        }
    }

    @Test func eachEventLinksToThePreviousOneOfItsStream() throws {
        let (folder, store) = try storeWithTwoStreams()
        defer { withExtendedLifetime(folder) {} }
        let events = try store.events(ofStream: "dispute:D-1")
        #expect(events.map(\.position) == [0, 1, 2])
        #expect(events[0].previousHash == EventHash.genesis)
        #expect(events[1].previousHash == events[0].hash)
        #expect(events[2].previousHash == events[1].hash)
        #expect(events[2].payload == #"{"text":"hello 2"}"#)
        #expect(events[2].at == start.addingTimeInterval(2))
        #expect(try store.verify().isIntact)
    }

    @Test func theLogRefusesUpdates() throws {
        let (folder, store) = try storeWithTwoStreams()
        defer { withExtendedLifetime(folder) {} }
        #expect(throws: DatabaseError.self) {
            try store.database.write { db in try db.execute(sql: "UPDATE event SET payload = '{}' WHERE seq = 1") }
        }
        #expect(try store.events(ofStream: "dispute:D-1")[0].payload == #"{"text":"hello 0"}"#)
    }

    @Test func theLogRefusesDeletes() throws {
        let (folder, store) = try storeWithTwoStreams()
        defer { withExtendedLifetime(folder) {} }
        #expect(throws: DatabaseError.self) {
            try store.database.write { db in try db.execute(sql: "DELETE FROM event") }
        }
        #expect(try store.events(ofStream: "dispute:D-1").count == 3)
    }

    @Test func verifyFindsATamperedPayload() throws {
        let (folder, store) = try storeWithTwoStreams()
        defer { withExtendedLifetime(folder) {} }
        try dropGuards(store)
        try store.database.write { db in
            try db.execute(sql: #"UPDATE event SET payload = '{"text":"goodbye"}' WHERE stream = 'dispute:D-1' AND position = 1"#)
        }
        let report = try store.verify()
        #expect(report.breaks.count == 1)
        #expect(report.breaks.first?.stream == "dispute:D-1")
        #expect(report.breaks.first?.problem.contains("changed") == true)
    }

    @Test func verifyFindsADeletedEventInTheMiddle() throws {
        let (folder, store) = try storeWithTwoStreams()
        defer { withExtendedLifetime(folder) {} }
        try dropGuards(store)
        try store.database.write { db in try db.execute(sql: "DELETE FROM event WHERE stream = 'dispute:D-2' AND position = 1") }
        let report = try store.verify()
        #expect(report.breaks.contains { $0.stream == "dispute:D-2" && $0.problem.contains("missing") })
    }

    @Test func verifyFindsADeletedLastEvent() throws {
        let (folder, store) = try storeWithTwoStreams()
        defer { withExtendedLifetime(folder) {} }
        try dropGuards(store)
        try store.database.write { db in try db.execute(sql: "DELETE FROM event WHERE stream = 'dispute:D-1' AND position = 2") }
        let report = try store.verify()
        #expect(report.breaks.map(\.description) == ["dispute:D-1: its last 1 event(s) are missing"])
    }

    @Test func verifyFindsReorderedEvents() throws {
        let (folder, store) = try storeWithTwoStreams()
        defer { withExtendedLifetime(folder) {} }
        try dropGuards(store)
        // Swap the order in which two events of one stream were appended.
        try store.database.write { db in
            try db.execute(sql: """
                UPDATE event SET seq = -1 WHERE stream = 'dispute:D-1' AND position = 0;
                UPDATE event SET seq = 1 WHERE stream = 'dispute:D-1' AND position = 1;
                UPDATE event SET seq = 3 WHERE seq = -1;
                """)
        }
        let report = try store.verify()
        #expect(report.breaks.contains { $0.stream == "dispute:D-1" && $0.problem.contains("out of order") })
    }

    @Test func anIntactLogCountsWhatItChecked() throws {
        let (folder, store) = try storeWithTwoStreams()
        defer { withExtendedLifetime(folder) {} }
        let report = try store.verify()
        #expect(report.eventsChecked == 6)
        #expect(report.streamsChecked == 2)
    }
}
