import Foundation

extension Dispute {
    /// Opens a dispute from a filled-in form. Refuses with `.invalidDraft` listing every problem
    /// (including an order outside its opening window), or when someone other than the order's buyer opens it.
    /// A counterfeit claim escalates at once when the policy says so.
    public static func open(
        id: DisputeID, order: Order, draft: DisputeDraft, by actor: Actor, at instant: Date, policy: Policy
    ) throws(DisputeError) -> (dispute: Dispute, events: [DisputeEvent]) {
        guard case .buyer(let user) = actor else {
            throw .wrongRole(action: "open a dispute", allowed: [.buyer], actual: actor.role)
        }
        guard user == order.buyer else { throw .notYourDispute(actor) }
        let (checked, problems) = draft.check(order: order, policy: policy, at: instant)
        guard let claim = checked else { throw .invalidDraft(problems) }

        let opening = DisputeOpening(
            id: id, orderID: order.id, buyer: order.buyer, seller: order.shop, amountPaid: order.amountPaid,
            cap: policy.claimCap(order: order, reason: claim.reason), paymentMethod: order.paymentMethod,
            policyName: policy.name, received: claim.received, reason: claim.reason, description: claim.description,
            proposal: Proposal(resolution: claim.resolution, amount: claim.amount, comment: ""),
            sellerResponseDue: instant.adding(days: policy.sellerResponseDays)
        )
        let first = DisputeEvent(disputeID: id, sequence: 1, at: instant, actor: actor, kind: .opened(opening))
        guard let opened = Dispute.replay([first]) else { throw .orderMismatch(order.id) }
        var recorder = EventRecorder(opened, policy: policy)
        recorder.events = [first]
        for (upload, kind) in zip(claim.evidence, claim.evidenceKinds) {
            recorder.addEvidence(upload, kind: kind, by: actor, at: instant)
        }
        recorder.escalateCounterfeitIfDue(at: instant)
        return (recorder.dispute, recorder.events)
    }
}

extension EventRecorder {
    /// SPEC §4.4: a counterfeit claim goes to a mediator at once.
    mutating func escalateCounterfeitIfDue(at instant: Date) {
        guard dispute.reason == .counterfeit, policy.counterfeitEscalatesAtOnce else { return }
        escalate(manual: false, why: "Counterfeit claims go to a mediator at once.", by: .system, at: instant)
    }
}
