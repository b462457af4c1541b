import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real binary on a new database, in a private tmux server: a buyer opens a dispute from the
/// order list through every form step, sees it in the list and on its page, and quits cleanly.
@Suite("Buyer journey in a real terminal", .serialized, .enabled(if: ParleyBinary.startsConsole))
struct BuyerJourneyTests {
    static func start(_ tmux: TmuxHarness, database: String, arguments: String, cols: Int = 120, rows: Int = 40) {
        // The shell ignores Ctrl-C (a trap, reset to default in parley) so it can report parley's exit.
        let command = "trap true INT; SWIFT_BACKTRACE=interactive=no TERM=xterm-256color " + TmuxHarness.quote(ParleyBinary.path)
            + " --db " + TmuxHarness.quote(database) + " " + arguments + "; echo PARLEY-EXITED-$?; sleep 30"
        tmux.start(command: "sh -c " + TmuxHarness.quote(command), cols: cols, rows: rows)
    }

    func keys(_ tmux: TmuxHarness, _ keys: String...) {
        for key in keys { tmux.tmux("send-keys " + key) }
    }

    func typeText(_ tmux: TmuxHarness, _ text: String) {
        tmux.tmux("send-keys -l " + TmuxHarness.quote(text))
    }

    @Test("On a new database the console opens on the role picker; Enter signs in as the first buyer")
    func picker() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Self.start(tmux, database: ParleyBinary.freshDatabase(), arguments: "")
        let picker = try #require(tmux.waitFor(timeout: 30) { $0.contains("Who are you today?") })
        #expect(picker.contains("Buyers — follow orders"))
        keys(tmux, "Enter")
        #expect(tmux.waitFor { $0.contains("My orders") && $0.contains("(buyer)") } != nil)
        keys(tmux, "Q")
        #expect(tmux.waitFor { $0.contains("PARLEY-EXITED-0") } != nil)
    }

    @Test("Open a dispute from the order list through every step, see it in the list and on its page, quit clean")
    func openDispute() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        let database = ParleyBinary.freshDatabase()
        let photo = (database as NSString).deletingLastPathComponent + "/unboxing.jpg"
        _ = FileManager.default.createFile(atPath: photo, contents: Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 1, count: 4000)))
        Self.start(tmux, database: database, arguments: "--as buyer:amara")
        _ = try #require(tmux.waitFor(timeout: 30) { $0.contains("My orders") })
        // The Delivered tab holds orders that can be disputed now.
        keys(tmux, "3")
        _ = try #require(tmux.waitFor { $0.contains("Receipt confirmed") || $0.contains("Delivered  ") })
        keys(tmux, "Enter")
        let order = try #require(tmux.waitFor { $0.contains("What you can do") })
        let orderID = try #require(order.split(separator: "\n").first?.split(separator: " ").first.map(String.init))
        #expect(order.contains("d Open a dispute"))
        keys(tmux, "d")
        _ = try #require(tmux.waitFor { $0.contains("Did you receive the goods?") })
        keys(tmux, "y", "Enter")
        _ = try #require(tmux.waitFor { $0.contains("What is wrong?") })
        keys(tmux, "Enter")
        _ = try #require(tmux.waitFor { $0.contains("What do you want?") })
        keys(tmux, "Enter")
        _ = try #require(tmux.waitFor { $0.contains("How much do you ask back?") })
        keys(tmux, "Down", "Enter")
        typeText(tmux, "abc")
        #expect(tmux.waitFor { $0.contains("is not an amount") } != nil)
        keys(tmux, "C-u")
        typeText(tmux, "5")
        keys(tmux, "Enter")
        _ = try #require(tmux.waitFor { $0.contains("Describe the problem") })
        typeText(tmux, "The colour is brown, the listing showed black.")
        keys(tmux, "Tab")
        _ = try #require(tmux.waitFor { $0.contains("Photos and videos") })
        typeText(tmux, photo)
        keys(tmux, "Enter")
        _ = try #require(tmux.waitFor { $0.contains("Files (1):") && $0.contains("unboxing.jpg") })
        keys(tmux, "Enter")
        _ = try #require(tmux.waitFor { $0.contains("Everything is filled in.") })
        keys(tmux, "Enter")
        _ = try #require(tmux.waitFor { $0.contains("Open the dispute?") })
        keys(tmux, "y")
        let page = try #require(tmux.waitFor { $0.contains("● Seller response") })
        #expect(page.contains("Dispute D-"))
        #expect(page.contains("Waiting for  the seller to answer the dispute"))
        keys(tmux, "Escape", "Escape")
        _ = try #require(tmux.waitFor { $0.contains("My orders") })
        keys(tmux, "4")
        #expect(tmux.waitFor { $0.contains(orderID) && $0.contains("In dispute") } != nil)
        keys(tmux, "Q")
        let end = try #require(tmux.waitFor { $0.contains("PARLEY-EXITED-0") })
        #expect(!end.contains("My orders"))
    }

    @Test("At 80x24 the order list and the form fit; Ctrl-C mid-form asks and keeps the text")
    func narrowAndCtrlC() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Self.start(tmux, database: ParleyBinary.freshDatabase(), arguments: "--as buyer:amara", cols: 80, rows: 24)
        _ = try #require(tmux.waitFor(timeout: 30) { $0.contains("My orders") })
        keys(tmux, "3", "Enter")
        _ = try #require(tmux.waitFor { $0.contains("What you can do") })
        keys(tmux, "d", "y", "Enter", "Enter", "Enter", "Enter")
        _ = try #require(tmux.waitFor { $0.contains("Describe the problem") })
        typeText(tmux, "Half typed")
        keys(tmux, "C-c")
        _ = try #require(tmux.waitFor { $0.contains("Quit Parley?") })
        keys(tmux, "Enter")
        #expect(tmux.waitFor { $0.contains("Half typed") && !$0.contains("Quit Parley?") } != nil)
        keys(tmux, "C-c")
        _ = try #require(tmux.waitFor { $0.contains("Quit Parley?") })
        keys(tmux, "y")
        #expect(tmux.waitFor { $0.contains("PARLEY-EXITED-0") } != nil)
    }
}
