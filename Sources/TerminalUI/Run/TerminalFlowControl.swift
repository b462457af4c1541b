#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Forms submit with Ctrl-S, but a terminal with XON/XOFF flow control (IXON, on by default) keeps
/// Ctrl-S for itself and stops all output until Ctrl-Q: the console looks frozen. ncurses' `cbreak()`
/// leaves IXON alone, so the console turns it off while it runs. `endwin()` puts back the modes saved
/// at start (IXON included), so the shell gets its flow control back on quit and on Ctrl-Z.
enum TerminalFlowControl {
    /// Turns IXON off on `descriptor` when it is on; true when the terminal now passes Ctrl-S and Ctrl-Q through.
    /// Cheap when already off (one `tcgetattr`), so it can run on every frame: ncurses restores its own
    /// saved modes, IXON on, when it comes back from Ctrl-Z.
    @discardableResult
    static func passControlKeys(on descriptor: Int32 = STDIN_FILENO) -> Bool {
        var modes = termios()
        guard tcgetattr(descriptor, &modes) == 0 else { return false }
        guard modes.c_iflag & tcflag_t(IXON) != 0 else { return true }
        modes.c_iflag &= ~tcflag_t(IXON)
        return tcsetattr(descriptor, TCSANOW, &modes) == 0
    }
}
