import Foundation

extension Dispute {
    /// The one thing the dispute waits for: the soonest deadline of its stage, or nil once decided.
    public var pendingDeadline: Deadline? {
        deadlines.min { $0.due < $1.due }
    }

    /// Every deadline running now (several only in mediation: a question, solutions, the mediator's limit).
    public var deadlines: [Deadline] {
        switch phase {
        case .awaitingSeller(let due):
            return [Deadline(kind: .sellerResponse, who: [.seller], due: due,
                             consequence: "resolved for the buyer: " + consequence(of: buyerProposal),
                             expectedAction: "answer the dispute")]
        case .negotiation(let escalatesAt):
            return [Deadline(kind: .negotiation, who: [.buyer, .seller], due: escalatesAt,
                             consequence: "the dispute escalates to a mediator",
                             expectedAction: "reach an agreement")]
        case .mediation(let mediation):
            var list: [Deadline] = []
            if let question = mediation.question {
                let other = question.to == .buyer
                    ? "decided for the seller: no refund"
                    : "decided for the buyer: " + consequence(of: buyerProposal)
                list.append(Deadline(kind: .question, who: [question.to], due: question.answerBy,
                                     consequence: other, expectedAction: "answer the mediator's question"))
            }
            if let due = mediation.answersDue, let first = mediation.solutions.first {
                let waiting = [Role.buyer, .seller].filter { mediation.answer(of: $0) == nil }
                if !waiting.isEmpty {
                    list.append(Deadline(kind: .mediatorSolutions, who: waiting, due: due,
                                         consequence: "counts as accepting the mediator's solution 1 (\(first.summary))",
                                         expectedAction: "answer the mediator's solutions"))
                }
            }
            list.append(Deadline(kind: .mediatorDecision, who: [.staff], due: mediation.limitAt,
                                 consequence: "decided for the buyer: " + consequence(of: buyerProposal),
                                 expectedAction: "decide the case"))
            return list
        case .returnInProgress(let shipment):
            if let arrivalDue = shipment.arrivalDue {
                return [Deadline(kind: .returnArrival, who: [.seller], due: arrivalDue,
                                 consequence: "the return counts as arrived and \(shipment.agreement.proposal.amount.formatted) is refunded to the buyer",
                                 expectedAction: "confirm the return arrived")]
            }
            return [Deadline(kind: .returnShipment, who: [.buyer], due: shipment.shipBy,
                             consequence: "the dispute closes in the seller's favour and no refund is due",
                             expectedAction: "ship the item back and enter its tracking number")]
        case .cancelled(_, let until):
            return [Deadline(kind: .resume, who: [.buyer], due: until,
                             consequence: "the cancellation becomes final and the order can no longer be disputed",
                             expectedAction: "resume the dispute")]
        case .closed:
            return []
        }
    }

    /// The mediator's target date for a decision (the queue sorts and colours by it), while in mediation.
    public var mediatorTarget: Date? { mediation?.targetAt }

    /// "refunded in full to the buyer" / "US$ 5.00 refunded to the buyer" / "the buyer returns the item for a refund of ...".
    func consequence(of proposal: Proposal) -> String {
        if proposal.amount.isZero { return "no refund" }
        switch proposal.resolution {
        case .refundOnly:
            return proposal.amount >= amountPaid ? "refunded in full to the buyer" : "\(proposal.amount.formatted) refunded to the buyer"
        case .returnAndRefund:
            return "the buyer returns the item for a refund of \(proposal.amount.formatted)"
        }
    }
}
