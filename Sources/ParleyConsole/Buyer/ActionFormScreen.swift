import Foundation
import ParleyCore
import TerminalUI

/// What an action form asks for; the parts that are nil are left out.
public struct ActionFormValues: Sendable {
    public var text: String
    public var resolution: Resolution
    public var amount: Money?
    public var evidence: [EvidenceUpload]
}

/// A small form for one dispute action: a message, a tracking number, a proposal, evidence, or a
/// rejection with comment and evidence. The domain checks the values when the action is applied;
/// its refusal is shown beside the form and nothing typed is lost.
public struct ActionFormScreen: ConsoleScreen {
    public enum Action: Sendable { case submit, nextField, previousField, cancel, toggleResolution, removeEvidence }
    public enum Field: Sendable, Hashable { case text, resolution, amount, evidence }
    public enum EvidenceNeed: Sendable { case none, optional, required }

    let title: String
    let intro: String
    let textLabel: String?
    let withProposal: Bool
    let evidenceNeed: EvidenceNeed
    let dispute: DisputeID
    let version: Int
    let actor: Actor
    let currency: Currency
    let cap: Money
    let done: String
    let build: @Sendable (ActionFormValues) -> DisputeAction

    var text = TextFieldState(maxLength: 2000)
    var resolution: Resolution
    var amount = TextFieldState(maxLength: 24)
    var path = TextFieldState()
    var evidence: [EvidenceUpload] = []
    var focus: Field
    var error: String?
    var completions: [String] = []
    let completer: PathCompleter

    public init(title: String, intro: String, textLabel: String?, withProposal: Bool = false, evidence: EvidenceNeed = .none,
                dispute: Dispute, version: Int, actor: Actor, start: Proposal? = nil, done: String,
                completer: PathCompleter = PathCompleter(), build: @escaping @Sendable (ActionFormValues) -> DisputeAction) {
        self.title = title
        self.intro = intro
        self.textLabel = textLabel
        self.withProposal = withProposal
        self.evidenceNeed = evidence
        self.dispute = dispute.id
        self.version = version
        self.actor = actor
        self.currency = dispute.currency
        self.cap = dispute.cap
        self.done = done
        self.build = build
        self.completer = completer
        resolution = start?.resolution ?? .refundOnly
        if let start {
            amount.setText(start.amount.plainText)
            text.setText(start.comment)
        }
        focus = withProposal ? .resolution : (textLabel != nil ? .text : .evidence)
    }

    var fields: [Field] {
        (withProposal ? [Field.resolution, .amount] : []) + (textLabel != nil ? [.text] : []) + (evidenceNeed != .none ? [.evidence] : [])
    }

    public var location: String { title }
    public var isEditing: Bool { focus != .resolution }
    public var hasUnsavedInput: Bool { !text.text.isEmpty || !path.text.isEmpty || !evidence.isEmpty }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        var bindings: [KeyBinding<Action>] = [
            KeyBinding([.enter], .submit, help: focus == .evidence && !path.text.isEmpty ? "Add file" : "Send"),
            KeyBinding([.tab], .nextField, help: "Next field"),
            KeyBinding([.backTab], .previousField, help: "Previous field", inFooter: false),
            KeyBinding([.escape], .cancel, help: "Cancel"),
        ]
        if focus == .resolution { bindings.append(KeyBinding([.char(" "), .left, .right], .toggleResolution, help: "Change")) }
        if !evidence.isEmpty { bindings.append(KeyBinding([.ctrl("x")], .removeEvidence, help: "Remove last file", inFooter: false)) }
        return Keymap(bindings)
    }

    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        guard isEditing else { return nil }
        switch key {
        case .escape, .backTab, .ctrl("x"): return nil
        case .enter:
            if focus == .evidence && !path.text.isEmpty {
                completions = []
                return [.run(PrepareEvidenceEffect(path: completer.resolve(path.text.trimmingCharacters(in: .whitespaces))))]
            }
            return nil
        case .tab:
            if focus == .evidence && !path.text.isEmpty {
                if let completion = completer.complete(path.text) {
                    path.setText(completion.text)
                    completions = completion.candidates
                } else {
                    error = "Nothing here starts with \"\((path.text as NSString).lastPathComponent)\"."
                }
                return []
            }
            return nil
        default:
            let handled: Bool
            switch focus {
            case .text: handled = text.handle(key)
            case .amount: handled = amount.handle(key)
            case .evidence: handled = path.handle(key)
            case .resolution: handled = false
            }
            guard handled else { return nil }
            error = nil
            return []
        }
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        switch action {
        case .cancel:
            return [.back]
        case .nextField, .previousField:
            let list = fields
            let index = list.firstIndex(of: focus) ?? 0
            focus = list[(index + (action == .nextField ? 1 : list.count - 1)) % list.count]
            completions = []
        case .toggleResolution:
            resolution = resolution == .refundOnly ? .returnAndRefund : .refundOnly
        case .removeEvidence:
            if !evidence.isEmpty { evidence.removeLast() }
        case .submit:
            var amountValue: Money?
            if withProposal {
                do throws(MoneyParseError) {
                    amountValue = try Money.parse(amount.text, currency: currency)
                } catch {
                    self.error = "Amount: " + error.description
                    focus = .amount
                    return []
                }
            }
            if evidenceNeed == .required && evidence.isEmpty {
                error = "Add at least one photo or video: type its path and press Enter."
                focus = .evidence
                return []
            }
            let values = ActionFormValues(text: text.text, resolution: resolution, amount: amountValue, evidence: evidence)
            return [.run(DisputeActionEffect(id: dispute, action: build(values), actor: actor, at: context.now, version: version, done: done))]
        }
        return []
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let done as ActionDone:
            text = TextFieldState()
            path = TextFieldState()
            evidence = []
            return [.discardAndBack, .status(done.message, tone: .success)]
        case let failure as EffectFailure:
            error = failure.message
        case let prepared as EvidencePrepared:
            if case .failure(let problem) = EvidenceRules.check(prepared.upload, policy: context.policy) {
                error = problem.description
            } else {
                evidence.append(prepared.upload)
                path = TextFieldState()
            }
        case let refused as EvidenceRefused:
            error = refused.message
        default:
            break
        }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        let page = canvas.sub(Rect(row: 0, col: 2, height: canvas.height, width: min(canvas.width - 4, 96)))
        page.text(title, row: 0, role: .title)
        var row = 2
        for line in TextWidth.wrap(intro, width: page.width) {
            page.text(line, row: row, role: .muted)
            row += 1
        }
        row += 1
        let labelWidth = 14
        func label(_ text: String, _ field: Field) {
            page.text(text, row: row, role: focus == field ? .focus : .text)
        }
        let fieldWidth = page.width - labelWidth
        if withProposal {
            label("Resolution", .resolution)
            Toggle2(resolution: resolution, focused: focus == .resolution)
                .render(in: page.sub(Rect(row: row, col: labelWidth, height: 1, width: fieldWidth)))
            row += 1
            if resolution == .returnAndRefund {
                page.text("You send the item back and pay the return postage.", row: row, col: labelWidth, role: .muted)
                row += 1
            }
            row += 1
            label("Amount (\(currency.code))", .amount)
            TextField(state: amount, isFocused: focus == .amount).render(in: page.sub(Rect(row: row, col: labelWidth + 2, height: 1, width: 14)))
            page.text("at most \(cap.formatted)", row: row, col: labelWidth + 18, role: .muted)
            row += 2
        }
        if let textLabel {
            label(textLabel, .text)
            TextField(state: text, isFocused: focus == .text).render(in: page.sub(Rect(row: row, col: labelWidth, height: 1, width: fieldWidth)))
            row += 1
            page.text("Write in English if you can: the other side and the mediator read English.", row: row, col: labelWidth, role: .muted)
            if let warning = DescriptionRules.languageWarning(text.text), !text.text.isEmpty {
                row += 1
                page.text(TextWidth.truncate("! " + warning.message, to: fieldWidth), row: row, col: labelWidth, role: .warning)
            }
            row += 2
        }
        if evidenceNeed != .none {
            label(evidenceNeed == .required ? "Evidence *" : "Evidence", .evidence)
            TextField(state: path, placeholder: "path to a photo or video, Tab completes", isFocused: focus == .evidence)
                .render(in: page.sub(Rect(row: row, col: labelWidth, height: 1, width: fieldWidth)))
            row += 1
            if !completions.isEmpty {
                page.text(TextWidth.truncate(completions.joined(separator: "  "), to: fieldWidth), row: row, col: labelWidth, role: .muted)
                row += 1
            }
            for upload in evidence {
                page.text(TextWidth.truncate("• \(upload.name)  \(ByteText.describe(upload.sizeBytes))", to: fieldWidth), row: row, col: labelWidth, role: .text)
                row += 1
            }
            row += 1
        }
        if let error {
            for line in TextWidth.wrap("✗ " + error, width: page.width) {
                page.text(line, row: row, role: .error)
                row += 1
            }
        }
    }
}

/// The two resolutions side by side, the chosen one marked.
struct Toggle2: Widget {
    var resolution: Resolution
    var focused: Bool
    func render(in canvas: Canvas) {
        var col = 0
        for option in Resolution.allCases {
            let chosen = option == resolution
            let role: TerminalUI.Role = chosen ? (focused ? .selection : .focus) : .text
            col += canvas.text((chosen ? "(•) " : "( ) ") + option.title, row: 0, col: col, role: role)
            col += canvas.text("   ", row: 0, col: col, role: .text)
        }
    }
}
