import Foundation

/// Everything fixed when a dispute is opened, carried by its first event.
public struct DisputeOpening: Codable, Sendable, Hashable {
    public var id: DisputeID
    public var orderID: OrderID
    public var buyer: UserID
    public var seller: ShopID
    public var amountPaid: Money
    public var cap: Money
    public var paymentMethod: PaymentMethod
    public var policyName: String
    public var received: Bool
    public var reason: ClaimReason
    public var description: String
    public var proposal: Proposal
    public var sellerResponseDue: Date

    public init(
        id: DisputeID, orderID: OrderID, buyer: UserID, seller: ShopID, amountPaid: Money, cap: Money,
        paymentMethod: PaymentMethod, policyName: String, received: Bool, reason: ClaimReason,
        description: String, proposal: Proposal, sellerResponseDue: Date
    ) {
        self.id = id
        self.orderID = orderID
        self.buyer = buyer
        self.seller = seller
        self.amountPaid = amountPaid
        self.cap = cap
        self.paymentMethod = paymentMethod
        self.policyName = policyName
        self.received = received
        self.reason = reason
        self.description = description
        self.proposal = proposal
        self.sellerResponseDue = sellerResponseDue
    }
}
