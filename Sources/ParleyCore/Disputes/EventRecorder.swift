import Foundation

/// Collects the events of one action or deadline while evolving a working copy of the dispute,
/// so that later steps see earlier ones and a refused action leaves the original untouched.
struct EventRecorder {
    var dispute: Dispute
    var events: [DisputeEvent] = []
    let policy: Policy

    init(_ dispute: Dispute, policy: Policy) {
        self.dispute = dispute
        self.policy = policy
    }

    mutating func record(_ kind: DisputeEventKind, by actor: Actor, at instant: Date) {
        let event = DisputeEvent(disputeID: dispute.id, sequence: dispute.lastSequence + 1, at: instant, actor: actor, kind: kind)
        dispute.evolve(event)
        events.append(event)
    }

    /// Records a checked evidence file with the dispute's next evidence ID.
    mutating func addEvidence(_ upload: EvidenceUpload, kind: EvidenceKind, by actor: Actor, at instant: Date) {
        let id = EvidenceID("E\(dispute.evidenceCounter + 1)")
        let evidence = Evidence(id: id, name: upload.name, kind: kind, sizeBytes: upload.sizeBytes,
                                sha256: upload.sha256.lowercased(), addedBy: actor, addedAt: instant)
        record(.evidenceAdded(evidence), by: actor, at: instant)
    }

    /// Moves the dispute to mediation, with the policy's decision windows.
    mutating func escalate(manual: Bool, why: String, by actor: Actor, at instant: Date) {
        record(.escalated(manual: manual, why: why,
                          targetAt: instant.adding(days: policy.mediatorTargetDays),
                          limitAt: instant.adding(days: policy.mediatorLimitDays)),
               by: actor, at: instant)
    }

    /// Binds both sides to a proposal: a return first when goods go back, else the outcome at once.
    mutating func settle(_ agreement: Agreement) {
        record(.agreementReached(agreement), by: agreement.decidedBy, at: agreement.at)
        let proposal = agreement.proposal
        if proposal.resolution == .returnAndRefund && !proposal.amount.isZero {
            record(.returnRequested(shipBy: agreement.at.adding(days: policy.returnShipmentDays)), by: agreement.decidedBy, at: agreement.at)
        } else {
            finish(refund: proposal.amount, resolution: proposal.resolution, decision: agreement.decision,
                   decidedBy: agreement.decidedBy, why: agreement.why, at: agreement.at,
                   mediatorComment: agreement.mediatorComment, mediated: agreement.decision.isMediation)
        }
    }

    /// Records the outcome and, when money goes back, the refund with its expected date (SPEC §4.8–9).
    mutating func finish(refund amount: Money, resolution: Resolution, decision: Decision, decidedBy: Actor,
                         why: String, at instant: Date, mediatorComment: String? = nil, mediated: Bool) {
        let favour: Outcome.Favour
        if amount.isZero { favour = .seller }
        else if amount >= dispute.buyerProposal.amount { favour = .buyer }
        else { favour = .partly }
        let outcome = Outcome(decision: decision, decidedBy: decidedBy, favour: favour, resolution: resolution,
                              refund: amount, why: why, at: instant, mediatorComment: mediatorComment)
        record(.outcomeDecided(outcome), by: decidedBy, at: instant)
        if !amount.isZero {
            let days = mediated ? policy.refundAfterMediatorDays : policy.refundAfterAgreementDays
            let refund = Refund(amount: amount, method: dispute.paymentMethod, issuedAt: instant, expectedBy: instant.adding(days: days))
            record(.refundIssued(refund), by: .system, at: instant)
        }
    }

    /// After a party answers the mediator: when both accepted the same solution, that is the agreement.
    mutating func settleIfBothAcceptedSameSolution(by actor: Actor, at instant: Date) {
        guard let mediation = dispute.mediation,
              case .accepted(let buyerIndex, _) = mediation.buyerAnswer,
              case .accepted(let sellerIndex, _) = mediation.sellerAnswer,
              buyerIndex == sellerIndex, mediation.solutions.indices.contains(buyerIndex) else { return }
        settle(Agreement(
            proposal: mediation.solutions[buyerIndex], decision: .bothAcceptedMediatorSolution, decidedBy: actor,
            why: "Both sides accepted the mediator's solution \(buyerIndex + 1).", at: instant,
            mediatorComment: mediation.solutionsComment))
    }
}
