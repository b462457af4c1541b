import Foundation
import ParleyConsole
import ParleyCore

/// A small marketplace for screen tests: fixed instants, one buyer with orders in several states.
enum Fixtures {
    /// 24 Nov 2026 15:00:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_532_400)
    static let buyer = UserID("amara")
    static let shop = ShopID("northwind")
    static let policy = Policy.default

    static func days(_ n: Double) -> TimeInterval { n * 86_400 }

    /// An order paid `paidDaysAgo` days ago, shipped `shippedDaysAgo` days ago (nil: not shipped),
    /// with an in-transit tracking event when `inTransit`.
    static func order(_ id: String, title: String, amount: Money, category: ProductCategory = .general,
                      paidDaysAgo: Double, shippedDaysAgo: Double? = nil, inTransit: Bool = true,
                      delivered: Bool = false) -> Order {
        let paid = now.addingTimeInterval(-days(paidDaysAgo))
        var order = Order(id: OrderID(id), buyer: buyer, shop: shop, title: title, category: category, amountPaid: amount,
                          paymentMethod: .card, paidAt: paid, shippingMethod: .standard)
        if let shipped = shippedDaysAgo {
            let at = now.addingTimeInterval(-days(shipped))
            _ = try? order.apply(.ship(trackingNumber: "LP00\(id.filter(\.isNumber))CN", method: .standard), by: .seller(shop), at: at, policy: policy)
            if inTransit {
                let event = TrackingEvent(at: at.addingTimeInterval(days(1)), kind: .inTransit, place: "Shenzhen", text: "Departed from sorting centre")
                _ = try? order.apply(.addTrackingEvent(event), by: .system, at: event.at, policy: policy)
            }
            if delivered {
                let event = TrackingEvent(at: at.addingTimeInterval(days(3)), kind: .delivered, place: "Amsterdam", text: "Delivered to the mailbox")
                _ = try? order.apply(.addTrackingEvent(event), by: .system, at: event.at, policy: policy)
            }
        }
        return order
    }

    /// The standard test data: Amara with five orders, a seller and a mediator account.
    static func data() -> InMemoryBuyerData {
        let data = InMemoryBuyerData(policy: policy)
        data.addAccount(ConsoleAccount(session: .buyer(buyer, name: "Amara Diallo"), summary: "5 orders, 1 dispute"))
        data.addAccount(ConsoleAccount(session: .buyer("jonas", name: "Jonas Berg"), summary: "3 orders"))
        data.addAccount(ConsoleAccount(session: .seller(shop, name: "Northwind Gadgets"), summary: "shop, 40 orders"))
        data.addAccount(ConsoleAccount(session: .staff("mira", name: "Mira Okafor"), summary: "mediator"))
        data.addOrder(order("O-100231", title: "Wireless earbuds, black", amount: .major(39, .usd), paidDaysAgo: 20, shippedDaysAgo: 12, delivered: true), shopName: "Northwind Gadgets")
        data.addOrder(order("O-100232", title: "Linen shirt, size M", amount: Money(minorUnits: 2450, currency: .eur), category: .clothing, paidDaysAgo: 5), shopName: "Atelier Mori")
        data.addOrder(order("O-100233", title: "Silver ring with garnet", amount: .major(120, .usd), category: .jewellery, paidDaysAgo: 30, shippedDaysAgo: 25, delivered: true), shopName: "Northwind Gadgets")
        data.addOrder(order("O-100234", title: "Phone case, clear", amount: .major(890, .rub), paidDaysAgo: 58, shippedDaysAgo: 50), shopName: "Ural Trade")
        data.addOrder(order("O-100235", title: "Desk lamp", amount: Money(minorUnits: 1999, currency: .usd), paidDaysAgo: 10, shippedDaysAgo: 3), shopName: "Northwind Gadgets")
        data.addOrder(order("O-100236", title: "Gold necklace", amount: .major(200, .eur), category: .jewellery, paidDaysAgo: 15, shippedDaysAgo: 10, delivered: true), shopName: "Atelier Mori")
        addDispute(to: data)
        return data
    }

    /// D-1001 on the ring (O-100233): opened 3 days ago, the shop answered with a counter-proposal.
    static func addDispute(to data: InMemoryBuyerData) {
        let draft = DisputeDraft(received: true, reason: .notAsDescribed, resolution: .refundOnly, amountText: "120",
                                 description: "The stone is glass, not garnet; the listing promised a natural garnet.",
                                 evidence: [EvidenceUpload(name: "ring.jpg", leadingBytes: Array(jpegBytes.prefix(16)), sizeBytes: 2016,
                                                           sha256: String(repeating: "b", count: 64))])
        let opened = now.addingTimeInterval(-days(3))
        guard let id = try? data.openDispute(order: "O-100233", draft: draft, by: .buyer(buyer), at: opened, expectedOrderVersion: 1) else { return }
        let counter = Proposal(resolution: .returnAndRefund, amount: .major(60, .usd), comment: "Send it back and we refund half")
        try? data.perform(.rejectWithCounterProposal(counter, evidence: []), on: id, by: .seller(shop), at: opened.addingTimeInterval(days(1)), expectedVersion: 1)
        try? data.perform(.sendMessage("The stone is a lab-grown garnet, as the listing says in the details."), on: id, by: .seller(shop),
                          at: opened.addingTimeInterval(days(1.1)), expectedVersion: 2)
    }

    static let jpegBytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1] + Array(repeating: 7, count: 2000)
    static let textBytes: [UInt8] = Array("just some notes, not a photo\n".utf8)
}
