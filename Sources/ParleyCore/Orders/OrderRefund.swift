import Foundation

/// Money going back to the buyer after a dispute, as the order's payment view shows it (SPEC §4.8).
public struct OrderRefund: Codable, Sendable, Hashable {
    public var amount: Money
    public var method: PaymentMethod
    public var expectedBy: Date
    public var dispute: DisputeID?
    /// Set once the payment provider reports the money as paid out.
    public var paidAt: Date?

    public init(amount: Money, method: PaymentMethod, expectedBy: Date, dispute: DisputeID?, paidAt: Date? = nil) {
        self.amount = amount
        self.method = method
        self.expectedBy = expectedBy
        self.dispute = dispute
        self.paidAt = paidAt
    }
}
