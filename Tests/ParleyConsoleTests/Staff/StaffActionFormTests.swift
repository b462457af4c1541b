import Foundation
import ParleyCore
@testable import ParleyConsole
import TerminalUI
import Testing

@Suite struct StaffActionFormTests {
    func type(_ text: String, into form: inout StaffActionForm) {
        for character in text { _ = form.handle(.char(character)) }
    }

    func dispute(solutions: Bool = false) throws -> Dispute {
        try StaffFixtures.inMediation(taken: true, solutions: solutions).0
    }

    @Test func everyActionAsksForItsComment() throws {
        for kind in StaffActionKind.allCases {
            var form = StaffActionForm(kind: kind, dispute: try dispute(), policy: StaffFixtures.policy)
            #expect(form.handle(.ctrl("s")) == .handled, "\(kind) was sent without a comment")
            #expect(form.panel[StaffActionForm.Row.text]?.error != nil, "\(kind) did not say the comment is missing")
        }
    }

    @Test func aQuestionGoesToTheChosenPartyWithItsDeadline() throws {
        var form = StaffActionForm(kind: .askQuestion, dispute: try dispute(), policy: StaffFixtures.policy)
        _ = form.handle(.down)
        _ = form.handle(.char(" "))
        _ = form.handle(.tab)
        _ = form.handle(.backspace)
        type("2", into: &form)
        _ = form.handle(.tab)
        type("How was it packed?", into: &form)
        #expect(form.handle(.ctrl("s")) == .submit(.askQuestion(to: .seller, text: "How was it packed?", answerWithinDays: 2), confirm: nil))
    }

    @Test func aQuestionDeadlineOutsideThePolicyIsRefused() throws {
        var form = StaffActionForm(kind: .askQuestion, dispute: try dispute(), policy: StaffFixtures.policy)
        _ = form.handle(.tab)
        _ = form.handle(.backspace)
        type("30", into: &form)
        #expect(form.panel[StaffActionForm.Row.days]?.error?.contains("1 to \(StaffFixtures.policy.partyAnswerDays) days") == true)
    }

    @Test func twoSolutionsAreProposedAndConfirmedFirst() throws {
        var form = StaffActionForm(kind: .proposeSolutions, dispute: try dispute(), policy: StaffFixtures.policy)
        _ = form.handle(.char(" ")); _ = form.handle(.tab)
        type("30", into: &form); _ = form.handle(.tab)
        _ = form.handle(.down); _ = form.handle(.char(" ")); _ = form.handle(.tab)
        _ = form.handle(.down); _ = form.handle(.char(" ")); _ = form.handle(.tab)
        type("40", into: &form); _ = form.handle(.tab)
        type("Keep it or send it back.", into: &form)
        guard case .submit(let action, let confirm) = form.handle(.ctrl("s")) else { Issue.record("not sent"); return }
        #expect(action == .proposeSolutions([Proposal(resolution: .refundOnly, amount: StaffFixtures.usd("30")),
                                             Proposal(resolution: .returnAndRefund, amount: StaffFixtures.usd("40"))],
                                            comment: "Keep it or send it back."))
        #expect(confirm?.message.contains("US$ 30.00") == true)
    }

    @Test func twoIdenticalSolutionsAreRefused() throws {
        var form = StaffActionForm(kind: .proposeSolutions, dispute: try dispute(), policy: StaffFixtures.policy)
        _ = form.handle(.char(" ")); _ = form.handle(.tab)
        type("30", into: &form); _ = form.handle(.tab)
        _ = form.handle(.down); _ = form.handle(.char(" ")); _ = form.handle(.tab)
        _ = form.handle(.char(" ")); _ = form.handle(.tab)
        type("30", into: &form)
        #expect(form.panel[StaffActionForm.Row.amount2]?.error?.contains("same as solution 1") == true)
    }

    @Test func proposingAgainIsCalledReplacing() throws {
        let form = StaffActionForm(kind: .proposeSolutions, dispute: try dispute(solutions: true), policy: StaffFixtures.policy)
        #expect(form.title == "Replace the solutions")
    }

    @Test func aFinalRulingIsCappedAndConfirmed() throws {
        var form = StaffActionForm(kind: .finalRuling, dispute: try dispute(), policy: StaffFixtures.policy)
        _ = form.handle(.char(" ")); _ = form.handle(.tab)
        type("41", into: &form)
        #expect(form.panel[StaffActionForm.Row.amount1]?.error?.contains("US$ 40.00") == true)
        _ = form.handle(.backspace); type("0", into: &form); _ = form.handle(.tab)
        type("Courier damage; the shop refunds in full.", into: &form)
        guard case .submit(let action, let confirm) = form.handle(.ctrl("s")) else { Issue.record("not sent"); return }
        #expect(action == .finalRuling(Proposal(resolution: .refundOnly, amount: StaffFixtures.usd("40")), comment: "Courier damage; the shop refunds in full."))
        #expect(confirm != nil)
    }

    @Test func notesAndFlagsAreSentWithoutAConfirmation() throws {
        var note = StaffActionForm(kind: .internalNote, dispute: try dispute(), policy: StaffFixtures.policy)
        type("Check the courier.", into: &note)
        #expect(note.handle(.ctrl("s")) == .submit(.writeNote("Check the courier."), confirm: nil))
        var flag = StaffActionForm(kind: .flagShop, dispute: try dispute(), policy: StaffFixtures.policy)
        type("Third damaged parcel this month.", into: &flag)
        #expect(flag.handle(.ctrl("s")) == .submit(.flagSeller(reason: "Third damaged parcel this month."), confirm: nil))
    }

    @Test func theActionTheFormBuildsIsOneTheDomainAccepts() throws {
        let (dispute, _, order) = try StaffFixtures.inMediation(taken: true, solutions: false)
        var form = StaffActionForm(kind: .finalRuling, dispute: dispute, policy: StaffFixtures.policy)
        _ = form.handle(.char(" ")); _ = form.handle(.tab)
        type("25", into: &form); _ = form.handle(.tab)
        type("Partial refund for the dent.", into: &form)
        guard case .submit(let action, _) = form.handle(.ctrl("s")) else { Issue.record("not sent"); return }
        var copy = dispute
        _ = try copy.apply(action, by: .staff(StaffFixtures.mediator), at: StaffFixtures.day(19), order: order, policy: StaffFixtures.policy)
        #expect(copy.outcome?.refund == StaffFixtures.usd("25"))
    }
}
