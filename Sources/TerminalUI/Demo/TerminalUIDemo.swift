import CNcursesw
import Foundation

/// A small screen that exercises the terminal layer end to end (wide characters, a ticking
/// countdown, resize, signals). Exposed by the executable as `parley ui-demo`; the tmux test drives it.
public enum TerminalUIDemo {
    /// Runs the demo and returns the exit code. `--probe` only prints that the demo exists;
    /// `--theme NAME` picks a theme; `--seconds N` sets the countdown; `--simulate-crash` dies of
    /// SIGSEGV at the first tick, to show that a crash still restores the terminal.
    public static func run(arguments: [String]) -> Int32 {
        if arguments.contains("--probe") {
            print("ui-demo available")
            return 0
        }
        let library = ThemeLibrary.locate()
        var themeName = "default"
        var seconds = 300
        var index = 0
        while index < arguments.count {
            if arguments[index] == "--theme", index + 1 < arguments.count { themeName = arguments[index + 1]; index += 1 }
            if arguments[index] == "--seconds", index + 1 < arguments.count, let n = Int(arguments[index + 1]) {
                seconds = n
                index += 1
            }
            index += 1
        }
        let theme: Theme
        do {
            let loaded = try library.load(themeName)
            theme = loaded.theme
            for warning in loaded.warnings { StandardError.write("warning: \(warning)\n") }
        } catch {
            StandardError.write("error: \(error)\n")
            return 2
        }
        let deadline = Date().addingTimeInterval(TimeInterval(seconds))
        let others = library.names.filter { $0 != themeName }.compactMap { try? library.load($0).theme }
        // A background job that reports through the inbox, as a console's store observation would.
        let inbox = TerminalInbox<String>()
        Thread.detachNewThread {
            usleep(300_000)
            inbox.post("done (from another thread)")
        }
        let outcome = TerminalRunner.run(theme: theme, wakeSource: inbox) { session in
            let program = DemoProgram(deadline: deadline, depth: session.surface.colorDepth, themes: [theme] + others,
                                      applyTheme: { session.surface.setTheme($0) })
            program.inbox = inbox
            program.crashAtFirstTick = arguments.contains("--simulate-crash")
            return program
        }
        switch outcome {
        case .finished(let code):
            print("ui-demo: finished with code \(code), terminal restored")
        case .signalled(let signal):
            print("ui-demo: stopped by \(signalName(signal)), terminal restored")
        case .failed(let error):
            StandardError.write("ui-demo: error: \(error)\n")
        }
        return outcome.exitCode
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGTERM: return "SIGTERM"
        case SIGINT: return "SIGINT"
        case SIGHUP: return "SIGHUP"
        default: return "signal \(signal)"
        }
    }
}
