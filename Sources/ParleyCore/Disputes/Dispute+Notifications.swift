import Foundation

extension Dispute {
    /// A notification for each party an event concerns (SPEC §4.9: the buyer always learns the outcome, explained).
    /// `assignedBefore` is the mediator who had the case before these events: when they decide it (both
    /// sides accepting a solution), the dispute left mediation and names no mediator any more, yet its
    /// mediator must still hear of the answer.
    public func notifications(for events: [DisputeEvent], assignedBefore: StaffID? = nil) -> [Notification] {
        events.flatMap { notifications(for: $0, assignedBefore: assignedBefore) }
    }

    public func notifications(for event: DisputeEvent, assignedBefore: StaffID? = nil) -> [Notification] {
        let buyer = Actor.buyer(self.buyer)
        let seller = Actor.seller(self.seller)
        let mediator = (mediation?.assignee ?? assignedBefore).map(Actor.staff)
        let other: [Actor] = event.actor.role == .buyer ? [seller] : event.actor.role == .seller ? [buyer] : [buyer, seller]

        func note(_ recipients: [Actor], _ title: String, _ text: String) -> [Notification] {
            recipients.map { Notification(recipient: $0, disputeID: id, eventSequence: event.sequence, at: event.at, title: title, text: text) }
        }

        switch event.kind {
        case .opened(let opening):
            return note([seller], "New dispute \(id)",
                        "The buyer opened a dispute on order \(orderID): \(opening.reason.title). They ask for \(opening.proposal.summary). Answer by \(DateText.short(opening.sellerResponseDue)); if you do not, the dispute is resolved for the buyer.")
        case .buyerProposalEdited, .alternativeAdded, .sellerCounterProposed, .proposalAccepted,
             .evidenceAdded, .evidenceRemoved, .returnShipped, .returnArrived:
            return note(other, "Dispute \(id) updated", event.summary)
        case .messagePosted(let message):
            let recipients = message.author.role == .staff ? [buyer, seller] : other + (mediator.map { [$0] } ?? [])
            return note(recipients, "New message in dispute \(id)", message.text)
        case .agreementReached(let agreement):
            return note([buyer, seller], "Agreement in dispute \(id)", "Agreed: \(agreement.proposal.summary). \(agreement.why)")
        case .returnRequested(let shipBy):
            return note([buyer], "Ship the item back", "Ship the item back to the seller and enter the tracking number by \(DateText.short(shipBy)); otherwise the dispute closes in the seller's favour. You pay the return postage.")
                + note([seller], "Return on its way", "The buyer will ship the item back by \(DateText.short(shipBy)). Confirm when it arrives.")
        case .outcomeDecided(let outcome):
            let who = outcome.decidedBy == .system ? "automatically by Parley" : "by \(outcome.decidedBy.role.noun)"
            let comment = outcome.mediatorComment.map { " Mediator's comment: \($0)" } ?? ""
            return note([buyer, seller], "Dispute \(id) closed",
                        "\(outcome.summary). Decided \(who) on \(DateText.short(outcome.at)): \(outcome.why)\(comment)")
        case .refundIssued(let refund):
            return note([buyer], "Refund on its way",
                        "\(refund.amount.formatted) goes back to your \(refund.method.title.lowercased()); expect it by \(DateText.day(refund.expectedBy)).")
        case .refundPaid:
            return note([buyer], "Refund paid", "Your refund for dispute \(id) has been paid out.")
        case .cancelled, .resumed:
            return note([seller], "Dispute \(id) \(event.kind.isCancel ? "cancelled" : "resumed")", event.summary)
        case .escalated:
            return note([buyer, seller], "Dispute \(id) escalated", event.summary + " A mediator will review the messages and evidence.")
        case .caseTaken(let staff):
            return note([buyer, seller], "Mediator assigned", "Mediator \(staff) is reviewing dispute \(id).")
        case .questionAsked(let question):
            let party = question.to == .buyer ? buyer : seller
            return note([party], "The mediator asks you a question",
                        "\(question.text) Answer by \(DateText.short(question.answerBy)) with a message; if you do not, the dispute is decided for the other side.")
        case .questionAnswered:
            return note(mediator.map { [$0] } ?? [], "Question answered", event.summary)
        case .solutionsProposed(_, _, let due):
            return note([buyer, seller], "The mediator proposes a solution",
                        event.summary + " Accept one or reject them with new evidence by \(DateText.short(due)); no answer counts as accepting the first.")
        case .solutionAnswered:
            return note(other + (mediator.map { [$0] } ?? []), "Answer to the mediator's solutions", event.summary)
        case .deadlineMissed(let deadline):
            let recipients = deadline.who.compactMap { role -> Actor? in
                switch role {
                case .buyer: return buyer
                case .seller: return seller
                case .staff: return mediator
                case .system: return nil
                }
            }
            return note(recipients, "Deadline passed", "You did not \(deadline.expectedAction) by \(DateText.short(deadline.due)): \(deadline.consequence).")
        case .internalNoteWritten, .sellerFlagged:
            return []
        }
    }
}

extension DisputeEventKind {
    var isCancel: Bool {
        if case .cancelled = self { return true }
        return false
    }
}
