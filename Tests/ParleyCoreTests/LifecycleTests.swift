import Testing
import Foundation
import ParleyCore

/// A dispute under test with its order, policy and full history.
struct Case {
    var dispute: Dispute
    var order: Order
    var policy: Policy
    var events: [DisputeEvent]

    init(draft: DisputeDraft = Fixtures.draft(), order: Order? = nil, policy: Policy = Fixtures.policy) throws {
        let (dispute, events, order) = try Fixtures.openDispute(draft: draft, order: order, policy: policy)
        self.dispute = dispute
        self.order = order
        self.policy = policy
        self.events = events
    }

    @discardableResult
    mutating func act(_ action: DisputeAction, by actor: Actor, day: Double) throws(DisputeError) -> [DisputeEvent] {
        let new = try dispute.apply(action, by: actor, at: Fixtures.day(day), order: order, policy: policy)
        events += new
        return new
    }

    @discardableResult
    mutating func advance(day: Double) -> [DisputeEvent] {
        let new = dispute.advance(to: Fixtures.day(day), policy: policy)
        events += new
        return new
    }

    var counter: Proposal { Proposal(resolution: .refundOnly, amount: Fixtures.usd("10"), comment: "Small scratch only") }

    mutating func toNegotiation(day: Double = 12) throws {
        try act(.rejectWithCounterProposal(counter, evidence: []), by: Fixtures.sellerActor, day: day)
    }

    mutating func toMediation(takenOn day: Double = 18) throws {
        try toNegotiation()
        advance(day: day)
        try act(.takeCase, by: Fixtures.staffActor, day: day)
    }
}

@Suite("SPEC §4: the dispute lifecycle")
struct LifecycleTests {
    let buyer = Fixtures.buyerActor
    let seller = Fixtures.sellerActor
    let staff = Fixtures.staffActor

    // MARK: 4.1 Seller response

    @Test("4.1 The seller must answer within 5 days; no answer resolves for the buyer on the buyer's proposal")
    func sellerResponseTimeout() throws {
        var c = try Case()
        #expect(c.advance(day: 14.9).isEmpty)
        let fired = c.advance(day: 16)
        #expect(fired.first?.at == Fixtures.day(15))
        #expect(c.dispute.outcome?.decision == .sellerDidNotRespond)
        #expect(c.dispute.outcome?.refund == Fixtures.usd("40"))
        #expect(c.dispute.outcome?.decidedBy == .system)
        #expect(c.dispute.refund?.expectedBy == Fixtures.day(22))
        #expect(c.dispute.stage == .refund)
    }

    @Test("4.1 The deadline sentence says who, by when and what happens")
    func deadlineSentence() throws {
        let c = try Case()
        #expect(c.dispute.pendingDeadline?.sentence == "if the seller does not answer the dispute by 16 Nov 10:00: resolved for the buyer: refunded in full to the buyer")
    }

    // MARK: 4.2 Seller accepts or rejects

    @Test("4.2 The seller accepts: agreement, closed, refund expected within 7 days to the original payment method")
    func sellerAccepts() throws {
        var c = try Case()
        try c.act(.accept(.buyer), by: seller, day: 11)
        #expect(c.dispute.outcome?.decision == .sellerAccepted)
        #expect(c.dispute.outcome?.favour == .buyer)
        #expect(c.dispute.refund == Refund(amount: Fixtures.usd("40"), method: .card, issuedAt: Fixtures.day(11), expectedBy: Fixtures.day(18)))
        #expect(c.dispute.pendingDeadline == nil)
        try c.act(.markRefundPaid, by: .system, day: 14)
        #expect(c.dispute.stage == .closed)
    }

    @Test("4.2 The seller rejects with a counter-proposal: negotiation until day 7 from opening")
    func sellerRejectsWithCounterProposal() throws {
        var c = try Case()
        try c.act(.rejectWithCounterProposal(c.counter, evidence: [Fixtures.photo("label.jpg")]), by: seller, day: 12)
        #expect(c.dispute.stage == .negotiation)
        #expect(c.dispute.sellerProposal == c.counter)
        #expect(c.dispute.evidence.last?.addedBy == seller)
        #expect(c.dispute.pendingDeadline?.due == Fixtures.day(17))
        #expect(c.dispute.pendingDeadline?.who == [.buyer, .seller])
    }

    @Test("4.2 A counter-proposal cannot exceed the cap")
    func counterProposalCapped() throws {
        var c = try Case()
        let tooMuch = Proposal(resolution: .refundOnly, amount: Fixtures.usd("40.01"))
        #expect(throws: DisputeError.amountOverCap(amount: Fixtures.usd("40.01"), cap: Fixtures.usd("40"))) {
            try c.act(.rejectWithCounterProposal(tooMuch, evidence: []), by: seller, day: 12)
        }
    }

    // MARK: 4.3 Negotiation

    @Test("4.3 The buyer accepts the seller's proposal")
    func buyerAcceptsSellerProposal() throws {
        var c = try Case()
        try c.toNegotiation()
        try c.act(.accept(.seller), by: buyer, day: 13)
        #expect(c.dispute.outcome?.refund == Fixtures.usd("10"))
        #expect(c.dispute.outcome?.favour == .partly)
        #expect(c.dispute.outcome?.decision == .buyerAccepted)
    }

    @Test("4.3 The buyer edits their proposal; the seller may then accept it")
    func buyerEditsProposal() throws {
        var c = try Case()
        try c.toNegotiation()
        let edited = Proposal(resolution: .refundOnly, amount: Fixtures.usd("30"), comment: "Meet halfway")
        try c.act(.editProposal(edited), by: buyer, day: 13)
        #expect(c.dispute.buyerProposal == edited)
        try c.act(.accept(.buyer), by: seller, day: 14)
        #expect(c.dispute.outcome?.refund == Fixtures.usd("30"))
    }

    @Test("4.3 The buyer adds an alternative solution the seller may accept")
    func buyerAddsAlternative() throws {
        var c = try Case()
        try c.toNegotiation()
        let alternative = Proposal(resolution: .returnAndRefund, amount: Fixtures.usd("40"))
        try c.act(.addAlternative(alternative), by: buyer, day: 13)
        #expect(c.dispute.alternatives == [alternative])
        try c.act(.accept(.alternative(0)), by: seller, day: 14)
        #expect(c.dispute.stage == .returnInProgress)
        #expect(throws: DisputeError.self) { try c.act(.accept(.alternative(3)), by: seller, day: 14) }
    }

    @Test("4.3 Nobody accepts their own proposal")
    func cannotAcceptOwnProposal() throws {
        var c = try Case()
        try c.toNegotiation()
        #expect(throws: DisputeError.cannotAcceptOwnProposal(.buyer)) { try c.act(.accept(.buyer), by: buyer, day: 13) }
        #expect(throws: DisputeError.cannotAcceptOwnProposal(.seller)) { try c.act(.accept(.seller), by: seller, day: 13) }
    }

    @Test("4.3 Both sides may message and add evidence")
    func messagesAndEvidence() throws {
        var c = try Case()
        try c.toNegotiation()
        try c.act(.sendMessage("Can you send a photo of the box?"), by: seller, day: 13)
        try c.act(.sendMessage("Here it is."), by: buyer, day: 13)
        #expect(c.dispute.messages.map(\.author) == [seller, buyer])
        #expect(throws: DisputeError.emptyText(what: "message")) { try c.act(.sendMessage("  "), by: buyer, day: 13) }
        #expect(throws: DisputeError.textTooLong(what: "message", max: 2000)) {
            try c.act(.sendMessage(String(repeating: "x", count: 2001)), by: buyer, day: 13)
        }
    }

    @Test("4.3 Under the 2017 rules neither side can escalate by hand; it escalates automatically on day 8")
    func noManualEscalation2017() throws {
        var c = try Case()
        try c.toNegotiation()
        #expect(throws: DisputeError.escalationNotAllowed(policy: "aliexpress-2017", automaticAt: Fixtures.day(17))) {
            try c.act(.escalate, by: buyer, day: 13)
        }
        c.advance(day: 17)
        #expect(c.dispute.stage == .mediation)
        #expect(c.dispute.mediation?.escalatedAt == Fixtures.day(17))
        #expect(c.dispute.mediation?.manual == false)
    }

    @Test("Classic policy: manual escalation once the seller has answered; automatic after 15 days")
    func classicManualEscalation() throws {
        var c = try Case(order: Fixtures.shippedOrder(policy: .classic), policy: .classic)
        #expect(throws: DisputeError.escalationNeedsSellerAnswer) { try c.act(.escalate, by: buyer, day: 11) }
        try c.toNegotiation()
        #expect(c.dispute.pendingDeadline?.due == Fixtures.day(25))
        try c.act(.escalate, by: buyer, day: 13)
        #expect(c.dispute.mediation?.manual == true)
        #expect(c.dispute.mediation?.limitAt == Fixtures.day(73))
        #expect(c.dispute.mediatorTarget == Fixtures.day(28))
    }

    // MARK: 4.4 Counterfeit

    @Test("4.4 A counterfeit claim escalates at once")
    func counterfeitEscalatesAtOnce() throws {
        let c = try Case(draft: Fixtures.draft(reason: .counterfeit))
        #expect(c.dispute.stage == .mediation)
        #expect(c.dispute.mediation?.escalatedAt == Fixtures.day(10))
        #expect(c.events.last?.actor == .system)
    }

    // MARK: 4.5 Mediation

    @Test("4.5 A case is taken before it is worked, by one mediator")
    func caseTakenBeforeWorked() throws {
        var c = try Case()
        try c.toNegotiation()
        c.advance(day: 18)
        let solution = Proposal(resolution: .refundOnly, amount: Fixtures.usd("20"))
        #expect(throws: DisputeError.caseNotTaken) { try c.act(.proposeSolutions([solution], comment: "Split"), by: staff, day: 18) }
        try c.act(.takeCase, by: staff, day: 18)
        #expect(throws: DisputeError.caseTakenBy(Fixtures.mediator)) { try c.act(.takeCase, by: .staff("M-9"), day: 18) }
        #expect(throws: DisputeError.caseTakenBy(Fixtures.mediator)) {
            try c.act(.proposeSolutions([solution], comment: "Split"), by: .staff("M-9"), day: 18)
        }
    }

    @Test("4.5 Staff cannot work a dispute that is not escalated")
    func staffOnlyOnEscalated() throws {
        var c = try Case()
        #expect(throws: DisputeError.wrongStage(action: "take the case", stage: .sellerResponse)) { try c.act(.takeCase, by: staff, day: 11) }
        #expect(throws: DisputeError.wrongStage(action: "write an internal note", stage: .sellerResponse)) { try c.act(.writeNote("hm"), by: staff, day: 11) }
    }

    @Test("4.5 The mediator proposes one or two solutions; both accepting the same closes with the mediator's comment")
    func bothAcceptSameSolution() throws {
        var c = try Case()
        try c.toMediation()
        let a = Proposal(resolution: .refundOnly, amount: Fixtures.usd("20"))
        let b = Proposal(resolution: .returnAndRefund, amount: Fixtures.usd("40"))
        #expect(throws: DisputeError.solutionCount(3)) { try c.act(.proposeSolutions([a, b, a], comment: "x"), by: staff, day: 19) }
        #expect(throws: DisputeError.solutionCount(0)) { try c.act(.proposeSolutions([], comment: "x"), by: staff, day: 19) }
        try c.act(.proposeSolutions([a, b], comment: "Photos show minor damage"), by: staff, day: 19)
        #expect(c.dispute.pendingDeadline?.kind == .mediatorSolutions)
        #expect(c.dispute.pendingDeadline?.due == Fixtures.day(24))
        try c.act(.accept(.mediator(0)), by: buyer, day: 20)
        #expect(c.dispute.outcome == nil)
        #expect(c.dispute.pendingDeadline?.who == [.seller])
        #expect(throws: DisputeError.alreadyAnswered(.buyer)) { try c.act(.accept(.mediator(1)), by: buyer, day: 20) }
        try c.act(.accept(.mediator(0)), by: seller, day: 21)
        #expect(c.dispute.outcome?.decision == .bothAcceptedMediatorSolution)
        #expect(c.dispute.outcome?.mediatorComment == "Photos show minor damage")
        #expect(c.dispute.refund?.expectedBy == Fixtures.day(35))
    }

    @Test("4.5 No answer to the mediator's solutions counts as accepting the first")
    func noAnswerCountsAsFirst() throws {
        var c = try Case()
        try c.toMediation()
        let a = Proposal(resolution: .refundOnly, amount: Fixtures.usd("20"))
        try c.act(.proposeSolutions([a], comment: "Half"), by: staff, day: 19)
        try c.act(.accept(.mediator(0)), by: seller, day: 20)
        c.advance(day: 30)
        #expect(c.dispute.outcome?.refund == Fixtures.usd("20"))
        #expect(c.dispute.outcome?.at == Fixtures.day(24))
    }

    @Test("4.5 Rejecting the mediator's solutions needs new evidence")
    func rejectionNeedsEvidence() throws {
        var c = try Case()
        try c.toMediation()
        try c.act(.proposeSolutions([Proposal(resolution: .refundOnly, amount: Fixtures.usd("5"))], comment: "Small"), by: staff, day: 19)
        #expect(throws: DisputeError.rejectionNeedsEvidence) { try c.act(.rejectSolutions(comment: "No", evidence: []), by: buyer, day: 20) }
        try c.act(.rejectSolutions(comment: "See the video", evidence: [Fixtures.video()]), by: buyer, day: 20)
        try c.act(.accept(.mediator(0)), by: seller, day: 20)
        #expect(c.dispute.outcome == nil)
        #expect(c.dispute.pendingDeadline?.kind == .mediatorDecision)
    }

    @Test("4.5 A new solution replaces the earlier one and resets the answers")
    func newSolutionReplaces() throws {
        var c = try Case()
        try c.toMediation()
        try c.act(.proposeSolutions([Proposal(resolution: .refundOnly, amount: Fixtures.usd("5"))], comment: "First"), by: staff, day: 19)
        try c.act(.accept(.mediator(0)), by: seller, day: 20)
        let better = Proposal(resolution: .refundOnly, amount: Fixtures.usd("25"))
        try c.act(.proposeSolutions([better], comment: "Second look"), by: staff, day: 21)
        #expect(c.dispute.mediation?.solutions == [better])
        #expect(c.dispute.mediation?.sellerAnswer == nil)
        #expect(c.dispute.pendingDeadline?.due == Fixtures.day(26))
    }

    @Test("4.5 The mediator may ask a party a question with a deadline; a missed answer decides for the other side")
    func questionDeadline() throws {
        var c = try Case()
        try c.toMediation()
        try c.act(.askQuestion(to: .seller, text: "Which carrier did you use?", answerWithinDays: 3), by: staff, day: 19)
        #expect(c.dispute.pendingDeadline?.who == [.seller])
        #expect(throws: DisputeError.questionAlreadyOpen(to: .seller, answerBy: Fixtures.day(22))) {
            try c.act(.askQuestion(to: .buyer, text: "More photos?", answerWithinDays: 2), by: staff, day: 19)
        }
        #expect(throws: DisputeError.answerDaysOutOfRange(days: 9, allowed: 1...5)) {
            var copy = c
            try copy.act(.sendMessage("answer"), by: seller, day: 19)
            try copy.act(.askQuestion(to: .buyer, text: "More photos?", answerWithinDays: 9), by: staff, day: 19)
        }
        c.advance(day: 23)
        #expect(c.dispute.outcome?.decision == .sellerDidNotAnswerQuestion)
        #expect(c.dispute.outcome?.refund == Fixtures.usd("40"))
    }

    @Test("4.5 A party answers the question with a message")
    func questionAnsweredByMessage() throws {
        var c = try Case()
        try c.toMediation()
        try c.act(.askQuestion(to: .buyer, text: "Do you have the box?", answerWithinDays: 3), by: staff, day: 19)
        try c.act(.sendMessage("Yes, photo attached."), by: buyer, day: 20)
        #expect(c.dispute.mediation?.question == nil)
        #expect(c.dispute.pendingDeadline?.kind == .mediatorDecision)
    }

    @Test("4.5 The mediator issues a final ruling; refund expected within 14 days")
    func finalRuling() throws {
        var c = try Case()
        try c.toMediation()
        let ruling = Proposal(resolution: .refundOnly, amount: Fixtures.usd("15"))
        try c.act(.finalRuling(ruling, comment: "Partial damage shown"), by: staff, day: 20)
        #expect(c.dispute.outcome?.decision == .mediatorRuling)
        #expect(c.dispute.outcome?.decidedBy == staff)
        #expect(c.dispute.outcome?.mediatorComment == "Partial damage shown")
        #expect(c.dispute.refund?.expectedBy == Fixtures.day(34))
        #expect(throws: DisputeError.self) { try c.act(.finalRuling(ruling, comment: "again"), by: staff, day: 21) }
    }

    @Test("4.5 A mediator who misses the limit decides for the buyer (assumed)")
    func mediatorLimit() throws {
        var c = try Case()
        try c.toMediation()
        #expect(c.dispute.pendingDeadline?.due == Fixtures.day(31))
        c.advance(day: 40)
        #expect(c.dispute.outcome?.decision == .mediatorMissedLimit)
        #expect(c.dispute.outcome?.at == Fixtures.day(31))
    }

    @Test("Staff write internal notes and flag sellers; parties never see them")
    func notesAndFlags() throws {
        var c = try Case()
        try c.toMediation()
        let note = try c.act(.writeNote("Third case this month"), by: staff, day: 19)
        try c.act(.flagSeller(reason: "Repeated damage claims"), by: staff, day: 19)
        #expect(c.dispute.internalNotes.count == 1)
        #expect(c.dispute.sellerFlags == ["Repeated damage claims"])
        #expect(note.allSatisfy { !$0.isVisibleToParties })
        #expect(c.dispute.notifications(for: note).isEmpty)
        #expect(throws: DisputeError.wrongRole(action: "write an internal note", allowed: [.staff], actual: .buyer)) {
            try c.act(.writeNote("hi"), by: buyer, day: 19)
        }
    }

    // MARK: 4.6 Cancel and resume

    @Test("4.6 The buyer may cancel and resume while protection with grace runs")
    func cancelAndResume() throws {
        var c = try Case()
        try c.act(.cancel, by: buyer, day: 11)
        #expect(c.dispute.stage == .cancelled)
        #expect(c.dispute.pendingDeadline?.kind == .resume)
        #expect(c.dispute.pendingDeadline?.due == Fixtures.day(75))
        try c.act(.resume, by: buyer, day: 30)
        #expect(c.dispute.stage == .sellerResponse)
        #expect(c.dispute.pendingDeadline?.due == Fixtures.day(35))
    }

    @Test("4.6 After protection and grace a cancellation is final")
    func cancellationFinal() throws {
        var c = try Case()
        try c.act(.cancel, by: buyer, day: 11)
        #expect(throws: DisputeError.notResumable(finalSince: Fixtures.day(75))) { try c.act(.resume, by: buyer, day: 76) }
        c.advance(day: 76)
        #expect(c.dispute.outcome?.decision == .buyerWithdrew)
        #expect(c.dispute.stage == .cancelled)
        #expect(throws: DisputeError.notResumable(finalSince: Fixtures.day(75))) { try c.act(.resume, by: buyer, day: 77) }
    }

    @Test("4.6 Only the buyer cancels")
    func onlyBuyerCancels() throws {
        var c = try Case()
        #expect(throws: DisputeError.wrongRole(action: "cancel the dispute", allowed: [.buyer], actual: .seller)) {
            try c.act(.cancel, by: seller, day: 11)
        }
    }

    // MARK: 4.7 Return

    @Test("4.7 Return and refund: the buyer ships within 10 days, the seller confirms arrival, then the refund")
    func returnFlow() throws {
        var c = try Case(draft: Fixtures.draft(resolution: .returnAndRefund))
        try c.act(.accept(.buyer), by: seller, day: 11)
        #expect(c.dispute.stage == .returnInProgress)
        #expect(c.dispute.pendingDeadline?.due == Fixtures.day(21))
        #expect(c.dispute.pendingDeadline?.who == [.buyer])
        #expect(throws: DisputeError.returnNotShippedYet) { try c.act(.confirmReturnArrived, by: seller, day: 12) }
        #expect(throws: DisputeError.trackingNumberMissing) { try c.act(.shipReturn(trackingNumber: ""), by: buyer, day: 12) }
        try c.act(.shipReturn(trackingNumber: "RR123"), by: buyer, day: 13)
        #expect(c.dispute.pendingDeadline?.due == Fixtures.day(28))
        try c.act(.confirmReturnArrived, by: seller, day: 20)
        #expect(c.dispute.outcome?.decision == .returnArrived)
        #expect(c.dispute.refund?.expectedBy == Fixtures.day(27))
    }

    @Test("4.7 A return not shipped in time closes in the seller's favour with no refund")
    func returnNotShipped() throws {
        var c = try Case(draft: Fixtures.draft(resolution: .returnAndRefund))
        try c.act(.accept(.buyer), by: seller, day: 11)
        c.advance(day: 22)
        #expect(c.dispute.outcome?.decision == .returnNotShipped)
        #expect(c.dispute.outcome?.favour == .seller)
        #expect(c.dispute.outcome?.refund.isZero == true)
        #expect(c.dispute.refund == nil)
    }

    @Test("4.7 A return the seller does not confirm within 15 days counts as arrived")
    func returnArrivalAssumed() throws {
        var c = try Case(draft: Fixtures.draft(resolution: .returnAndRefund))
        try c.act(.accept(.buyer), by: seller, day: 11)
        try c.act(.shipReturn(trackingNumber: "RR123"), by: buyer, day: 13)
        c.advance(day: 40)
        #expect(c.dispute.outcome?.decision == .returnArrivalAssumed)
        #expect(c.dispute.outcome?.at == Fixtures.day(28))
        #expect(c.dispute.refund?.amount == Fixtures.usd("40"))
    }

    // MARK: 4.8–4.9 Refund and outcome

    @Test("4.8 The refund goes to the original payment method and shows on the order")
    func refundOnOrder() throws {
        var c = try Case()
        let events = try c.act(.accept(.buyer), by: seller, day: 11)
        var order = c.order
        for action in events.compactMap(\.orderAction) {
            try order.apply(action, by: .system, at: Fixtures.day(11), policy: c.policy)
        }
        #expect(order.status == .refunded)
        #expect(order.refund?.amount == Fixtures.usd("40"))
        #expect(order.refund?.method == .card)
        #expect(order.refund?.expectedBy == Fixtures.day(18))
        #expect(!order.disputeIsOpen)
    }

    @Test("4.9 The outcome records who decided, why and when; the buyer is notified with an explanation")
    func outcomeNotified() throws {
        var c = try Case()
        let events = c.advance(day: 16)
        let notes = c.dispute.notifications(for: events)
        let buyerNotes = notes.filter { $0.recipient == buyer }
        #expect(buyerNotes.contains { $0.title.contains("closed") && $0.text.contains("did not answer") })
        #expect(buyerNotes.contains { $0.text.contains("expect it by") })
        #expect(notes.allSatisfy { $0.recipient != .system })
    }

    @Test("Every event an other party should know about notifies them")
    func notificationsPerParty() throws {
        var c = try Case()
        #expect(c.dispute.notifications(for: c.events).contains { $0.recipient == seller })
        let counter = try c.act(.rejectWithCounterProposal(c.counter, evidence: []), by: seller, day: 12)
        #expect(c.dispute.notifications(for: counter).map(\.recipient) == [buyer])
    }

    // MARK: Roles and refusals

    @Test("Roles: another buyer or shop is refused as not their dispute")
    func notYourDispute() throws {
        var c = try Case()
        #expect(throws: DisputeError.notYourDispute(.seller("S-x"))) { try c.act(.accept(.buyer), by: .seller("S-x"), day: 11) }
        #expect(throws: DisputeError.notYourDispute(.buyer("U-x"))) { try c.act(.cancel, by: .buyer("U-x"), day: 11) }
        #expect(throws: DisputeError.wrongRole(action: "reject with a counter-proposal", allowed: [.seller], actual: .buyer)) {
            try c.act(.rejectWithCounterProposal(c.counter, evidence: []), by: buyer, day: 11)
        }
    }

    @Test("An action after its deadline is refused: deadline passed")
    func deadlinePassed() throws {
        var c = try Case()
        do {
            try c.act(.accept(.buyer), by: seller, day: 16)
            Issue.record("expected a refusal")
        } catch {
            guard case .deadlinePassed(let deadline) = error else { Issue.record("wrong error \(error)"); return }
            #expect(deadline.kind == .sellerResponse)
            #expect(error.message.contains("has passed"))
        }
    }

    @Test("Actions in the wrong stage are refused with the stage named")
    func wrongStage() throws {
        var c = try Case()
        #expect(throws: DisputeError.wrongStage(action: "enter the return tracking number", stage: .sellerResponse)) {
            try c.act(.shipReturn(trackingNumber: "X"), by: buyer, day: 11)
        }
        try c.act(.accept(.buyer), by: seller, day: 11)
        #expect(throws: DisputeError.wrongStage(action: "send a message", stage: .refund)) {
            try c.act(.sendMessage("thanks"), by: buyer, day: 12)
        }
    }

    @Test("Evidence can be added and removed at any stage, only one's own")
    func evidenceAnyStage() throws {
        var c = try Case()
        try c.act(.addEvidence(Fixtures.photo("more.jpg")), by: buyer, day: 11)
        try c.toNegotiation()
        try c.act(.addEvidence(Fixtures.photo("label.jpg")), by: seller, day: 13)
        #expect(throws: DisputeError.evidence(.notYours("E3"))) { try c.act(.removeEvidence("E3"), by: buyer, day: 13) }
        try c.act(.removeEvidence("E1"), by: buyer, day: 13)
        #expect(c.dispute.evidence.map(\.id) == ["E2", "E3"])
        #expect(throws: DisputeError.evidence(.notFound("E9"))) { try c.act(.removeEvidence("E9"), by: buyer, day: 13) }
        let fake = EvidenceUpload(name: "x.png", leadingBytes: Fixtures.textBytes, sizeBytes: 10, sha256: Fixtures.checksum)
        #expect(throws: DisputeError.evidence(.unsupportedContent(name: "x.png"))) { try c.act(.addEvidence(fake), by: buyer, day: 13) }
        c.advance(day: 17)
        try c.act(.addEvidence(Fixtures.video()), by: buyer, day: 18)
        #expect(c.dispute.evidence.count == 3)
    }

    @Test("An action dated before the last event is refused")
    func timeMovesForward() throws {
        var c = try Case()
        #expect(throws: DisputeError.timeBeforeLastEvent(Fixtures.day(10))) { try c.act(.cancel, by: buyer, day: 9) }
    }

    // MARK: Events

    @Test("Replaying a dispute's events rebuilds it exactly; events round-trip through JSON")
    func replayEqualsState() throws {
        var c = try Case()
        try c.toMediation()
        try c.act(.proposeSolutions([Proposal(resolution: .refundOnly, amount: Fixtures.usd("20"))], comment: "Half"), by: staff, day: 19)
        c.advance(day: 30)
        #expect(Dispute.replay(c.events) == c.dispute)
        let data = try JSONEncoder().encode(c.events)
        let decoded = try JSONDecoder().decode([DisputeEvent].self, from: data)
        #expect(decoded == c.events)
        #expect(Dispute.replay(decoded) == c.dispute)
        #expect(c.events.map(\.sequence) == Array(1...c.events.count))
    }

    @Test("explain says why the dispute is in its state")
    func explainState() throws {
        var c = try Case()
        try c.toNegotiation()
        let lines = c.dispute.explain(events: c.events, policy: c.policy)
        #expect(lines.first?.contains("Negotiation") == true)
        #expect(lines.contains { $0.contains("counter-proposal") })
        #expect(lines.contains { $0.contains("7 days") && $0.contains("Neither side can escalate") })
        c.advance(day: 40)
        let later = c.dispute.explain(events: c.events, policy: c.policy)
        #expect(later.contains { $0.contains("because the mediator did not decide the case by 2 Dec 10:00") })
        #expect(later.contains { $0.hasPrefix("Outcome: US$ 40.00 refunded to the buyer, decided automatically") })
    }
}
