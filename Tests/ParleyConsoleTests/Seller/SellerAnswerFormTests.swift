import Foundation
import ParleyCore
@testable import ParleyConsole
import TerminalUI
import Testing

@Suite struct SellerAnswerFormTests {
    func form(alternative: Bool = false) throws -> SellerAnswerForm {
        let (dispute, _, _) = try StaffFixtures.awaitingSeller(alternative: alternative)
        return SellerAnswerForm(dispute: dispute, policy: StaffFixtures.policy)
    }

    func type(_ text: String, into form: inout SellerAnswerForm) {
        for character in text { _ = form.handle(.char(character)) }
    }

    /// Chooses the counter-proposal, refund only, and moves to the amount.
    func counter(_ form: inout SellerAnswerForm) {
        _ = form.handle(.end)
        _ = form.handle(.char(" "))
        _ = form.handle(.tab)
        _ = form.handle(.char(" "))
        _ = form.handle(.tab)
    }

    @Test func acceptingTheBuyersProposalIsConfirmedBeforeItIsSent() throws {
        var form = try form()
        _ = form.handle(.char(" "))
        guard case .submit(let action, let title, let message) = form.handle(.ctrl("s")) else {
            Issue.record("no submission")
            return
        }
        #expect(action == .accept(.buyer))
        #expect(title.contains("Accept"))
        #expect(message.contains("US$ 40.00"))
    }

    @Test func theBuyersAlternativesCanBeAcceptedToo() throws {
        var form = try form(alternative: true)
        _ = form.handle(.down)
        _ = form.handle(.char(" "))
        guard case .submit(let action, _, _) = form.handle(.ctrl("s")) else { Issue.record("no submission"); return }
        #expect(action == .accept(.alternative(0)))
    }

    @Test func nothingChosenSaysWhatIsMissing() throws {
        var form = try form()
        #expect(form.handle(.ctrl("s")) == .handled)
        #expect(form.panel[SellerAnswerForm.Row.answer]?.error?.contains("Choose") == true)
    }

    @Test func counterFieldsAppearOnlyWhenRejecting() throws {
        var form = try form()
        #expect(form.panel[SellerAnswerForm.Row.amount]?.isHidden == true)
        counter(&form)
        #expect(form.panel[SellerAnswerForm.Row.amount]?.isHidden == false)
        #expect(form.panel.focusedRow?.id == SellerAnswerForm.Row.amount)
    }

    @Test func anAmountOverTheCapIsRefusedBesideTheFieldAndKept() throws {
        var form = try form()
        counter(&form)
        type("45", into: &form)
        let amount = try #require(form.panel[SellerAnswerForm.Row.amount])
        #expect(amount.text == "45")
        #expect(amount.error?.contains("more than the most that can be refunded") == true)
        #expect(amount.error?.contains("US$ 40.00") == true)
    }

    @Test func garbageAmountsSayWhy() throws {
        var form = try form()
        counter(&form)
        type("12.345", into: &form)
        #expect(form.panel[SellerAnswerForm.Row.amount]?.error?.contains("2 digits") == true)
    }

    @Test func submittingAnIncompleteCounterJumpsToTheFirstProblemAndKeepsTheText() throws {
        var form = try form()
        counter(&form)
        type("20", into: &form)
        _ = form.handle(.tab)
        type("Short", into: &form)
        #expect(form.handle(.ctrl("s")) == .handled)
        #expect(form.panel.focusedRow?.id == SellerAnswerForm.Row.comment)
        #expect(form.panel[SellerAnswerForm.Row.comment]?.text == "Short")
        #expect(form.panel[SellerAnswerForm.Row.comment]?.error?.contains("at least 10") == true)
    }

    @Test func aCompleteCounterProposalCarriesAmountCommentAndEvidence() throws {
        var form = try form()
        counter(&form)
        type("12,50", into: &form)
        _ = form.handle(.tab)
        type("The item was tested before shipping.", into: &form)
        _ = form.handle(.tab)
        type("/tmp/box.jpg", into: &form)
        #expect(form.handle(.enter) == .attach(path: "/tmp/box.jpg"))
        form.attach(StaffFixtures.photo("box.jpg"))
        #expect(form.panel[SellerAnswerForm.Row.evidencePath]?.text == "")
        guard case .submit(let action, _, let message) = form.handle(.ctrl("s")) else { Issue.record("no submission"); return }
        let expected = Proposal(resolution: .refundOnly, amount: StaffFixtures.usd("12.50"), comment: "The item was tested before shipping.")
        #expect(action == .rejectWithCounterProposal(expected, evidence: [StaffFixtures.photo("box.jpg")]))
        #expect(message.contains("1 evidence file"))
    }

    @Test func aRefusedEvidenceFileKeepsThePathAndShowsWhy() throws {
        var form = try form()
        counter(&form)
        form.attachFailed("\"notes.txt\" is not a photo or video")
        #expect(form.panel[SellerAnswerForm.Row.evidencePath]?.error?.contains("not a photo") == true)
    }

    @Test func returnAndRefundIsNotOfferedWhenTheGoodsNeverArrived() throws {
        let order = StaffFixtures.order()
        let draft = DisputeDraft(received: false, reason: .protectionExpiringInTransit, resolution: .refundOnly, amountText: "40",
                                 description: "Still in transit after five weeks.", evidence: [])
        let (dispute, _) = try Dispute.open(id: "D-7", order: order, draft: draft, by: .buyer(StaffFixtures.buyer),
                                            at: StaffFixtures.day(10), policy: StaffFixtures.policy)
        let form = SellerAnswerForm(dispute: dispute, policy: StaffFixtures.policy)
        guard case .choice(let options, _) = form.panel[SellerAnswerForm.Row.resolution]?.input else { Issue.record("no choice"); return }
        #expect(options[1].disabledReason == "the buyer did not receive the goods")
    }

    @Test func aCounterAsHighAsTheClaimWarnsThatAcceptingIsSimpler() throws {
        var form = try form()
        counter(&form)
        type("40", into: &form)
        #expect(form.panel[SellerAnswerForm.Row.amount]?.warning?.contains("accepting") == true)
    }

    @Test func theFormRendersEveryFieldAt80x24() throws {
        var form = try form()
        counter(&form)
        let text = screenText(FormPanelView(panel: form.panel), cols: 80, rows: 22)
        for label in ["Your answer *", "Counter-proposal *", "Refund amount *", "Comment *", "Add evidence", "[ Send answer ]"] {
            #expect(text.contains(label), "missing \(label)")
        }
    }
}
