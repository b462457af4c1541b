import Foundation
import ParleyCore
import TerminalUI

/// The whole console as a value: who is signed in, the screens, the status line, an optional modal,
/// the time and the terminal size. `Console.update` changes it; `Console.view` draws it.
public struct ConsoleState: Sendable {
    public var session: ConsoleSession?
    /// The screens, the current one last; never empty.
    public var stack: [any ConsoleScreen]
    public var status: StatusMessage?
    public var modal: ConsoleModal?
    public var now: Date
    public var size: Size
    public var themeName: String
    /// The themes `T` cycles through (file names in themes/).
    public var themeNames: [String] = []
    public var policy: Policy
    public var unread: Int
    /// False until the first count for the signed-in person arrives: only a newer notification after that is news.
    public var unreadCounted = false
    /// The key of the newest notification seen, to notice new ones.
    public var newestNotification: Int64?
    /// Set when the console should end; the run loop stops after this frame.
    public var isQuitting: Bool
    /// While the sweep catches up on a backlog of due deadlines, a slice a tick: how many disputes
    /// and orders it has changed so far. Nil when it is not catching up.
    public var deadlineCatchUp: Int?

    public init(root: any ConsoleScreen, session: ConsoleSession?, now: Date, size: Size,
                themeName: String = "default", policy: Policy = .default) {
        self.session = session
        self.stack = [root]
        self.status = nil
        self.modal = nil
        self.now = now
        self.size = size
        self.themeName = themeName
        self.policy = policy
        self.unread = 0
        self.isQuitting = false
    }

    public var context: ScreenContext {
        ScreenContext(now: now, session: session, policy: policy, size: size)
    }

    public var top: any ConsoleScreen {
        get { stack[stack.count - 1] }
        set { stack[stack.count - 1] = newValue }
    }

    /// "Orders › O-100234 › Dispute D-1042"
    public var location: String {
        stack.map(\.location).filter { !$0.isEmpty }.joined(separator: " › ")
    }

    /// Whether any open screen holds typed text that leaving would lose.
    public var hasUnsavedInput: Bool { stack.contains { $0.hasUnsavedInput } }

    /// How long a status-line message stays.
    static let statusSeconds: TimeInterval = 6
}

/// A window over the screen that takes every key until answered.
public enum ConsoleModal: Sendable {
    case help(title: String, hints: [KeyHint])
    case confirm(ConfirmRequest)
}

/// Everything that reaches `update`: keys, ticks, resizes, Ctrl-C, and results of effects.
public enum ConsoleMessage: Sendable {
    case key(Key)
    case tick(Date)
    case resize(Size)
    /// Ctrl-C: quits, but asks first when typed text would be lost.
    case interrupt
    case result(any EffectResult)
}
