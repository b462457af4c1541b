import Foundation

extension DisputeEvent {
    /// One line for the timeline: "29 Nov 14:00  seller S-7: rejected with a counter-proposal (...)".
    public var summary: String {
        switch kind {
        case .opened(let opening):
            return "Dispute opened: \(opening.reason.title); asks for \(opening.proposal.summary)"
        case .buyerProposalEdited(let proposal): return "Buyer changed the proposal: \(proposal.summary)"
        case .alternativeAdded(let proposal): return "Buyer added an alternative: \(proposal.summary)"
        case .sellerCounterProposed(let proposal, _):
            return "Seller rejected the buyer's proposal with a counter-proposal: \(proposal.summary)"
                + (proposal.comment.isEmpty ? "" : " — \"\(proposal.comment)\"")
        case .proposalAccepted(let ref, let proposal): return "\(actor.role.noun.capitalizedFirst) accepted \(ref): \(proposal.summary)"
        case .agreementReached(let agreement): return "Agreement: \(agreement.proposal.summary). \(agreement.why)"
        case .returnRequested(let shipBy): return "Buyer to ship the item back by \(DateText.short(shipBy))"
        case .returnShipped(let number, _): return "Buyer shipped the return, tracking \(number)"
        case .returnArrived(let assumed): return assumed ? "Return counts as arrived (seller did not confirm)" : "Seller confirmed the return arrived"
        case .outcomeDecided(let outcome): return "Outcome: \(outcome.summary). \(outcome.why)"
        case .refundIssued(let refund):
            return "Refund of \(refund.amount.formatted) issued to \(refund.method.title), expected by \(DateText.day(refund.expectedBy))"
        case .refundPaid: return "Refund paid out"
        case .messagePosted(let message): return "Message from \(message.author.role.noun): \(message.text)"
        case .evidenceAdded(let evidence):
            return "\(actor.role.noun.capitalizedFirst) added evidence \(evidence.id): \(evidence.name) (\(evidence.kind.rawValue), \(ByteText.describe(evidence.sizeBytes)))"
        case .evidenceRemoved(let id): return "\(actor.role.noun.capitalizedFirst) removed evidence \(id)"
        case .cancelled(let until): return "Buyer cancelled the dispute; it can be resumed until \(DateText.short(until))"
        case .resumed(let due): return "Buyer resumed the dispute; the seller must answer by \(DateText.short(due))"
        case .escalated(_, let why, _, _): return "Escalated to mediation. \(why)"
        case .caseTaken(let staff): return "Mediator \(staff) took the case"
        case .questionAsked(let question):
            return "Mediator asked \(question.to.noun) (answer by \(DateText.short(question.answerBy))): \(question.text)"
        case .questionAnswered(let role): return "\(role.noun.capitalizedFirst) answered the mediator's question"
        case .solutionsProposed(let solutions, let comment, let due):
            let list = solutions.enumerated().map { "\($0.offset + 1)) \($0.element.summary)" }.joined(separator: "; ")
            return "Mediator proposed: \(list) — \(comment) (answer by \(DateText.short(due)))"
        case .solutionAnswered(let role, let answer):
            switch answer {
            case .accepted(let index, let assumed):
                return assumed
                    ? "\(role.noun.capitalizedFirst) did not answer: counts as accepting solution \(index + 1)"
                    : "\(role.noun.capitalizedFirst) accepted the mediator's solution \(index + 1)"
            case .rejected(let comment):
                return "\(role.noun.capitalizedFirst) rejected the mediator's solutions: \(comment)"
            }
        case .internalNoteWritten(let note): return "Internal note by \(note.author): \(note.text)"
        case .sellerFlagged(let reason): return "Seller flagged: \(reason)"
        case .deadlineMissed(let deadline): return "Deadline missed: \(deadline.sentence)"
        }
    }

    /// Whether buyer and seller may see this event (internal notes and flags are staff-only).
    public var isVisibleToParties: Bool {
        switch kind {
        case .internalNoteWritten, .sellerFlagged: return false
        default: return true
        }
    }

    /// What this event means for the order, for the store to apply to it: frozen funds, release, refund.
    public var orderAction: OrderAction? {
        switch kind {
        case .opened, .resumed: return .disputeOpened(disputeID)
        case .outcomeDecided: return .disputeClosed(disputeID)
        case .refundIssued(let refund):
            return .recordRefund(OrderRefund(amount: refund.amount, method: refund.method, expectedBy: refund.expectedBy, dispute: disputeID))
        case .refundPaid: return .refundPaid
        default: return nil
        }
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
