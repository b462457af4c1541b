import ParleyCore
import TerminalUI

/// The seller's answer to a dispute (SPEC §4.2): accept the buyer's proposal (or one of the buyer's
/// alternatives), or reject it with a counter-proposal — refund only or return and refund, an amount up
/// to the order's cap, a comment, and evidence by path. Every problem shows beside its field and keeps
/// everything typed.
public struct SellerAnswerForm: Sendable, Hashable {
    /// What the seller can answer: one acceptance per proposal on the table, then the counter-proposal.
    public enum Answer: Sendable, Hashable {
        case accept(ProposalRef, Proposal)
        case counter
    }

    public let disputeID: DisputeID
    public let currency: Currency
    public let cap: Money
    public let received: Bool
    public let buyerProposal: Proposal
    public let answers: [Answer]
    public let commentLength: ClosedRange<Int>
    public let maxEvidenceFiles: Int
    public var panel: FormPanel
    public private(set) var uploads: [EvidenceUpload] = []
    /// After a submit attempt every error shows, also on fields not touched yet.
    public private(set) var showsAllErrors = false

    public enum Row {
        public static let answer = "answer", resolution = "resolution", amount = "amount", comment = "comment"
        public static let evidencePath = "evidence-path", evidence = "evidence"
    }

    public init(dispute: Dispute, policy: Policy) {
        disputeID = dispute.id
        currency = dispute.currency
        cap = dispute.cap
        received = dispute.received
        buyerProposal = dispute.buyerProposal
        commentLength = policy.descriptionLength
        maxEvidenceFiles = policy.maxEvidenceFiles
        var answers: [Answer] = [.accept(.buyer, dispute.buyerProposal)]
        for (index, alternative) in dispute.alternatives.enumerated() { answers.append(.accept(.alternative(index), alternative)) }
        answers.append(.counter)
        self.answers = answers
        let options = answers.map { answer -> SelectOption in
            switch answer {
            case .accept(.buyer, let proposal):
                return SelectOption("Accept the buyer's proposal: \(proposal.summary)", hint: "Agreement at once; the refund goes to the buyer's \(dispute.paymentMethod.title).")
            case .accept(let ref, let proposal):
                return SelectOption("Accept \(ref): \(proposal.summary)", hint: "Agreement at once on the buyer's alternative.")
            case .counter:
                return SelectOption("Reject with a counter-proposal", hint: "The buyer may accept it; without agreement the dispute goes to a mediator.")
            }
        }
        let resolutions = Resolution.allCases.map { resolution in
            SelectOption(resolution == .refundOnly ? "Refund only (the buyer keeps the item)" : "Return the goods and refund",
                         hint: resolution == .returnAndRefund ? "The buyer sends the item back at their cost; the refund follows its arrival." : nil,
                         disabledReason: resolution == .returnAndRefund && !dispute.received ? "the buyer did not receive the goods" : nil)
        }
        panel = FormPanel(rows: [
            FormRow(id: Row.answer, label: "Your answer", input: .choice(options, SelectListState())),
            FormRow(id: Row.resolution, label: "Counter-proposal", input: .choice(resolutions, SelectListState())),
            FormRow(id: Row.amount, label: "Refund amount", input: .money(TextFieldState(maxLength: 20), currency: dispute.currency.code),
                    note: "From \(Money.zero(dispute.currency).formatted) up to \(dispute.cap.formatted); the buyer asks \(dispute.buyerProposal.amount.formatted)."),
            FormRow(id: Row.comment, label: "Comment", input: .text(TextAreaState(limit: policy.descriptionLength.upperBound), rows: 3),
                    note: "Why you reject, in English: the buyer and the mediator read it."),
            FormRow(id: Row.evidencePath, label: "Add evidence", input: .line(TextFieldState(), placeholder: "path to a photo or video, Enter adds it"),
                    isRequired: false),
            FormRow(id: Row.evidence, label: "Evidence", input: .list([], highlighted: 0, empty: "none yet (optional)"), isRequired: false),
        ], submitTitle: "Send answer")
        refresh()
    }

    public var answer: Answer? {
        panel[Row.answer]?.chosen.flatMap { answers.indices.contains($0) ? answers[$0] : nil }
    }

    public var isCountering: Bool { answer == .counter }

    public mutating func handle(_ key: Key) -> ShopFormOutcome {
        let result = panel.handle(key)
        defer { refresh() }
        switch result {
        case .handled: return .handled
        case .notHandled: return .notHandled
        case .enter(let id) where id == Row.evidencePath:
            let path = panel[Row.evidencePath]?.text.trimmingCharacters(in: .whitespaces) ?? ""
            guard !path.isEmpty else { return .handled }
            guard uploads.count < maxEvidenceFiles else {
                panel[Row.evidencePath]?.error = EvidenceProblem.tooManyFiles(max: maxEvidenceFiles).message
                return .handled
            }
            return .attach(path: path)
        case .enter: return .handled
        case .remove(_, let index):
            if uploads.indices.contains(index) { uploads.remove(at: index) }
            return .handled
        case .submit:
            return submit()
        }
    }

    public mutating func attach(_ upload: EvidenceUpload) {
        uploads.append(upload)
        panel.setText("", of: Row.evidencePath)
        evidenceError = nil
        refresh()
    }

    public mutating func attachFailed(_ message: String) {
        evidenceError = message
        refresh()
    }

    private var evidenceError: String?

    public var hasUnsavedInput: Bool { panel.hasInput || !uploads.isEmpty }
    public var isTyping: Bool { panel.isTyping }

    /// The problems of the form as it is now, by row (errors block sending).
    public func problems() -> [String: String] {
        var problems: [String: String] = [:]
        guard let answer else {
            problems[Row.answer] = "Choose whether you accept or reject with a counter-proposal."
            return problems
        }
        guard answer == .counter else { return problems }
        let chosenResolution = panel[Row.resolution]?.chosen.map { Resolution.allCases[$0] }
        if chosenResolution == nil { problems[Row.resolution] = "Choose refund only or return and refund." }
        switch amountResult {
        case .failure(let problem): problems[Row.amount] = problem.message
        case .success: break
        }
        let comment = panel[Row.comment]?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if comment.count < commentLength.lowerBound {
            problems[Row.comment] = "Explain your counter-proposal in at least \(commentLength.lowerBound) characters (now \(comment.count))."
        } else if comment.count > commentLength.upperBound {
            problems[Row.comment] = "The comment may be at most \(commentLength.upperBound) characters (now \(comment.count))."
        }
        return problems
    }

    /// The typed amount, checked against the cap; the message says why not.
    var amountResult: Result<Money, AmountProblem> {
        let text = panel[Row.amount]?.text ?? ""
        let amount: Money
        do { amount = try Money.parse(text, currency: currency) } catch { return .failure(AmountProblem(error.message)) }
        if amount > cap {
            return .failure(AmountProblem("\(amount.formatted) is more than the most that can be refunded for this order, \(cap.formatted)."))
        }
        return .success(amount)
    }

    struct AmountProblem: Error, Hashable { var message: String; init(_ message: String) { self.message = message } }

    /// Re-derives visibility and the messages beside the fields from what is typed.
    mutating func refresh() {
        let counter = isCountering
        for id in [Row.resolution, Row.amount, Row.comment, Row.evidencePath, Row.evidence] {
            panel[id]?.isHidden = !counter
        }
        let problems = problems()
        for index in panel.rows.indices {
            let row = panel.rows[index]
            let touched: Bool
            switch row.input {
            case .line(let s, _), .money(let s, _): touched = !s.text.isEmpty
            case .text(let s, _): touched = !s.text.isEmpty
            case .choice, .list: touched = false
            }
            panel.rows[index].error = (showsAllErrors || touched) ? problems[row.id] : nil
            panel.rows[index].warning = nil
        }
        let comment = panel[Row.comment]?.text ?? ""
        if !comment.isEmpty, !DescriptionRules.looksEnglish(comment) {
            panel[Row.comment]?.warning = "This does not look English; sellers' answers are read by buyers and mediators in English."
        }
        if counter, case .success(let amount) = amountResult, let index = panel[Row.resolution]?.chosen,
           Resolution.allCases[index] == buyerProposal.resolution, amount >= buyerProposal.amount {
            panel[Row.amount]?.warning = "This gives the buyer what they ask for; accepting their proposal settles it at once."
        }
        panel[Row.evidencePath]?.error = evidenceError
        panel.setItems(uploads.map { "\($0.name)  \(ByteText.describe($0.sizeBytes))  sha256 \($0.sha256.prefix(12))…" }, of: Row.evidence)
    }

    private mutating func submit() -> ShopFormOutcome {
        showsAllErrors = true
        let problems = problems()
        if let first = panel.rows.first(where: { !$0.isHidden && problems[$0.id] != nil }) {
            panel.focus(on: first.id)
            return .handled
        }
        switch answer {
        case .accept(let ref, let proposal)?:
            return .submit(.accept(ref), confirmTitle: "Accept \(ref)?",
                           confirmMessage: "You agree to: \(proposal.summary). The dispute closes with this agreement and cannot be answered again.")
        case .counter?:
            guard case .success(let amount) = amountResult, let index = panel[Row.resolution]?.chosen else { return .handled }
            let comment = (panel[Row.comment]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let proposal = Proposal(resolution: Resolution.allCases[index], amount: amount, comment: comment)
            let files = uploads.isEmpty ? "no evidence" : "\(uploads.count) evidence file\(uploads.count == 1 ? "" : "s")"
            return .submit(.rejectWithCounterProposal(proposal, evidence: uploads), confirmTitle: "Send the counter-proposal?",
                           confirmMessage: "You reject the buyer's proposal and offer: \(proposal.summary), with \(files). The buyer then accepts it or negotiates.")
        case nil:
            return .handled
        }
    }
}

extension SellerAnswerForm: ShopEvidenceForm {
    public static let location = "Answer"
    public static let confirmLabel = "Send"
    public var heading: [String] { ["Answer dispute \(disputeID)", "The buyer asks: \(buyerProposal.summary)"] }
    public func doneMessage(_ done: DisputeActionDone) -> String {
        "Answer sent on \(done.id): the dispute is now at \"\(done.stage.title)\"."
    }
}
