import Foundation
import ParleyCore
import TerminalUI

/// The shop rejects the mediator's solutions, with its reasons and new evidence.
public struct RejectSolutionsScreen: ConsoleScreen {
    public enum Action: Sendable { case cancel }

    public internal(set) var form: RejectSolutionsForm
    public let shop: ShopID
    public let version: Int

    public init(form: RejectSolutionsForm, shop: ShopID, version: Int) {
        self.form = form
        self.shop = shop
        self.version = version
    }

    public var location: String { "Reject solutions" }
    public var isEditing: Bool { form.isTyping }
    public var hasUnsavedInput: Bool { form.hasUnsavedInput }

    public func keymap(in context: ScreenContext) -> Keymap<Action> { Keymap([KeyBinding([.escape], .cancel, help: "Cancel")]) }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] { [.back] }

    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        guard context.shopID == shop, key != .escape else { return nil }
        switch form.handle(key) {
        case .handled: return []
        case .notHandled: return form.isTyping ? [] : nil
        case .attach(let path): return [.run(PrepareEvidenceFileEffect(path: path))]
        case .submit(let action):
            let effect = PerformDisputeActionEffect(action: action, id: form.disputeID, actor: .seller(shop), at: context.now, expectedVersion: version)
            return [.confirm(ConfirmRequest(title: "Reject the mediator's solutions?",
                                            message: "The mediator reviews your reasons and evidence and may propose new solutions or rule.",
                                            confirm: "Reject", cancel: "Keep editing", onConfirm: [.run(effect)]))]
        }
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let file as EvidenceFileResult:
            switch file.outcome {
            case .success(let upload): form.attach(upload)
            case .failure(let failure): form.attachFailed(failure.message)
            }
        case is DisputeActionDone:
            return [.discardAndBack, .status("You rejected the mediator's solutions on \(form.disputeID).", tone: .success)]
        case let refused as DisputeActionRefused:
            return [.status(refused.message, tone: .error)]
        default: break
        }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        canvas.text("Reject the mediator's solutions — \(form.disputeID)", row: 0, col: 1, role: .title)
        FormPanelView(panel: form.panel).render(in: canvas.sub(Rect(row: 2, col: 1, height: canvas.height - 2, width: canvas.width - 2)))
    }
}
