import Foundation

/// Opens the terminal, runs a program, and always restores the terminal; prints a clear message to
/// standard error when the terminal cannot be used. Returns the process exit code.
public enum TerminalRunner {
    public static func run(theme: Theme, environment: [String: String] = ProcessInfo.processInfo.environment,
                           wakeSource: (any TerminalWakeSource)? = nil,
                           makeProgram: (TerminalSession) -> any TerminalProgram) -> RunOutcome {
        let session: TerminalSession
        do {
            session = try TerminalSession.open(theme: theme, environment: environment)
        } catch {
            return .failed(error)
        }
        defer { session.close() }
        let program = makeProgram(session)
        return RunLoop(session: session, wakeSource: wakeSource).run(program)
    }

    /// The message to print for an outcome, if any.
    public static func message(for outcome: RunOutcome) -> String? {
        switch outcome {
        case .failed(let error): return "error: \(error)"
        case .signalled, .finished: return nil
        }
    }
}
