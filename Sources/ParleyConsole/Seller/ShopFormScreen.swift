import Foundation
import ParleyCore
import TerminalUI

/// A shop's evidence form as a screen: evidence paths are read by the store as they are added; the
/// action is confirmed, then sent; a refusal keeps everything typed.
public struct ShopFormScreen<Form: ShopEvidenceForm>: ConsoleScreen {
    public enum Action: Sendable { case cancel }

    public internal(set) var form: Form
    public let shop: ShopID
    public let version: Int

    public init(form: Form, shop: ShopID, version: Int) {
        self.form = form
        self.shop = shop
        self.version = version
    }

    public var location: String { Form.location }
    public var isEditing: Bool { form.isTyping }
    public var hasUnsavedInput: Bool { form.hasUnsavedInput }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        Keymap([KeyBinding([.escape], .cancel, help: "Cancel")])
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] { [.back] }

    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        guard context.shopID == shop, key != .escape else { return nil }
        switch form.handle(key) {
        case .handled: return []
        case .notHandled: return form.isTyping ? [] : nil
        case .attach(let path): return [.run(PrepareEvidenceFileEffect(path: path))]
        case .submit(let action, let title, let message):
            let effect = PerformDisputeActionEffect(action: action, id: form.disputeID, actor: .seller(shop), at: context.now, expectedVersion: version)
            return [.confirm(ConfirmRequest(title: title, message: message, confirm: Form.confirmLabel, cancel: "Keep editing",
                                            onConfirm: [.run(effect)]))]
        }
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let file as EvidenceFileResult:
            switch file.outcome {
            case .success(let upload): form.attach(upload)
            case .failure(let failure): form.attachFailed(failure.message)
            }
        case let done as DisputeActionDone:
            return [.discardAndBack, .status(form.doneMessage(done), tone: .success)]
        case let refused as DisputeActionRefused:
            return [.status(refused.message, tone: .error)]
        default: break
        }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        let heading = form.heading
        for (line, text) in heading.enumerated() {
            canvas.text(TextWidth.truncate(text, to: canvas.width - 2), row: line, col: 1, role: line == 0 ? .title : .muted)
        }
        let top = heading.count + 1
        FormPanelView(panel: form.panel).render(in: canvas.sub(Rect(row: top, col: 1, height: canvas.height - top, width: canvas.width - 2)))
    }
}

/// The shop's answer to a dispute (accept, counter-offer, reject, with evidence).
public typealias SellerAnswerScreen = ShopFormScreen<SellerAnswerForm>
/// The shop rejects the mediator's solutions, with its reasons and new evidence.
public typealias RejectSolutionsScreen = ShopFormScreen<RejectSolutionsForm>
