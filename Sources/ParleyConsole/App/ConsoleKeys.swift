import TerminalUI

/// The keys that work on every screen, after the screen's own.
enum ConsoleAction: Sendable, Equatable {
    case help, back, quit, inbox
}

enum ConsoleKeys {
    static let keymap = Keymap<ConsoleAction>([
        KeyBinding([.char("q"), .escape], .back, help: "Back"),
        KeyBinding([.char("i")], .inbox, help: "Inbox", inFooter: false),
        KeyBinding([.char("?")], .help, help: "Help"),
        KeyBinding([.char("Q"), .ctrl("c")], .quit, help: "Quit"),
    ])

    /// The footer's share: on the first screen there is nothing to go back to, so no "Back".
    static func footerHints(isRoot: Bool) -> [KeyHint] {
        Keymap(keymap.bindings.filter { !(isRoot && $0.action == .back) }).footerHints
    }
}
