import Foundation

/// A buyer's dispute over an order (SPEC §3–4). A value: it changes only through `apply` (people's
/// actions) and `advance` (deadlines), both of which return the events; `replay` rebuilds it from them.
public struct Dispute: Codable, Sendable, Hashable, Identifiable {
    public let id: DisputeID
    public let orderID: OrderID
    public let buyer: UserID
    public let seller: ShopID
    public let currency: Currency
    public let amountPaid: Money
    /// The most any proposal may refund: the amount paid, or twice it with double compensation.
    public let cap: Money
    public let paymentMethod: PaymentMethod
    public let policyName: String
    public let openedAt: Date
    public let received: Bool
    public let reason: ClaimReason
    public let description: String

    public internal(set) var phase: DisputePhase
    public internal(set) var buyerProposal: Proposal
    public internal(set) var alternatives: [Proposal]
    public internal(set) var sellerProposal: Proposal?
    /// Whether the seller has answered since the dispute was (re)opened (manual escalation needs it).
    public internal(set) var sellerHasAnswered: Bool
    /// When the current round began: opening, or the latest resumption (negotiation is counted from it).
    public internal(set) var roundStartedAt: Date
    public internal(set) var evidence: [Evidence]
    public internal(set) var messages: [Message]
    public internal(set) var internalNotes: [InternalNote]
    public internal(set) var sellerFlags: [String]
    /// Set when the dispute went to mediation (kept after it closes, for the staff console).
    public internal(set) var escalatedAt: Date?
    public internal(set) var agreement: Agreement?
    public internal(set) var outcome: Outcome?
    public internal(set) var refund: Refund?
    public internal(set) var lastSequence: Int
    public internal(set) var lastEventAt: Date
    /// Counter for evidence IDs ("E1", "E2"...), so replay assigns the same IDs.
    public internal(set) var evidenceCounter: Int

    init(opening: DisputeOpening, at: Date) {
        id = opening.id
        orderID = opening.orderID
        buyer = opening.buyer
        seller = opening.seller
        currency = opening.amountPaid.currency
        amountPaid = opening.amountPaid
        cap = opening.cap
        paymentMethod = opening.paymentMethod
        policyName = opening.policyName
        openedAt = at
        received = opening.received
        reason = opening.reason
        description = opening.description
        phase = .awaitingSeller(due: opening.sellerResponseDue)
        buyerProposal = opening.proposal
        alternatives = []
        sellerProposal = nil
        sellerHasAnswered = false
        roundStartedAt = at
        evidence = []
        messages = []
        internalNotes = []
        sellerFlags = []
        escalatedAt = nil
        agreement = nil
        outcome = nil
        refund = nil
        lastSequence = 0
        lastEventAt = at
        evidenceCounter = 0
    }

    /// Open: no outcome yet (a cancelled dispute that can still be resumed counts as open).
    public var isOpen: Bool { outcome == nil }

    /// What the progress diagram shows.
    public var stage: DisputeStage {
        switch phase {
        case .awaitingSeller: return .sellerResponse
        case .negotiation: return .negotiation
        case .mediation: return .mediation
        case .returnInProgress: return .returnInProgress
        case .cancelled: return .cancelled
        case .closed:
            if outcome?.decision == .buyerWithdrew { return .cancelled }
            if let refund, refund.paidAt == nil { return .refund }
            return .closed
        }
    }

    public var mediation: Mediation? {
        if case .mediation(let mediation) = phase { return mediation }
        return nil
    }

    public var returnShipment: ReturnShipment? {
        if case .returnInProgress(let shipment) = phase { return shipment }
        return nil
    }

    /// Whether the dispute is (or was) escalated, so staff may work on it.
    public var isEscalated: Bool { escalatedAt != nil }

    /// The proposal an acceptance points at, if it exists.
    public func proposal(_ ref: ProposalRef) -> Proposal? {
        switch ref {
        case .buyer: return buyerProposal
        case .alternative(let index): return alternatives.indices.contains(index) ? alternatives[index] : nil
        case .seller: return sellerProposal
        case .mediator(let index):
            guard let solutions = mediation?.solutions, solutions.indices.contains(index) else { return nil }
            return solutions[index]
        }
    }
}
