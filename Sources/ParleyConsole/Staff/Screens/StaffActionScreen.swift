import Foundation
import ParleyCore
import TerminalUI

/// A mediator's action dialog as a screen: the form, then (for money-moving actions) a confirmation,
/// then the action is sent; a refusal keeps the form and everything typed.
public struct StaffActionScreen: ConsoleScreen {
    public enum Action: Sendable { case cancel }

    public internal(set) var form: StaffActionForm
    public let staff: StaffID
    public let version: Int

    public init(form: StaffActionForm, staff: StaffID, version: Int) {
        self.form = form
        self.staff = staff
        self.version = version
    }

    public var location: String { form.title }
    public var isEditing: Bool { form.isTyping }
    public var hasUnsavedInput: Bool { form.hasUnsavedInput }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        Keymap([KeyBinding([.escape], .cancel, help: "Cancel")])
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] { [.back] }

    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        guard context.staffID == staff else { return nil }
        if key == .escape { return nil }
        switch form.handle(key) {
        case .handled: return []
        case .notHandled: return form.isTyping ? [] : nil
        case .submit(let action, let confirm):
            let effect = PerformDisputeActionEffect(action: action, id: form.disputeID, actor: .staff(staff), at: context.now, expectedVersion: version)
            guard let confirm else { return [.run(effect)] }
            return [.confirm(ConfirmRequest(title: confirm.title, message: confirm.message, confirm: "Send", cancel: "Keep editing",
                                            onConfirm: [.run(effect)]))]
        }
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let done as DisputeActionDone:
            return [.discardAndBack, .status("Done: \(done.action.title) on \(done.id).", tone: .success)]
        case let refused as DisputeActionRefused:
            return [.status(refused.message, tone: .error)]
        default:
            return []
        }
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        canvas.text("\(form.title) — \(form.disputeID)", row: 0, col: 1, role: .title)
        var panel = form.panel
        panel.textWidth = max(20, canvas.width - FormPanel.labelWidth - 3)
        FormPanelView(panel: panel).render(in: canvas.sub(Rect(row: 2, col: 1, height: canvas.height - 2, width: canvas.width - 2)))
    }
}
