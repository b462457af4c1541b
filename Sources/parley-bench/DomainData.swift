import Foundation
import ParleyCore

/// Generated domain values for the domain group: shipped orders and disputes opened on them.
enum DomainData {
    static let policy = Policy.aliexpress2017
    /// 1 Nov 2026 10:00 UTC; every generated order is paid within a few days of it.
    static let epoch = Date(timeIntervalSince1970: 1_793_527_200)
    static let draft = DisputeDraft(
        received: true, reason: .damaged, resolution: .refundOnly, amountText: "40.00",
        description: "The parcel arrived crushed and the case is broken.",
        evidence: [EvidenceUpload(name: "parcel.jpg", leadingBytes: [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1],
                                  sizeBytes: 200_000, sha256: String(repeating: "ab", count: 32))]
    )

    static let titles = ["Wireless earbuds", "Phone case, clear", "Running shoes", "Smartwatch", "Silver ring",
                         "Desk lamp", "Camping stove", "Bookshelf", "Winter jacket", "USB-C hub"]

    /// Order number `index`, paid `index` minutes after the epoch, shipped a day later.
    static func shippedOrder(_ index: Int) throws -> Order {
        let paidAt = epoch.addingTimeInterval(TimeInterval(index % 14_400) * 60)
        var order = Order(id: OrderID("O-\(index)"), buyer: UserID("U-\(index % 5_000)"), shop: ShopID("S-\(index % 500)"),
                          title: "Wireless earbuds", category: .general,
                          amountPaid: Money(minorUnits: 4_000, currency: .usd), paymentMethod: .card,
                          paidAt: paidAt, shippingMethod: .standard)
        try order.apply(.ship(trackingNumber: "LP\(index)", method: .standard), by: .seller(order.shop),
                        at: paidAt.adding(days: 1), policy: policy)
        return order
    }

    /// A dispute opened on `order` ten days after payment.
    static func openedDispute(_ index: Int, on order: Order) throws -> Dispute {
        try Dispute.open(id: DisputeID("D-\(index)"), order: order, draft: draft, by: .buyer(order.buyer),
                         at: order.paidAt.adding(days: 10), policy: policy).dispute
    }
}
