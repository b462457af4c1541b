import CNcursesw
import Foundation

/// Waits for keys with a timeout so that ticks fall on whole wall-clock seconds without drift
/// (the timeout is recomputed from the clock each time, never counted), redraws after every event,
/// and turns signals into orderly exits.
public struct RunLoop {
    private let session: TerminalSession
    private let clock: () -> Date
    private let wakeSource: (any TerminalWakeSource)?

    public init(session: TerminalSession, wakeSource: (any TerminalWakeSource)? = nil,
                clock: @escaping () -> Date = Date.init) {
        self.session = session
        self.wakeSource = wakeSource
        self.clock = clock
    }

    /// Runs until the program quits, a terminating signal arrives, or the terminal goes away.
    /// The caller closes the session (use `TerminalRunner` to get that for free).
    public func run(_ program: any TerminalProgram) -> RunOutcome {
        var nextTick = RunLoop.nextSecond(after: clock())
        var instantTimeouts = 0
        // Keys that are already waiting (a paste, key repeat) are handled before drawing, so a long
        // paste costs one frame, not one per character; a frame still comes at least every 50 ms.
        var needsRedraw = false
        var lastRedraw = clock()
        func redrawNow() {
            redraw(program)
            needsRedraw = false
            lastRedraw = clock()
        }
        redrawNow()
        while true {
            let signal = pendingTermination.exchange(0, ordering: .relaxed)
            if signal == SIGINT {
                if case .quit(let code) = program.handle(.interrupt) { return .finished(code: code) }
                redrawNow()
            } else if signal != 0 {
                return .signalled(signal)
            }
            if pendingSuspend.exchange(false, ordering: .relaxed) {
                session.suspend()
                redrawNow()
            }
            if pendingContinue.exchange(false, ordering: .relaxed) {
                session.resumeAfterStop()
                redrawNow()
            }

            if let wakeSource, wakeSource.takeWake() {
                if case .quit(let code) = program.handle(.wake) { return .finished(code: code) }
                redrawNow()
            }

            let now = clock()
            if now >= nextTick {
                // After a long stall (suspend, slow draw) one tick with the true time, not a burst.
                nextTick = RunLoop.nextSecond(after: now)
                if case .quit(let code) = program.handle(.tick(now)) { return .finished(code: code) }
                redrawNow()
                continue
            }
            // With an inbox, wake at least every 50 ms to look at it; otherwise sleep until the tick.
            let cap: Double = wakeSource == nil ? 1000 : 50
            if needsRedraw && now.timeIntervalSince(lastRedraw) >= 0.05 { redrawNow() }
            let wait = needsRedraw ? 0 : Int32(min(cap, max(1, (nextTick.timeIntervalSince(now) * 1000).rounded(.up))))
            let started = clock()
            switch session.readKey(timeoutMilliseconds: wait) {
            case .timedOut where needsRedraw:
                redrawNow()
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
                needsRedraw = true
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
