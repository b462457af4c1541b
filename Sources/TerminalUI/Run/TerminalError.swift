/// Why the terminal could not be used; each carries the message to print and the exit code to use.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    case notATerminal(stream: String)
    case unknownTerminal(term: String)
    /// A known type that cannot move the cursor (`dumb`, a printing terminal): no full screen possible.
    case cannotAddressCursor(term: String)
    case terminalLost

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "this program needs an interactive terminal, but \(stream) is not one "
                + "(run it directly in a terminal, not through a pipe or with input from a file)"
        case .unknownTerminal(let term):
            let shown = term.isEmpty ? "(TERM is not set)" : "'\(term)'"
            return "the terminal type \(shown) is unknown to ncurses; set TERM to a known type, "
                + "for example TERM=xterm-256color"
        case .cannotAddressCursor(let term):
            return "the terminal type '\(term)' cannot move the cursor, which a full-screen program needs; "
                + "run it in a full terminal, for example with TERM=xterm-256color"
        case .terminalLost:
            return "the terminal went away (input closed); exiting"
        }
    }

    /// 2 for "cannot start here" (like a usage error), 74 (EX_IOERR) for a terminal lost mid-run.
    public var exitCode: Int32 {
        switch self {
        case .notATerminal, .unknownTerminal, .cannotAddressCursor: return 2
        case .terminalLost: return 74
        }
    }
}
