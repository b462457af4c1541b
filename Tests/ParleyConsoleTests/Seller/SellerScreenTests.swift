import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI
import Testing

@Suite("Seller screens over the demo database")
struct SellerScreenTests {
    func list(_ console: StaffConsoleHarness) -> ShopDisputesScreen? { console.state.stack.first as? ShopDisputesScreen }

    /// Opens a dispute of the list by moving the selection onto it.
    func open(_ id: DisputeID, in console: StaffConsoleHarness) throws {
        let rows = try #require(list(console)).window.rows
        let index = try #require(rows.firstIndex { $0.id == id })
        for _ in 0..<index { console.press(.down) }
        console.press(.enter)
    }

    @Test("The shop's disputes: only its own, soonest deadline first, decided ones last, at 120x40 and 80x24")
    func shopList() throws {
        let store = try StoreConsoleTests.demoStore()
        for (cols, rows) in [(120, 40), (80, 24)] {
            let console = StaffConsoleHarness.seller(store, cols: cols, rows: rows)
            let shown = try #require(list(console)).window.rows
            #expect(!shown.isEmpty)
            #expect(shown.allSatisfy { $0.shopID == ShopID("northwind") })
            let open = shown.prefix { $0.nextDeadline != nil }
            #expect(open.compactMap(\.nextDeadline) == open.compactMap(\.nextDeadline).sorted())
            #expect(shown.dropFirst(open.count).allSatisfy { $0.nextDeadline == nil })
            let screen = console.screen
            #expect(screen.contains("soonest deadline first"))
            #expect(screen.contains("3h 00m"))
            console.save("seller-list-\(cols)x\(rows)")
        }
    }

    @Test("The dispute page from the shop's side never shows staff notes, and offers only valid actions")
    func disputePage() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.seller(store)
        try open("D-1024", in: console)
        let screen = console.screen
        #expect(console.state.top is SellerDisputeScreen)
        #expect(!screen.contains("Notes"))
        #expect(!screen.contains("Internal note"))
        #expect(screen.contains("1 Accept solution 1"))
        #expect(!screen.contains("Accept / counter"))
        console.save("seller-dispute-120x40")
    }

    /// The shop's page starts on Proposals, which the wide layout shows whole at the top; the arrows
    /// must scroll the pane under the tabs (they scrolled nothing).
    @Test("In the wide layout the arrows scroll the pane under the tabs")
    func arrowsScrollTheWidePane() throws {
        let console = StaffConsoleHarness.seller(try StoreConsoleTests.demoStore(), rows: 30)
        try open("D-1024", in: console)
        #expect(console.state.top is SellerDisputeScreen)
        /// Every scroll position on screen ("23/26│"), left to right, top to bottom.
        func positions() -> [String] { console.screen.matches(of: #/(\d+/\d+)│/#).map { String($0.1) } }
        let before = positions()
        try #require(!before.isEmpty, "nothing to scroll at 120x30: \(console.screen)")
        console.press(.down, .down)
        let after = positions()
        #expect(after != before)
        console.press(.up, .up)
        #expect(positions() == before)
    }

    @Test("Rejecting with a counter-proposal through the form reaches the store")
    func counterProposal() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.seller(store)
        try open("D-1037", in: console)
        console.press(.char("a"))
        #expect(console.state.top is SellerAnswerScreen)
        console.press(.end, .char(" "), .tab, .char(" "), .tab)
        console.type("30").press(.tab)
        console.type("A fresh unit is on its way; keep the old one as a spare.")
        console.press(.ctrl("s"))
        guard case .confirm? = console.state.modal else { Issue.record("no confirmation"); return }
        console.press(.char("y"))
        let dispute = try store.dispute("D-1037").dispute
        #expect(dispute.sellerProposal?.amount == Money(minorUnits: 3000, currency: dispute.currency))
        #expect(console.state.top is SellerDisputeScreen)
        #expect(console.screen.contains("Answer sent on D-1037"))
    }

    @Test("An amount over the cap is refused beside the field and nothing is sent")
    func overCap() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.seller(store, cols: 80, rows: 24)
        try open("D-1037", in: console)
        let before = try store.dispute("D-1037").version
        console.press(.char("a"), .end, .char(" "), .tab, .char(" "), .tab).type("999999")
        #expect(console.screen.contains("more than the most that can be refunded"))
        console.press(.ctrl("s"))
        #expect(console.state.modal == nil)
        #expect(try store.dispute("D-1037").version == before)
        console.save("seller-answer-80x24")
    }

    @Test("Accepting one of the mediator's solutions is confirmed and recorded")
    func acceptSolution() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.seller(store)
        try open("D-1024", in: console)
        console.press(.char("1"))
        guard case .confirm? = console.state.modal else { Issue.record("no confirmation"); return }
        console.press(.char("y"))
        let dispute = try store.dispute("D-1024").dispute
        #expect(dispute.mediation?.sellerAnswer == .accepted(index: 0, assumed: false) || dispute.outcome != nil)
    }

    @Test("Confirming that the return arrived refunds the buyer")
    func confirmReturn() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.seller(store)
        try open("D-1011", in: console)
        guard try store.dispute("D-1011").dispute.returnShipment?.shippedAt != nil else {
            #expect(!console.screen.contains("Return arrived"))
            return
        }
        console.press(.char("c"), .char("y"))
        #expect(try store.dispute("D-1011").dispute.refund != nil)
    }

    @Test("Another shop's dispute is refused, shown, and logged")
    func otherShop() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness(store: store, root: SellerDisputeScreen(id: "D-1007", shop: "northwind"),
                                          session: .seller("northwind", name: "Northwind"))
        let screen = console.screen
        #expect(screen.contains("not about an order of your shop"))
        #expect(!screen.contains("Jan Kowalski"))
        #expect(try store.recentRefusals().contains { $0.actor == "seller:northwind" && $0.attempted == "open dispute D-1007" })
    }
}

@Suite("Seller extension requests")
struct SellerExtensionTests {
    @Test("A buyer's extension request is listed and the shop confirms it; declining works the same way")
    func confirmAndDecline() throws {
        let store = try StoreConsoleTests.demoStore()
        let orders = try store.shopOrders("northwind", window: .first(200)).filter { $0.status == .shipped }
        var asked: [OrderID] = []
        for row in orders {
            let snapshot = try store.order(row.id)
            guard snapshot.order.pendingExtension == nil, asked.count < 2 else { continue }
            if (try? store.perform(.requestExtension(days: 10), onOrder: row.id, by: .buyer(snapshot.order.buyer),
                                   at: StoreConsoleTests.now, expectedVersion: snapshot.version)) != nil {
                asked.append(row.id)
            }
        }
        try #require(asked.count == 2, "the demo has no shipped northwind orders to ask on")
        for (cols, rows) in [(120, 40), (80, 24)] {
            let console = StaffConsoleHarness.seller(store, cols: cols, rows: rows).press(.char("e"))
            #expect(console.state.top is ExtensionRequestsScreen)
            #expect(console.screen.contains(asked[0].rawValue))
            #expect(console.screen.contains("+10"))
            console.save("seller-extensions-\(cols)x\(rows)")
        }
        let console = StaffConsoleHarness.seller(store).press(.char("e"))
        let first = try #require((console.state.top as? ExtensionRequestsScreen)?.rows.first?.order.id)
        console.press(.char("y"))
        guard case .confirm? = console.state.modal else { Issue.record("no confirmation"); return }
        console.press(.char("y"))
        #expect(try store.order(first).order.extensions.last?.status == .confirmed)
        #expect((console.state.top as? ExtensionRequestsScreen)?.rows.contains { $0.order.id == first } == false)
        let second = try #require((console.state.top as? ExtensionRequestsScreen)?.rows.first?.order.id)
        console.press(.char("n"), .char("y"))
        #expect(try store.order(second).order.extensions.last?.status == .declined)
        #expect(console.screen.contains("declined"))
    }
}

@Suite("Seller rejects the mediator's solutions")
struct SellerRejectSolutionsTests {
    @Test("Rejecting needs a reason and new evidence; with both it reaches the store")
    func reject() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness.seller(store)
        let rows = try #require(console.state.stack.first as? ShopDisputesScreen).window.rows
        let index = try #require(rows.firstIndex { $0.id == "D-1024" })
        for _ in 0..<index { console.press(.down) }
        console.press(.enter, .char("x"))
        #expect(console.state.top is RejectSolutionsScreen)
        console.type("The parcel left us intact; see the courier's scan.")
        console.press(.ctrl("s"))
        #expect(console.state.modal == nil)
        #expect(console.screen.contains("needs new evidence"))
        let path = NSTemporaryDirectory() + "parley-scan-\(UUID().uuidString).jpg"
        try Data(StaffFixtures.jpegBytes + Array(repeating: 0, count: 400)).write(to: URL(fileURLWithPath: path))
        console.type(path).press(.enter)   // the failed submit put the focus on the evidence field
        #expect(console.screen.contains(".jpg"))
        console.press(.ctrl("s"), .char("y"))
        guard case .rejected(let comment)? = try store.dispute("D-1024").dispute.mediation?.sellerAnswer else {
            Issue.record("not rejected")
            return
        }
        #expect(comment.contains("courier"))
        console.save("seller-reject-120x40")
    }
}

@Suite("Seller messages the buyer")
struct SellerMessageTests {
    @Test("m opens a message form from the dispute page and the message lands in the dispute")
    func message() throws {
        let store = try StoreConsoleTests.demoStore()
        let console = StaffConsoleHarness(store: store, root: SellerDisputeScreen(id: "D-1037", shop: "northwind"),
                                          session: .seller("northwind", name: "Northwind"))
        #expect(console.screen.contains("m Message buyer"))
        console.press(.char("m")).type("We can send a replacement unit tomorrow.").press(.enter)
        #expect(try store.dispute("D-1037").dispute.messages.last?.text == "We can send a replacement unit tomorrow.")
        #expect(console.state.top is SellerDisputeScreen)
    }
}
