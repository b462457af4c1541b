import Foundation
import Testing
import ParleyCore

/// Plays a random scenario for the property tests: a dispute, then steps of
/// (clock advance, actor, action) decoded from plain integers so the library can shrink them.
struct Simulation {
    var dispute: Dispute
    var order: Order
    var policy: Policy
    var events: [DisputeEvent]
    var now: Date

    /// Scenario code picks the policy, the category and the claim.
    init?(scenario: Int) {
        let policy: Policy = scenario % 2 == 0 ? .aliexpress2017 : .classic
        let category: ProductCategory = (scenario / 2) % 2 == 0 ? .general : .jewellery
        let drafts = [
            Fixtures.draft(),
            Fixtures.draft(reason: .counterfeit, amount: "80"),
            Fixtures.draft(reason: .notAsDescribed, resolution: .returnAndRefund, amount: "60"),
            Fixtures.draft(received: false, reason: .wrongAddress, amount: "12.34", evidence: []),
            Fixtures.draft(resolution: .returnAndRefund, amount: "0.01"),
        ]
        var draft = drafts[(scenario / 4) % drafts.count]
        if category == .general, draft.reason == .counterfeit || draft.reason == .notAsDescribed { draft.amountText = "40" }
        let order = Fixtures.shippedOrder(category: category, policy: policy)
        guard let (dispute, events) = try? Dispute.open(id: "D-1", order: order, draft: draft, by: Fixtures.buyerActor, at: Fixtures.day(10), policy: policy) else {
            return nil
        }
        self.dispute = dispute
        self.order = order
        self.policy = policy
        self.events = events
        self.now = Fixtures.day(10)
    }

    static let actors: [Actor] = [
        Fixtures.buyerActor, Fixtures.sellerActor, Fixtures.staffActor, .staff("M-9"), .buyer("U-intruder"), .system,
    ]
    static let hours: [Double] = [0, 0, 1, 5, 13, 30, 49, 170]

    func amount(_ variant: Int) -> Money {
        let paid = dispute.amountPaid.minorUnits
        let choices: [Int64] = [0, 1, paid / 2, paid, dispute.cap.minorUnits + 1, paid * 2]
        return Money(minorUnits: choices[variant % choices.count], currency: dispute.currency)
    }

    func action(_ code: Int) -> DisputeAction {
        let variant = code / 23
        let resolution: Resolution = variant % 2 == 0 ? .refundOnly : .returnAndRefund
        let proposal = Proposal(resolution: resolution, amount: amount(variant), comment: "offer")
        let other = Proposal(resolution: .refundOnly, amount: amount(variant + 2), comment: "other")
        switch code % 23 {
        case 0: return .editProposal(proposal)
        case 1: return .addAlternative(proposal)
        case 2: return .cancel
        case 3: return .resume
        case 4: return .escalate
        case 5: return .shipReturn(trackingNumber: "RR\(variant)")
        case 6: return .rejectWithCounterProposal(proposal, evidence: variant % 3 == 0 ? [Fixtures.photo()] : [])
        case 7: return .confirmReturnArrived
        case 8: return .accept(.buyer)
        case 9: return .accept(.seller)
        case 10: return .accept(.alternative(variant % 2))
        case 11: return .accept(.mediator(0))
        case 12: return .accept(.mediator(1))
        case 13: return .rejectSolutions(comment: "no", evidence: [Fixtures.video()])
        case 14: return .sendMessage("message \(variant)")
        case 15: return .addEvidence(Fixtures.photo())
        case 16: return .removeEvidence(EvidenceID("E\(variant % 3 + 1)"))
        case 17: return .takeCase
        case 18: return .askQuestion(to: variant % 2 == 0 ? .buyer : .seller, text: "Why?", answerWithinDays: variant % 6 + 1)
        case 19: return .proposeSolutions(variant % 2 == 0 ? [proposal] : [proposal, other], comment: "mediator says")
        case 20: return .finalRuling(proposal, comment: "final")
        case 21: return .writeNote("note")
        default: return .markRefundPaid
        }
    }

    /// Who would normally take this action (either party for shared ones, chosen by `variant`).
    func naturalActor(_ action: DisputeAction, variant: Int) -> Actor {
        let party = variant % 2 == 0 ? Fixtures.buyerActor : Fixtures.sellerActor
        switch action {
        case .editProposal, .addAlternative, .cancel, .resume, .escalate, .shipReturn, .accept(.seller):
            return Fixtures.buyerActor
        case .rejectWithCounterProposal, .confirmReturnArrived, .accept(.buyer), .accept(.alternative):
            return Fixtures.sellerActor
        case .accept(.mediator), .rejectSolutions, .sendMessage, .addEvidence, .removeEvidence:
            return party
        case .takeCase, .askQuestion, .proposeSolutions, .finalRuling, .writeNote, .flagSeller:
            return Fixtures.staffActor
        case .markRefundPaid:
            return .system
        }
    }

    /// One step: move the clock (firing due deadlines), then try an action by its usual actor
    /// (or, one time in four, by anyone). Returns whether the action was accepted.
    @discardableResult
    mutating func step(_ code: Int) -> Bool {
        now = now.addingTimeInterval(Self.hours[code % Self.hours.count] * 3600)
        let rest = code / Self.hours.count
        let chosen = action(rest / 4)
        let actor = rest % 4 == 0
            ? Self.actors[(rest / 4) % Self.actors.count]
            : naturalActor(chosen, variant: rest / 92)
        events += dispute.advance(to: now, policy: policy)
        let before = dispute
        do {
            events += try dispute.apply(chosen, by: actor, at: now, order: order, policy: policy)
            return true
        } catch {
            #expect(dispute == before, "a refused action changed the dispute")
            return false
        }
    }
}
