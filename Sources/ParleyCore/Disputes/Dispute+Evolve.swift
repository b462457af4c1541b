import Foundation

extension Dispute {
    /// Rebuilds a dispute from its history. Returns nil when the list does not start with an opening event.
    public static func replay(_ events: [DisputeEvent]) -> Dispute? {
        guard let first = events.first, case .opened(let opening) = first.kind else { return nil }
        var dispute = Dispute(opening: opening, at: first.at)
        dispute.lastSequence = first.sequence
        for event in events.dropFirst() { dispute.evolve(event) }
        return dispute
    }

    /// Applies one recorded event; the only place a dispute's state changes, so replay equals live state.
    mutating func evolve(_ event: DisputeEvent) {
        lastSequence = event.sequence
        lastEventAt = max(lastEventAt, event.at)
        switch event.kind {
        case .opened:
            break
        case .buyerProposalEdited(let proposal):
            buyerProposal = proposal
        case .alternativeAdded(let proposal):
            alternatives.append(proposal)
        case .sellerCounterProposed(let proposal, let endsAt):
            sellerProposal = proposal
            sellerHasAnswered = true
            phase = .negotiation(escalatesAt: endsAt)
        case .proposalAccepted:
            sellerHasAnswered = sellerHasAnswered || event.actor.role == .seller
        case .agreementReached(let reached):
            agreement = reached
        case .returnRequested(let shipBy):
            if let agreement { phase = .returnInProgress(ReturnShipment(agreement: agreement, shipBy: shipBy)) }
        case .returnShipped(let number, let arrivalDue):
            if case .returnInProgress(var shipment) = phase {
                shipment.trackingNumber = number
                shipment.shippedAt = event.at
                shipment.arrivalDue = arrivalDue
                phase = .returnInProgress(shipment)
            }
        case .returnArrived:
            break
        case .outcomeDecided(let decided):
            outcome = decided
            phase = .closed
        case .refundIssued(let issued):
            refund = issued
        case .refundPaid:
            refund?.paidAt = event.at
        case .messagePosted(let message):
            messages.append(message)
        case .evidenceAdded(let added):
            evidence.append(added)
            evidenceCounter += 1
        case .evidenceRemoved(let id):
            evidence.removeAll { $0.id == id }
        case .cancelled(let until):
            phase = .cancelled(at: event.at, resumableUntil: until)
        case .resumed(let due):
            sellerProposal = nil
            sellerHasAnswered = false
            roundStartedAt = event.at
            phase = .awaitingSeller(due: due)
        case .escalated(let manual, _, let targetAt, let limitAt):
            escalatedAt = event.at
            phase = .mediation(Mediation(escalatedAt: event.at, manual: manual, targetAt: targetAt, limitAt: limitAt))
        case .caseTaken(let staff):
            updateMediation { $0.assignee = staff }
        case .questionAsked(let question):
            updateMediation { $0.question = question }
        case .questionAnswered:
            updateMediation { $0.question = nil }
        case .solutionsProposed(let solutions, let comment, let due):
            updateMediation {
                $0.solutions = solutions
                $0.solutionsComment = comment
                $0.answersDue = due
                $0.buyerAnswer = nil
                $0.sellerAnswer = nil
            }
        case .solutionAnswered(let role, let answer):
            updateMediation {
                if role == .buyer { $0.buyerAnswer = answer } else { $0.sellerAnswer = answer }
                if $0.buyerAnswer != nil && $0.sellerAnswer != nil { $0.answersDue = nil }
            }
        case .internalNoteWritten(let note):
            internalNotes.append(note)
        case .sellerFlagged(let reason):
            sellerFlags.append(reason)
        case .deadlineMissed(let deadline):
            // A missed question deadline closes the question; the consequence events follow.
            if deadline.kind == .question { updateMediation { $0.question = nil } }
            if deadline.kind == .mediatorSolutions { updateMediation { $0.answersDue = nil } }
        }
    }

    private mutating func updateMediation(_ change: (inout Mediation) -> Void) {
        guard case .mediation(var mediation) = phase else { return }
        change(&mediation)
        phase = .mediation(mediation)
    }
}
