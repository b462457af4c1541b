import TerminalUI

/// The keys that work on every screen, after the screen's own.
enum ConsoleAction: Sendable {
    case help, back, quit, inbox
}

enum ConsoleKeys {
    static let keymap = Keymap<ConsoleAction>([
        KeyBinding([.char("q"), .escape], .back, help: "Back"),
        KeyBinding([.char("i")], .inbox, help: "Inbox", inFooter: false),
        KeyBinding([.char("?")], .help, help: "Help"),
        KeyBinding([.char("Q"), .ctrl("c")], .quit, help: "Quit"),
    ])
}
