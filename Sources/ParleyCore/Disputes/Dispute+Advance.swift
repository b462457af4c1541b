import Foundation

extension Dispute {
    /// Fires every deadline due at or before `instant`, in time order, each at its own due time.
    /// Idempotent, and advancing in one step gives the same events as advancing in many small steps.
    @discardableResult
    public mutating func advance(to instant: Date, policy: Policy) -> [DisputeEvent] {
        var recorder = EventRecorder(self, policy: policy)
        // Each firing replaces the deadline with a later one or closes the dispute; the bound is a safety net.
        var firings = 0
        while let deadline = recorder.dispute.pendingDeadline, deadline.due <= instant, firings < 1_000 {
            recorder.fire(deadline)
            firings += 1
        }
        self = recorder.dispute
        return recorder.events
    }

    /// Same as `advance(to:policy:)`; the order is accepted so callers can pass the same context as to `apply`
    /// (every deadline already carries its own date, so the order is not consulted).
    @discardableResult
    public mutating func advance(to instant: Date, order: Order, policy: Policy) -> [DisputeEvent] {
        advance(to: instant, policy: policy)
    }
}

extension EventRecorder {
    /// What happens when nobody acted by `deadline.due` (SPEC §4: a missed deadline decides for the other side).
    mutating func fire(_ deadline: Deadline) {
        let at = deadline.due
        record(.deadlineMissed(deadline), by: .system, at: at)
        switch deadline.kind {
        case .sellerResponse:
            settle(Agreement(proposal: dispute.buyerProposal, decision: .sellerDidNotRespond, decidedBy: .system,
                             why: "The seller did not answer within \(policy.sellerResponseDays) days, so the buyer's proposal stands.", at: at))
        case .negotiation:
            escalate(manual: false, why: "No agreement within \(policy.negotiationDays) days, so the dispute escalated automatically.", by: .system, at: at)
        case .question:
            let askedBuyer = deadline.who.contains(.buyer)
            if askedBuyer {
                finish(refund: .zero(dispute.currency), resolution: .refundOnly, decision: .buyerDidNotAnswerQuestion, decidedBy: .system,
                       why: "The buyer did not answer the mediator's question in time, so the dispute was decided for the seller.",
                       at: at, mediated: true)
            } else {
                settle(Agreement(proposal: dispute.buyerProposal, decision: .sellerDidNotAnswerQuestion, decidedBy: .system,
                                 why: "The seller did not answer the mediator's question in time, so the dispute was decided for the buyer.", at: at))
            }
        case .mediatorSolutions:
            for role in deadline.who {
                record(.solutionAnswered(by: role, .accepted(index: 0, assumed: true)), by: .system, at: at)
            }
            settleIfBothAcceptedSameSolution(by: .system, at: at)
        case .mediatorDecision:
            settle(Agreement(proposal: dispute.buyerProposal, decision: .mediatorMissedLimit, decidedBy: .system,
                             why: "Mediation did not decide within \(policy.mediatorLimitDays) days, so the buyer's proposal stands.", at: at))
        case .returnShipment:
            finish(refund: .zero(dispute.currency), resolution: .returnAndRefund, decision: .returnNotShipped, decidedBy: .system,
                   why: "The buyer did not ship the return within \(policy.returnShipmentDays) days, so no refund is due.",
                   at: at, mediated: false)
        case .returnArrival:
            record(.returnArrived(assumed: true), by: .system, at: at)
            completeReturn(decision: .returnArrivalAssumed, decidedBy: .system,
                           why: "The seller did not confirm the return within \(policy.returnArrivalDays) days, so it counts as arrived.", at: at)
        case .resume:
            finish(refund: .zero(dispute.currency), resolution: .refundOnly, decision: .buyerWithdrew, decidedBy: .system,
                   why: "The buyer cancelled the dispute and did not resume it before protection and its grace window ended.",
                   at: at, mediated: false)
        }
    }

    /// The returned item arrived (or counts as arrived): the agreed refund goes out.
    mutating func completeReturn(decision: Decision, decidedBy: Actor, why: String, at instant: Date) {
        guard let agreement = dispute.returnShipment?.agreement else { return }
        finish(refund: agreement.proposal.amount, resolution: .returnAndRefund, decision: decision, decidedBy: decidedBy,
               why: why, at: instant, mediatorComment: agreement.mediatorComment, mediated: agreement.decision.isMediation)
    }
}
