import Foundation
import ParleyConsole
import ParleyCore
import Testing
import TerminalUI

@Suite("Orders and an order")
struct OrderScreensTests {
    @Test("My orders: number, item, shop, total with currency, status and the protection countdown")
    func orderList() {
        let console = ConsoleHarness()
        let screen = console.screen
        #expect(screen.contains("All (6) │ Awaiting delivery (3) │ Delivered (2) │ In dispute (1) │ Completed (0)"))
        let row = console.lines.first { $0.contains("O-100234") } ?? ""
        #expect(row.contains("Phone case, clear"))
        #expect(row.contains("Ural Trade"))
        #expect(row.contains("890 ₽"))
        #expect(row.contains("Shipped"))
        #expect(row.contains("2d 00h"))
    }

    @Test("At 80x24 every tab title reads whole: \"Awaiting delivery\" becomes \"Awaiting\", not \"Awaiting de…\"")
    func tabsAt80Columns() {
        let console = ConsoleHarness()
        console.resize(rows: 24, cols: 80)
        #expect(console.screen.contains("All (6) │ Awaiting (3) │ Delivered (2) │ In dispute (1) │ Completed (0)"))
    }

    @Test("A protection ending within three days is coloured 'soon'")
    func urgencyColour() {
        let console = ConsoleHarness()
        _ = console.screen
        let row = console.lines.firstIndex { $0.contains("O-100234") } ?? 0
        let col = console.surface.column(of: "2d 00h", row: row) ?? 0
        #expect(console.surface.role(at: Point(row: row, col: col)) == .deadlineSoon)
    }

    @Test("/ filters by number, item or shop; Esc clears")
    func filter() {
        let console = ConsoleHarness()
        console.press(.char("/")).type("ural")
        var screen = console.screen
        #expect(screen.contains("O-100234"))
        #expect(!screen.contains("O-100231"))
        #expect(screen.contains("All (1)"))
        console.press(.enter, .escape)
        screen = console.screen
        #expect(screen.contains("O-100231"))
    }

    @Test("s cycles the sort; protection ending first puts the phone case on top")
    func sort() {
        let console = ConsoleHarness()
        console.press(.char("s"))
        let first = console.lines.firstIndex { $0.contains("O-1002") } ?? 0
        #expect(console.lines[first].contains("O-100234"))
        #expect(console.screen.contains("protection ending first"))
    }

    @Test("A buyer with 10,000 orders scrolls by keyset windows: End shows the last order without loading them all")
    func windowing() {
        let console = ConsoleHarness(data: Self.bigBuyer(orders: 10_000), signIn: "buyer:big")
        #expect(console.screen.contains("O-000000"))
        console.press(.end)
        #expect(console.screen.contains("O-009999"))
        console.press(.pageUp, .pageUp)
        #expect(console.screen.contains("O-0099"))
        console.press(.home)
        #expect(console.screen.contains("O-000000"))
        let loads = console.program.effectLog.filter { $0.hasPrefix("load") && $0.contains("orders") }
        #expect(loads.contains("load last orders"))
        #expect(loads.count < 10)
    }

    @Test("A quiet second reads the bottom of a long list ahead once; End then shows it without reading, and a recount drops it")
    func idleReadsTheBottomAhead() {
        let data = Self.bigBuyer(orders: 1_000)
        let console = ConsoleHarness(data: data, signIn: "buyer:big")
        let readsAhead = { console.program.effectLog.filter { $0 == "read last orders ahead" }.count }
        let bottomLoads = { console.program.effectLog.filter { $0 == "load last orders" }.count }
        #expect(console.screen.contains("O-000000"))
        #expect(readsAhead() == 0, "read ahead before the first frame")
        console.tick()
        console.tick()
        #expect(readsAhead() == 1)
        #expect(console.screen.contains("O-000000"), "reading ahead moved the list")
        console.press(.end)
        #expect(console.screen.contains("O-000999"))
        #expect(bottomLoads() == 0, "End read the rows again")
        #expect(console.lines.contains { $0.contains("O-000999") && $0.contains("Item 999") })

        // A new order changes the list: once it is counted again, End reads the bottom afresh.
        console.press(.home)
        let order = Order(id: OrderID("O-001000"), buyer: "big", shop: "s", title: "Item 1000", category: .general,
                          amountPaid: .major(5, .usd), paymentMethod: .card,
                          paidAt: Fixtures.now.addingTimeInterval(-1_000 * 600), shippingMethod: .standard)
        data.addOrder(order, shopName: "Shop")
        console.press(.char("/")).type("Item").press(.escape)   // a filter and back: the list is counted again
        console.press(.end)
        #expect(console.screen.contains("O-001000"), "End showed the bottom read before the new order")
        #expect(bottomLoads() == 1)

        // Another tab is another list: its bottom is read ahead again.
        console.press(.tab)
        console.tick()
        #expect(readsAhead() == 2)

        let short = ConsoleHarness()
        _ = short.screen
        short.tick()
        #expect(!short.program.effectLog.contains("read last orders ahead"), "the whole list is on screen already")
    }

    @Test("After End (a screenful read), scrolling up runs on through the rows above without a gap")
    func scrollingUpFromTheEnd() {
        let console = ConsoleHarness(data: Self.bigBuyer(orders: 1_000), signIn: "buyer:big")
        console.press(.end)
        for _ in 0..<90 { console.press(.up) }
        let numbers = console.lines.compactMap { line -> Int? in
            guard let range = line.range(of: #"O-\d{6}"#, options: .regularExpression) else { return nil }
            return Int(line[range].dropFirst(2))
        }
        #expect(numbers.contains(999 - 90))
        #expect(numbers.count > 20)
        #expect(numbers == Array(numbers.first!...numbers.last!))
    }

    /// Buyer "big" with orders O-000000 (newest) to O-N-1 (oldest), ten minutes apart.
    static func bigBuyer(orders: Int) -> InMemoryBuyerData {
        let data = InMemoryBuyerData()
        data.addAccount(ConsoleAccount(session: .buyer("big", name: "Big Buyer"), summary: ""))
        for index in 0..<orders {
            let order = Order(id: OrderID(String(format: "O-%06d", index)), buyer: "big", shop: "s", title: "Item \(index)", category: .general,
                              amountPaid: .major(Int64(index % 90 + 1), .usd), paymentMethod: .card,
                              paidAt: Fixtures.now.addingTimeInterval(Double(-index) * 600), shippingMethod: .standard)
            data.addOrder(order, shopName: "Shop")
        }
        return data
    }

    @Test("An order shows item, price, payment, shipping, tracking, protection and grace")
    func orderPage() {
        let console = ConsoleHarness().openOrder("O-100231")
        let screen = console.screen
        #expect(screen.contains("O-100231 · Wireless earbuds, black"))
        #expect(screen.contains("Price     US$ 39.00"))
        #expect(screen.contains("by Card"))
        #expect(screen.contains("Shipping  Standard shipping"))
        #expect(screen.contains("Amsterdam · Delivered to the mailbox"))
        #expect(screen.contains("Ends      3 Jan 15:00  in 40d 00h"))
        #expect(screen.contains("Grace     18 Jan 15:00  disputes still possible"))
    }

    @Test("An action not allowed yet says why and when: a dispute 6 days after shipment")
    func whyNotYet() {
        let console = ConsoleHarness().openOrder("O-100235")
        #expect(console.screen.contains("disputes can be opened from 6 days after shipment: in"))
        #expect(console.screen.contains("3d 00h"))
        console.press(.char("d"))
        #expect(console.lines[39].contains("Open a dispute: not now — disputes can be opened from 6 days after shipment: in 3d 00h."))
        #expect(console.state.location == "Orders › O-100235")
    }

    @Test("Confirming receipt asks first, then the order says so")
    func confirmReceipt() {
        let data = Fixtures.data()
        let console = ConsoleHarness(data: data).openOrder("O-100231")
        console.press(.char("c"))
        #expect(console.screen.contains("Confirm receipt?"))
        console.press(.char("y"))
        #expect(console.screen.contains("Receipt confirmed"))
        #expect(data.storedOrder("O-100231")?.order.status == .confirmed)
    }

    @Test("Requesting an extension: the advice when the parcel is not moving, bad days refused, good days sent")
    func extensionRequest() {
        let data = Fixtures.data()
        let console = ConsoleHarness(data: data).openOrder("O-100234")
        console.press(.char("e"))
        #expect(console.screen.contains("! Asking for more time only makes sense while the parcel is moving"))
        console.type("abc").press(.enter)
        #expect(console.screen.contains("✗ \"abc\" is not a number of days."))
        console.press(.ctrl("u")).type("90").press(.enter)
        #expect(console.screen.contains("✗ Ask for 1 to 60 days."))
        console.press(.ctrl("u")).type("10").press(.enter)
        #expect(console.lines[39].contains("Asked 10 more days"))
        #expect(console.screen.contains("10 days asked, waiting for the seller"))
    }

    @Test("The inbox lists notifications and Enter jumps to the dispute")
    func inbox() {
        let console = ConsoleHarness()
        console.press(.char("i"))
        #expect(console.screen.contains("Inbox"))
        #expect(console.screen.contains("D-1001"))
        console.press(.enter)
        #expect(console.state.location == "Orders › Inbox › Dispute D-1001")
        #expect(console.screen.contains("Proposals"))
    }
}
