import Foundation
import ParleyCore
import TerminalUI

/// The dispute form: one page per field of SPEC §3, then a review and a confirmed submit.
/// Everything typed stays when moving between pages (Esc, Tab, Shift-Tab); errors come from the
/// domain's validation of the whole draft and are shown beside their field.
public struct DisputeFormScreen: ConsoleScreen {
    public enum Action: Sendable, Equatable {
        case next, previous, nextField, previousField, up, down, choose, yes, no, toggle
        case removeEvidence, submit, jump(DisputeFormStep)
    }

    enum AmountFocus: Sendable { case choice, field }
    enum EvidenceFocus: Sendable { case path, list }
    enum AmountMode: Int, Sendable { case full = 0, partial = 1 }

    public let order: Order
    public let orderVersion: Int
    public let shopName: String
    public let buyer: UserID
    public internal(set) var step: DisputeFormStep = .received

    var received: Bool?
    var reasonList = SelectListState()
    var resolutionList = SelectListState()
    var amountList = SelectListState()
    var amountFocus: AmountFocus = .choice
    var amountField = TextFieldState(maxLength: 24)
    var descriptionArea: TextAreaState
    var evidence: [EvidenceUpload] = []
    var evidenceFocus: EvidenceFocus = .path
    var evidenceSelected = 0
    var pathField = TextFieldState()
    var pathError: String?
    var completions: [String] = []
    /// Pages the buyer tried to leave: their errors show from then on.
    var touched: Set<DisputeFormStep> = []
    var submitError: String?
    var isSubmitted = false
    let completer: PathCompleter

    public init(order: Order, orderVersion: Int, shopName: String, policy: Policy,
                completer: PathCompleter = PathCompleter()) {
        self.order = order
        self.orderVersion = orderVersion
        self.shopName = shopName
        self.buyer = order.buyer
        self.completer = completer
        descriptionArea = TextAreaState(limit: policy.descriptionLength.upperBound)
    }

    public var location: String { "Open a dispute" }

    // MARK: Values

    var reasonOptions: [ReasonAvailability] { order.reasonAvailability(received: received ?? true) }

    var reason: ClaimReason? {
        guard let chosen = reasonList.chosen, reasonOptions.indices.contains(chosen) else { return nil }
        return reasonOptions[chosen].reason
    }

    var resolution: Resolution? {
        resolutionList.chosen.flatMap { Resolution.allCases.indices.contains($0) ? Resolution.allCases[$0] : nil }
    }

    var amountMode: AmountMode? { amountList.chosen.flatMap(AmountMode.init(rawValue:)) }

    /// The form as the domain sees it.
    public var draft: DisputeDraft {
        let amountText: String
        switch amountMode {
        case .full?: amountText = order.amountPaid.plainText
        case .partial?: amountText = amountField.text
        case nil: amountText = ""
        }
        return DisputeDraft(received: received, reason: reason, resolution: resolution, amountText: amountText,
                            description: descriptionArea.text, evidence: evidence)
    }

    func problems(_ context: ScreenContext) -> [FieldProblem] {
        draft.validate(order: order, policy: context.policy, at: context.now)
    }

    func problems(for step: DisputeFormStep, _ context: ScreenContext) -> [FieldProblem] {
        guard let field = step.field else { return [] }
        return problems(context).filter { $0.field == field }
    }

    /// The errors to show beside a page's field now (after the buyer tried to leave it, or live
    /// for a typed amount).
    func shownErrors(for step: DisputeFormStep, _ context: ScreenContext) -> [FieldProblem] {
        let errors = problems(for: step, context).filter(\.isError)
        if touched.contains(step) { return errors }
        if step == .amount && amountMode == .partial && !amountField.text.isEmpty { return errors }
        return []
    }

    func cap(_ policy: Policy) -> Money {
        reason.map { policy.claimCap(order: order, reason: $0) } ?? order.amountPaid
    }

    public var hasUnsavedInput: Bool {
        guard !isSubmitted else { return false }
        return received != nil || reasonList.chosen != nil || resolutionList.chosen != nil || amountList.chosen != nil
            || !amountField.text.isEmpty || !descriptionArea.text.isEmpty || !evidence.isEmpty || !pathField.text.isEmpty
    }

    public var isEditing: Bool {
        switch step {
        case .amount: return amountFocus == .field
        case .description: return true
        case .evidence: return evidenceFocus == .path
        default: return false
        }
    }

    // MARK: Keys

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        var bindings: [KeyBinding<Action>] = []
        switch step {
        case .received:
            bindings += [KeyBinding([.char("y")], .yes, help: "Yes"), KeyBinding([.char("n")], .no, help: "No"),
                         KeyBinding([.left, .right, .char(" ")], .toggle, help: "Change answer", inFooter: false)]
        case .reason, .resolution:
            bindings += [KeyBinding([.down, .char("j")], .down, help: "Next choice", inFooter: false),
                         KeyBinding([.up, .char("k")], .up, help: "Previous choice", inFooter: false),
                         KeyBinding([.char(" ")], .choose, help: "Choose", inFooter: false)]
        case .amount:
            bindings += [KeyBinding([.down, .char("j")], .down, help: "Next choice", inFooter: false),
                         KeyBinding([.up, .char("k")], .up, help: "Previous choice", inFooter: false),
                         KeyBinding([.char(" ")], .choose, help: "Choose", inFooter: false)]
        case .description:
            break
        case .evidence:
            bindings += [KeyBinding([.down, .char("j")], .down, help: "Next file", inFooter: false),
                         KeyBinding([.up, .char("k")], .up, help: "Previous file", inFooter: false),
                         KeyBinding([.char("d"), .delete], .removeEvidence, help: "Remove file")]
        case .review:
            bindings += DisputeFormStep.allCases.filter { $0 != .review }.map {
                KeyBinding([.char(Character(String($0.rawValue + 1)))], .jump($0), help: "Edit \($0.title.lowercased())", inFooter: false)
            }
        }
        let enterHelp: String
        switch step {
        case .review: enterHelp = "Submit"
        case .description: enterHelp = "New line"
        case .evidence: enterHelp = evidenceFocus == .path && !pathField.text.isEmpty ? "Add file" : "Next"
        default: enterHelp = "Next"
        }
        if step == .description {
            bindings.insert(KeyBinding([.enter], .next, help: enterHelp), at: 0)
        } else {
            bindings.insert(KeyBinding([.enter], step == .review ? .submit : .next, help: enterHelp), at: 0)
        }
        bindings += [
            KeyBinding([.tab], .nextField, help: step == .evidence ? "Complete path / next" : "Next field", inFooter: step != .review),
            KeyBinding([.backTab], .previousField, help: "Previous field", inFooter: false),
            KeyBinding([.escape], .previous, help: step == .received ? "Leave form" : "Back a step"),
        ]
        return Keymap(bindings)
    }

    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        guard isEditing else { return nil }
        switch key {
        case .escape: return perform(.previous, context: context)
        case .backTab: return perform(.previousField, context: context)
        case .function(1): return nil
        default: break
        }
        switch step {
        case .amount:
            switch key {
            case .tab, .enter: return perform(key == .tab ? .nextField : .next, context: context)
            case .up:
                amountFocus = .choice
                return []
            default:
                _ = amountField.handle(key)
                return []
            }
        case .description:
            if key == .tab { return perform(.nextField, context: context) }
            _ = descriptionArea.handle(key, width: max(10, min(context.size.cols - 6, 100)))
            return []
        case .evidence:
            switch key {
            case .tab: return completePath(context)
            case .enter:
                if pathField.text.trimmingCharacters(in: .whitespaces).isEmpty { return perform(.next, context: context) }
                return addEvidence()
            case .down:
                if !evidence.isEmpty { evidenceFocus = .list }
                return []
            default:
                if pathField.handle(key) {
                    pathError = nil
                    completions = []
                }
                return []
            }
        default:
            return nil
        }
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        switch action {
        case .next:
            return advance(validating: true, context)
        case .nextField:
            return advance(validating: false, context)
        case .previous, .previousField:
            guard let previous = step.previous else { return action == .previous ? [.back] : [] }
            go(to: previous)
            return []
        case .yes: setReceived(true)
        case .no: setReceived(false)
        case .toggle: setReceived(!(received ?? false))
        case .up, .down:
            let key: Key = action == .up ? .up : .down
            switch step {
            case .reason: _ = reasonList.handle(key, options: reasonSelectOptions)
            case .resolution: _ = resolutionList.handle(key, options: resolutionOptions)
            case .amount:
                if action == .down && amountList.highlighted == AmountMode.partial.rawValue && amountList.chosen == AmountMode.partial.rawValue {
                    amountFocus = .field
                } else {
                    _ = amountList.handle(key, options: amountOptions(context.policy))
                }
            case .evidence:
                if action == .up && evidenceSelected == 0 {
                    evidenceFocus = .path
                } else {
                    evidenceSelected = min(max(0, evidenceSelected + (action == .up ? -1 : 1)), max(0, evidence.count - 1))
                }
            default: break
            }
        case .choose:
            switch step {
            case .reason: chooseReason()
            case .resolution: _ = resolutionList.handle(.enter, options: resolutionOptions)
            case .amount: chooseAmount()
            default: break
            }
        case .removeEvidence:
            guard step == .evidence, evidence.indices.contains(evidenceSelected) else { return [] }
            let removed = evidence.remove(at: evidenceSelected)
            evidenceSelected = min(evidenceSelected, max(0, evidence.count - 1))
            if evidence.isEmpty { evidenceFocus = .path }
            return [.status("Removed \(removed.name).", tone: .info)]
        case .jump(let target):
            go(to: target)
        case .submit:
            return submit(context)
        }
        return []
    }

    // MARK: Moving between pages

    private mutating func advance(validating: Bool, _ context: ScreenContext) -> [ScreenCommand] {
        if validating {
            // Enter on a list chooses the highlighted option first, as people expect.
            switch step {
            case .reason: chooseReason()
            case .resolution: _ = resolutionList.handle(.enter, options: resolutionOptions)
            case .amount where amountFocus == .choice:
                chooseAmount()
                if amountMode == .partial && amountField.text.isEmpty { return [] }
            default: break
            }
            touched.insert(step)
            if !shownErrors(for: step, context).isEmpty { return [] }
        }
        guard let next = step.next else { return [] }
        go(to: next)
        return []
    }

    mutating func go(to target: DisputeFormStep) {
        step = target
        completions = []
        switch target {
        case .reason:
            if reasonList.chosen == nil { reasonList.highlighted = reasonSelectOptions.firstIndex(where: \.isEnabled) ?? 0 }
        case .resolution:
            if resolutionList.chosen == nil { resolutionList.highlighted = 0 }
        case .amount:
            amountFocus = amountMode == .partial ? .field : .choice
        case .evidence:
            evidenceFocus = .path
        default: break
        }
    }

    private mutating func setReceived(_ value: Bool) {
        guard received != value else { return }
        received = value
        // Reasons differ for received and not received; a return needs goods to send back.
        reasonList = SelectListState()
        if value == false, resolution == .returnAndRefund { resolutionList = SelectListState() }
    }

    private mutating func chooseReason() {
        _ = reasonList.handle(.enter, options: reasonSelectOptions)
    }

    private mutating func chooseAmount() {
        amountList.chosen = amountList.highlighted
        amountFocus = amountMode == .partial ? .field : .choice
    }

    // MARK: Options

    var reasonSelectOptions: [SelectOption] {
        reasonOptions.map { SelectOption($0.reason.title, hint: $0.reason.hint, disabledReason: $0.whyNot) }
    }

    var resolutionOptions: [SelectOption] {
        Resolution.allCases.map { resolution in
            let notReceived = received == false && resolution == .returnAndRefund
            let hint = resolution == .refundOnly ? "You keep the item; the seller refunds the amount you ask."
                : "You send the item back and pay the return postage; the refund follows once it arrives."
            return SelectOption(resolution.title, hint: hint,
                                disabledReason: notReceived ? "only when you received the goods" : nil)
        }
    }

    func amountOptions(_ policy: Policy) -> [SelectOption] {
        [SelectOption("Full amount: \(order.amountPaid.formatted)"), SelectOption("Part of it: type the amount")]
    }

    // MARK: Evidence

    private mutating func completePath(_ context: ScreenContext) -> [ScreenCommand] {
        let text = pathField.text
        guard !text.isEmpty else { return advance(validating: false, context) }
        guard let completion = completer.complete(text) else {
            pathError = "Nothing here starts with \"\((text as NSString).lastPathComponent)\"."
            return []
        }
        pathField.setText(completion.text)
        completions = completion.candidates
        pathError = nil
        return []
    }

    private mutating func addEvidence() -> [ScreenCommand] {
        let typed = pathField.text.trimmingCharacters(in: .whitespaces)
        completions = []
        return [.run(PrepareEvidenceEffect(path: completer.resolve(typed)))]
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let prepared as EvidencePrepared:
            if evidence.contains(where: { $0.sha256 == prepared.upload.sha256 }) {
                pathError = "\"\(prepared.upload.name)\" is already added."
                return []
            }
            if evidence.count >= context.policy.maxEvidenceFiles {
                pathError = EvidenceProblem.tooManyFiles(max: context.policy.maxEvidenceFiles).description
                return []
            }
            if case .failure(let problem) = EvidenceRules.check(prepared.upload, policy: context.policy) {
                pathError = problem.description
                return []
            }
            evidence.append(prepared.upload)
            pathField = TextFieldState()
            pathError = nil
            return [.status("Added \(prepared.upload.name).", tone: .success)]
        case let refused as EvidenceRefused:
            pathError = refused.message
            return []
        case let opened as DisputeOpened:
            isSubmitted = true
            return [.replace(DisputeScreen(disputeID: opened.id, actor: .buyer(buyer))),
                    .status("Dispute \(opened.id) opened. The seller has \(context.policy.sellerResponseDays) days to answer.", tone: .success)]
        case let failed as DisputeNotOpened:
            submitError = failed.message
            return [.status("The dispute was not opened: \(failed.message)", tone: .error)]
        default:
            return []
        }
    }

    // MARK: Submitting

    private mutating func submit(_ context: ScreenContext) -> [ScreenCommand] {
        let all = problems(context)
        touched.formUnion(DisputeFormStep.allCases)
        if let first = all.first(where: \.isError) {
            if let target = DisputeFormStep.allCases.first(where: { $0.field == first.field }) { go(to: target) }
            return [.status("Fix the marked fields first: \(first.message)", tone: .error)]
        }
        let draft = self.draft
        let claim = draft.check(order: order, policy: context.policy, at: context.now).claim
        let asked = claim.map { Proposal(resolution: $0.resolution, amount: $0.amount).summary } ?? "a refund"
        let effect = OpenDisputeEffect(order: order.id, draft: draft, actor: .buyer(buyer), at: context.now, orderVersion: orderVersion)
        return [.confirm(ConfirmRequest(
            title: "Open the dispute?",
            message: "You ask \(shopName) for a \(asked). The seller then has \(context.policy.sellerResponseDays) days to answer; the order's funds stay frozen meanwhile.",
            confirm: "Open dispute", cancel: "Not yet", onConfirm: [.run(effect)]))]
    }
}
