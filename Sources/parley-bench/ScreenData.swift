import Foundation
import ParleyConsole
import ParleyCore

/// In-memory data for the screen group: one buyer with a few thousand orders (rendering reads only the
/// window on screen) and one dispute with a long history.
enum ScreenData {
    static let buyer = UserID("U-1")
    static let session = ConsoleSession.buyer(buyer, name: "Amara Okafor")
    static let orders = 2_000

    /// The data and the dispute the dispute page shows.
    static func make(now: Date) throws -> (InMemoryBuyerData, DisputeID) {
        let data = InMemoryBuyerData(policy: DomainData.policy)
        data.addAccount(ConsoleAccount(session: session, summary: "\(orders) orders, 1 dispute"))
        var disputed: Order?
        for index in 0..<orders {
            // Newest first on screen, all still under protection, so every row has a ticking countdown.
            let paidAt = now.addingTimeInterval(-Double(orders - index) * 600 - 7 * 86_400)
            var order = Order(id: OrderID("O-\(100_000 + index)"), buyer: buyer, shop: ShopID("S-\(index % 40)"),
                              title: DomainData.titles[index % DomainData.titles.count], category: .general,
                              amountPaid: Money(minorUnits: index == orders - 1 ? 4_000 : 1_000 + Int64(index % 90) * 100, currency: .usd),
                              paymentMethod: .card, paidAt: paidAt, shippingMethod: .standard)
            try order.apply(.ship(trackingNumber: "LP\(index)", method: .standard), by: .seller(order.shop),
                            at: paidAt.adding(days: 1), policy: DomainData.policy)
            if index == orders - 1 { disputed = order } else { data.addOrder(order, shopName: "Shop \(index % 40)") }
        }
        guard var order = disputed else { throw BenchFailure("no order to dispute") }
        let openedAt = order.paidAt.adding(days: 7)
        var (dispute, events) = try Dispute.open(id: "D-1042", order: order, draft: DomainData.draft, by: .buyer(buyer),
                                                 at: openedAt, policy: DomainData.policy)
        for event in events { if let action = event.orderAction { _ = try? order.apply(action, by: .system, at: event.at, policy: DomainData.policy) } }
        let offer = Proposal(resolution: .refundOnly, amount: Money(minorUnits: 500, currency: .usd), comment: "Half back.")
        events += try dispute.apply(.rejectWithCounterProposal(offer, evidence: []), by: .seller(order.shop),
                                    at: openedAt.addingTimeInterval(3_600), order: order, policy: DomainData.policy)
        var instant = openedAt.addingTimeInterval(7_200)
        while events.count < 200 {
            instant = instant.addingTimeInterval(60)
            let author: Actor = events.count.isMultiple(of: 2) ? .seller(order.shop) : .buyer(buyer)
            events += try dispute.apply(.sendMessage("Message \(events.count): about the parcel and the photos."), by: author,
                                        at: instant, order: order, policy: DomainData.policy)
        }
        data.addOrder(order, shopName: "Shop \((orders - 1) % 40)")
        data.addDispute(dispute, events: events)
        return (data, dispute.id)
    }
}
