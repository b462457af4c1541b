import Foundation
import ParleyCore
import TerminalUI

/// Asks the seller for more protection days; warns when the parcel is not moving.
public struct ExtensionFormScreen: ConsoleScreen {
    public enum Action: Sendable { case submit, cancel }

    public let order: Order
    public let orderVersion: Int
    var days = TextFieldState(maxLength: 4)
    var error: String?

    public init(order: Order, orderVersion: Int) {
        self.order = order
        self.orderVersion = orderVersion
    }

    public var location: String { "Extension" }
    public var isEditing: Bool { true }
    public var hasUnsavedInput: Bool { !days.text.isEmpty }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        Keymap([KeyBinding([.enter], .submit, help: "Ask the seller"), KeyBinding([.escape], .cancel, help: "Cancel")])
    }

    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        switch key {
        case .enter: return perform(.submit, context: context)
        case .escape: return perform(.cancel, context: context)
        default:
            guard days.handle(key) else { return nil }
            error = nil
            return []
        }
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        switch action {
        case .cancel:
            return [.discardAndBack]
        case .submit:
            let allowed = context.policy.extensionDays
            guard let value = Int(days.text.trimmingCharacters(in: .whitespaces)) else {
                error = days.text.isEmpty ? "Enter a number of days." : "\"\(days.text)\" is not a number of days."
                return []
            }
            guard allowed.contains(value) else {
                error = "Ask for \(allowed.lowerBound) to \(allowed.upperBound) days."
                return []
            }
            let effect = OrderActionEffect(id: order.id, action: .requestExtension(days: value), actor: .buyer(order.buyer),
                                           at: context.now, version: orderVersion,
                                           done: "Asked \(value) more days; protection is extended once the seller confirms.")
            return [.run(effect)]
        }
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        if let done = result as? ActionDone {
            days = TextFieldState()
            return [.discardAndBack, .status(done.message, tone: .success)]
        }
        if let failure = result as? EffectFailure { error = failure.message }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        let page = canvas.sub(Rect(row: 0, col: 2, height: canvas.height, width: min(canvas.width - 4, 90)))
        page.text("Request a protection extension · \(order.id)", row: 0, role: .title)
        var row = 2
        for line in TextWidth.wrap("Protection ends \(DateText.short(order.protectionEnd(policy: context.policy))). The extra days count only once the seller confirms; the seller may decline.", width: page.width) {
            page.text(line, row: row, role: .text)
            row += 1
        }
        row += 1
        page.text("More days (\(context.policy.extensionDays.lowerBound)–\(context.policy.extensionDays.upperBound)):", row: row, role: .text)
        TextField(state: days, placeholder: "e.g. 15", isFocused: true, isInvalid: error != nil)
            .render(in: page.sub(Rect(row: row, col: 24, height: 1, width: 8)))
        if let error { page.text("✗ " + error, row: row, col: 34, role: .error) }
        row += 2
        if let advice = order.extensionAdvice(at: context.now, policy: context.policy) {
            for line in TextWidth.wrap("! " + advice, width: page.width) {
                page.text(line, row: row, role: .warning)
                row += 1
            }
        } else {
            page.text("The parcel is moving: asking for more time makes sense.", row: row, role: .muted)
        }
    }
}
