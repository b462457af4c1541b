import Foundation
import ParleyCore
import TerminalUI

/// The seller's answer form as a screen: evidence paths are read by the store as they are added; the
/// answer is confirmed, then sent; a refusal keeps everything typed.
public struct SellerAnswerScreen: ConsoleScreen {
    public enum Action: Sendable { case cancel }

    public internal(set) var form: SellerAnswerForm
    public let shop: ShopID
    public let version: Int

    public init(form: SellerAnswerForm, shop: ShopID, version: Int) {
        self.form = form
        self.shop = shop
        self.version = version
    }

    public var location: String { "Answer" }
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
            return [.confirm(ConfirmRequest(title: title, message: message, confirm: "Send", cancel: "Keep editing", onConfirm: [.run(effect)]))]
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
            return [.discardAndBack, .status("Answer sent on \(done.id): the dispute is now at \"\(done.stage.title)\".", tone: .success)]
        case let refused as DisputeActionRefused:
            return [.status(refused.message, tone: .error)]
        default: break
        }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        canvas.text("Answer dispute \(form.disputeID)", row: 0, col: 1, role: .title)
        canvas.text(TextWidth.truncate("The buyer asks: \(form.buyerProposal.summary)", to: canvas.width - 2), row: 1, col: 1, role: .muted)
        FormPanelView(panel: form.panel).render(in: canvas.sub(Rect(row: 3, col: 1, height: canvas.height - 3, width: canvas.width - 2)))
    }
}
