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
