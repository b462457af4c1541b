import CNcursesw
import Foundation

/// Owns the terminal from `open` to `close`: locale, ncurses screen, input modes, colours and signal
/// handlers. `close` (idempotent) leaves the terminal exactly as it was found.
public final class TerminalSession {
    public let surface: NcursesSurface
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var isOpen = true
    /// A key read just after an Escape to tell it from a sequence, handed out by the next read.
    private var keyReadAhead: Key?

    private init(screen: OpaquePointer, window: UnsafeMutablePointer<WINDOW>, surface: NcursesSurface) {
        self.screen = screen
        self.window = window
        self.surface = surface
    }

    /// Checks for a real terminal and a known TERM before touching it, then sets up ncurses.
    public static func open(
        theme: Theme,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(TerminalError) -> TerminalSession {
        try requireInteractive()
        return try open(theme: theme, environment: environment, input: parley_stdin(), output: parley_stdout())
    }

    /// The session on any pair of streams (the console uses the standard ones; tests use pipes).
    static func open(
        theme: Theme,
        environment: [String: String],
        input: UnsafeMutablePointer<FILE>,
        output: UnsafeMutablePointer<FILE>
    ) throws(TerminalError) -> TerminalSession {
        _ = LocaleSetup.isUTF8
        // Unless the program has its own Ctrl-Z handler before the first newterm, ncurses installs
        // one and sets SIGTSTP to "ignore" during every screen update: a Ctrl-Z pressed while a
        // frame was being written was thrown away (seen in CI under load). With ours in place first,
        // ncurses leaves SIGTSTP alone for good.
        SignalState.reset()
        SignalState.installSuspendHandler()
        let term = environment["TERM"] ?? ""
        // newterm (unlike initscr) returns nil for an unknown TERM instead of exiting on its own.
        guard !term.isEmpty, let screen = newterm(term, output, input) else {
            SignalState.uninstall()
            throw .unknownTerminal(term: term)
        }
        set_term(screen)
        guard let window = parley_stdscr() else {
            endwin()
            delscreen(screen)
            SignalState.uninstall()
            throw .unknownTerminal(term: term)
        }
        guard canAddressCursor() else {
            endwin()
            delscreen(screen)
            SignalState.uninstall()
            throw .cannotAddressCursor(term: term)
        }
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        TerminalFlowControl.passControlKeys(on: fileno(input))
        // Save the modes as they are now (IXON off included) as the ones curses restores after Ctrl-Z.
        def_prog_mode()
        // COLORS is only known after start_color, so ask for colour first, then measure it.
        var depth = ColorDepth.detect(colors: 256, hasColors: has_colors(), environment: environment)
        if depth != .monochrome {
            if start_color() == ERR {
                depth = .monochrome
            } else {
                use_default_colors()
                depth = ColorDepth.detect(colors: Int(parley_colors()), hasColors: true, environment: environment)
            }
        }
        SignalState.install()
        let surface = NcursesSurface(window: window, theme: theme, depth: depth, glyphs: LocaleSetup.glyphs)
        return TerminalSession(screen: screen, window: window, surface: surface)
    }

    /// Standard input and output must both be a terminal; callers may check this before doing
    /// anything else (such as creating a database) so that a refused start changes nothing.
    public static func requireInteractive() throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(stream: "standard input") }
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(stream: "standard output") }
    }

    /// `dumb` and printing terminals have no `cup`; ncurses would "draw" by printing lines one
    /// after another. ncurses reports an absent string capability as NULL, a wrong-typed one as -1.
    private static func canAddressCursor() -> Bool {
        guard let cup = tigetstr("cup") else { return false }
        return Int(bitPattern: cup) != -1
    }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
        delscreen(screen)
        SignalState.uninstall()
    }

    deinit { close() }

    /// What one wait for input produced.
    enum Input {
        case key(Key)
        case timedOut
    }

    func readKey(timeoutMilliseconds: Int32) -> Input {
        if let key = keyReadAhead {
            keyReadAhead = nil
            return .key(key)
        }
        guard let key = readOneKey(timeoutMilliseconds: timeoutMilliseconds) else { return .timedOut }
        guard key == .escape else { return .key(key) }
        let (resolved, leftOver) = EscapeFollowUp.resolve { readOneKey(timeoutMilliseconds: 0) }
        keyReadAhead = leftOver
        return .key(resolved)
    }

    private func readOneKey(timeoutMilliseconds: Int32) -> Key? {
        wtimeout(window, timeoutMilliseconds)
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        return KeyDecoder.decode(status: status, value: value)
    }

    /// Leaves curses mode, stops the process (as SIGTSTP would have), and repaints on return.
    func suspend() {
        endwin()
        _ = parley_default_handler(SIGTSTP)
        raise(SIGTSTP)
        // Execution resumes here after SIGCONT.
        SignalState.installSuspendHandler()
        resumeAfterStop()
    }

    func resumeAfterStop() {
        surface.invalidate()
    }

    func windowResized() { surface.windowResized() }
}
