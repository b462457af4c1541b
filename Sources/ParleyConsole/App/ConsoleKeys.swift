import TerminalUI

/// The keys that work on every screen, after the screen's own.
enum ConsoleAction: Sendable, Equatable {
    case help, back, quit, inbox, theme
}

enum ConsoleKeys {
    static let keymap = Keymap<ConsoleAction>([
        KeyBinding([.char("q"), .escape], .back, help: "Back"),
        KeyBinding([.char("i")], .inbox, help: "Inbox", inFooter: false),
        KeyBinding([.char("T")], .theme, help: "Next colour theme", inFooter: false),
        KeyBinding([.char("?")], .help, help: "Help"),
        KeyBinding([.function(1)], .help, help: "Help, also while typing", inFooter: false),
        KeyBinding([.char("Q"), .ctrl("c")], .quit, help: "Quit"),
    ])

    /// The footer's share: on the first screen there is nothing to go back to, so no "Back".
    /// Keys the screen binds itself (a form's Esc) are left out, so the footer never shows two meanings.
    static func footerHints(isRoot: Bool, screen: any ConsoleScreen, context: ScreenContext) -> [KeyHint] {
        let own = Set(screen.footerKeys(in: context))
        return Keymap(keymap.bindings.filter { binding in
            !(isRoot && binding.action == .back) && !binding.keys.contains(where: own.contains)
        }).footerHints
    }
}
