import Foundation
import ParleyConsole
import ParleyCore
import Testing
import TerminalUI

@Suite("Dispute page")
struct DisputePageTests {
    /// Amara's ring dispute page (negotiation: the shop answered with a counter-proposal).
    static func disputePage(_ data: InMemoryBuyerData = Fixtures.data(), rows: Int = 40, cols: Int = 120) -> ConsoleHarness {
        let console = ConsoleHarness(data: data, rows: rows, cols: cols).openOrder("O-100233")
        console.press(.char("v"))
        return console
    }

    @Test("The progress diagram marks the current stage, says who is waited on, the time left and what happens then")
    func progress() {
        let console = Self.disputePage()
        let screen = console.screen
        #expect(screen.contains("✓ Opened ── ✓ Seller response ── ● Negotiation ── ○ Mediation ── ○ Closed"))
        #expect(screen.contains("Waiting for  you and the seller to reach an agreement"))
        #expect(screen.contains("Time left    4d 00h  until 28 Nov 15:00"))
        #expect(screen.contains("Then         the dispute escalates to a mediator"))
        let row = console.lines.firstIndex { $0.contains("● Negotiation") } ?? 0
        let col = console.surface.column(of: "● Negotiation", row: row) ?? 0
        #expect(console.surface.role(at: Point(row: row, col: col)) == .stageCurrent)
    }

    @Test("The countdown is live: it re-renders on every tick")
    func liveCountdown() {
        let console = Self.disputePage()
        console.tick(advancing: 3 * 86_400 + 23 * 3_600)
        #expect(console.screen.contains("Time left    1h 00m"))
        console.tick(advancing: 3_599)
        #expect(console.screen.contains("Time left    00:00:01"))
    }

    @Test("When the deadline passes while the page is open, the sweep applies the consequence and the page shows it")
    func deadlinePassesWhileOpen() {
        let console = Self.disputePage()
        console.tick(advancing: 4 * 86_400 + 1)
        let screen = console.screen
        #expect(screen.contains("● Mediation"))
        #expect(screen.contains("Escalated to mediation"))
        #expect(console.state.unread > 0)
    }

    @Test("Proposals are side by side with amount, return or not, and who pays postage")
    func proposals() {
        let screen = Self.disputePage().screen
        let row = screen.components(separatedBy: "\n").first { $0.contains("Your proposal") } ?? ""
        #expect(row.contains("Shop's proposal"))
        #expect(screen.contains("US$ 120.00"))
        #expect(screen.contains("US$ 60.00"))
        #expect(screen.contains("buyer returns it, pays postage"))
        #expect(screen.contains("“Send it back and we refund half”"))
    }

    @Test("Only the actions valid now are offered: no manual escalation under the 2017 rules")
    func onlyValidActions() {
        let console = Self.disputePage()
        let footer = console.lines[39]
        #expect(footer.contains("a Accept shop's proposal"))
        #expect(footer.contains("e Edit your proposal"))
        #expect(!footer.contains("Escalate"))
        #expect(!footer.contains("Resume"))
        console.press(.char("E"))
        #expect(!console.screen.contains("Escalate to a mediator?"))
    }

    @Test("Accepting the shop's proposal asks first; confirming starts the return")
    func acceptShopProposal() {
        let console = Self.disputePage()
        console.press(.char("a"))
        #expect(console.screen.contains("Accept the shop's proposal?"))
        #expect(console.screen.contains("You agree to: buyer returns the item for a refund of US$"))
        console.press(.escape)
        #expect(console.screen.contains("● Negotiation"))
        console.press(.char("a"), .char("y"))
        let screen = console.screen
        #expect(screen.contains("● Return in progress"))
        #expect(screen.contains("Waiting for  you to ship the item back and enter its tracking number"))
        #expect(console.lines[39].contains("You accepted the shop's proposal."))
        console.tick(advancing: 7)
        #expect(console.lines[39].contains("t Enter return tracking"))
    }

    @Test("A message typed in the message form appears in the messages pane")
    func message() {
        let console = Self.disputePage()
        console.press(.char("m"))
        console.type("Please check the certificate in the box.").press(.enter)
        console.press(.tab)
        #expect(console.screen.contains("Messages (2)"))
        #expect(console.screen.contains("You: Please check the certificate in the box."))
    }

    @Test("An empty message is refused beside the field by the domain, nothing is lost")
    func emptyMessage() {
        let console = Self.disputePage()
        console.press(.char("m"), .enter)
        #expect(console.screen.contains("✗ The message is empty."))
        #expect(console.state.location.hasSuffix("Message"))
    }

    @Test("Editing the proposal over the cap is refused with the cap")
    func proposalOverCap() {
        let console = Self.disputePage()
        console.press(.char("e"), .tab)
        console.press(.ctrl("u")).type("500").press(.enter)
        #expect(console.screen.contains("more than the most that can be refunded for this order, US$ 240.00"))
    }

    @Test("The dispute page fits 80x24")
    func narrow() {
        let console = Self.disputePage(rows: 24, cols: 80)
        let screen = console.screen
        #expect(screen.contains("● Negotiation"))
        #expect(screen.contains("Your proposal"))
        #expect(screen.contains("Timeline (4)"))
    }

    @Test("After agreeing to a return, the buyer enters the return tracking number and the seller is waited on")
    func returnTracking() {
        let console = Self.disputePage()
        console.press(.char("a"), .char("y"))
        console.press(.char("t"), .enter)
        #expect(console.screen.contains("✗ Enter the tracking number of the return parcel."))
        console.type("RR123456789CN").press(.enter)
        let screen = console.screen
        #expect(screen.contains("Waiting for  the seller to confirm the return arrived"))
        #expect(screen.contains("Buyer shipped the return, tracking RR123456789CN"))
    }

    @Test("Cancelling asks first, shows the Cancelled stage with the resume deadline, and offers Resume")
    func cancelAndResume() {
        let console = Self.disputePage()
        console.press(.char("c"))
        #expect(console.screen.contains("Cancel the dispute?"))
        console.press(.char("y"))
        let screen = console.screen
        #expect(screen.contains("● Cancelled"))
        #expect(screen.contains("Waiting for  you to resume the dispute"))
        console.tick(advancing: 7)
        #expect(console.lines[39].contains("u Resume dispute"))
        console.press(.char("u"), .char("y"))
        #expect(console.screen.contains("● Seller response"))
    }
}
