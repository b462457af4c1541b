import Foundation
import ParleyCore
import TerminalUI

/// What every screen can see while it handles a key or draws: the time, who is signed in, the rules.
public struct ScreenContext: Sendable {
    public var now: Date
    /// Nil only on the role picker, before anyone signed in.
    public var session: ConsoleSession?
    public var policy: Policy
    public var size: Size

    public init(now: Date, session: ConsoleSession?, policy: Policy, size: Size) {
        self.now = now
        self.session = session
        self.policy = policy
        self.size = size
    }
}

/// One screen of the console. A screen owns one keymap (its footer hints and `?` help come from it),
/// turns keys into its own actions, and answers with commands for the console (push a screen, load
/// data, ask for confirmation...). Screens are values, kept in the console's stack.
///
/// To add a screen: a struct with an `Action` enum, `keymap(in:)`, `perform(_:context:)` and
/// `render(in:context:)`; the other requirements have defaults.
public protocol ConsoleScreen: Sendable {
    associatedtype Action: Sendable

    /// This screen's part of the "where you are" path: "Orders", "O-100234", "Dispute D-1042".
    var location: String { get }
    /// The keys that work here now (may depend on state, e.g. only the actions valid now).
    func keymap(in context: ScreenContext) -> Keymap<Action>
    /// Typing into a focused field, before the keymap; nil when the key is not typing.
    mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]?
    mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand]
    /// A result of an effect this screen (or the console) asked for.
    mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand]
    /// The effects that (re)load what this screen shows: on first show, and when a sweep changed data.
    func reload(context: ScreenContext) -> [any ConsoleEffect]
    /// Reads for a quiet moment (the console asks on every tick): what makes a likely next key
    /// instant, such as the bottom of a long list for End. Their results come back to `receive`.
    mutating func idle(context: ScreenContext) -> [any ConsoleEffect]
    func render(in canvas: Canvas, context: ScreenContext)
    /// True while a text field has focus: `Q` and `q` type letters then, and Ctrl-C asks first.
    var isEditing: Bool { get }
    /// True when leaving would lose something typed: leaving asks first.
    var hasUnsavedInput: Bool { get }
}

extension ConsoleScreen {
    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? { nil }
    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] { [] }
    public func reload(context: ScreenContext) -> [any ConsoleEffect] { [] }
    public mutating func idle(context: ScreenContext) -> [any ConsoleEffect] { [] }
    public var isEditing: Bool { false }
    public var hasUnsavedInput: Bool { false }

    /// Typing first, then the keymap; nil when neither used the key (the console's keys get it).
    mutating func handle(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        if let typed = type(key, context: context) { return typed }
        guard let action = keymap(in: context).action(for: key) else { return nil }
        return perform(action, context: context)
    }

    func footerHints(in context: ScreenContext) -> [KeyHint] { keymap(in: context).footerHints }
    func footerKeys(in context: ScreenContext) -> [Key] { keymap(in: context).bindings.flatMap(\.keys) }
    func helpHints(in context: ScreenContext) -> [KeyHint] { keymap(in: context).helpHints }
}

/// What a screen asks the console to do.
public enum ScreenCommand: Sendable {
    case push(any ConsoleScreen)
    /// Back one screen; asks first when the screen has unsaved input.
    case back
    /// Back one screen without asking (after the person said so).
    case discardAndBack
    /// Replaces the current screen (e.g. the form, once submitted, by the dispute page).
    case replace(any ConsoleScreen)
    /// Replaces the whole stack (after signing in).
    case reset(any ConsoleScreen, session: ConsoleSession?)
    case run(any ConsoleEffect)
    case status(String, tone: StatusTone)
    /// Switches the colour theme to the one with this name (`:theme light`); an unknown name changes
    /// nothing and the status line lists the themes there are.
    case setTheme(String)
    case confirm(ConfirmRequest)
    /// Quits; asks first when typed text would be lost.
    case quit
    /// Quits without asking (after the person said so).
    case forceQuit
}

/// How a status-line message reads.
public enum StatusTone: Sendable, Hashable {
    case info, success, warning, error

    var role: TerminalUI.Role {
        switch self {
        case .info: return .info
        case .success: return .success
        case .warning: return .warning
        case .error: return .error
        }
    }
}

/// A question before something destructive or money-moving: the dialog, and what to do on "yes".
public struct ConfirmRequest: Sendable {
    public var dialog: ConfirmDialog
    public var onConfirm: [ScreenCommand]
    public var onCancel: [ScreenCommand]

    public init(title: String, message: String, confirm: String = "Yes", cancel: String = "No",
                onConfirm: [ScreenCommand], onCancel: [ScreenCommand] = []) {
        dialog = ConfirmDialog(title: title, message: message, confirmTitle: confirm, cancelTitle: cancel, focus: .cancel)
        self.onConfirm = onConfirm
        self.onCancel = onCancel
    }
}
