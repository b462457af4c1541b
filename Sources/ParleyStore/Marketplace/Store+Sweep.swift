import Foundation
import GRDB
import ParleyCore

/// What a sweep did.
public struct SweepReport: Sendable, Equatable {
    public var disputesChanged = 0
    public var ordersChanged = 0
    public var eventsWritten = 0
    /// One line per consequence, oldest first ("D-1042 · 24 Nov 14:00 · the seller did not answer…"),
    /// kept to the first `lineLimit`; `eventsWritten` counts them all.
    public var lines: [String] = []
    public static let lineLimit = 1_000

    /// False when the sweep stopped at its `atMost` due rows with more still due.
    public var isComplete = true

    public var didNothing: Bool { disputesChanged == 0 && ordersChanged == 0 }

    mutating func note(_ line: String) {
        if lines.count < Self.lineLimit { lines.append(line) }
    }
}

extension Store {
    /// The writer's page cache during a sweep, in SQLite's negative-KiB form (64 MB).
    static let sweepCacheSize = -65_536

    /// Due rows per transaction. Every commit writes again the index pages its batch touched, and
    /// some are touched by any batch: each recipient's end of the two notification indexes, say
    /// (100,000 due disputes, 2,200 recipients, by the command line: 2,000 a batch 28.5-30.2 s,
    /// 5,000 25.8 s, 10,000 21.8-22.5 s, 20,000 20.7 s). 10,000 holds the write lock for about
    /// 2 s at a time, inside the 5 s another console's write waits; and a backlog that big only
    /// builds up while no console runs, since each sweeps every second.
    public static let sweepBatchSize = 10_000

    /// The soonest deadline of any dispute or order: two reads of the deadline indexes.
    public func nextDeadline() throws -> Date? {
        try read { db in try Self.nextDeadline(in: db) }
    }

    static func nextDeadline(in db: Database) throws -> Date? {
        let ms = try Int64.fetchOne(db.cachedStatement(sql: """
            SELECT MIN(due) FROM (
                SELECT MIN(next_deadline) AS due FROM dispute WHERE next_deadline IS NOT NULL
                UNION ALL
                SELECT MIN(next_deadline) FROM orders WHERE next_deadline IS NOT NULL)
            """))
        return ms.map(Date.init(millisecondsSince1970:))
    }

    /// Applies every consequence due at or before `instant` (catching up after downtime), in batches
    /// of one transaction each, disputes first (their outcomes change the orders) and then orders.
    /// The console calls this at start and on every tick; when nothing is due it costs one indexed read.
    /// `atMost` bounds the due rows one call visits, so that a console catching up on a long downtime
    /// does it a slice at a time between frames; the report says whether anything is still due.
    @discardableResult
    public func sweep(to instant: Date, batchSize: Int = sweepBatchSize, atMost: Int = .max,
                      progress: ((Int) -> Void)? = nil) throws -> SweepReport {
        var report = SweepReport()
        guard let next = try nextDeadline(), next <= instant else { return report }
        let limit = instant.millisecondsSince1970
        // Each swept dispute touches index pages all over the big tables; with SQLite's default
        // 2 MB page cache a catch-up spent a third of its time re-reading and re-writing them.
        // The cache grows only as pages are used, so a sweep of a few rows costs nothing more.
        // A pragma on the writer connection, outside any transaction: it takes no lock, so it
        // cannot wait for another console's write.
        let usualCacheSize: Int
        do {
            usualCacheSize = try database.writeWithoutTransaction { db in
                let usual = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2_000
                try db.execute(sql: "PRAGMA cache_size = \(Self.sweepCacheSize)")
                return usual
            }
        } catch let error as DatabaseError {
            throw StoreError(error)
        }
        defer { try? database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = \(usualCacheSize)") } }
        // Walk each table by (deadline, key): a swept row's deadline moves past `instant`, so a
        // cursor visits every due row once, even in the unlikely case that nothing fired for it.
        var visited = 0
        for table in ["dispute", "orders"] {
            var cursor: (due: Int64, key: Int64) = (.min, .min)
            while true {
                let room = atMost - visited
                guard room > 0 else {
                    report.isComplete = try nextDeadline().map { $0 > instant } ?? true
                    return report
                }
                let batchSize = min(batchSize, room)
                let batch = try write { db -> [(due: Int64, key: Int64)] in
                    if table == "dispute" {
                        return try sweepDisputes(after: cursor, upTo: limit, batchSize: batchSize, to: instant, in: db, report: &report)
                    }
                    let rows = try Row.fetchAll(db, sql: """
                        SELECT next_deadline, key, id FROM orders
                        WHERE next_deadline IS NOT NULL AND next_deadline <= ? AND (next_deadline, key) > (?, ?)
                        ORDER BY next_deadline, key LIMIT ?
                        """, arguments: [limit, cursor.due, cursor.key, batchSize]).map { (due: $0[0] as Int64, key: $0[1] as Int64, id: $0[2] as String) }
                    for row in rows {
                        try sweepOrder(OrderID(row.id), to: instant, in: db, report: &report)
                    }
                    return rows.map { (due: $0.due, key: $0.key) }
                }
                guard let last = batch.last else { break }
                visited += batch.count
                cursor = last
                progress?(report.disputesChanged + report.ordersChanged)
            }
        }
        return report
    }

    /// Below this many due disputes in a batch, a second thread costs more than it saves.
    static let disputesWorthASecondCore = 64

    /// Sweeps the next batch of due disputes after `cursor` inside the caller's transaction and
    /// returns their (deadline, key) positions. Each dispute and its order are read with the batch,
    /// still encoded; decoding, firing and encoding (a third of a big sweep's time, `perf`) then run
    /// on a second thread while this one writes the disputes already worked out.
    private func sweepDisputes(after cursor: (due: Int64, key: Int64), upTo limit: Int64, batchSize: Int, to instant: Date,
                               in db: Database, report: inout SweepReport) throws -> [(due: Int64, key: Int64)] {
        var positions: [(due: Int64, key: Int64)] = []
        var due: [DueDispute] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT d.next_deadline, d.key, d.state, d.version, o.state, o.version
            FROM dispute d LEFT JOIN orders o ON o.id = d.order_id
            WHERE d.next_deadline IS NOT NULL AND d.next_deadline <= ? AND (d.next_deadline, d.key) > (?, ?)
            ORDER BY d.next_deadline, d.key LIMIT ?
            """, arguments: [limit, cursor.due, cursor.key, batchSize])
        while let row = try rows.next() {
            positions.append((due: row[0], key: row[1]))
            due.append(DueDispute(state: row[2], version: row[3], orderState: row[4], orderVersion: row[5] ?? 0))
        }
        let policy = self.policy
        guard due.count >= Self.disputesWorthASecondCore else {
            for dispute in due { try write(dispute.sweep(to: instant, policy: policy), in: db, report: &report) }
            return positions
        }
        let pipeline = WorkPipeline<[DisputeSweep]>(capacity: 4)
        pipeline.start { [due] pipeline in
            // In chunks, so the queue's lock is taken once per 32 disputes rather than for each.
            for start in stride(from: 0, to: due.count, by: 32) {
                let chunk = try due[start..<min(due.count, start + 32)].map { try $0.sweep(to: instant, policy: policy) }
                guard pipeline.put(chunk) else { return }
            }
        }
        do {
            while let chunk = try pipeline.take() {
                for sweep in chunk { try write(sweep, in: db, report: &report) }
            }
        } catch {
            pipeline.cancelAndWait()
            throw error
        }
        return positions
    }

    private func write(_ sweep: DisputeSweep, in db: Database, report: inout SweepReport) throws {
        try sweep.write(in: db)
        guard !sweep.events.isEmpty else { return }
        report.disputesChanged += 1
        report.eventsWritten += sweep.events.count
        for event in sweep.events where event.isVisibleToParties {
            report.note("\(sweep.id) · \(DateText.short(event.at)) · \(event.summary)")
        }
    }

    /// Fires a dispute's due deadlines and saves what they did, inside the caller's transaction.
    @discardableResult
    static func advance(_ id: DisputeID, to instant: Date, policy: Policy, in db: Database) throws -> [DisputeEvent] {
        let snapshot = try loadDispute(id, in: db)
        let sweep = try DisputeSweep(snapshot, order: { try loadOrder(snapshot.dispute.orderID, in: db) }, to: instant, policy: policy)
        try sweep.write(in: db)
        return sweep.events
    }

    private func sweepOrder(_ id: OrderID, to instant: Date, in db: Database, report: inout SweepReport) throws {
        var snapshot = try Self.loadOrder(id, in: db)
        let events = snapshot.order.advance(to: instant, policy: policy)
        snapshot.version += 1
        try Self.appendOrderEvents(events, in: db)
        try OrderWriter.write(snapshot.order, version: snapshot.version, policy: policy, in: db)
        if !events.isEmpty {
            report.ordersChanged += 1
            report.eventsWritten += events.count
            for event in events { report.note("\(id) · \(DateText.short(event.at)) · \(event.summary)") }
        }
    }
}
