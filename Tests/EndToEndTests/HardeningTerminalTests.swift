import Foundation
import Testing
@testable import TerminalUI

/// The console started on terminals it cannot use, or can use only partly: each gives a clear
/// message and exit code 2 within seconds, or runs with a fallback that stays readable.
@Suite("Hardening: terminals", .serialized, .enabled(if: Hardening.isAvailable))
struct HardeningTerminalTests {
    @Test("TERM unset, dumb or unknown: a clear message and exit code 2, never a crash or a spin",
          arguments: [("-u TERM", "TERM is not set"), ("TERM=dumb", "cannot move the cursor"), ("TERM=vt999", "'vt999' is unknown")])
    func unusableTerminalTypes(environment: String, message: String) throws {
        let database = try Hardening.demoCopy()
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Hardening.startConsole(tmux, database: database, arguments: "--as buyer:amara", environment: environment, cols: 200, rows: 10)
        let screen = try #require(tmux.waitFor(timeout: 10) { $0.contains("TTY-") })
        #expect(screen.contains(message))
        #expect(screen.contains("PARLEY-EXITED-2"))
        #expect(screen.contains("TTY-icanon,echo,"), "the terminal was left in raw mode")
    }

    @Test("Standard input or output not a terminal: a clear message, exit 2, and no database created")
    func notATerminal() throws {
        let folder = ParleyBinary.freshDatabase()
        let piped = Hardening.run(["--db", folder, "--as", "buyer:amara"])
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("standard input is not one"))
        #expect(!FileManager.default.fileExists(atPath: folder), "a refused start created the database")

        // stdin a terminal, stdout a file: run in a pane so stdin is the pane's terminal.
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        let output = folder + ".out"
        let command = "env TERM=xterm-256color " + TmuxHarness.quote(ParleyBinary.path) + " --db " + TmuxHarness.quote(folder)
            + " > " + TmuxHarness.quote(output) + "; echo PARLEY-EXITED-$?; sleep 60"
        tmux.start(command: "sh -c " + TmuxHarness.quote(command), cols: 200, rows: 10)
        let screen = try #require(tmux.waitFor(timeout: 10) { $0.contains("PARLEY-EXITED-") })
        #expect(screen.contains("standard output is not one"))
        #expect(screen.contains("PARLEY-EXITED-2"))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test("A non-UTF-8 locale draws lines, bars and symbols in ASCII: no box characters, no mojibake",
          arguments: ["LANG=C LC_ALL=C", "LC_ALL=POSIX"])
    func asciiFallbackUnderANonUTF8Locale(locale: String) throws {
        let database = try Hardening.demoCopy()
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Hardening.startConsole(tmux, database: database, arguments: "--as buyer:amara", environment: "TERM=xterm-256color " + locale)
        let list = try #require(tmux.waitFor(timeout: 30) { $0.contains("My orders") && $0.contains("(buyer)") && $0.contains("Quit") })
        // The tab separators and the status bar's separators are ASCII bars; the breadcrumb arrow is '>'.
        #expect(list.contains("All (11) | Awaiting delivery"))
        #expect(list.contains("Amara Okafor (buyer) | Orders"))
        _ = try Hardening.openDeliveredOrder(tmux)
        let order = tmux.capture()
        #expect(order.contains("Orders > O-"))
        // A dialog's frame is drawn with + - |.
        Hardening.keys(tmux, "c")
        let dialog = try #require(tmux.waitFor { $0.contains("Confirm receipt?") })
        #expect(dialog.contains("+- Confirm receipt? -"))
        for screen in [list, order, dialog] {
            let foreign = screen.unicodeScalars.filter { $0.value >= 0x80 }
            #expect(foreign.isEmpty, "non-ASCII on an ASCII terminal: \(String(String.UnicodeScalarView(foreign)))")
        }
        Hardening.keys(tmux, "Escape", "Q")
        #expect(tmux.waitFor { $0.contains("PARLEY-EXITED-0") } != nil)
    }

    @Test("A UTF-8 locale keeps the Unicode lines and symbols")
    func unicodeUnderAUTF8Locale() throws {
        let database = try Hardening.demoCopy()
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Hardening.startConsole(tmux, database: database, arguments: "--as buyer:amara", environment: "TERM=xterm-256color LANG=C.UTF-8 LC_ALL=")
        let list = try #require(tmux.waitFor(timeout: 30) { $0.contains("My orders") && $0.contains("(buyer)") && $0.contains("Quit") })
        #expect(list.contains("All (11) │ Awaiting delivery"))
        #expect(list.contains("✉"))
    }

    @Test("NO_COLOR and an 8-colour xterm stay readable: the same words on screen, the selection still marked",
          arguments: ["TERM=xterm NO_COLOR=1", "TERM=xterm"])
    func monochromeAndEightColours(environment: String) throws {
        let database = try Hardening.demoCopy()
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Hardening.startConsole(tmux, database: database, arguments: "--as buyer:amara", environment: environment)
        let list = try #require(tmux.waitFor(timeout: 30) { $0.contains("My orders") && $0.contains("Enter Open") })
        #expect(list.contains("Enter Open"))
        // The selected row must stand out: reverse video (SGR 7) without colour, else a background colour.
        let styled = tmux.tmux("capture-pane -e -p").output
        let selected = styled.split(separator: "\n").first { $0.contains("O-100") }.map(String.init) ?? ""
        #expect(selected.contains("\u{1B}[7m") || selected.firstMatch(of: /\u{1B}\[(4[0-7]|48;5;\d+)m/) != nil,
                "the selected row is not marked: \(selected.debugDescription)")
        if environment.contains("NO_COLOR") {
            // No colour at all: no foreground/background colour codes anywhere.
            #expect(styled.firstMatch(of: /\u{1B}\[[0-9;]*(3[0-7]|4[0-7]|38;5|48;5)[;m]/) == nil)
        }
    }

    @Test("The glyph set follows the locale: only an explicit non-UTF-8 locale falls back to ASCII")
    func glyphSetChoice() {
        #expect(GlyphSet.forLocale(named: "C", codesetIsUTF8: false) == .ascii)
        #expect(GlyphSet.forLocale(named: "POSIX", codesetIsUTF8: false) == .ascii)
        #expect(GlyphSet.forLocale(named: "de_DE.ISO-8859-1", codesetIsUTF8: false) == .ascii)
        #expect(GlyphSet.forLocale(named: "en_GB.UTF-8", codesetIsUTF8: false) == .unicode)
        #expect(GlyphSet.forLocale(named: nil, codesetIsUTF8: false) == .unicode)
        #expect(GlyphSet.forLocale(named: "C.UTF-8", codesetIsUTF8: true) == .unicode)
        #expect(LocaleSetup.userLocaleName(["LANG": "C.UTF-8", "LC_ALL": "POSIX"]) == "POSIX")
        #expect(LocaleSetup.userLocaleName(["LANG": "C.UTF-8", "LC_ALL": ""]) == "C.UTF-8")
        let ascii = GlyphSet.ascii
        #expect(["┌", "─", "│", "┼", "╯", "█", "░", "●", "…", "›", "日", "é", "␛", "e\u{301}"].map(ascii.shown)
                == ["+", "-", "|", "+", "+", "#", ".", "*", "~", ">", "?", "?", "^", "?"])
        #expect(ascii.shown("a") == "a")
        #expect(GlyphSet.unicode.shown("│") == "│")
    }
}
