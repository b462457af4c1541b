import Foundation

extension Dispute {
    /// "Why is it in this state?" — the stage, the event that put it there, the rule behind it,
    /// what it waits for, and the outcome if decided. Built from the dispute's events and the policy.
    public func explain(events: [DisputeEvent], policy: Policy) -> [String] {
        var lines = ["Dispute \(id) is at \"\(stage.title)\" (policy \(policyName))."]
        if let cause = events.last(where: \.changesStage) {
            var because = "Since \(DateText.short(cause.at)): \(cause.summary)"
            if let missed = events.last(where: { $0.sequence < cause.sequence && $0.at == cause.at && $0.kind.isDeadlineMissed }),
               case .deadlineMissed(let deadline) = missed.kind {
                because += " — because \(deadline.who.map(\.noun).joined(separator: " and ")) did not \(deadline.expectedAction) by \(DateText.short(deadline.due))"
            }
            lines.append(because + ".")
        }
        lines.append(contentsOf: rule(policy: policy))
        if let deadline = pendingDeadline {
            lines.append("Waiting: \(deadline.sentence.capitalizedFirst).")
        }
        if let outcome {
            let who = outcome.decidedBy == .system ? "automatically" : "by \(outcome.decidedBy)"
            lines.append("Outcome: \(outcome.summary), decided \(who) on \(DateText.short(outcome.at)). \(outcome.why)")
            if let comment = outcome.mediatorComment { lines.append("Mediator's comment: \(comment)") }
        }
        if let refund {
            lines.append(refund.paidAt == nil
                ? "Refund: \(refund.amount.formatted) to \(refund.method.title), expected by \(DateText.day(refund.expectedBy))."
                : "Refund: \(refund.amount.formatted) paid to \(refund.method.title).")
        }
        return lines
    }

    /// The policy rule that governs the current stage.
    private func rule(policy: Policy) -> [String] {
        switch phase {
        case .awaitingSeller:
            return ["Rule: the seller answers within \(policy.sellerResponseDays) days; no answer resolves the dispute for the buyer on the buyer's proposal."]
        case .negotiation:
            let manual = policy.manualEscalation == .never
                ? "Neither side can escalate by hand"
                : "The buyer may escalate by hand"
            return ["Rule: without agreement within \(policy.negotiationDays) days of opening, the dispute escalates to a mediator. \(manual) under \(policy.name)."]
        case .mediation:
            return ["Rule: the mediator aims to decide within \(policy.mediatorTargetDays) days and must within \(policy.mediatorLimitDays); each side answers a solution within \(policy.partyAnswerDays) days, and no answer counts as accepting the first."]
        case .returnInProgress:
            return ["Rule: the buyer ships the item back within \(policy.returnShipmentDays) days; the seller confirms arrival within \(policy.returnArrivalDays) days, else it counts as arrived."]
        case .cancelled:
            return ["Rule: a cancelled dispute can be resumed while buyer protection and its \(policy.graceDays)-day grace window run; after that the cancellation is final."]
        case .closed:
            return []
        }
    }
}

extension DisputeEvent {
    /// Events that move a dispute from one stage to another.
    var changesStage: Bool {
        switch kind {
        case .opened, .sellerCounterProposed, .escalated, .returnRequested, .returnShipped, .outcomeDecided,
             .refundPaid, .cancelled, .resumed:
            return true
        default:
            return false
        }
    }
}

extension DisputeEventKind {
    var isDeadlineMissed: Bool {
        if case .deadlineMissed = self { return true }
        return false
    }
}
