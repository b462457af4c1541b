import CNcursesw
import Foundation

/// What the run loop tells the program.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// Once per wall-clock second, at the second boundary, with the current time.
    case tick(Date)
    /// The terminal has a new size; the next draw lays out for it.
    case resize(Size)
    /// Ctrl-C (SIGINT). Returning `.continue` ignores it (for instance while typing in a field).
    case interrupt
    /// Something was posted to the `TerminalInbox` given to the run loop; drain it.
    case wake
}
