#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Forms submit with Ctrl-S, but a terminal with XON/XOFF flow control (IXON, on by default) keeps
/// Ctrl-S for itself and stops all output until Ctrl-Q: the program looks frozen. ncurses' `cbreak()`
/// leaves IXON alone, so the session turns it off when it opens and saves that as curses' program mode,
/// which ncurses puts back itself after Ctrl-Z; `endwin()` gives the shell its own modes (IXON on).
enum TerminalFlowControl {
    /// Turns IXON off on `descriptor` when it is on; true when the terminal now passes Ctrl-S and Ctrl-Q through.
    @discardableResult
    static func passControlKeys(on descriptor: Int32 = STDIN_FILENO) -> Bool {
        var modes = termios()
        guard tcgetattr(descriptor, &modes) == 0 else { return false }
        guard modes.c_iflag & tcflag_t(IXON) != 0 else { return true }
        modes.c_iflag &= ~tcflag_t(IXON)
        return tcsetattr(descriptor, TCSANOW, &modes) == 0
    }
}
