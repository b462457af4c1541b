import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The issue's journey with the real binary: a buyer, a shop and a mediator, each in their own terminal
/// (a private tmux server each), on one database file.
///
/// Time: `--sandbox` works on a temporary copy of the database, so the other consoles would never see
/// what the sandbox did. Instead the consoles are started with `--now` on the shared database: the
/// first round at 24 Nov, the second eight days later. A console sweeps the deadlines when it starts,
/// so the staff console opened at 2 Dec escalates the dispute whose 7-day negotiation ran out, in the
/// real database, where the shop's and the buyer's consoles (restarted at 2 Dec too, so their actions
/// come after the mediator's) see it.
///
/// TERM is left as tmux sets it for its panes (tmux-256color): tmux sends keys such as End in its own
/// terminal's dialect, and under a foreign TERM ncurses would read End as Esc and a few letters.
@Suite("Three consoles on one database in real terminals", .serialized, .enabled(if: ParleyBinary.startsConsole))
struct ThreeConsoleJourneyTests {
    static let firstRound = "2026-11-24T12:00:00Z"
    static let secondRound = "2026-12-02T12:00:00Z"

    /// One running console in its own tmux server.
    final class Terminal {
        let tmux = TmuxHarness()
        let name: String

        init(_ name: String, database: String, now: String, signIn: String) {
            self.name = name
            let command = "SWIFT_BACKTRACE=interactive=no " + TmuxHarness.quote(ParleyBinary.path) + " --db " + TmuxHarness.quote(database)
                + " --now " + now + " --as " + TmuxHarness.quote(signIn) + "; echo PARLEY-EXITED-$?; sleep 30"
            tmux.start(command: "sh -c " + TmuxHarness.quote(command), cols: 120, rows: 40)
        }

        func keys(_ keys: String...) {
            for key in keys { tmux.tmux("send-keys " + key) }
        }

        func type(_ text: String) { tmux.tmux("send-keys -l " + TmuxHarness.quote(text)) }

        /// Waits (generously: the machine is slow and shared) until the screen shows what is expected.
        @discardableResult
        func expect(_ what: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation,
                    _ predicate: (String) -> Bool) throws -> String {
            guard let screen = tmux.waitFor(timeout: timeout, predicate) else {
                Issue.record("\(name) never showed \(what). Last screen:\n\(tmux.capture())", sourceLocation: sourceLocation)
                throw JourneyStopped()
            }
            return screen
        }

        @discardableResult
        func expect(_ text: String, timeout: TimeInterval = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
            try expect("\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
        }

        /// Quits with Q and checks the console ended cleanly.
        func quit() throws {
            keys("Q")
            try expect("PARLEY-EXITED-0")
            tmux.stop()
        }
    }

    struct JourneyStopped: Error {}

    /// The line of a list that starts with `id`, counted from the first row under the header.
    static func rowIndex(of id: String, in screen: String, header: String) -> Int? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let top = lines.firstIndex(where: { $0.contains(header) }) else { return nil }
        let rows = lines[(top + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return rows.firstIndex { $0.contains(" \(id) ") }.map { $0 - top - 1 }
    }

    /// Opens `id` from the shop's list (the list has no search: move down to its row).
    static func openFromShopList(_ shop: Terminal, id: String) throws {
        let list = try shop.expect("the dispute \(id) in the shop's list") { $0.contains("Disputes about your shop's orders") && $0.contains(id) }
        let index = try #require(rowIndex(of: id, in: list, header: "Dispute  Time left"))
        for _ in 0..<index { shop.keys("Down") }
        shop.keys("Enter")
        try shop.expect("the shop's page of \(id)") { $0.hasPrefix(id + "  ") && $0.contains("Proposals") }
    }

    @Test("Buyer opens, shop counters, deadline escalates, mediator proposes two, both accept one, refund on the order")
    func journey() throws {
        var terminals: [Terminal] = []
        defer { terminals.forEach { $0.tmux.stop() } }
        func launch(_ name: String, _ database: String, now: String, as signIn: String) -> Terminal {
            let terminal = Terminal(name, database: database, now: now, signIn: signIn)
            terminals.append(terminal)
            return terminal
        }
        let database = ParleyBinary.freshDatabase()
        let photo = (database as NSString).deletingLastPathComponent + "/cracked-bowl.jpg"
        _ = FileManager.default.createFile(atPath: photo, contents: Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 1, count: 4000)))

        // 1. The buyer opens a dispute on a delivered order (the first start also fills the demo data).
        let buyer = launch("the buyer's console", database, now: Self.firstRound, as: "buyer:amara")
        try buyer.expect("My orders", timeout: 40)
        buyer.keys("3")
        try buyer.expect("the Delivered tab") { $0.contains("Delivered (") && $0.contains("Receipt confirmed") || $0.contains("Delivered  ") }
        buyer.keys("Enter")
        let order = try buyer.expect("What you can do")
        let orderID = try #require(order.split(separator: " ").first.map(String.init))
        let shopLine = try #require(order.split(separator: "\n").first { $0.hasPrefix("  Shop  ") })
        let shopName = shopLine.dropFirst("  Shop".count).trimmingCharacters(in: .whitespaces).components(separatedBy: "  ")[0]
        let shopFirstWord = try #require(shopName.split(separator: " ").first.map(String.init))
        buyer.keys("d")
        try buyer.expect("Did you receive the goods?")
        buyer.keys("y", "Enter")
        try buyer.expect("What is wrong?")
        buyer.keys("Enter")
        try buyer.expect("What do you want?")
        buyer.keys("Enter")
        try buyer.expect("How much do you ask back?")
        buyer.keys("Enter")
        try buyer.expect("Describe the problem")
        buyer.type("The glaze is cracked across the rim; it arrived broken.")
        buyer.keys("Tab")
        try buyer.expect("Photos and videos")
        buyer.type(photo)
        buyer.keys("Enter")
        try buyer.expect("Files (1):")
        buyer.keys("Enter")
        try buyer.expect("Everything is filled in.")
        buyer.keys("Enter")
        try buyer.expect("Open the dispute?")
        buyer.keys("y")
        let opened = try buyer.expect("● Seller response")
        let disputeID = try #require(opened.components(separatedBy: "Dispute ").dropFirst().first?.split(separator: " ").first.map(String.init))
        #expect(disputeID.hasPrefix("D-"))

        // 2. Ten minutes later the shop, in its own console, finds it in its list and counters.
        let shop = launch("the shop's console", database, now: "2026-11-24T12:10:00Z", as: "seller:" + shopFirstWord)
        try Self.openFromShopList(shop, id: disputeID)
        shop.keys("a")
        try shop.expect("Answer dispute \(disputeID)")
        shop.keys("End", "Space")
        try shop.expect("Counter-proposal *")
        shop.keys("Tab", "Space", "Tab")
        shop.type("1.50")
        shop.keys("Tab")
        shop.type("The bowl left our workshop intact; we offer a part.")
        try shop.expect("we offer a part.")
        // Ctrl-S submits: the console turns off XON/XOFF, or the terminal would freeze here.
        shop.keys("C-s")
        try shop.expect("Send the counter-proposal?")
        shop.keys("y")
        try shop.expect("Answer sent on \(disputeID)")

        // 3. The buyer's page, still open, shows the counter without a key being pressed.
        let countered = try buyer.expect("the shop's counter-proposal on the buyer's page") {
            $0.contains("● Negotiation") && $0.contains("Seller rejected the buyer's proposal with a counter-proposal")
        }
        #expect(countered.contains("1.50"))
        try buyer.quit()
        try shop.quit()

        // 4. Eight days later the negotiation has run out: the staff console's start-up sweep escalates it.
        let staff = launch("the staff console", database, now: Self.secondRound, as: "staff:mira")
        let queue = try staff.expect("\(disputeID) in the staff queue") { $0.contains("Escalated disputes") && $0.contains(disputeID) }
        let row = try #require(queue.split(separator: "\n").first { $0.contains(" \(disputeID) ") })
        #expect(row.contains("Mediation"))
        #expect(row.hasSuffix("—"), "nobody has taken it yet: \(row)")
        staff.keys(":")
        staff.type("open \(disputeID)")
        staff.keys("Enter")
        try staff.expect("the case view") { $0.hasPrefix(disputeID + "  ") && $0.contains("Case \(disputeID)") }
        staff.keys("t")
        try staff.expect("You have taken \(disputeID)")
        staff.keys("p")
        try staff.expect("Propose solutions — \(disputeID)")
        staff.keys("Space", "Tab")
        staff.type("1.20")
        staff.keys("Tab", "Down", "Space", "Tab", "Space", "Tab")
        try staff.expect("Solution 2 *")
        staff.type("0.80")
        staff.keys("Tab")
        staff.type("Most of the difference back, or a smaller refund now.")
        staff.keys("C-s")
        try staff.expect("Both sides will be asked to accept one of")
        staff.keys("y")
        let proposed = try staff.expect("Done: propose solutions on \(disputeID)")
        #expect(proposed.contains("solution 1") && proposed.contains("solution 2"))

        // 5. The shop accepts solution 1.
        let shopAgain = launch("the shop's console, second round", database, now: "2026-12-02T12:10:00Z", as: "seller:" + shopFirstWord)
        try Self.openFromShopList(shopAgain, id: disputeID)
        let solutions = try shopAgain.expect("1 Accept solution 1")
        #expect(solutions.contains("1.20") && solutions.contains("0.80"))
        shopAgain.keys("1")
        try shopAgain.expect("Accept solution 1?")
        shopAgain.keys("y")
        try shopAgain.expect("Done: accept a proposal")

        // 6. The buyer accepts the same solution; the dispute closes with its refund.
        let buyerAgain = launch("the buyer's console, second round", database, now: "2026-12-02T12:20:00Z", as: "buyer:amara")
        try buyerAgain.expect("My orders", timeout: 30)
        buyerAgain.keys("/")
        buyerAgain.type(orderID)
        buyerAgain.keys("Enter")
        try buyerAgain.expect("\(orderID) in the filtered list") { $0.contains(orderID) && $0.contains("In dispute") }
        buyerAgain.keys("Enter")
        try buyerAgain.expect("v View dispute \(disputeID)")
        buyerAgain.keys("v")
        let page = try buyerAgain.expect("1 Accept solution 1")
        #expect(page.contains("Mediator 1") && page.contains("Mediator 2"))
        buyerAgain.keys("1")
        try buyerAgain.expect("Accept solution 1?")
        buyerAgain.keys("y")
        let decided = try buyerAgain.expect("the decided dispute") { $0.contains("● Refund") && $0.contains("Both sides accepted the mediator's solution 1") }
        #expect(decided.contains("1.20 refunded to the buyer"))

        // 7. The mediator's case view and the shop's page follow on their own; the order shows the refund.
        try staff.expect("the accepted solution in the case view") {
            $0.contains("The seller accepted the mediator's solution 1") && $0.contains("The buyer accepted the mediator's solution 1")
                && $0.contains("Outcome: ") && $0.contains("1.20 refunded to the buyer")
        }
        try shopAgain.expect("the outcome on the shop's page") { $0.hasPrefix(disputeID) && $0.contains("Outcome: ") && $0.contains("1.20") }
        buyerAgain.keys("Escape")
        let orderPage = try buyerAgain.expect("the refund on the order page") { $0.contains("What you can do") && $0.contains("expected by") }
        let refund = try #require(orderPage.split(separator: "\n").first { $0.contains("Refund ") && $0.contains("expected by") })
        #expect(refund.contains("1.20"), "\(refund)")
        try buyerAgain.quit()
        try shopAgain.quit()
        try staff.quit()
    }
}
