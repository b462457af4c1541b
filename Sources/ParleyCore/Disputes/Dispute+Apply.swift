import Foundation

extension Dispute {
    /// Performs a person's action. Checks, in order: the clock (not before the last event, no deadline
    /// due that `advance` has not fired yet), the actor's role and ownership, the stage, then the values.
    /// On success the dispute changes and the events are returned; on failure nothing changes.
    @discardableResult
    public mutating func apply(
        _ action: DisputeAction, by actor: Actor, at instant: Date, order: Order, policy: Policy
    ) throws(DisputeError) -> [DisputeEvent] {
        guard order.id == orderID else { throw .orderMismatch(order.id) }
        guard instant >= lastEventAt else { throw .timeBeforeLastEvent(lastEventAt) }
        if let due = pendingDeadline, due.due <= instant {
            if due.kind == .resume, action == .resume { throw .notResumable(finalSince: due.due) }
            throw .deadlinePassed(due)
        }
        var recorder = EventRecorder(self, policy: policy)
        try recorder.perform(action, by: actor, at: instant, order: order)
        self = recorder.dispute
        return recorder.events
    }
}

extension EventRecorder {
    mutating func perform(_ action: DisputeAction, by actor: Actor, at instant: Date, order: Order) throws(DisputeError) {
        let stage = dispute.stage
        func wrongStage() -> DisputeError { .wrongStage(action: action.title, stage: stage) }

        switch action {
        case .editProposal(let proposal):
            try requireBuyer(actor, action)
            guard isNegotiating else { throw wrongStage() }
            try checkBuyerProposal(proposal)
            record(.buyerProposalEdited(proposal), by: actor, at: instant)

        case .addAlternative(let proposal):
            try requireBuyer(actor, action)
            guard isNegotiating else { throw wrongStage() }
            try checkBuyerProposal(proposal)
            record(.alternativeAdded(proposal), by: actor, at: instant)

        case .cancel:
            try requireBuyer(actor, action)
            switch dispute.phase {
            case .awaitingSeller, .negotiation, .mediation: break
            default: throw wrongStage()
            }
            let until = order.graceEnd(policy: policy)
            record(.cancelled(resumableUntil: until), by: actor, at: instant)
            if until <= instant {
                finish(refund: .zero(dispute.currency), resolution: .refundOnly, decision: .buyerWithdrew, decidedBy: actor,
                       why: "The buyer cancelled after protection and its grace window had ended, so the cancellation is final.",
                       at: instant, mediated: false)
            }

        case .resume:
            try requireBuyer(actor, action)
            if let outcome = dispute.outcome, outcome.decision == .buyerWithdrew { throw .notResumable(finalSince: outcome.at) }
            guard case .cancelled = dispute.phase else { throw wrongStage() }
            record(.resumed(sellerResponseDue: instant.adding(days: policy.sellerResponseDays)), by: actor, at: instant)
            escalateCounterfeitIfDue(at: instant)

        case .escalate:
            try requireBuyer(actor, action)
            switch policy.manualEscalation {
            case .never:
                if case .negotiation(let at) = dispute.phase { throw .escalationNotAllowed(policy: policy.name, automaticAt: at) }
                throw .escalationNotAllowed(policy: policy.name, automaticAt: nil)
            case .afterSellerAnswered:
                switch dispute.phase {
                case .negotiation: break
                case .awaitingSeller: throw .escalationNeedsSellerAnswer
                default: throw wrongStage()
                }
            }
            escalate(manual: true, why: "The buyer escalated to mediation after the seller's answer.", by: actor, at: instant)

        case .shipReturn(let trackingNumber):
            try requireBuyer(actor, action)
            guard let shipment = dispute.returnShipment, shipment.shippedAt == nil else { throw wrongStage() }
            let number = trackingNumber.trimmingSpaces
            guard !number.isEmpty else { throw .trackingNumberMissing }
            record(.returnShipped(trackingNumber: number, arrivalDue: instant.adding(days: policy.returnArrivalDays)), by: actor, at: instant)

        case .rejectWithCounterProposal(let proposal, let uploads):
            try requireSeller(actor, action)
            let endsAt: Date
            switch dispute.phase {
            case .awaitingSeller: endsAt = dispute.roundStartedAt.adding(days: policy.negotiationDays)
            case .negotiation(let at): endsAt = at
            default: throw wrongStage()
            }
            try checkProposal(proposal, minimum: .zero(dispute.currency))
            let kinds = try checkUploads(uploads, by: actor)
            for (upload, kind) in zip(uploads, kinds) { addEvidence(upload, kind: kind, by: actor, at: instant) }
            record(.sellerCounterProposed(proposal, negotiationEndsAt: endsAt), by: actor, at: instant)

        case .confirmReturnArrived:
            try requireSeller(actor, action)
            guard let shipment = dispute.returnShipment else { throw wrongStage() }
            guard shipment.shippedAt != nil else { throw .returnNotShippedYet }
            record(.returnArrived(assumed: false), by: actor, at: instant)
            completeReturn(decision: .returnArrived, decidedBy: actor, why: "The seller confirmed the returned item arrived.", at: instant)

        case .accept(let ref):
            try accept(ref, by: actor, at: instant, action: action)

        case .rejectSolutions(let comment, let uploads):
            let role = try requireParty(actor, action)
            guard let mediation = dispute.mediation, mediation.answersDue != nil else {
                throw dispute.mediation == nil ? wrongStage() : .noSolutionsToAnswer
            }
            guard mediation.answer(of: role) == nil else { throw .alreadyAnswered(role) }
            let text = try checkText(comment, what: "comment")
            guard !uploads.isEmpty else { throw .rejectionNeedsEvidence }
            let kinds = try checkUploads(uploads, by: actor)
            for (upload, kind) in zip(uploads, kinds) { addEvidence(upload, kind: kind, by: actor, at: instant) }
            record(.solutionAnswered(by: role, .rejected(comment: text)), by: actor, at: instant)

        case .sendMessage(let text):
            let checked = try checkText(text, what: "message")
            switch actor.role {
            case .buyer, .seller:
                let role = try requireParty(actor, action)
                guard dispute.outcome == nil, !isCancelled else { throw wrongStage() }
                record(.messagePosted(Message(author: actor, text: checked, at: instant)), by: actor, at: instant)
                if dispute.mediation?.question?.to == role {
                    record(.questionAnswered(by: role), by: actor, at: instant)
                }
            case .staff:
                _ = try requireAssignedMediator(actor, action)
                record(.messagePosted(Message(author: actor, text: checked, at: instant)), by: actor, at: instant)
            case .system:
                throw .wrongRole(action: action.title, allowed: [.buyer, .seller, .staff], actual: .system)
            }

        case .addEvidence(let upload):
            _ = try requireParty(actor, action)
            guard dispute.outcome == nil else { throw wrongStage() }
            let kinds = try checkUploads([upload], by: actor)
            addEvidence(upload, kind: kinds[0], by: actor, at: instant)

        case .removeEvidence(let id):
            _ = try requireParty(actor, action)
            guard dispute.outcome == nil else { throw wrongStage() }
            guard let item = dispute.evidence.first(where: { $0.id == id }) else { throw .evidence(.notFound(id)) }
            guard item.addedBy == actor else { throw .evidence(.notYours(id)) }
            record(.evidenceRemoved(id), by: actor, at: instant)

        case .takeCase:
            let staff = try requireStaff(actor, action)
            guard let mediation = dispute.mediation else { throw wrongStage() }
            if let assignee = mediation.assignee { throw assignee == staff ? wrongStage() : .caseTakenBy(assignee) }
            record(.caseTaken(staff), by: actor, at: instant)

        case .askQuestion(let role, let text, let days):
            let staff = try requireAssignedMediator(actor, action)
            guard role == .buyer || role == .seller else { throw .questionTargetInvalid(role) }
            if let open = dispute.mediation?.question { throw .questionAlreadyOpen(to: open.to, answerBy: open.answerBy) }
            let allowed = 1...policy.partyAnswerDays
            guard allowed.contains(days) else { throw .answerDaysOutOfRange(days: days, allowed: allowed) }
            let question = MediatorQuestion(to: role, text: try checkText(text, what: "question"), askedBy: staff,
                                            askedAt: instant, answerBy: instant.adding(days: days))
            record(.questionAsked(question), by: actor, at: instant)

        case .proposeSolutions(let solutions, let comment):
            _ = try requireAssignedMediator(actor, action)
            guard (1...2).contains(solutions.count) else { throw .solutionCount(solutions.count) }
            for solution in solutions { try checkProposal(solution, minimum: .zero(dispute.currency)) }
            let text = try checkText(comment, what: "comment")
            record(.solutionsProposed(solutions, comment: text, answersDue: instant.adding(days: policy.partyAnswerDays)), by: actor, at: instant)

        case .finalRuling(let proposal, let comment):
            _ = try requireAssignedMediator(actor, action)
            try checkProposal(proposal, minimum: .zero(dispute.currency))
            let text = try checkText(comment, what: "comment")
            settle(Agreement(proposal: proposal, decision: .mediatorRuling, decidedBy: actor,
                             why: "The mediator issued a final ruling: \(proposal.summary).", at: instant, mediatorComment: text))

        case .writeNote(let text):
            let staff = try requireStaff(actor, action)
            guard dispute.isEscalated else { throw wrongStage() }
            record(.internalNoteWritten(InternalNote(author: staff, text: try checkText(text, what: "note"), at: instant)), by: actor, at: instant)

        case .flagSeller(let reason):
            _ = try requireStaff(actor, action)
            guard dispute.isEscalated else { throw wrongStage() }
            record(.sellerFlagged(reason: try checkText(reason, what: "reason")), by: actor, at: instant)

        case .markRefundPaid:
            guard actor == .system else { throw .wrongRole(action: action.title, allowed: [.system], actual: actor.role) }
            guard let refund = dispute.refund, refund.paidAt == nil else { throw .nothingToMarkPaid }
            record(.refundPaid, by: actor, at: instant)
        }
    }

    private var isNegotiating: Bool {
        switch dispute.phase {
        case .awaitingSeller, .negotiation: return true
        default: return false
        }
    }

    private var isCancelled: Bool {
        if case .cancelled = dispute.phase { return true }
        return false
    }

    private mutating func accept(_ ref: ProposalRef, by actor: Actor, at instant: Date, action: DisputeAction) throws(DisputeError) {
        let role = try requireParty(actor, action)
        let stage = dispute.stage
        switch ref {
        case .mediator(let index):
            guard let mediation = dispute.mediation else { throw .wrongStage(action: action.title, stage: stage) }
            guard mediation.answersDue != nil else { throw .noSolutionsToAnswer }
            guard mediation.solutions.indices.contains(index) else { throw .noSuchProposal(ref) }
            guard mediation.answer(of: role) == nil else { throw .alreadyAnswered(role) }
            record(.solutionAnswered(by: role, .accepted(index: index, assumed: false)), by: actor, at: instant)
            settleIfBothAcceptedSameSolution(by: actor, at: instant)
        case .buyer, .alternative:
            guard role == .seller else { throw .cannotAcceptOwnProposal(ref) }
            guard isNegotiating else { throw .wrongStage(action: action.title, stage: stage) }
            guard let proposal = dispute.proposal(ref) else { throw .noSuchProposal(ref) }
            record(.proposalAccepted(ref, proposal), by: actor, at: instant)
            settle(Agreement(proposal: proposal, decision: .sellerAccepted, decidedBy: actor,
                             why: "The seller accepted \(ref): \(proposal.summary).", at: instant))
        case .seller:
            guard role == .buyer else { throw .cannotAcceptOwnProposal(ref) }
            guard case .negotiation = dispute.phase else { throw .wrongStage(action: action.title, stage: stage) }
            guard let proposal = dispute.sellerProposal else { throw .noSuchProposal(ref) }
            record(.proposalAccepted(ref, proposal), by: actor, at: instant)
            settle(Agreement(proposal: proposal, decision: .buyerAccepted, decidedBy: actor,
                             why: "The buyer accepted the seller's proposal: \(proposal.summary).", at: instant))
        }
    }

    // MARK: Who may act

    private func requireBuyer(_ actor: Actor, _ action: DisputeAction) throws(DisputeError) {
        guard case .buyer(let user) = actor else { throw .wrongRole(action: action.title, allowed: [.buyer], actual: actor.role) }
        guard user == dispute.buyer else { throw .notYourDispute(actor) }
    }

    private func requireSeller(_ actor: Actor, _ action: DisputeAction) throws(DisputeError) {
        guard case .seller(let shop) = actor else { throw .wrongRole(action: action.title, allowed: [.seller], actual: actor.role) }
        guard shop == dispute.seller else { throw .notYourDispute(actor) }
    }

    /// The buyer or the seller of this dispute; returns which.
    private func requireParty(_ actor: Actor, _ action: DisputeAction) throws(DisputeError) -> Role {
        switch actor {
        case .buyer(let user):
            guard user == dispute.buyer else { throw .notYourDispute(actor) }
            return .buyer
        case .seller(let shop):
            guard shop == dispute.seller else { throw .notYourDispute(actor) }
            return .seller
        case .staff, .system:
            throw .wrongRole(action: action.title, allowed: [.buyer, .seller], actual: actor.role)
        }
    }

    private func requireStaff(_ actor: Actor, _ action: DisputeAction) throws(DisputeError) -> StaffID {
        guard case .staff(let staff) = actor else { throw .wrongRole(action: action.title, allowed: [.staff], actual: actor.role) }
        return staff
    }

    /// Staff working a case must have taken it, and it must be in mediation.
    private func requireAssignedMediator(_ actor: Actor, _ action: DisputeAction) throws(DisputeError) -> StaffID {
        let staff = try requireStaff(actor, action)
        guard let mediation = dispute.mediation else { throw .wrongStage(action: action.title, stage: dispute.stage) }
        guard let assignee = mediation.assignee else { throw .caseNotTaken }
        guard assignee == staff else { throw .caseTakenBy(assignee) }
        return staff
    }

    // MARK: Values

    private func checkBuyerProposal(_ proposal: Proposal) throws(DisputeError) {
        try checkProposal(proposal, minimum: dispute.currency.smallestClaim)
    }

    /// Amount within [minimum, cap] in the order's currency; return only when the goods were received.
    private func checkProposal(_ proposal: Proposal, minimum: Money) throws(DisputeError) {
        guard proposal.amount.currency == dispute.currency else {
            throw .currencyMismatch(expected: dispute.currency, actual: proposal.amount.currency)
        }
        guard proposal.amount >= minimum else { throw .amountBelowMinimum(amount: proposal.amount, minimum: minimum) }
        guard proposal.amount <= dispute.cap else { throw .amountOverCap(amount: proposal.amount, cap: dispute.cap) }
        if proposal.resolution == .returnAndRefund && !dispute.received { throw .returnNeedsReceivedGoods }
        if proposal.comment.count > policy.descriptionLength.upperBound {
            throw .textTooLong(what: "comment", max: policy.descriptionLength.upperBound)
        }
    }

    /// Messages, comments and notes: not empty, and no longer than a description.
    private func checkText(_ text: String, what: String) throws(DisputeError) -> String {
        let trimmed = text.trimmingSpaces
        guard !trimmed.isEmpty else { throw .emptyText(what: what) }
        guard trimmed.count <= policy.descriptionLength.upperBound else {
            throw .textTooLong(what: what, max: policy.descriptionLength.upperBound)
        }
        return trimmed
    }

    /// Kind and size of each file, and the per-party file limit.
    private func checkUploads(_ uploads: [EvidenceUpload], by actor: Actor) throws(DisputeError) -> [EvidenceKind] {
        let existing = dispute.evidence.filter { $0.addedBy.role == actor.role }.count
        guard existing + uploads.count <= policy.maxEvidenceFiles else { throw .evidence(.tooManyFiles(max: policy.maxEvidenceFiles)) }
        var kinds: [EvidenceKind] = []
        for upload in uploads {
            switch EvidenceRules.check(upload, policy: policy) {
            case .success(let kind): kinds.append(kind)
            case .failure(let problem): throw .evidence(problem)
            }
        }
        return kinds
    }
}
