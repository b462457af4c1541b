import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Signals in the middle of the buyer's dispute form, with text typed: the terminal comes back in
/// cooked mode, the shell runs on, and no dispute is half-written for that order.
@Suite("Hardening: signals", .serialized, .enabled(if: Hardening.isAvailable))
struct HardeningSignalTests {
    @Test("SIGTERM or SIGHUP mid-form: exit 128+n, terminal restored, no dispute written for the order",
          arguments: [SIGTERM, SIGHUP])
    func terminatingSignalMidForm(signal: Int32) throws {
        let database = try Hardening.demoCopy()
        let disputesBefore = Hardening.count(database, "SELECT COUNT(*) FROM dispute")
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Hardening.startConsole(tmux, database: database, arguments: "--as buyer:amara")
        let orderID = try Hardening.openDisputeFormToDescription(tmux)
        Hardening.type(tmux, "Typed but never submitted")
        _ = try #require(tmux.waitFor { $0.contains("Typed but never submitted") })
        let pid = try #require(Hardening.consolePID(tmux))
        #expect(kill(pid, signal) == 0)
        let after = try #require(tmux.waitFor(timeout: 10) { $0.contains("TTY-") })
        #expect(after.contains("PARLEY-EXITED-\(128 + signal)"))
        #expect(after.contains("TTY-icanon,echo,"), "the terminal was left in raw mode: \(after)")
        #expect(!after.contains("Describe the problem"), "the form is still on the screen")
        #expect(tmux.tmux("display -p '#{alternate_on}'").output.hasPrefix("0"))
        #expect(Hardening.count(database, "SELECT COUNT(*) FROM dispute WHERE order_id = '\(orderID)'") == 0)
        #expect(Hardening.count(database, "SELECT COUNT(*) FROM dispute") == disputesBefore)
        #expect(Hardening.sql(database, "SELECT dispute_id IS NULL FROM orders WHERE id = '\(orderID)'") == "1")
        #expect(Hardening.run(["verify", "--db", database]).status == 0)
    }

    @Test("SIGINT mid-form asks before quitting and keeps the text; confirming quits cleanly with nothing written")
    func interruptMidFormAsks() throws {
        let database = try Hardening.demoCopy()
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Hardening.startConsole(tmux, database: database, arguments: "--as buyer:amara")
        let orderID = try Hardening.openDisputeFormToDescription(tmux)
        Hardening.type(tmux, "Keep me")
        _ = try #require(tmux.waitFor { $0.contains("Keep me") })
        let pid = try #require(Hardening.consolePID(tmux))
        #expect(kill(pid, SIGINT) == 0)
        _ = try #require(tmux.waitFor { $0.contains("Quit Parley?") })
        Hardening.keys(tmux, "Escape")
        #expect(tmux.waitFor { $0.contains("Keep me") && !$0.contains("Quit Parley?") } != nil)
        #expect(kill(pid, SIGINT) == 0)
        _ = try #require(tmux.waitFor { $0.contains("Quit Parley?") })
        Hardening.keys(tmux, "y")
        let after = try #require(tmux.waitFor(timeout: 10) { $0.contains("TTY-") })
        #expect(after.contains("PARLEY-EXITED-0"))
        #expect(after.contains("TTY-icanon,echo,"))
        #expect(Hardening.count(database, "SELECT COUNT(*) FROM dispute WHERE order_id = '\(orderID)'") == 0)
    }

    @Test("Ctrl-Z mid-form returns to the shell; fg redraws the form with the typed text, which can then be submitted")
    func suspendAndResumeMidForm() throws {
        let database = try Hardening.demoCopy()
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        // An interactive shell with job control, as a person has: bash without their start-up files.
        tmux.start(command: "env -u NO_COLOR TERM=xterm-256color SWIFT_BACKTRACE=interactive=no PS1='READY$ ' bash --norc --noprofile -i",
                   cols: 120, rows: 40)
        _ = try #require(tmux.waitFor(timeout: 10) { $0.contains("READY$") })
        Hardening.type(tmux, TmuxHarness.quote(ParleyBinary.path) + " --db " + TmuxHarness.quote(database) + " --as buyer:amara; echo PARLEY-EXITED-$?")
        Hardening.keys(tmux, "Enter")
        let orderID = try Hardening.openDisputeFormToDescription(tmux)
        Hardening.type(tmux, "Typed before Ctrl-Z")
        _ = try #require(tmux.waitFor { $0.contains("Typed before Ctrl-Z") })
        Hardening.keys(tmux, "C-z")
        let shell = try #require(tmux.waitFor { $0.contains("Stopped") && !$0.contains("Describe the problem") }, "\(tmux.capture())")
        #expect(shell.contains("READY$"))
        #expect(tmux.tmux("display -p '#{alternate_on}'").output.hasPrefix("0"))
        Hardening.type(tmux, "fg")
        Hardening.keys(tmux, "Enter")
        let back = try #require(tmux.waitFor { $0.contains("Describe the problem") && $0.contains("Typed before Ctrl-Z") })
        #expect(back.contains("Open a dispute"))
        // Still fully usable: more text goes into the same field.
        Hardening.type(tmux, " and after fg")
        #expect(tmux.waitFor { $0.contains("Typed before Ctrl-Z and after fg") } != nil)
        Hardening.keys(tmux, "C-c")
        _ = try #require(tmux.waitFor { $0.contains("Quit Parley?") })
        Hardening.keys(tmux, "y")
        // `fg` finished the job; its status is the shell's $? (the echo after it ran at the stop).
        _ = try #require(tmux.waitFor(timeout: 10) { !$0.contains("Open a dispute") && $0.contains("READY$") })
        Hardening.type(tmux, "echo FG-STATUS-$?")
        Hardening.keys(tmux, "Enter")
        #expect(tmux.waitFor { $0.contains("\nFG-STATUS-0") } != nil)
        #expect(Hardening.count(database, "SELECT COUNT(*) FROM dispute WHERE order_id = '\(orderID)'") == 0)
    }
}
