import Foundation

/// A paid marketplace order and its buyer protection (SPEC §2).
/// It changes only through `apply(_:by:at:policy:)` and `advance(to:policy:)`, which return the events.
public struct Order: Codable, Sendable, Hashable, Identifiable {
    public let id: OrderID
    public let buyer: UserID
    public let shop: ShopID
    public var title: String
    public var category: ProductCategory
    public var amountPaid: Money
    public var paymentMethod: PaymentMethod
    public var paidAt: Date
    /// The shipping method the buyer chose at checkout.
    public var shippingMethod: ShippingMethod

    public internal(set) var status: OrderStatus
    public internal(set) var trackingNumber: String?
    /// The method the seller actually shipped with (may differ from the one chosen).
    public internal(set) var shippedWith: ShippingMethod?
    public internal(set) var shippedAt: Date?
    /// Tracking history, oldest first.
    public internal(set) var tracking: [TrackingEvent]
    public internal(set) var deliveredAt: Date?
    /// When receipt was confirmed, by the buyer or automatically.
    public internal(set) var confirmedAt: Date?
    public internal(set) var confirmedByBuyer: Bool
    public internal(set) var completedAt: Date?
    public internal(set) var extensions: [ProtectionExtension]
    /// The order's dispute, if one was ever opened (one per order; a cancelled one is resumed).
    public internal(set) var dispute: DisputeID?
    /// While a dispute runs, funds stay frozen: no release to the seller.
    public internal(set) var disputeIsOpen: Bool
    public internal(set) var disputeClosedAt: Date?
    public internal(set) var refund: OrderRefund?
    public internal(set) var lastEventAt: Date

    public init(
        id: OrderID, buyer: UserID, shop: ShopID, title: String, category: ProductCategory,
        amountPaid: Money, paymentMethod: PaymentMethod, paidAt: Date, shippingMethod: ShippingMethod
    ) {
        self.id = id
        self.buyer = buyer
        self.shop = shop
        self.title = title
        self.category = category
        self.amountPaid = amountPaid
        self.paymentMethod = paymentMethod
        self.paidAt = paidAt
        self.shippingMethod = shippingMethod
        self.status = .placed
        self.trackingNumber = nil
        self.shippedWith = nil
        self.shippedAt = nil
        self.tracking = []
        self.deliveredAt = nil
        self.confirmedAt = nil
        self.confirmedByBuyer = false
        self.completedAt = nil
        self.extensions = []
        self.dispute = nil
        self.disputeIsOpen = false
        self.disputeClosedAt = nil
        self.refund = nil
        self.lastEventAt = paidAt
    }

    public var currency: Currency { amountPaid.currency }
}
