import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI
import Testing

/// Issue 8, deliverable 2 (in memory): hundreds of resizes, down to 10x3 and up to 250x80, in the
/// middle of forms, dialogs and typed lines; back at 120x40 everything typed is there and visible,
/// and the console is on the same step.
@Suite("Hardening: resize storms keep what was typed")
struct HardeningResizeStormTests {
    static let stormSize = 300

    @Test("The buyer's dispute form keeps the amount and the description through a storm")
    func disputeFormKeepsAmountAndDescription() throws {
        let console = ConsoleHarness().fillToAmount()
        console.type("12.50")
        var storm = ResizeStorm(seed: 1)
        let location = console.state.location
        #expect(storm.blow(Self.stormSize, on: console.program, surface: console.surface) == [])
        var form = try #require(console.state.top as? DisputeFormScreen)
        #expect(form.step == .amount)
        #expect(form.amountField.text == "12.50")
        #expect(console.state.location == location)
        #expect(console.screen.contains("12.50"))

        console.press(.enter)
        let description = "Le colis était vide — 箱は空でした 📦 cafe\u{301}, see photo"
        console.type(description)
        #expect(storm.blow(Self.stormSize, on: console.program, surface: console.surface) == [])
        form = try #require(console.state.top as? DisputeFormScreen)
        #expect(form.step == .description)
        #expect(form.descriptionArea.text == description)
        #expect(form.amountField.text == "12.50")
        #expect(console.screen.contains(TextSanitizer.sanitize(description)))
        #expect(console.state.modal == nil)
    }

    @Test("The seller's answer form keeps the counter amount and the comment, and its confirmation still answers")
    func sellerAnswerFormKeepsEverything() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.seller(store)
        try SellerScreenTests().open("D-1037", in: console)
        console.press(.char("a"), .end, .char(" "), .tab, .char(" "), .tab)
        console.type("30").press(.tab)
        let comment = "A fresh unit ships tomorrow — 新品を送ります 🚚"
        console.type(comment)
        var storm = ResizeStorm(seed: 2)
        #expect(storm.blow(Self.stormSize, on: console.program, surface: console.surface) == [])
        let screen = try #require(console.state.top as? SellerAnswerScreen)
        #expect(screen.form.panel[SellerAnswerForm.Row.amount]?.text == "30")
        #expect(screen.form.panel[SellerAnswerForm.Row.comment]?.text == comment)
        let text = console.screen
        #expect(text.contains("30"))
        #expect(text.contains(TextSanitizer.sanitize(comment)))

        // The confirmation dialog survives a storm too, and "yes" still sends the answer.
        console.press(.ctrl("s"))
        guard case .confirm? = console.state.modal else { Issue.record("no confirmation"); return }
        #expect(storm.blow(Self.stormSize, on: console.program, surface: console.surface) == [])
        guard case .confirm? = console.state.modal else { Issue.record("the storm closed the confirmation"); return }
        console.press(.char("y"))
        let dispute = try store.dispute("D-1037").dispute
        #expect(dispute.sellerProposal?.amount == Money(minorUnits: 3000, currency: dispute.currency))
        #expect(dispute.sellerProposal?.comment == comment)
    }

    @Test("A mediator's action dialog keeps its amount and comment through a storm")
    func staffActionDialogKeepsComment() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.staff(store)
        console.press(.char(":")).type("open D-1060\n").press(.char("t"), .char("p"))
        console.press(.char(" "), .tab).type("9").press(.tab, .tab)
        let comment = "Partial refund: the labels look genuine — ラベルは本物 ✅"
        console.type(comment)
        let location = console.state.location
        var storm = ResizeStorm(seed: 3)
        #expect(storm.blow(Self.stormSize, on: console.program, surface: console.surface) == [])
        let screen = try #require(console.state.top as? StaffActionScreen)
        #expect(screen.form.panel[StaffActionForm.Row.amount1]?.text == "9")
        #expect(screen.form.panel[StaffActionForm.Row.text]?.text == comment)
        #expect(console.state.location == location)
        #expect(console.screen.contains(TextSanitizer.sanitize(comment)))
    }

    @Test("The buyer's / filter keeps its text and stays open for typing")
    func buyerFilterLine() throws {
        let console = ConsoleHarness()
        console.press(.char("/")).type("Linen")
        var storm = ResizeStorm(seed: 4)
        #expect(storm.blow(Self.stormSize, on: console.program, surface: console.surface) == [])
        let orders = try #require(console.state.top as? OrdersScreen)
        #expect(orders.isEditingFilter)
        #expect(orders.filter.text == "Linen")
        #expect(console.screen.contains("/Linen"))
        console.type(" shirt")
        #expect(console.screen.contains("/Linen shirt"))
    }

    @Test("The staff / search and : command line keep their text; the command still runs after the storm")
    func staffSearchAndCommandLine() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.staff(store)
        console.press(.char("/")).type("106")
        var storm = ResizeStorm(seed: 5)
        #expect(storm.blow(Self.stormSize, on: console.program, surface: console.surface) == [])
        var queue = try #require(console.state.top as? StaffQueueScreen)
        #expect(queue.search.text == "106")
        #expect(console.screen.contains("/106"))
        console.press(.escape)

        console.press(.char(":")).type("filter reason=counterf")
        #expect(storm.blow(Self.stormSize, on: console.program, surface: console.surface) == [])
        queue = try #require(console.state.top as? StaffQueueScreen)
        #expect(queue.commandLine.isOpen)
        #expect(queue.commandLine.field.text == "filter reason=counterf")
        #expect(console.screen.contains(":filter reason=counterf"))
        console.type("eit\n")
        queue = try #require(console.state.top as? StaffQueueScreen)
        #expect(queue.filter.reason == .counterfeit)
    }
}
