import Foundation
import ParleyCore
import TerminalUI

/// The staff gate: in a demo database the role picker's choice is enough; otherwise the mediator
/// types their password, checked against the stored salted slow hash (never stored as text).
public struct StaffSignInScreen: ConsoleScreen {
    public enum Action: Sendable { case submit }

    public let staff: StaffID
    public let options: StaffConsoleOptions
    var password = TextFieldState(maxLength: 200)
    var checkedDemo = false
    var message: String?
    var attempts = 0
    /// Wrong passwords allowed in one console before the gate stays shut (each one is logged).
    public static let maxAttempts = 5

    public init(staff: StaffID, options: StaffConsoleOptions) {
        self.staff = staff
        self.options = options
    }

    public var location: String { "Staff sign-in" }
    public var isEditing: Bool { checkedDemo }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        Keymap([KeyBinding([.enter], .submit, help: "Sign in")])
    }

    public func reload(context: ScreenContext) -> [any ConsoleEffect] {
        context.staffID == nil ? StaffOnly.refusal(context, attempted: "open the staff sign-in") : [CheckDemoEffect()]
    }

    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        guard checkedDemo, key != .enter, key != .escape else { return nil }
        return password.handle(key) ? [] : nil
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        guard checkedDemo, !password.text.isEmpty, attempts < Self.maxAttempts else { return [] }
        let typed = password.text
        password.setText("")
        attempts += 1
        return [.run(StaffSignInEffect(name: staff.rawValue, password: typed, at: context.now))]
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let demo as DemoChecked:
            if demo.isDemo { return [.replace(StaffQueueScreen(staff: staff, options: options))] }
            checkedDemo = true
        case let signIn as StaffSignInResult:
            if signIn.accepted {
                return [.replace(StaffQueueScreen(staff: staff, options: options)), .status("Signed in as mediator \(staff).", tone: .success)]
            }
            message = attempts >= Self.maxAttempts
                ? "Too many wrong passwords; this console stays locked. Quit (Q) and ask a lead to check your account."
                : signIn.message
        default: break
        }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        guard context.staffID != nil else {
            canvas.text("Staff only: sign in as a mediator to see this.", row: 1, col: 2, role: .error)
            return
        }
        let col = max(2, (canvas.width - 60) / 2)
        canvas.text("Mediator sign-in — \(staff)", row: 2, col: col, role: .title)
        guard checkedDemo else {
            canvas.text("Checking the database…", row: 4, col: col, role: .muted)
            return
        }
        canvas.text("Password:", row: 4, col: col, role: .text)
        let masked = TextFieldState(text: String(repeating: "•", count: password.characters.count))
        TextField(state: masked, isFocused: true).render(in: canvas.sub(Rect(row: 4, col: col + 11, height: 1, width: 30)))
        canvas.text("Enter signs in; Q quits.", row: 6, col: col, role: .muted)
        if let message { canvas.text(TextWidth.truncate(message, to: canvas.width - col - 1), row: 8, col: col, role: .error) }
    }
}
