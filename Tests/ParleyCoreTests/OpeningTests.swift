import Testing
import Foundation
import ParleyCore

@Suite("SPEC §3: opening a dispute")
struct OpeningTests {
    let policy = Fixtures.policy
    let now = Fixtures.day(10)

    func problems(_ draft: DisputeDraft, order: Order = Fixtures.shippedOrder()) -> [FieldProblem] {
        draft.validate(order: order, policy: policy, at: now)
    }

    func errors(_ draft: DisputeDraft, order: Order = Fixtures.shippedOrder()) -> [FormField] {
        problems(draft, order: order).filter(\.isError).map(\.field)
    }

    @Test("A complete form has no problems")
    func completeFormValid() {
        #expect(problems(Fixtures.draft()).isEmpty)
    }

    @Test("Reason catalogue: eight reasons after received, five after not received, each with a hint")
    func reasonCatalogue() {
        #expect(ClaimReason.catalogue(received: true).count == 8)
        #expect(ClaimReason.catalogue(received: false).count == 5)
        #expect(ClaimReason.catalogue(received: true).contains(.counterfeit))
        #expect(ClaimReason.catalogue(received: false).contains(.noTrackingInformation))
        for reason in ClaimReason.allCases {
            #expect(!reason.title.isEmpty)
            #expect(!reason.hint.isEmpty)
        }
        #expect(ClaimReason.damaged.hint.contains("unboxing video"))
    }

    @Test("No tracking information is not offered when tracking shows an in-transit event, and says why")
    func noTrackingNotOfferedWhenTrackingWorks() throws {
        let tracked = Fixtures.shippedOrder()
        let offer = tracked.reasonAvailability(received: false).first { $0.reason == .noTrackingInformation }
        #expect(offer?.isOffered == false)
        #expect(offer?.whyNot?.contains("in transit") == true)
        #expect(errors(Fixtures.draft(received: false, reason: .noTrackingInformation, evidence: []), order: tracked) == [.reason])

        var untracked = Fixtures.paidOrder()
        try untracked.apply(.ship(trackingNumber: "LP9", method: .economy), by: Fixtures.sellerActor, at: Fixtures.day(1), policy: policy)
        let untrackedOffer = untracked.reasonAvailability(received: false).first { $0.reason == .noTrackingInformation }
        #expect(untrackedOffer?.isOffered == true)
        #expect(errors(Fixtures.draft(received: false, reason: .noTrackingInformation, evidence: []), order: untracked).isEmpty)
    }

    @Test("A reason must fit the received answer")
    func reasonMustFitReceived() {
        #expect(errors(Fixtures.draft(received: false, reason: .damaged, evidence: [])) == [.reason])
        #expect(errors(Fixtures.draft(received: true, reason: .wrongAddress)) == [.reason])
    }

    @Test("Return and refund only when the goods were received; the form says the buyer pays return postage")
    func returnOnlyWhenReceived() {
        #expect(Resolution.offered(received: false) == [.refundOnly])
        #expect(Resolution.offered(received: true) == [.refundOnly, .returnAndRefund])
        #expect(Resolution.returnAndRefund.note?.contains("postage") == true)
        #expect(errors(Fixtures.draft(received: false, reason: .wrongAddress, resolution: .returnAndRefund, evidence: [])) == [.resolution])
    }

    @Test("Amount: from the currency's minimum up to the amount paid", arguments: ["0", "0.00", "40.01", "abc", "-5", "0.001", "1e9", "", "99999999999999"])
    func amountRefused(text: String) {
        #expect(errors(Fixtures.draft(amount: text)) == [.amount])
    }

    @Test("Amount: partial and full claims are accepted", arguments: ["0.01", "12,5", "40", " 40.00 "])
    func amountAccepted(text: String) {
        #expect(errors(Fixtures.draft(amount: text)).isEmpty)
    }

    @Test("RUB claims start at 1 ruble")
    func rubleMinimum() {
        let order = Fixtures.shippedOrder(amount: .major(3000, .rub))
        #expect(errors(Fixtures.draft(amount: "0.50"), order: order) == [.amount])
        #expect(errors(Fixtures.draft(amount: "1"), order: order).isEmpty)
    }

    @Test("Double compensation: jewellery or expensive electronics with not-as-described or counterfeit may claim twice the amount paid")
    func doubleCompensationCap() {
        let jewellery = Fixtures.shippedOrder(category: .jewellery)
        #expect(errors(Fixtures.draft(reason: .counterfeit, amount: "80.00"), order: jewellery).isEmpty)
        #expect(errors(Fixtures.draft(reason: .notAsDescribed, amount: "80.00"), order: jewellery).isEmpty)
        #expect(errors(Fixtures.draft(reason: .counterfeit, amount: "80.01"), order: jewellery) == [.amount])
        #expect(errors(Fixtures.draft(reason: .damaged, amount: "40.01"), order: jewellery) == [.amount])
        #expect(errors(Fixtures.draft(reason: .counterfeit, amount: "40.01")) == [.amount])
        let gadget = Fixtures.shippedOrder(category: .expensiveElectronics)
        #expect(errors(Fixtures.draft(reason: .notAsDescribed, amount: "79.99"), order: gadget).isEmpty)
    }

    @Test("Description: 10 to 2000 characters")
    func descriptionLength() {
        #expect(errors(Fixtures.draft(description: "Too short")) == [.description])
        #expect(errors(Fixtures.draft(description: "   spaces  ")) == [.description])
        #expect(errors(Fixtures.draft(description: String(repeating: "a", count: 2001))) == [.description])
        #expect(errors(Fixtures.draft(description: String(repeating: "a", count: 2000))).isEmpty)
        #expect(errors(Fixtures.draft(description: "Broken lid")).isEmpty)
    }

    @Test("A description that is not English gets a warning, not a refusal")
    func notEnglishWarns() throws {
        let draft = Fixtures.draft(description: "Посылка пришла разбитой, корпус треснул.")
        let found = problems(draft)
        #expect(found.map(\.field) == [.description])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.contains("English") == true)
        let opened = try Fixtures.openDispute(draft: draft)
        #expect(opened.0.description.hasPrefix("Посылка"))
    }

    @Test("Evidence kind is decided by content, not by name")
    func evidenceByContent() {
        let fake = EvidenceUpload(name: "photo.jpg", leadingBytes: Fixtures.textBytes, sizeBytes: 100, sha256: Fixtures.checksum)
        #expect(errors(Fixtures.draft(evidence: [fake])) == [.evidence])
        let misnamed = EvidenceUpload(name: "notes.txt", leadingBytes: Fixtures.jpegBytes, sizeBytes: 100, sha256: Fixtures.checksum)
        #expect(errors(Fixtures.draft(evidence: [misnamed])).isEmpty)
    }

    @Test("Evidence size: images up to 10 MB, videos up to 500 MB, no empty files")
    func evidenceSize() {
        #expect(errors(Fixtures.draft(evidence: [Fixtures.photo(size: 10 * 1024 * 1024)])).isEmpty)
        #expect(errors(Fixtures.draft(evidence: [Fixtures.photo(size: 10 * 1024 * 1024 + 1)])) == [.evidence])
        #expect(errors(Fixtures.draft(evidence: [Fixtures.video(size: 500 * 1024 * 1024)])).isEmpty)
        #expect(errors(Fixtures.draft(evidence: [Fixtures.video(size: 500 * 1024 * 1024 + 1)])) == [.evidence])
        #expect(errors(Fixtures.draft(evidence: [Fixtures.photo(size: 0)])) == [.evidence])
    }

    @Test("Evidence: up to 10 files")
    func evidenceCount() {
        #expect(errors(Fixtures.draft(evidence: Array(repeating: Fixtures.photo(), count: 10))).isEmpty)
        #expect(errors(Fixtures.draft(evidence: Array(repeating: Fixtures.photo(), count: 11))) == [.evidence])
    }

    @Test("Evidence: at least one unless the goods were not received")
    func evidenceRequiredUnlessNotReceived() {
        #expect(errors(Fixtures.draft(evidence: [])) == [.evidence])
        #expect(errors(Fixtures.draft(received: false, reason: .wrongAddress, evidence: [])).isEmpty)
    }

    @Test("Validation returns every problem at once, each naming its field")
    func everyProblemAtOnce() {
        let empty = DisputeDraft()
        let fields = Set(errors(empty))
        #expect(fields == [.received, .reason, .resolution, .amount, .description, .evidence])
        for problem in problems(empty) { #expect(!problem.message.isEmpty) }
    }

    @Test("Opening outside the window is refused with why")
    func openingOutsideWindow() {
        let early = Fixtures.draft().validate(order: Fixtures.shippedOrder(), policy: policy, at: Fixtures.day(3))
        #expect(early.map(\.field) == [.order])
        #expect(throws: DisputeError.self) {
            try Dispute.open(id: "D-1", order: Fixtures.shippedOrder(), draft: Fixtures.draft(), by: Fixtures.buyerActor, at: Fixtures.day(76), policy: policy)
        }
    }

    @Test("Only the order's buyer opens a dispute")
    func onlyBuyerOpens() {
        #expect(throws: DisputeError.wrongRole(action: "open a dispute", allowed: [.buyer], actual: .seller)) {
            try Dispute.open(id: "D-1", order: Fixtures.shippedOrder(), draft: Fixtures.draft(), by: Fixtures.sellerActor, at: now, policy: policy)
        }
        #expect(throws: DisputeError.notYourDispute(.buyer("U-2"))) {
            try Dispute.open(id: "D-1", order: Fixtures.shippedOrder(), draft: Fixtures.draft(), by: .buyer("U-2"), at: now, policy: policy)
        }
    }

    @Test("An invalid draft is refused listing its problems")
    func invalidDraftRefused() {
        do {
            _ = try Dispute.open(id: "D-1", order: Fixtures.shippedOrder(), draft: Fixtures.draft(amount: "abc", evidence: []), by: Fixtures.buyerActor, at: now, policy: policy)
            Issue.record("expected a refusal")
        } catch {
            guard case .invalidDraft(let problems) = error else { Issue.record("wrong error \(error)"); return }
            #expect(Set(problems.map(\.field)) == [.amount, .evidence])
            #expect(error.message.contains("not an amount"))
        }
    }

    @Test("Opening records the claim, the evidence and the seller's deadline")
    func openingRecordsClaim() throws {
        let (dispute, events, _) = try Fixtures.openDispute(draft: Fixtures.draft(amount: "25", evidence: [Fixtures.photo(), Fixtures.video()]))
        #expect(dispute.stage == .sellerResponse)
        #expect(dispute.buyerProposal == Proposal(resolution: .refundOnly, amount: Fixtures.usd("25")))
        #expect(dispute.evidence.map(\.kind) == [.jpeg, .mp4])
        #expect(dispute.evidence.map(\.id) == ["E1", "E2"])
        #expect(dispute.evidence.first?.sha256 == Fixtures.checksum)
        #expect(events.map(\.sequence) == [1, 2, 3])
        #expect(dispute.pendingDeadline?.due == Fixtures.day(15))
        #expect(dispute.pendingDeadline?.who == [.seller])
    }
}
