import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI
import Testing

/// The journey on one database, in process: a buyer opens a dispute, the shop counters in its
/// console, the sandbox clock moves until it escalates, a mediator takes it in the staff console and
/// proposes two solutions, both sides accept the same one, and the refund shows on the buyer's order.
/// (The buyer's steps go through the store: the buyer's screens are tested by their own suite.)
@Suite("Three consoles, one dispute")
struct ThreeConsolesJourneyTests {
    @Test("From opening to refund across the buyer, the shop and the mediator")
    func journey() throws {
        let store = try StoreConsoleTests.demoStore()
        let clock = MovableClock(StoreConsoleTests.now)
        // 1. The buyer opens a dispute on the first order of hers that allows one.
        let photo = try store.prepareEvidence(data: Data(StaffFixtures.jpegBytes + Array(repeating: 1, count: 300)), name: "crushed-box.jpg")
        var opened: DisputeSnapshot?
        for row in try store.buyerOrders("amara", window: .first(200)) where row.disputeID == nil {
            let snapshot = try store.order(row.id)
            let draft = DisputeDraft(received: true, reason: .damaged, resolution: .refundOnly, amountText: snapshot.order.amountPaid.plainText,
                                     description: "The box was crushed and the item inside is cracked.", evidence: [photo])
            if let dispute = try? store.openDispute(onOrder: row.id, draft: draft, by: .buyer("amara"), at: clock.now(),
                                                    expectedOrderVersion: snapshot.version) {
                opened = dispute
                break
            }
        }
        let dispute = try #require(opened).dispute
        let shop = dispute.seller

        // 2. The shop counters with half, in its console.
        let seller = StaffConsoleHarness(store: store, root: SellerConsole.home(shop: shop), session: .seller(shop, name: shop.rawValue), clock: clock)
        let rows = try #require(seller.state.top as? ShopDisputesScreen).window.rows
        let index = try #require(rows.firstIndex { $0.id == dispute.id })
        for _ in 0..<index { seller.press(.down) }
        seller.press(.enter, .char("a"), .end, .char(" "), .tab, .char(" "), .tab)
        seller.type(Money(minorUnits: dispute.amountPaid.minorUnits / 2, currency: dispute.currency).plainText).press(.tab)
        seller.type("The parcel left our warehouse intact; we offer half.").press(.ctrl("s"), .char("y"))
        #expect(try store.dispute(dispute.id).dispute.stage == .negotiation)

        // 3. In the sandbox the mediator moves time on until the negotiation runs out and it escalates.
        let staff = StaffConsoleHarness.staff(store, options: StaffConsoleOptions(sandboxClock: clock))
        staff.press(.char(":")).type("advance 8d\n")
        staff.tick()
        #expect(try store.dispute(dispute.id).dispute.stage == .mediation)

        // 4. The mediator takes it and proposes two solutions.
        staff.press(.char(":")).type("open \(dispute.id)\n").press(.char("t"), .char("p"))
        staff.press(.char(" "), .tab).type(Money(minorUnits: dispute.amountPaid.minorUnits * 3 / 4, currency: dispute.currency).plainText).press(.tab)
        staff.press(.down, .char(" "), .tab, .char(" "), .tab).type(Money(minorUnits: dispute.amountPaid.minorUnits / 2, currency: dispute.currency).plainText).press(.tab)
        staff.type("Three quarters back, or half if you prefer a quick settlement.").press(.ctrl("s"), .char("y"))
        let solutions = try #require(try store.dispute(dispute.id).dispute.mediation?.solutions)
        #expect(solutions.count == 2)

        // 5. The shop accepts solution 1 in its console; the buyer accepts the same one.
        let sellerAgain = StaffConsoleHarness(store: store, root: SellerDisputeScreen(id: dispute.id, shop: shop),
                                              session: .seller(shop, name: shop.rawValue), clock: clock)
        #expect(sellerAgain.screen.contains("Accept solution 1"))
        sellerAgain.press(.char("1"), .char("y"))
        let snapshot = try store.dispute(dispute.id)
        try store.perform(.accept(.mediator(0)), onDispute: dispute.id, by: .buyer("amara"), at: clock.now(), expectedVersion: snapshot.version)

        // 6. The refund is decided and shows on the buyer's order.
        let closed = try store.dispute(dispute.id).dispute
        #expect(closed.outcome?.decision == .bothAcceptedMediatorSolution)
        #expect(closed.refund?.amount == solutions[0].amount)
        #expect(try store.order(dispute.orderID).order.refund?.amount == solutions[0].amount)
        let buyer = StoreConsoleTests.console(store, signIn: "buyer:amara").openOrder(dispute.orderID.rawValue)
        #expect(buyer.screen.contains(solutions[0].amount.formatted))
    }
}
