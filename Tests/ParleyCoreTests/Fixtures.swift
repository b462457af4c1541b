import Foundation
import ParleyCore

/// Shared test values: one order paid on 1 Nov 2026 10:00 UTC, its people, and evidence files.
enum Fixtures {
    static let paidAt = Date(timeIntervalSince1970: 1_793_527_200) // 1 Nov 2026 10:00 UTC
    static let buyer = UserID("U-1")
    static let shop = ShopID("S-7")
    static let mediator = StaffID("M-3")
    static let buyerActor = Actor.buyer(buyer)
    static let sellerActor = Actor.seller(shop)
    static let staffActor = Actor.staff(mediator)
    static let policy = Policy.aliexpress2017

    static func day(_ days: Double) -> Date { paidAt.addingTimeInterval(days * 86_400) }

    static func usd(_ text: String) -> Money {
        (try? Money.parse(text, currency: .usd)) ?? .zero(.usd)
    }

    /// A paid order (US$ 40.00, general goods) not yet shipped.
    static func paidOrder(category: ProductCategory = .general, amount: Money = usd("40.00")) -> Order {
        Order(id: "O-100234", buyer: buyer, shop: shop, title: "Wireless earbuds", category: category,
              amountPaid: amount, paymentMethod: .card, paidAt: paidAt, shippingMethod: .standard)
    }

    /// Shipped on day 1 with one in-transit event on day 2.
    static func shippedOrder(category: ProductCategory = .general, amount: Money = usd("40.00"), policy: Policy = policy) -> Order {
        var order = paidOrder(category: category, amount: amount)
        _ = try? order.apply(.ship(trackingNumber: "LP00123", method: .standard), by: sellerActor, at: day(1), policy: policy)
        _ = try? order.apply(.addTrackingEvent(TrackingEvent(at: day(2), kind: .inTransit, place: "Shenzhen", text: "Departed")),
                             by: .system, at: day(2), policy: policy)
        return order
    }

    static let jpegBytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]
    static let mp4Bytes: [UInt8] = [0, 0, 0, 0x18] + Array("ftypisom".utf8) + [0, 0, 0, 0]
    static let textBytes: [UInt8] = Array("Hello, this is text".utf8)
    static let checksum = String(repeating: "ab", count: 32)

    static func photo(_ name: String = "parcel.jpg", size: Int64 = 200_000) -> EvidenceUpload {
        EvidenceUpload(name: name, leadingBytes: jpegBytes, sizeBytes: size, sha256: checksum)
    }

    static func video(_ name: String = "unboxing.mp4", size: Int64 = 20_000_000) -> EvidenceUpload {
        EvidenceUpload(name: name, leadingBytes: mp4Bytes, sizeBytes: size, sha256: checksum)
    }

    /// A complete, valid form: received, damaged, refund only, US$ 40.00, one photo.
    static func draft(
        received: Bool? = true, reason: ClaimReason? = .damaged, resolution: Resolution? = .refundOnly,
        amount: String = "40.00", description: String = "The parcel arrived crushed and the case is broken.",
        evidence: [EvidenceUpload] = [photo()]
    ) -> DisputeDraft {
        DisputeDraft(received: received, reason: reason, resolution: resolution, amountText: amount,
                     description: description, evidence: evidence)
    }

    /// A dispute opened on day 10 with the default draft (or the one given).
    static func openDispute(
        draft: DisputeDraft = draft(), order: Order? = nil, policy: Policy = policy, at: Date = day(10)
    ) throws -> (Dispute, [DisputeEvent], Order) {
        let order = order ?? shippedOrder(policy: policy)
        let (dispute, events) = try Dispute.open(id: "D-1042", order: order, draft: draft, by: buyerActor, at: at, policy: policy)
        return (dispute, events, order)
    }
}
