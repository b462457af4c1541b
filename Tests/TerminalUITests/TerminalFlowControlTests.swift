import Foundation
@testable import TerminalUI
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The console's forms submit with Ctrl-S; in a real terminal XON/XOFF flow control would swallow it
/// and freeze the output (found by the three-console journey in tmux). The session turns it off.
@Suite("Ctrl-S reaches the console")
struct TerminalFlowControlTests {
    /// A fresh pseudo-terminal's two ends; the test closes them.
    func pseudoTerminal() throws -> (primary: Int32, secondary: Int32) {
        var primary: Int32 = -1
        var secondary: Int32 = -1
        try #require(openpty(&primary, &secondary, nil, nil, nil) == 0)
        return (primary, secondary)
    }

    @Test("XON/XOFF flow control is turned off, so Ctrl-S submits instead of stopping the terminal")
    func turnsFlowControlOff() throws {
        let (primary, secondary) = try pseudoTerminal()
        defer { close(secondary); close(primary) }
        var modes = termios()
        try #require(tcgetattr(secondary, &modes) == 0)
        modes.c_iflag |= tcflag_t(IXON) | tcflag_t(ICRNL)
        try #require(tcsetattr(secondary, TCSANOW, &modes) == 0)

        #expect(TerminalFlowControl.passControlKeys(on: secondary))
        var after = termios()
        try #require(tcgetattr(secondary, &after) == 0)
        #expect(after.c_iflag & tcflag_t(IXON) == 0)
        // Nothing else changes: Enter still arrives as it did.
        #expect(after.c_iflag & tcflag_t(ICRNL) != 0)
        #expect(after.c_lflag == modes.c_lflag)
        // Already off: nothing to do, still true.
        #expect(TerminalFlowControl.passControlKeys(on: secondary))
    }

    @Test("Not a terminal: nothing is changed and it says so")
    func notATerminal() {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]); close(ends[1]) }
        #expect(!TerminalFlowControl.passControlKeys(on: ends[0]))
    }
}
