import Foundation
import Testing
@testable import TerminalUI

/// End to end in a real terminal: tmux runs `parley ui-demo` (the executable dispatches it to
/// `TerminalUIDemo.run`). Skipped until the binary is built with that dispatch.
@Suite(.serialized, .enabled(if: ParleyBinary.supportsDemo && TmuxHarness.isAvailable))
struct RealTerminalTests {
    /// The demo in a shell that stays open afterwards to show its exit line. NO_COLOR is cleared
    /// unless asked for, since the test runner's environment may set it.
    func demoCommand(term: String = "xterm-256color", noColor: Bool = false, extra: String = "") -> String {
        let colour = noColor ? "NO_COLOR=1" : "-u NO_COLOR"
        return "env \(colour) TERM=\(term) \(TmuxHarness.quote(ParleyBinary.path)) ui-demo \(extra); echo \"exit=$?\"; sleep 600"
    }

    @Test func drawsWideCharactersTicksSurvivesResizeAndRestoresOnSIGTERM() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        tmux.start(command: demoCommand(), cols: 80, rows: 24)

        let first = try #require(tmux.waitFor { $0.contains("countdown: 00:0") })
        #expect(first.contains("wide: 日本語 😀 ok"))
        #expect(first.contains("size: 80x24"))
        #expect(tmux.waitFor(timeout: 2) { $0.contains("background: done (from another thread)") } != nil)

        // The countdown moves without any key being pressed.
        let countdown = first.split(separator: "\n").first { $0.contains("countdown:") }.map(String.init) ?? ""
        #expect(tmux.waitFor(timeout: 3) { !$0.contains(countdown) && $0.contains("countdown: 00:0") } != nil)

        tmux.tmux("resize-window -x 60 -y 20")
        let resized = try #require(tmux.waitFor { $0.contains("size: 60x20") })
        #expect(resized.contains("wide: 日本語 😀 ok"))
        #expect(resized.contains("resizes: 1"))

        let pidText = try #require(resized.firstMatch(of: /pid: (\d+)/)?.1)
        let pid = try #require(pid_t(pidText))
        #expect(kill(pid, SIGTERM) == 0)
        let after = try #require(tmux.waitFor { $0.contains("exit=") })
        #expect(after.contains("ui-demo: stopped by SIGTERM, terminal restored"))
        #expect(after.contains("exit=143"))
        // Back on the normal screen: the demo's frame is gone, not stuck in the alternate screen.
        #expect(!after.contains("TerminalUI demo"))
        #expect(tmux.tmux("display -p '#{alternate_on}'").output.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test func aStillScreenWithATickingCountdownSendsOnlyTheChangedCells() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        tmux.start(command: demoCommand(), cols: 80, rows: 24)
        _ = try #require(tmux.waitFor { $0.contains("countdown:") })
        usleep(300_000)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(tmux.socket + ".bytes").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        tmux.tmux("pipe-pane -o " + TmuxHarness.quote("cat > " + TmuxHarness.quote(file)))
        usleep(3_200_000)
        tmux.tmux("pipe-pane")
        usleep(100_000)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        // Three ticks: each rewrites a digit or two of the two countdowns (about 30-60 bytes);
        // repainting the 80x24 screen even once would cost well over 1,900.
        #expect(bytes > 0, "the countdown should have ticked")
        #expect(bytes < 400, "a still screen wrote \(bytes) bytes in 3 seconds")
    }

    @Test func escapeQuitsAtOnce() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        tmux.start(command: demoCommand(), cols: 60, rows: 12)
        _ = try #require(tmux.waitFor { $0.contains("countdown:") })
        let sent = Date()
        tmux.tmux("send-keys Escape")
        _ = try #require(tmux.waitFor { $0.contains("exit=0") })
        // ncurses waits a full second for a possible escape sequence unless set_escdelay is lowered.
        #expect(Date().timeIntervalSince(sent) < 0.5)
    }

    @Test("An escape sequence terminfo does not list neither quits as Esc nor types its letters: a key's is that key, others are ignored")
    func unlistedEscapeSequenceDoesNotQuit() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        tmux.start(command: demoCommand(), cols: 60, rows: 12)
        _ = try #require(tmux.waitFor { $0.contains("countdown:") })
        // A made-up F-key (CSI) and an SS3 key xterm-256color does not name, as a terminal sends them: all at once.
        for sequence in ["\u{1B}[99~", "\u{1B}Oz"] {
            tmux.tmux("send-keys x")
            _ = try #require(tmux.waitFor { $0.contains("last key: x") })
            tmux.tmux("send-keys -l " + TmuxHarness.quote(sequence))
            let after = try #require(tmux.waitFor { $0.contains("last key: key 27") || $0.contains("exit=") })
            #expect(!after.contains("exit="), "\(sequence.debugDescription) quit the program")
        }
        // tmux's End (ESC [ 4 ~) under TERM=xterm-256color, whose terminfo says ESC O F: still End.
        tmux.tmux("send-keys -l " + TmuxHarness.quote("\u{1B}[4~"))
        #expect(tmux.waitFor { $0.contains("last key: End") } != nil)
        tmux.tmux("send-keys Escape")
        #expect(tmux.waitFor { $0.contains("exit=0") } != nil, "Esc on its own still quits")
    }

    @Test func quitKeyExitsCleanlyWithCodeZero() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        tmux.start(command: demoCommand(term: "xterm"), cols: 60, rows: 10)
        let screen = try #require(tmux.waitFor { $0.contains("countdown:") })
        #expect(screen.contains("colours: 8"))
        tmux.tmux("send-keys q")
        let after = try #require(tmux.waitFor { $0.contains("exit=") })
        #expect(after.contains("exit=0"))
    }

    @Test func suspendLeavesTheScreenAndContinueRedrawsIt() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        // `set -m` gives the demo its own process group, as an interactive shell would; without job
        // control the kernel discards terminal stop signals (orphaned process group).
        tmux.start(command: "set -m; " + demoCommand(), cols: 60, rows: 12)
        let screen = try #require(tmux.waitFor { $0.contains("countdown:") })
        let pid = try #require(screen.firstMatch(of: /pid: (\d+)/).flatMap { pid_t($0.1) })
        tmux.tmux("send-keys C-z")
        #expect(tmux.waitFor { !$0.contains("TerminalUI demo") } != nil, "Ctrl-Z should leave the full screen")
        #expect(tmux.tmux("display -p '#{alternate_on}'").output.hasPrefix("0"))
        #expect(kill(pid, SIGCONT) == 0)
        let back = try #require(tmux.waitFor { $0.contains("TerminalUI demo") && $0.contains("countdown:") })
        #expect(back.contains("wide: 日本語 😀 ok"))
        #expect(kill(pid, SIGTERM) == 0)
        // (The shell has moved on while the job was stopped, so only the demo's own line is checked.)
        #expect(tmux.waitFor { $0.contains("stopped by SIGTERM, terminal restored") } != nil)
    }

    @Test func aCrashStillRestoresTheTerminal() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        tmux.start(command: demoCommand(extra: "--simulate-crash"), cols: 60, rows: 12)
        let after = try #require(tmux.waitFor { $0.contains("exit=") })
        #expect(after.contains("exit=139"))
        #expect(!after.contains("TerminalUI demo"))
        #expect(tmux.tmux("display -p '#{alternate_on}'").output.hasPrefix("0"))
    }

    @Test func losingTheTerminalEndsTheProgramInsteadOfSpinning() throws {
        let tmux = TmuxHarness()
        tmux.start(command: demoCommand(), cols: 60, rows: 12)
        let screen = try #require(tmux.waitFor { $0.contains("countdown:") })
        let pid = try #require(screen.firstMatch(of: /pid: (\d+)/).flatMap { pid_t($0.1) })
        tmux.stop()  // the pane's terminal goes away: SIGHUP, then reads fail
        let end = Date().addingTimeInterval(3)
        func isRunning() -> Bool {
            // A process that has exited but not yet been reaped (a zombie) has ended too.
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return false }
            return !status.contains("State:\tZ")
        }
        while isRunning() && Date() < end { usleep(20_000) }
        #expect(!isRunning(), "the demo is still running after its terminal went away")
    }

    @Test func noColorGivesMonochrome() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        tmux.start(command: demoCommand(noColor: true), cols: 60, rows: 10)
        let screen = try #require(tmux.waitFor { $0.contains("countdown:") })
        #expect(screen.contains("colours: 0"))
        // And without NO_COLOR the same terminal has 256 colours.
        let coloured = TmuxHarness()
        defer { coloured.stop() }
        coloured.start(command: demoCommand(), cols: 60, rows: 10)
        #expect(coloured.waitFor { $0.contains("colours: 256") } != nil)
    }

    @Test func anUnknownTerminalTypeIsAClearErrorNotAHang() throws {
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        tmux.start(command: demoCommand(term: "no-such-terminal-type"), cols: 100, rows: 10)
        let after = try #require(tmux.waitFor { $0.contains("exit=") })
        #expect(after.contains("'no-such-terminal-type' is unknown to ncurses"))
        #expect(after.contains("exit=2"))
    }

    @Test func noTerminalAtAllIsAClearErrorNotASpin() {
        let result = TmuxHarness.shell(TmuxHarness.quote(ParleyBinary.path) + " ui-demo")
        #expect(result.status == 2)
        #expect(result.output.contains("needs an interactive terminal"))
    }
}
