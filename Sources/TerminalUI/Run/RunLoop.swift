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
}

/// The program's answer to an event.
public enum LoopDecision: Hashable, Sendable {
    case `continue`
    case quit(code: Int32)
}

/// How a run ended.
public enum RunOutcome: Hashable, Sendable {
    case finished(code: Int32)
    case signalled(Int32)
    case failed(TerminalError)

    public var exitCode: Int32 {
        switch self {
        case .finished(let code): return code
        case .signalled(let signal): return 128 + signal
        case .failed(let error): return error.exitCode
        }
    }
}

/// A program the loop drives: Elm-style, it handles events and draws its state.
public protocol TerminalProgram: AnyObject {
    func handle(_ event: TerminalEvent) -> LoopDecision
    func draw(on surface: any Surface)
}

/// A `TerminalProgram` made of two closures.
public final class ClosureProgram: TerminalProgram {
    private let onEvent: (TerminalEvent) -> LoopDecision
    private let onDraw: (any Surface) -> Void

    public init(handle: @escaping (TerminalEvent) -> LoopDecision, draw: @escaping (any Surface) -> Void) {
        onEvent = handle
        onDraw = draw
    }

    public func handle(_ event: TerminalEvent) -> LoopDecision { onEvent(event) }
    public func draw(on surface: any Surface) { onDraw(surface) }
}

/// Waits for keys with a timeout so that ticks fall on whole wall-clock seconds without drift
/// (the timeout is recomputed from the clock each time, never counted), redraws after every event,
/// and turns signals into orderly exits.
public struct RunLoop {
    private let session: TerminalSession
    private let clock: () -> Date

    public init(session: TerminalSession, clock: @escaping () -> Date = Date.init) {
        self.session = session
        self.clock = clock
    }

    /// Runs until the program quits, a terminating signal arrives, or the terminal goes away.
    /// The caller closes the session (use `TerminalRunner` to get that for free).
    public func run(_ program: any TerminalProgram) -> RunOutcome {
        var nextTick = RunLoop.nextSecond(after: clock())
        var instantTimeouts = 0
        redraw(program)
        while true {
            let signal = pendingTermination.exchange(0, ordering: .relaxed)
            if signal == SIGINT {
                if case .quit(let code) = program.handle(.interrupt) { return .finished(code: code) }
                redraw(program)
            } else if signal != 0 {
                return .signalled(signal)
            }
            if pendingSuspend.exchange(false, ordering: .relaxed) {
                session.suspend()
                redraw(program)
            }
            if pendingContinue.exchange(false, ordering: .relaxed) {
                session.resumeAfterStop()
                redraw(program)
            }

            let now = clock()
            if now >= nextTick {
                // After a long stall (suspend, slow draw) one tick with the true time, not a burst.
                nextTick = RunLoop.nextSecond(after: now)
                if case .quit(let code) = program.handle(.tick(now)) { return .finished(code: code) }
                redraw(program)
                continue
            }
            let wait = Int32(min(1000, max(1, (nextTick.timeIntervalSince(now) * 1000).rounded(.up))))
            let started = clock()
            switch session.readKey(timeoutMilliseconds: wait) {
            case .timedOut:
                // No terminal (pty closed) makes get_wch fail at once, forever: notice, don't spin.
                if clock().timeIntervalSince(started) < 0.001 && wait > 2 {
                    instantTimeouts += 1
                    if instantTimeouts >= 100 || isatty(STDIN_FILENO) != 1 { return .failed(.terminalLost) }
                } else {
                    instantTimeouts = 0
                }
            case .key(let key):
                instantTimeouts = 0
                let event: TerminalEvent
                if key == .resize {
                    session.windowResized()
                    event = .resize(session.surface.size)
                } else {
                    event = .key(key)
                }
                if case .quit(let code) = program.handle(event) { return .finished(code: code) }
                redraw(program)
            }
        }
    }

    private func redraw(_ program: any TerminalProgram) {
        let surface = session.surface
        surface.beginFrame()
        program.draw(on: surface)
        surface.endFrame()
    }

    /// The next whole second strictly after `date`.
    static func nextSecond(after date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 + 1).rounded(.down))
    }
}

/// Opens the terminal, runs a program, and always restores the terminal; prints a clear message to
/// standard error when the terminal cannot be used. Returns the process exit code.
public enum TerminalRunner {
    public static func run(theme: Theme, environment: [String: String] = ProcessInfo.processInfo.environment,
                           makeProgram: (TerminalSession) -> any TerminalProgram) -> RunOutcome {
        let session: TerminalSession
        do {
            session = try TerminalSession.open(theme: theme, environment: environment)
        } catch {
            return .failed(error)
        }
        defer { session.close() }
        let program = makeProgram(session)
        return RunLoop(session: session).run(program)
    }

    /// The message to print for an outcome, if any.
    public static func message(for outcome: RunOutcome) -> String? {
        switch outcome {
        case .failed(let error): return "error: \(error)"
        case .signalled, .finished: return nil
        }
    }
}
