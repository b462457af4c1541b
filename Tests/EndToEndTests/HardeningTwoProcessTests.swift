import Foundation
import Testing

/// Two consoles of the same buyer submit a dispute on the same order at the same moment while a
/// third process sweeps: exactly one dispute exists afterwards, the other console is told.
@Suite("Hardening: two processes", .serialized, .enabled(if: Hardening.isAvailable))
struct HardeningTwoProcessTests {
    func fillForm(_ tmux: TmuxHarness, database: String, text: String) throws -> String {
        let orderID = try Hardening.openDisputeFormToDescription(tmux)
        try Hardening.finishDisputeForm(tmux, database: database, text: text)
        return orderID
    }

    @Test("Two consoles open a dispute on the same order at once, a sweep runs beside them: one wins, the other is told, nothing is lost")
    func twoConsolesOneOrder() throws {
        let database = try Hardening.demoCopy()
        let first = TmuxHarness(), second = TmuxHarness()
        defer { first.stop(); second.stop() }
        Hardening.startConsole(first, database: database, arguments: "--as buyer:amara")
        Hardening.startConsole(second, database: database, arguments: "--as buyer:amara")
        let orderA = try fillForm(first, database: database, text: "Written in the first console")
        let orderB = try fillForm(second, database: database, text: "Written in the second console")
        #expect(orderA == orderB)
        // In the background with every stream redirected (popen would otherwise wait for the loop).
        let sweeper = TmuxHarness.shell("{ for i in 1 2 3 4 5 6 7 8; do env SWIFT_BACKTRACE=interactive=no " + TmuxHarness.quote(ParleyBinary.path)
            + " sweep --db " + TmuxHarness.quote(database) + "; done; } </dev/null >/dev/null 2>&1 & echo started")
        #expect(sweeper.output.contains("started"))
        // Both confirm within a few milliseconds.
        Hardening.keys(first, "y")
        Hardening.keys(second, "y")
        let won = { (screen: String) in screen.contains("Dispute D-") && screen.contains("Seller response") }
        let a = try #require(first.waitFor(timeout: 15) { won($0) || $0.contains("already") || $0.contains("changed") || $0.contains("conflict") })
        let b = try #require(second.waitFor(timeout: 15) { won($0) || $0.contains("already") || $0.contains("changed") || $0.contains("conflict") })
        let winners = [won(a), won(b)].filter { $0 }.count
        #expect(winners >= 1, "neither console shows the dispute: \(a)\n----\n\(b)")
        #expect(Hardening.count(database, "SELECT COUNT(*) FROM dispute WHERE order_id = '\(orderA)'") == 1)
        let description = Hardening.sql(database, "SELECT json_extract(payload, '$.kind.opened._0.description') FROM event WHERE kind = 'opened' AND stream = (SELECT 'dispute:' || id FROM dispute WHERE order_id = '\(orderA)')")
        #expect(description == "Written in the first console" || description == "Written in the second console")
        // The loser sees the dispute that exists now (its page or the refusal, not a stale form).
        let loser = won(a) ? (second, b) : (first, a)
        if winners == 1 {
            #expect(loser.1.contains("changed by someone else") && loser.1.contains("Nothing was saved"), "the losing console was not told: \(loser.1)")
            #expect(!loser.1.contains("Open the dispute?"), "the losing console still shows the stale confirmation: \(loser.1)")
        }
        // Exactly one opening event for that order, and the log is intact after the sweeps.
        #expect(Hardening.count(database, "SELECT COUNT(*) FROM event WHERE kind = 'disputeOpened' AND stream = 'order:\(orderA)'") == 1)
        #expect(Hardening.run(["verify", "--db", database]).status == 0)
    }
}
