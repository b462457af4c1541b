import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI
import Testing

@Suite("Staff screens over the demo database")
struct StaffScreenTests {
    func queueScreen(_ console: StaffConsoleHarness) -> StaffQueueScreen? { console.state.top as? StaffQueueScreen }

    @Test("The queue lists escalated disputes, soonest decision deadline first, at 120x40 and 80x24")
    func queueOrder() throws {
        let store = try StoreConsoleTests.demoStore()
        for (cols, rows) in [(120, 40), (80, 24)] {
            let console = StaffConsoleHarness.staff(store, cols: cols, rows: rows)
            let queue = try #require(queueScreen(console))
            let open = queue.window.rows.filter(\.isOpen)
            #expect(!open.isEmpty)
            #expect(queue.window.rows.allSatisfy { $0.isEscalated })
            let dues = open.compactMap(\.decisionDue)
            #expect(dues == dues.sorted())
            let screen = console.screen
            #expect(screen.contains("Escalated disputes — soonest decision first"))
            #expect(screen.contains(open[0].id.rawValue))
            #expect(screen.contains("Taken by"))
            #expect(screen.contains("Mira (mediator) │ Queue"))
            console.save("staff-queue-\(cols)x\(rows)")
        }
    }

    @Test("The queue shows who has each case: me, another mediator, or nobody")
    func queueAssignees() throws {
        let console = StaffConsoleHarness.staff(try StoreConsoleTests.demoStore())
        let rows = try #require(queueScreen(console)).window.rows
        let screen = console.screen.split(separator: "\n")
        for row in rows.prefix(10) where row.isOpen {
            let line = try #require(screen.first { $0.contains(row.id.rawValue + " ") })
            let expected = row.assignee.map { $0 == StaffID("mira") ? "me" : $0.rawValue } ?? "—"
            #expect(line.hasSuffix(expected), "\(line)")
        }
    }

    @Test("Rows are coloured by urgency band and marked for monochrome terminals")
    func urgencyColours() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.staff(store)
        // Move four days on: the first cases are then overdue or nearly due.
        console.tick(advancing: 4 * 86_400 - 1)
        console.press(.char("r"))
        let text = console.screen
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let overdueRow = try #require(lines.firstIndex { $0.hasPrefix("!! ") })
        #expect(console.surface.role(at: Point(row: overdueRow, col: 0)) == .deadlineOverdue)
        #expect(text.contains("overdue"))
    }

    @Test(":filter reason=counterfeit shows only counterfeit claims; :filter clears")
    func filterCommand() throws {
        let console = StaffConsoleHarness.staff(try StoreConsoleTests.demoStore())
        console.press(.char(":")).type("filter reason=counterfeit\n")
        let queue = try #require(queueScreen(console))
        #expect(!queue.window.rows.isEmpty)
        #expect(queue.window.rows.allSatisfy { $0.reason == .counterfeit })
        #expect(console.screen.contains("Filter: reason=counterfeit"))
        console.press(.char(":")).type("filter\n")
        #expect(try #require(queueScreen(console)).window.rows.contains { $0.reason != .counterfeit })
    }

    @Test("A mistyped command says why on the status line and changes nothing")
    func badCommand() throws {
        let console = StaffConsoleHarness.staff(try StoreConsoleTests.demoStore())
        console.press(.char(":")).type("filter colour=red\n")
        #expect(console.screen.contains("Cannot filter by \"colour\""))
        #expect(try #require(queueScreen(console)).filter.isEmpty)
    }

    @Test("/ searches dispute numbers; Esc clears the search")
    func search() throws {
        let console = StaffConsoleHarness.staff(try StoreConsoleTests.demoStore())
        console.press(.char("/")).type("1060")
        #expect(try #require(queueScreen(console)).window.rows.map(\.id) == ["D-1060"])
        console.press(.escape)
        #expect(try #require(queueScreen(console)).window.rows.count > 1)
    }

    @Test("m shows my cases, u the untaken ones")
    func mineAndUntaken() throws {
        let console = StaffConsoleHarness.staff(try StoreConsoleTests.demoStore())
        console.press(.char("m"))
        #expect(try #require(queueScreen(console)).window.rows.allSatisfy { $0.assignee == StaffID("mira") })
        console.press(.char("u"))
        #expect(try #require(queueScreen(console)).window.rows.allSatisfy { $0.assignee == nil })
    }

    @Test("A case is taken before it is worked: actions first say so, t takes it, then the dialog opens")
    func takeBeforeWork() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.staff(store)
        console.press(.char(":")).type("open D-1060\n")
        #expect(console.state.top is StaffCaseScreen)
        console.press(.char("p"))
        #expect(console.screen.contains("Take the case first"))
        #expect(!(console.state.top is StaffActionScreen))
        console.press(.char("t"))
        #expect(try store.dispute("D-1060").dispute.mediation?.assignee == StaffID("mira"))
        #expect(console.screen.contains("taken by mira"))
        console.press(.char("p"))
        #expect(console.state.top is StaffActionScreen)
        console.save("staff-propose-120x40")
    }

    @Test("Proposing two solutions goes through the dialog, is confirmed, and lands in the store")
    func proposeTwo() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.staff(store)
        console.press(.char(":")).type("open D-1060\n").press(.char("t"), .char("p"))
        console.press(.char(" "), .tab).type("9").press(.tab)
        console.press(.down, .char(" "), .tab)
        console.press(.char(" "), .tab).type("18").press(.tab)
        console.type("Partial refund, or the full claim if the labels are fake.")
        console.press(.ctrl("s"))
        guard case .confirm? = console.state.modal else { Issue.record("no confirmation"); return }
        console.press(.char("y"))
        let mediation = try #require(try store.dispute("D-1060").dispute.mediation)
        #expect(mediation.solutions.map(\.amount.minorUnits) == [900, 1800])
        #expect(console.state.top is StaffCaseScreen)
        #expect(console.screen.contains("Done: propose solutions"))
    }

    @Test("A case pane scrolls no further than its end: Up after many Downs moves at once; the position has its own row")
    func scrollingStopsAtTheEnd() throws {
        let console = StaffConsoleHarness.staff(try StoreConsoleTests.demoStore(), cols: 80, rows: 24)
        console.press(.char(":")).type("open D-1024\n")
        #expect(console.state.top is StaffCaseScreen)
        /// The scroll position, alone on the pane's last row ("│        14/22│").
        func position() -> (shown: Int, total: Int)? {
            for line in console.screen.split(separator: "\n") {
                if let match = line.firstMatch(of: #/^│\s+(\d+)/(\d+)│$/#), let shown = Int(match.1), let total = Int(match.2) {
                    return (shown, total)
                }
            }
            return nil
        }
        let top = try #require(position(), "the timeline fits at 80x24: \(console.screen)")
        #expect(top.shown < top.total)
        for _ in 0..<(top.total * 2) { console.press(.down) }
        let bottom = try #require(position())
        #expect(bottom.shown == bottom.total)
        console.press(.up)
        #expect(position()?.shown == bottom.total - 1)
    }

    @Test("Another mediator's case cannot be worked")
    func othersCase() throws {
        let console = StaffConsoleHarness.staff(try StoreConsoleTests.demoStore())
        console.press(.char(":")).type("open D-1007\n").press(.char("R"))
        #expect(console.screen.contains("Mediator nadia has this case"))
        #expect(console.state.top is StaffCaseScreen)
    }

    @Test("The case view shows every pane from the store, at 120x40 and 80x24")
    func casePanes() throws {
        let store = try StoreConsoleTests.demoStore()
        for (cols, rows) in [(120, 40), (80, 24)] {
            let console = StaffConsoleHarness.staff(store, cols: cols, rows: rows)
            console.press(.char(":")).type("open D-1007\n")
            var seen = ""
            for _ in 0..<8 {
                seen += console.screen
                console.press(.tab)
            }
            for text in ["Proposals", "Timeline", "Evidence", "sha256", "Flags", "Notes", "Why?", "is at \"Mediation\"", "Order"] {
                #expect(seen.contains(text), "\(cols)x\(rows) missing \(text)")
            }
            console.save("staff-case-\(cols)x\(rows)")
        }
    }

    @Test("Events since the mediator last looked are marked on the next visit")
    func newSinceLastLooked() throws {
        let store = try StoreConsoleTests.demoStore()
        let first = StaffConsoleHarness.staff(store)
        first.press(.char(":")).type("open D-1060\n")
        #expect(!first.screen.contains("new since you last looked"))
        let snapshot = try store.dispute("D-1060")
        try store.perform(.sendMessage("The labels are printed upside down."), onDispute: "D-1060", by: .buyer(snapshot.dispute.buyer),
                          at: StoreConsoleTests.now.addingTimeInterval(60), expectedVersion: snapshot.version)
        let second = StaffConsoleHarness.staff(store, now: StoreConsoleTests.now.addingTimeInterval(120))
        second.press(.char(":")).type("open D-1060\n")
        #expect(second.screen.contains("1 new since you last looked"))
    }

    @Test(":advance moves the clock only in the sandbox")
    func sandboxAdvance() throws {
        let store = try StoreConsoleTests.demoStore()
        let real = StaffConsoleHarness.staff(store)
        real.press(.char(":")).type("advance 3d\n")
        #expect(real.screen.contains("only in a sandbox"))
        #expect(real.clock.now() == StoreConsoleTests.now)
        let clock = MovableClock(StoreConsoleTests.now)
        let sandbox = StaffConsoleHarness.staff(store, options: StaffConsoleOptions(sandboxClock: clock))
        sandbox.press(.char(":")).type("advance 3d\n")
        #expect(clock.now() == StoreConsoleTests.now.addingTimeInterval(3 * 86_400))
        #expect(sandbox.screen.contains("Sandbox clock moved"))
        #expect(sandbox.screen.contains("SANDBOX"))
    }

    @Test("The dashboard draws the store's figures at 120x40 and 80x24")
    func dashboard() throws {
        let store = try StoreConsoleTests.demoStore()
        for (cols, rows) in [(120, 40), (80, 24)] {
            let console = StaffConsoleHarness.staff(store, cols: cols, rows: rows)
            console.press(.char("D"))
            let screen = console.screen
            #expect(console.state.top is DashboardScreen)
            #expect(screen.contains("By stage"))
            #expect(screen.contains("By reason"))
            #expect(screen.contains("Outcomes"))
            #expect(screen.contains("Due in 24 h:"))
            #expect(screen.contains("New disputes per day"))
            console.save("staff-dashboard-\(cols)x\(rows)")
        }
    }

    @Test("Outside a demo database a mediator signs in with the password; a wrong one is refused and logged")
    func passwordSignIn() throws {
        let folder = NSTemporaryDirectory() + "parley-staff-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try Store.open(DatabaseLocation(path: folder + "/parley.sqlite", source: .flag))
        try store.addStaff(StaffAccount(name: "mira", displayName: "Mira"), password: "correct horse")
        let console = StaffConsoleHarness.staff(store)
        #expect(console.screen.contains("Password:"))
        console.type("wrong guess").press(.enter)
        #expect(console.screen.contains("Wrong name or password"))
        #expect(!console.screen.contains("wrong guess"))
        let refusals = try store.recentRefusals()
        #expect(refusals.contains { $0.actor == "staff:mira" && $0.reason == "wrong password" })
        #expect(console.state.top is StaffSignInScreen)
        console.type("correct horse").press(.enter)
        #expect(console.state.top is StaffQueueScreen)
    }

    @Test("In a demo database the gate lets the mediator straight through")
    func demoSignIn() throws {
        let console = StaffConsoleHarness.staff(try StoreConsoleTests.demoStore())
        #expect(console.state.top is StaffQueueScreen)
    }
}
