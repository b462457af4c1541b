import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI
import Testing

/// Every seller and staff screen at 120x40, 80x24 and 20x6: it draws its title, its keys in the footer,
/// and nothing past the edge.
@Suite("Seller and staff screens at every size")
struct EveryScreenSizeTests {
    struct Case: Sendable {
        var name: String
        var title: String
        var footer: String
        var open: @Sendable (Store, Int, Int) -> StaffConsoleHarness
    }

    static let cases: [Case] = [
        Case(name: "queue", title: "Escalated disputes", footer: "Take", open: { StaffConsoleHarness.staff($0, cols: $1, rows: $2) }),
        Case(name: "case", title: "Waiting on", footer: "Pane", open: { StaffConsoleHarness.staff($0, cols: $1, rows: $2).press(.char(":")).type("open D-1060\n") }),
        Case(name: "note", title: "Internal note — D-1060", footer: "Cancel",
             open: { StaffConsoleHarness.staff($0, cols: $1, rows: $2).press(.char(":")).type("open D-1060\n").press(.char("n")) }),
        Case(name: "dashboard", title: "Dashboard", footer: "Reload", open: { StaffConsoleHarness.staff($0, cols: $1, rows: $2).press(.char("D")) }),
        Case(name: "shop", title: "Disputes about your shop", footer: "Open", open: { StaffConsoleHarness.seller($0, cols: $1, rows: $2) }),
        Case(name: "shop-dispute", title: "D-1037", footer: "Accept / counter", open: { StaffConsoleHarness.seller($0, cols: $1, rows: $2).press(.enter) }),
        Case(name: "answer", title: "Answer dispute D-1037", footer: "Cancel",
             open: { StaffConsoleHarness.seller($0, cols: $1, rows: $2).press(.enter, .char("a")) }),
        Case(name: "extensions", title: "Buyers asking for more protection time", footer: "Confirm",
             open: { StaffConsoleHarness.seller($0, cols: $1, rows: $2).press(.char("e")) }),
    ]

    @Test("Each screen at 120x40 and 80x24 shows its title and footer within the width")
    func sizes() throws {
        let store = try StoreConsoleTests.demoStore()
        for item in Self.cases {
            for (cols, rows) in [(120, 40), (80, 24)] {
                let console = item.open(store, cols, rows)
                let text = console.screen
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == rows)
                #expect(lines.allSatisfy { TextWidth.width(of: String($0)) <= cols }, "\(item.name) \(cols)x\(rows) overflows")
                #expect(text.contains(item.title), "\(item.name) \(cols)x\(rows) lacks its title")
                #expect(lines.last?.contains(item.footer) == true, "\(item.name) \(cols)x\(rows) footer: \(lines.last ?? "")")
                console.save("every-\(item.name)-\(cols)x\(rows)")
            }
        }
    }

    @Test("At 20x6 every screen asks for a bigger terminal instead of drawing a mess")
    func tooSmall() throws {
        let store = try StoreConsoleTests.demoStore()
        for item in Self.cases {
            let text = item.open(store, 20, 6).screen
            #expect(!text.contains(item.title) || item.title.count < 3, "\(item.name) drew at 20x6")
            #expect(!text.isEmpty)
        }
    }
}
