import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI
import Testing

/// Consoles share one database: when another console changes a dispute, the person it concerns gets a
/// notification, and the screen they are looking at reloads on the next tick, without a key.
@Suite("A screen shows what another console just changed")
struct CrossConsoleRefreshTests {
    /// A fresh dispute of amara's (refund only, full amount), opened through the store as her console would.
    static func openDispute(_ store: Store) throws -> Dispute {
        let photo = try store.prepareEvidence(data: Data(StaffFixtures.jpegBytes + Array(repeating: 1, count: 300)), name: "cracked.jpg")
        for row in try store.buyerOrders("amara", window: .first(200)) where row.disputeID == nil {
            let snapshot = try store.order(row.id)
            let draft = DisputeDraft(received: true, reason: .damaged, resolution: .refundOnly, amountText: snapshot.order.amountPaid.plainText,
                                     description: "The bowl arrived with a crack across the rim.", evidence: [photo])
            if let opened = try? store.openDispute(onOrder: row.id, draft: draft, by: .buyer("amara"), at: StoreConsoleTests.now,
                                                   expectedOrderVersion: snapshot.version) {
                return opened.dispute
            }
        }
        throw StoreError.notFound("no order of amara's can be disputed in the demo data")
    }

    static func counter(_ store: Store, _ dispute: Dispute, at instant: Date) throws -> Money {
        let half = Money(minorUnits: dispute.amountPaid.minorUnits / 2, currency: dispute.currency)
        let snapshot = try store.dispute(dispute.id)
        try store.perform(.rejectWithCounterProposal(Proposal(resolution: .refundOnly, amount: half, comment: "We offer half."), evidence: []),
                          onDispute: dispute.id, by: .seller(dispute.seller), at: instant, expectedVersion: snapshot.version)
        return half
    }

    @Test("The buyer's dispute page shows the shop's counter-proposal on the next tick, without a key")
    func buyerPageFollowsTheShop() throws {
        let store = try StoreConsoleTests.demoStore()
        let dispute = try Self.openDispute(store)
        let buyer = StoreConsoleTests.console(store, signIn: "buyer:amara").openOrder(dispute.orderID.rawValue).press(.char("v"))
        #expect(buyer.screen.contains("Dispute \(dispute.id)"))
        #expect(buyer.screen.contains("no answer yet"))
        let half = try Self.counter(store, dispute, at: StoreConsoleTests.now.addingTimeInterval(600))
        buyer.tick()
        let page = buyer.screen
        #expect(!page.contains("no answer yet"))
        #expect(page.contains(half.formatted))
        #expect(page.contains("Negotiation"))
    }

    @Test("A buyer with more unread notifications than the badge counts still sees the counter on the next tick")
    func buyerPageFollowsTheShopWithAFullInbox() throws {
        let store = try StoreConsoleTests.demoStore()
        let dispute = try Self.openDispute(store)
        // Past the badge's limit the unread count stays put; only the newest notification's key moves.
        for index in 0...UnreadBadge.countLimit {
            let snapshot = try store.dispute(dispute.id)
            try store.perform(.sendMessage("Checking the photos, part \(index)."), onDispute: dispute.id, by: .seller(dispute.seller),
                              at: StoreConsoleTests.now.addingTimeInterval(Double(index)), expectedVersion: snapshot.version)
        }
        let buyer = StoreConsoleTests.console(store, signIn: "buyer:amara").openOrder(dispute.orderID.rawValue).press(.char("v"))
        #expect(buyer.screen.contains("✉ \(UnreadBadge.countLimit - 1)+ unread"))
        #expect(buyer.screen.contains("no answer yet"))
        let half = try Self.counter(store, dispute, at: StoreConsoleTests.now.addingTimeInterval(600))
        buyer.tick()
        #expect(!buyer.screen.contains("no answer yet"))
        #expect(buyer.screen.contains(half.formatted))
    }

    @Test("The shop's list shows a dispute a buyer has just opened, on the next tick")
    func shopListFollowsTheBuyer() throws {
        let store = try StoreConsoleTests.demoStore()
        let seller = StaffConsoleHarness(store: store, root: SellerConsole.home(shop: "sakura"), session: .seller("sakura", name: "Sakura Crafts"))
        seller.tick()   // running for a second: its notifications are counted
        let before = seller.screen
        let dispute = try Self.openDispute(store)
        try #require(dispute.seller == "sakura", "the demo's first disputable order of amara's is from Sakura Crafts")
        #expect(!before.contains(dispute.id.rawValue))
        seller.tick()
        #expect(seller.screen.contains(dispute.id.rawValue))
    }

    @Test("The mediator's case view shows a side's answer to the solutions on the next tick")
    func caseViewFollowsTheParties() throws {
        let store = try StoreConsoleTests.demoStore()
        let dispute = try Self.openDispute(store)
        _ = try Self.counter(store, dispute, at: StoreConsoleTests.now.addingTimeInterval(600))
        // Eight days on, the negotiation has run out and the sweep escalates it.
        let later = StoreConsoleTests.now.addingTimeInterval(8 * 86_400)
        _ = try store.sweep(to: later)
        var snapshot = try store.dispute(dispute.id)
        try #require(snapshot.dispute.stage == .mediation)
        snapshot = try store.perform(.takeCase, onDispute: dispute.id, by: .staff("mira"), at: later, expectedVersion: snapshot.version)
        let solutions = [Proposal(resolution: .refundOnly, amount: dispute.amountPaid), Proposal(resolution: .refundOnly, amount: Money(minorUnits: 100, currency: dispute.currency))]
        snapshot = try store.perform(.proposeSolutions(solutions, comment: "Either."), onDispute: dispute.id, by: .staff("mira"), at: later,
                                     expectedVersion: snapshot.version)
        let staff = StaffConsoleHarness.staff(store, now: later)
        staff.press(.char(":")).type("open \(dispute.id)\n")
        staff.tick()
        #expect(!staff.screen.contains("accepted solution 2"))
        try store.perform(.accept(.mediator(1)), onDispute: dispute.id, by: .seller(dispute.seller), at: later.addingTimeInterval(60),
                          expectedVersion: snapshot.version)
        staff.tick()
        #expect(staff.screen.contains("accepted the mediator's solution 2"))
        // The second side's acceptance decides the dispute, which leaves mediation; its mediator is still
        // told, and the case view shows the outcome.
        let afterSeller = try store.dispute(dispute.id)
        try store.perform(.accept(.mediator(1)), onDispute: dispute.id, by: .buyer(dispute.buyer), at: later.addingTimeInterval(120),
                          expectedVersion: afterSeller.version)
        staff.tick()
        #expect(staff.screen.contains("The buyer accepted the mediator's solution 2"))
        #expect(try store.notifications(for: .staff("mira")).contains { $0.title == "Answer to the mediator's solutions" && $0.text.contains("buyer") })
    }
}
