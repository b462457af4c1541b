import Testing
import Foundation
import ParleyCore

@Suite("Caps, notifications, persistence and audit")
struct MoreRuleTests {
    let buyer = Fixtures.buyerActor
    let seller = Fixtures.sellerActor
    let staff = Fixtures.staffActor

    @Test("A mediator's solution or ruling cannot exceed the cap either")
    func mediatorCapped() throws {
        var c = try Case()
        try c.toMediation()
        let tooMuch = Proposal(resolution: .refundOnly, amount: Fixtures.usd("40.01"))
        #expect(throws: DisputeError.amountOverCap(amount: Fixtures.usd("40.01"), cap: Fixtures.usd("40"))) {
            try c.act(.proposeSolutions([tooMuch], comment: "x"), by: staff, day: 19)
        }
        #expect(throws: DisputeError.amountOverCap(amount: Fixtures.usd("40.01"), cap: Fixtures.usd("40"))) {
            try c.act(.finalRuling(tooMuch, comment: "x"), by: staff, day: 19)
        }
    }

    @Test("Double compensation lets the mediator award up to twice the amount paid")
    func doubleCompensationInMediation() throws {
        var c = try Case(draft: Fixtures.draft(reason: .counterfeit, amount: "80"), order: Fixtures.shippedOrder(category: .jewellery))
        #expect(c.dispute.cap == Fixtures.usd("80"))
        try c.act(.takeCase, by: staff, day: 11)
        try c.act(.finalRuling(Proposal(resolution: .refundOnly, amount: Fixtures.usd("80")), comment: "Fake"), by: staff, day: 12)
        #expect(c.dispute.outcome?.refund == Fixtures.usd("80"))
    }

    @Test("Buyer proposals keep the currency minimum and the order's currency")
    func buyerProposalMinimumAndCurrency() throws {
        var c = try Case()
        #expect(throws: DisputeError.amountBelowMinimum(amount: .zero(.usd), minimum: Fixtures.usd("0.01"))) {
            try c.act(.editProposal(Proposal(resolution: .refundOnly, amount: .zero(.usd))), by: buyer, day: 11)
        }
        #expect(throws: DisputeError.currencyMismatch(expected: .usd, actual: .eur)) {
            try c.act(.editProposal(Proposal(resolution: .refundOnly, amount: .major(5, .eur))), by: buyer, day: 11)
        }
    }

    @Test("Return and refund cannot be proposed when the goods were not received")
    func noReturnWithoutGoods() throws {
        var c = try Case(draft: Fixtures.draft(received: false, reason: .wrongAddress, evidence: []))
        #expect(throws: DisputeError.returnNeedsReceivedGoods) {
            try c.act(.editProposal(Proposal(resolution: .returnAndRefund, amount: Fixtures.usd("5"))), by: buyer, day: 11)
        }
    }

    @Test("Negotiation waits on both sides; the sentence names them")
    func negotiationDeadlineSentence() throws {
        var c = try Case()
        try c.toNegotiation()
        #expect(c.dispute.pendingDeadline?.sentence == "if the buyer and the seller do not reach an agreement by 18 Nov 10:00: the dispute escalates to a mediator")
    }

    @Test("A mediator's question notifies only the party asked")
    func questionNotifiesParty() throws {
        var c = try Case()
        try c.toMediation()
        let asked = try c.act(.askQuestion(to: .seller, text: "Proof of shipment?", answerWithinDays: 2), by: staff, day: 19)
        let notes = c.dispute.notifications(for: asked)
        #expect(notes.map(\.recipient) == [seller])
        #expect(notes.first?.text.contains("Answer by") == true)
    }

    @Test("The order's payment view follows the refund until it is paid")
    func orderRefundPaid() throws {
        var c = try Case()
        var order = c.order
        var events = try c.act(.accept(.buyer), by: seller, day: 11)
        events += try c.act(.markRefundPaid, by: .system, day: 15)
        for event in events {
            if let action = event.orderAction { try order.apply(action, by: .system, at: event.at, policy: c.policy) }
        }
        #expect(order.refund?.paidAt == Fixtures.day(15))
        #expect(throws: OrderError.noRefundToPay) { try order.apply(.refundPaid, by: .system, at: Fixtures.day(16), policy: c.policy) }
        order.advance(to: Fixtures.day(80), policy: c.policy)
        #expect(order.status == .closed)
    }

    @Test("Disputes, orders and policies round-trip through JSON")
    func jsonRoundTrip() throws {
        var c = try Case()
        try c.toMediation()
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Dispute.self, from: encoder.encode(c.dispute)) == c.dispute)
        #expect(try decoder.decode(Policy.self, from: encoder.encode(Policy.classic)) == .classic)
        let idJSON = String(decoding: try encoder.encode(OrderID("O-100234")), as: UTF8.self)
        #expect(idJSON == "\"O-100234\"")
    }

    @Test("A refused attempt can be logged with the message the person saw")
    func refusedAttemptLogged() throws {
        var c = try Case()
        let intruder = Actor.seller("S-x")
        do {
            try c.act(.accept(.buyer), by: intruder, day: 11)
            Issue.record("expected a refusal")
        } catch {
            let attempt = RefusedAttempt(dispute: c.dispute, actor: intruder, action: .accept(.buyer), at: Fixtures.day(11), error: error)
            #expect(attempt.reason.contains("not yours"))
            #expect(RefusedAttempt.isTrespass(error))
        }
    }

    @Test("Every dispute error explains itself in words")
    func errorsExplainThemselves() {
        let deadline = Deadline(kind: .sellerResponse, who: [.seller], due: Fixtures.day(15), consequence: "refunded in full to the buyer", expectedAction: "answer")
        let errors: [DisputeError] = [
            .wrongRole(action: "accept a proposal", allowed: [.seller], actual: .buyer), .notYourDispute(buyer),
            .wrongStage(action: "escalate", stage: .closed), .deadlinePassed(deadline),
            .amountOverCap(amount: Fixtures.usd("50"), cap: Fixtures.usd("40")), .caseNotTaken,
            .escalationNotAllowed(policy: "aliexpress-2017", automaticAt: Fixtures.day(17)),
        ]
        for error in errors { #expect(error.message.count > 20) }
        #expect(DisputeError.deadlinePassed(deadline).message.contains("16 Nov 10:00"))
        #expect(DisputeError.escalationNotAllowed(policy: "aliexpress-2017", automaticAt: Fixtures.day(17)).message.contains("18 Nov 10:00"))
    }
}
