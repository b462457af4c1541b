/// A proposed settlement: what happens to the goods and how much money goes back to the buyer.
public struct Proposal: Codable, Sendable, Hashable {
    public var resolution: Resolution
    public var amount: Money
    public var comment: String

    public init(resolution: Resolution, amount: Money, comment: String = "") {
        self.resolution = resolution
        self.amount = amount
        self.comment = comment
    }

    /// "refund of US$ 12.50, item kept" / "return the item for a refund of US$ 12.50".
    public var summary: String {
        if amount.isZero { return "no refund" }
        switch resolution {
        case .refundOnly: return "refund of \(amount.formatted), buyer keeps the item"
        case .returnAndRefund: return "buyer returns the item for a refund of \(amount.formatted)"
        }
    }
}
