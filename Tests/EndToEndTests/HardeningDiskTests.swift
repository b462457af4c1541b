import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The process killed while it writes, and a disk that refuses: the database always opens again,
/// passes `parley verify`, and keeps every action committed before the fault.
@Suite("Hardening: crashes and the disk", .serialized, .enabled(if: Hardening.isAvailable))
struct HardeningDiskTests {
    /// Starts `parley ARGS` in the background (stdin/stdout/stderr on /dev/null); returns its pid.
    /// At the lowest priority, so the bulk writes do not starve the other suites' consoles.
    static func spawn(_ arguments: [String]) -> pid_t? {
        let line = "exec nice -n 19 " + TmuxHarness.quote(ParleyBinary.path) + " " + arguments.map(TmuxHarness.quote).joined(separator: " ")
        let output = TmuxHarness.shell("(export SWIFT_BACKTRACE=interactive=no; " + line + ") </dev/null >/dev/null 2>&1 & echo $!").output
        return pid_t(output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("SIGKILL at random points of a seed on the demo database: it opens, verifies, and keeps every committed row")
    func killedWhileSeeding() throws {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<2 {
            let database = try Hardening.demoCopy()
            let demoEvents = Hardening.count(database, "SELECT COUNT(*) FROM event")
            let pid = try #require(Self.spawn(["seed", "--db", database, "--orders", "30000", "--disputes", "3000", "--seed", "\(round + 7)"]))
            // Watch what is committed, then kill at a random moment while it writes.
            let deadline = Date().addingTimeInterval(Double.random(in: 0.3...1.5, using: &generator))
            var seenOrders = 0
            while Date() < deadline {
                seenOrders = max(seenOrders, Hardening.count(database, "SELECT COUNT(*) FROM orders WHERE id LIKE 'S%'"))
                usleep(50_000)
            }
            kill(pid, SIGKILL)
            while !Hardening.hasEnded(pid) { usleep(10_000) }
            let verify = Hardening.run(["verify", "--db", database])
            #expect(verify.status == 0, "round \(round): \(verify.stdout) \(verify.stderr)")
            #expect(Hardening.sql(database, "PRAGMA integrity_check") == "ok")
            #expect(Hardening.count(database, "SELECT COUNT(*) FROM orders WHERE id LIKE 'S%'") >= seenOrders)
            #expect(Hardening.count(database, "SELECT COUNT(*) FROM event") >= demoEvents)
            // Every dispute row still has its stream (never half of an opening).
            #expect(Hardening.count(database, "SELECT COUNT(*) FROM dispute WHERE 'dispute:' || id NOT IN (SELECT stream FROM stream_head)") == 0)
        }
    }

    @Test("SIGKILL during a sweep far in the future: whole batches or nothing, verify passes, and sweeping again ends where an uninterrupted sweep does")
    func killedWhileSweeping() throws {
        let future = "2027-06-01T00:00:00Z"
        let reference = try Hardening.demoCopy()
        let before = Hardening.count(reference, "SELECT COUNT(*) FROM event")
        #expect(Hardening.run(["sweep", "--db", reference, "--now", future]).status == 0)
        let full = Hardening.count(reference, "SELECT COUNT(*) FROM event")
        #expect(full > before, "the sweep should have had work to do")
        for delay in [0.02, 0.05, 0.1, 0.2] {
            let database = try Hardening.demoCopy()
            let pid = try #require(Self.spawn(["sweep", "--db", database, "--now", future]))
            usleep(UInt32(delay * 1_000_000))
            kill(pid, SIGKILL)
            while !Hardening.hasEnded(pid) { usleep(10_000) }
            #expect(Hardening.run(["verify", "--db", database]).status == 0)
            // The sweep commits in batches (disputes, then orders), each one transaction: a kill keeps the
            // batches before it and none of the one it interrupts, and the next sweep finishes the work.
            let events = Hardening.count(database, "SELECT COUNT(*) FROM event")
            #expect(events >= before && events <= full, "a killed sweep left \(events) events (before \(before), whole \(full))")
            #expect(Hardening.run(["sweep", "--db", database, "--now", future]).status == 0)
            #expect(Hardening.count(database, "SELECT COUNT(*) FROM event") == full, "after the second sweep (delay \(delay) s)")
            #expect(Hardening.run(["verify", "--db", database]).status == 0)
        }
    }

    @Test("A read-only database file or folder is refused with a clear message and left byte for byte as it was")
    func readOnlyDatabase() throws {
        let database = try Hardening.demoCopy()
        let folder = (database as NSString).deletingLastPathComponent
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        chmod(database, 0o444)
        defer { chmod(database, 0o644) }
        let sweep = Hardening.run(["sweep", "--db", database])
        #expect(sweep.status == 77)
        #expect(sweep.stderr.contains("cannot be written"))
        chmod(database, 0o644)
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        // (Running as root ignores the folder's mode; the check is then meaningless.)
        if geteuid() != 0 {
            let console = Hardening.run(["sweep", "--db", database])
            #expect(console.status == 77)
            #expect(console.stderr.contains("read-only"))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    @Test("A database locked by another process: the command line says so (exit 75), the console reports a refused write on its status line and stays usable")
    func lockedDatabase() throws {
        let database = try Hardening.demoCopy()
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Hardening.startConsole(tmux, database: database, arguments: "--as buyer:amara")
        let orderID = try Hardening.openDeliveredOrder(tmux)
        // Another process takes the write lock and keeps it for 12 s (sqlite3's own busy wait first).
        let release = NSTemporaryDirectory() + "parley-lock-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let holder = "(echo '.timeout 5000'; echo 'BEGIN EXCLUSIVE;'; echo \"INSERT INTO meta (key, value) VALUES ('lock-test', 'held');\"; "
            + "echo \"SELECT 'LOCKED';\"; sleep 12; echo 'ROLLBACK;') | sqlite3 " + TmuxHarness.quote(database) + " > " + TmuxHarness.quote(release) + " 2>&1"
        // In the background with every stream redirected, or popen would wait the 12 s for it.
        let holderInBackground = "{ " + holder + "; } </dev/null >/dev/null 2>&1 &"
        TmuxHarness.shell(holderInBackground)
        defer { try? FileManager.default.removeItem(atPath: release) }
        let lockedAt = Date()
        while (try? String(contentsOfFile: release, encoding: .utf8))?.contains("LOCKED") != true && Date() < lockedAt.addingTimeInterval(10) {
            usleep(20_000)
        }
        try #require((try? String(contentsOfFile: release, encoding: .utf8))?.contains("LOCKED") == true, "sqlite3 could not take the lock")

        // A sweep with work to do cannot write: refused with a message, not a hang or a crash.
        let sweep = Hardening.run(["sweep", "--db", database, "--now", "2027-06-01T00:00:00Z"])
        #expect(sweep.status == 1 || sweep.status == 75)
        #expect(sweep.stderr.contains("held the database for too long") || sweep.stderr.contains("locked by another process"), "\(sweep.stderr)")

        // The buyer confirms receipt while the lock is held.
        Hardening.keys(tmux, "c")
        _ = try #require(tmux.waitFor { $0.contains("Confirm receipt?") })
        Hardening.keys(tmux, "y")
        let refused = tmux.waitFor(timeout: 12) { $0.contains("held the database for too long") || $0.contains("locked") }
        #expect(refused != nil, "no message about the lock: \(tmux.capture())")
        // Shown long enough to read: the write waited 5 s for the lock, and the message must not
        // expire at the next tick because the console's clock stood still meanwhile.
        if refused != nil {
            let gone = tmux.waitFor(timeout: 2.5) { !$0.contains("held the database for too long") && !$0.contains("locked") }
            #expect(gone == nil, "the lock message vanished at once")
        }
        // Once the lock is gone the console still works and the receipt can be confirmed.
        while Date() < lockedAt.addingTimeInterval(13) { usleep(100_000) }
        #expect(tmux.waitFor { $0.contains("What you can do") && !$0.contains("Confirm receipt?") } != nil)
        Hardening.keys(tmux, "c")
        if tmux.waitFor(timeout: 3, { $0.contains("Confirm receipt?") }) != nil {
            Hardening.keys(tmux, "y")
        }
        #expect(tmux.waitFor(timeout: 10) { $0.contains("already receipt confirmed") } != nil, "\(tmux.capture())")
        #expect(Hardening.count(database, "SELECT COUNT(*) FROM event WHERE kind = 'receiptConfirmed' AND stream = 'order:\(orderID)'") == 1)
        #expect(Hardening.count(database, "SELECT COUNT(*) FROM meta WHERE key = 'lock-test'") == 0)
        #expect(Hardening.run(["verify", "--db", database]).status == 0)
    }

    @Test("A file in rollback mode with another process's write open for a second (a killed seed still exiting): verify waits, not \"locked\" at once")
    func rollbackModeFileBrieflyBeingWritten() throws {
        let database = try Hardening.demoCopy()
        #expect(Hardening.sql(database, "PRAGMA journal_mode = DELETE") == "delete")
        // A seed killed mid-write keeps its lock until its last thread has exited. Leaving rollback
        // mode needs that lock, and SQLite asks for it once, without waiting: found when the seed
        // test above, under CI's load, ran verify while the seed's second thread was still exiting.
        let writing = NSTemporaryDirectory() + "parley-writer-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: writing) }
        let writer = "(echo 'BEGIN IMMEDIATE;'; echo \"SELECT 'WRITING';\"; sleep 1; echo 'ROLLBACK;') | sqlite3 "
            + TmuxHarness.quote(database) + " > " + TmuxHarness.quote(writing) + " 2>&1"
        TmuxHarness.shell("{ " + writer + "; } </dev/null >/dev/null 2>&1 &")
        let started = Date()
        while (try? String(contentsOfFile: writing, encoding: .utf8))?.contains("WRITING") != true && Date() < started.addingTimeInterval(10) {
            usleep(10_000)
        }
        try #require((try? String(contentsOfFile: writing, encoding: .utf8))?.contains("WRITING") == true, "sqlite3 did not start writing")
        let verify = Hardening.run(["verify", "--db", database])
        #expect(verify.status == 0, "\(verify.stdout) \(verify.stderr)")
        #expect(Date().timeIntervalSince(started) < 6, "verify waited longer than the 5 s any lock is waited for")
        #expect(Hardening.sql(database, "PRAGMA journal_mode") == "wal")
    }

    @Test("A full disk (a file-size limit on the process): a clear message, a failure code, and the database intact")
    func fullDisk() throws {
        let database = try Hardening.demoCopy()
        let events = Hardening.count(database, "SELECT COUNT(*) FROM event")
        // dash's ulimit -f counts 512-byte blocks: about 1 MB more than the demo database holds.
        let size = (try FileManager.default.attributesOfItem(atPath: database)[.size] as? Int) ?? 0
        let blocks = size / 512 + 2048
        let result = Hardening.run(["seed", "--db", database, "--orders", "50000", "--disputes", "5000"],
                                   prelude: "ulimit -f \(blocks); trap '' XFSZ")
        #expect(result.status == 1)
        #expect(result.stderr.contains("may be full") || result.stderr.contains("disk is full"), "\(result.stderr)")
        #expect(!result.stderr.contains("Fatal error"))
        #expect(Hardening.run(["verify", "--db", database]).status == 0)
        #expect(Hardening.count(database, "SELECT COUNT(*) FROM event") >= events)
    }

    @Test("An export into a full disk (/dev/full): a clear message and exit 1, not a crash")
    func exportIntoAFullDisk() throws {
        let database = try Hardening.demoCopy()
        for format in ["csv", "json"] {
            let result = Hardening.run(["export", "disputes", "--db", database, "--format", format], prelude: "exec >/dev/full")
            #expect(result.status == 1, "\(format): exit \(result.status), \(result.stderr)")
            #expect(result.stderr.contains("could not be written to standard output"), "\(format): \(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"))
        }
        // The same export into a pipe still writes every dispute.
        let json = Hardening.run(["export", "disputes", "--db", database, "--format", "json"])
        #expect(json.status == 0)
        let disputes = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [Any]
        #expect(disputes?.count == Hardening.count(database, "SELECT COUNT(*) FROM dispute"))
    }

    @Test("The evidence folder deleted while the console runs: a new file is still stored, verify names the lost ones")
    func deletedEvidenceFolder() throws {
        let database = try Hardening.demoCopy()
        let folder = (database as NSString).deletingLastPathComponent
        let photo = folder + "/after-delete.jpg"
        _ = FileManager.default.createFile(atPath: photo, contents: Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 7, count: 3000)))
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Hardening.startConsole(tmux, database: database, arguments: "--as buyer:amara")
        let orderID = try Hardening.openDisputeFormToDescription(tmux)
        try FileManager.default.removeItem(atPath: folder + "/evidence")
        Hardening.type(tmux, "Scratched on arrival.")
        Hardening.keys(tmux, "Tab")
        _ = try #require(tmux.waitFor { $0.contains("Photos and videos") })
        Hardening.type(tmux, photo)
        Hardening.keys(tmux, "Enter")
        _ = try #require(tmux.waitFor { $0.contains("Files (1):") && $0.contains("after-delete.jpg") }, "\(tmux.capture())")
        Hardening.keys(tmux, "Enter")
        _ = try #require(tmux.waitFor { $0.contains("Everything is filled in.") })
        Hardening.keys(tmux, "Enter")
        _ = try #require(tmux.waitFor { $0.contains("Open the dispute?") })
        Hardening.keys(tmux, "y")
        #expect(tmux.waitFor(timeout: 10) { $0.contains("Dispute D-") && $0.contains("Seller response") } != nil, "\(tmux.capture())")
        #expect(Hardening.count(database, "SELECT COUNT(*) FROM dispute WHERE order_id = '\(orderID)'") == 1)
        let verify = Hardening.run(["verify", "--db", database])
        // The demo's files are gone for good, and verify says so; the new one was stored afresh.
        #expect(verify.status == 3)
        #expect(verify.stdout.contains("missing") || verify.stderr.contains("missing"), "\(verify.stdout)\(verify.stderr)")
        let stored = TmuxHarness.shell("find " + TmuxHarness.quote(folder + "/evidence") + " -type f | wc -l").output
        #expect(Int(stored.trimmingCharacters(in: .whitespacesAndNewlines)) == 1)
    }
}
