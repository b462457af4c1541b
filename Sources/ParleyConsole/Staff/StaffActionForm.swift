import ParleyCore
import TerminalUI

/// One of the mediator's action dialogs as a form: asks for what the action needs and always for a
/// comment, checks it beside each field, and gives the domain action to send (with a confirmation for
/// the money-moving ones).
public struct StaffActionForm: Sendable, Hashable {
    public let kind: StaffActionKind
    public let disputeID: DisputeID
    public let currency: Currency
    public let cap: Money
    public let received: Bool
    public let replacing: Bool
    public let answerDays: ClosedRange<Int>
    public let textLength: ClosedRange<Int>
    public var panel: FormPanel
    public private(set) var showsAllErrors = false

    public enum Row {
        public static let target = "target", days = "days", text = "text"
        public static let resolution1 = "resolution-1", amount1 = "amount-1"
        public static let second = "second", resolution2 = "resolution-2", amount2 = "amount-2"
    }

    public init(kind: StaffActionKind, dispute: Dispute, policy: Policy) {
        self.kind = kind
        disputeID = dispute.id
        currency = dispute.currency
        cap = dispute.cap
        received = dispute.received
        replacing = !(dispute.mediation?.solutions.isEmpty ?? true)
        answerDays = 1...max(1, policy.partyAnswerDays)
        textLength = 1...policy.descriptionLength.upperBound
        var rows: [FormRow] = []
        let limit = policy.descriptionLength.upperBound
        func resolutionRow(_ id: String, label: String) -> FormRow {
            let options = Resolution.allCases.map { resolution in
                SelectOption(resolution == .refundOnly ? "Refund only (the buyer keeps the item)" : "Return the goods and refund",
                             disabledReason: resolution == .returnAndRefund && !dispute.received ? "the buyer did not receive the goods" : nil)
            }
            return FormRow(id: id, label: label, input: .choice(options, SelectListState()))
        }
        func amountRow(_ id: String) -> FormRow {
            FormRow(id: id, label: "Refund amount", input: .money(TextFieldState(maxLength: 20), currency: dispute.currency.code),
                    note: "Up to \(dispute.cap.formatted); paid \(dispute.amountPaid.formatted), the buyer asks \(dispute.buyerProposal.amount.formatted)"
                        + (dispute.sellerProposal.map { ", the shop offers \($0.amount.formatted)" } ?? "") + ".")
        }
        switch kind {
        case .askQuestion:
            rows.append(FormRow(id: Row.target, label: "Ask", input: .choice([SelectOption("The buyer"), SelectOption("The shop")], SelectListState())))
            rows.append(FormRow(id: Row.days, label: "Answer within", input: .line(TextFieldState(text: "\(answerDays.upperBound)", maxLength: 3), placeholder: "days"),
                                note: "Days, \(answerDays.lowerBound) to \(answerDays.upperBound). No answer decides for the other side."))
            rows.append(FormRow(id: Row.text, label: "Question", input: .text(TextAreaState(limit: limit), rows: 4)))
        case .proposeSolutions:
            rows.append(resolutionRow(Row.resolution1, label: "Solution 1"))
            rows.append(amountRow(Row.amount1))
            rows.append(FormRow(id: Row.second, label: "Second solution", input: .choice([SelectOption("No, one solution"), SelectOption("Yes, offer two")], SelectListState(chosen: 0)), isRequired: false))
            rows.append(resolutionRow(Row.resolution2, label: "Solution 2"))
            rows.append(amountRow(Row.amount2))
            rows.append(FormRow(id: Row.text, label: "Comment", input: .text(TextAreaState(limit: limit), rows: 3),
                                note: replacing ? "Replaces the current solutions; both sides answer again." : "Both sides see it; each accepts one solution or rejects them."))
        case .finalRuling:
            rows.append(resolutionRow(Row.resolution1, label: "Ruling"))
            rows.append(amountRow(Row.amount1))
            rows.append(FormRow(id: Row.text, label: "Comment", input: .text(TextAreaState(limit: limit), rows: 4),
                                note: "Final: the dispute closes with this decision and both sides are told why."))
        case .internalNote:
            rows.append(FormRow(id: Row.text, label: "Note", input: .text(TextAreaState(limit: limit), rows: 6),
                                note: "Staff only: never shown to the buyer or the shop."))
        case .flagShop:
            rows.append(FormRow(id: Row.text, label: "Reason", input: .text(TextAreaState(limit: limit), rows: 4),
                                note: "Staff only: the flag shows on this shop's cases."))
        }
        panel = FormPanel(rows: rows, submitTitle: kind.title(replacing: replacing))
        refresh()
    }

    public var title: String { kind.title(replacing: replacing) }
    public var hasUnsavedInput: Bool { !(panel[Row.text]?.text.isEmpty ?? true) || !(panel[Row.amount1]?.text.isEmpty ?? true) }
    public var isTyping: Bool { panel.isTyping }

    public enum Outcome: Sendable, Hashable {
        case handled, notHandled
        /// The action; with a confirmation question when it moves money.
        case submit(DisputeAction, confirm: (title: String, message: String)?)

        public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            switch (lhs, rhs) {
            case (.handled, .handled), (.notHandled, .notHandled): return true
            case (.submit(let a, let x), .submit(let b, let y)): return a == b && x?.title == y?.title && x?.message == y?.message
            default: return false
            }
        }
        public func hash(into hasher: inout Hasher) {
            if case .submit(let action, _) = self { hasher.combine(action) }
        }
    }

    public mutating func handle(_ key: Key) -> Outcome {
        let result = panel.handle(key)
        defer { refresh() }
        switch result {
        case .handled, .enter, .remove: return .handled
        case .notHandled: return .notHandled
        case .submit: return submit()
        }
    }

    private var offersTwo: Bool { kind == .proposeSolutions && panel[Row.second]?.chosen == 1 }

    /// The problems by row, as they are now.
    public func problems() -> [String: String] {
        var problems: [String: String] = [:]
        let text = (panel[Row.text]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let what = kind == .askQuestion ? "question" : kind == .internalNote ? "note" : kind == .flagShop ? "reason" : "comment"
        if text.isEmpty { problems[Row.text] = "Write the \(what): every action asks for one." }
        else if text.count > textLength.upperBound { problems[Row.text] = "The \(what) may be at most \(textLength.upperBound) characters (now \(text.count))." }
        switch kind {
        case .askQuestion:
            if panel[Row.target]?.chosen == nil { problems[Row.target] = "Choose who is asked: the buyer or the shop." }
            let typed = (panel[Row.days]?.text ?? "").trimmingCharacters(in: .whitespaces)
            if let days = Int(typed) {
                if !answerDays.contains(days) { problems[Row.days] = "Give \(answerDays.lowerBound) to \(answerDays.upperBound) days to answer (not \(days))." }
            } else {
                problems[Row.days] = typed.isEmpty ? "Enter how many days they have to answer." : "\"\(typed)\" is not a whole number of days."
            }
        case .proposeSolutions, .finalRuling:
            let pairs = offersTwo ? [(Row.resolution1, Row.amount1), (Row.resolution2, Row.amount2)] : [(Row.resolution1, Row.amount1)]
            for (resolutionID, amountID) in pairs {
                if panel[resolutionID]?.chosen == nil { problems[resolutionID] = "Choose refund only or return and refund." }
                if case .failure(let message) = amount(amountID) { problems[amountID] = message.text }
            }
            if offersTwo, let one = proposal(1), let two = proposal(2), one.resolution == two.resolution, one.amount == two.amount {
                problems[Row.amount2] = "Solution 2 is the same as solution 1; change it or offer one solution."
            }
        case .internalNote, .flagShop:
            break
        }
        return problems
    }

    struct Problem: Error, Hashable { var text: String }

    func amount(_ id: String) -> Result<Money, Problem> {
        let typed = panel[id]?.text ?? ""
        do {
            let amount = try Money.parse(typed, currency: currency)
            if amount > cap { return .failure(Problem(text: "\(amount.formatted) is more than the most that can be refunded for this order, \(cap.formatted).")) }
            return .success(amount)
        } catch {
            return .failure(Problem(text: error.message))
        }
    }

    /// Solution 1 or 2 as typed, when complete.
    func proposal(_ number: Int) -> Proposal? {
        let (resolutionID, amountID) = number == 1 ? (Row.resolution1, Row.amount1) : (Row.resolution2, Row.amount2)
        guard let index = panel[resolutionID]?.chosen, case .success(let amount) = amount(amountID) else { return nil }
        return Proposal(resolution: Resolution.allCases[index], amount: amount)
    }

    mutating func refresh() {
        if kind == .proposeSolutions {
            let hidden = !offersTwo
            panel[Row.resolution2]?.isHidden = hidden
            panel[Row.amount2]?.isHidden = hidden
        }
        let problems = problems()
        for index in panel.rows.indices {
            let row = panel.rows[index]
            let touched: Bool
            switch row.input {
            case .money(let s, _): touched = !s.text.isEmpty
            case .line: touched = true
            case .text(let s, _): touched = !s.text.isEmpty
            default: touched = false
            }
            panel.rows[index].error = (showsAllErrors || touched) ? problems[row.id] : nil
        }
        let text = panel[Row.text]?.text ?? ""
        panel[Row.text]?.warning = kind != .internalNote && kind != .flagShop && !text.isEmpty && !DescriptionRules.looksEnglish(text)
            ? "This does not look English; the buyer and the shop read English." : nil
    }

    private mutating func submit() -> Outcome {
        showsAllErrors = true
        let problems = problems()
        if let first = panel.rows.first(where: { !$0.isHidden && problems[$0.id] != nil }) {
            panel.focus(on: first.id)
            return .handled
        }
        let text = (panel[Row.text]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        switch kind {
        case .askQuestion:
            let role: ParleyCore.Role = panel[Row.target]?.chosen == 0 ? .buyer : .seller
            let days = Int((panel[Row.days]?.text ?? "").trimmingCharacters(in: .whitespaces)) ?? answerDays.upperBound
            return .submit(.askQuestion(to: role, text: text, answerWithinDays: days), confirm: nil)
        case .proposeSolutions:
            let solutions = ([proposal(1)] + (offersTwo ? [proposal(2)] : [])).compactMap { $0 }
            let list = solutions.enumerated().map { "\($0.offset + 1)) \($0.element.summary)" }.joined(separator: "; ")
            return .submit(.proposeSolutions(solutions, comment: text),
                           confirm: (title: title + "?", message: "Both sides will be asked to accept one of: \(list).\(replacing ? " The current solutions are withdrawn." : "")"))
        case .finalRuling:
            guard let proposal = proposal(1) else { return .handled }
            return .submit(.finalRuling(Proposal(resolution: proposal.resolution, amount: proposal.amount), comment: text),
                           confirm: (title: "Issue the final ruling?", message: "The dispute closes: \(proposal.summary). This cannot be undone."))
        case .internalNote:
            return .submit(.writeNote(text), confirm: nil)
        case .flagShop:
            return .submit(.flagSeller(reason: text), confirm: nil)
        }
    }
}
