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

/// Which proposal an acceptance points at.
public enum ProposalRef: Codable, Sendable, Hashable, CustomStringConvertible {
    /// The buyer's current proposal.
    case buyer
    /// One of the buyer's alternative solutions, by position (0-based).
    case alternative(Int)
    /// The seller's counter-proposal.
    case seller
    /// One of the mediator's solutions, by position (0-based).
    case mediator(Int)

    public var description: String {
        switch self {
        case .buyer: return "the buyer's proposal"
        case .alternative(let index): return "the buyer's alternative \(index + 1)"
        case .seller: return "the seller's proposal"
        case .mediator(let index): return "the mediator's solution \(index + 1)"
        }
    }
}
