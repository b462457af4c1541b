import ArgumentParser
import TerminalUI

/// The terminal layer's widget gallery (hidden from help); the tmux end-to-end tests drive it.
struct UIDemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui-demo",
        abstract: "Show the terminal widgets.",
        shouldDisplay: false
    )

    @Argument(parsing: .allUnrecognized) var arguments: [String] = []

    func run() throws {
        let code = TerminalUIDemo.run(arguments: arguments)
        if code != 0 { throw ExitCode(code) }
    }
}
