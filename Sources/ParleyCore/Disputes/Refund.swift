import Foundation

/// Money going back to the buyer's original payment method (SPEC §4.8).
public struct Refund: Codable, Sendable, Hashable {
    public var amount: Money
    public var method: PaymentMethod
    public var issuedAt: Date
    public var expectedBy: Date
    public var paidAt: Date?

    public init(amount: Money, method: PaymentMethod, issuedAt: Date, expectedBy: Date, paidAt: Date? = nil) {
        self.amount = amount
        self.method = method
        self.issuedAt = issuedAt
        self.expectedBy = expectedBy
        self.paidAt = paidAt
    }
}
