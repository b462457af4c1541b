import ArgumentParser
import Foundation
import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI

/// `parley` with no subcommand: the full-screen console.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the dispute centre (the default)."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("The colour theme (a file name in themes/, without .toml).", valueName: "name"))
    var theme: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Go straight in as this account, e.g. buyer:amara, seller:northwind, staff:mira.", valueName: "role:name"))
    var signIn: SignInRequest?

    @Flag(name: .long, help: "Work on a temporary copy of the database, where time can be moved (training).")
    var sandbox = false

    /// The options as plain values: the same ones `ConsoleQuickStart` reads without ArgumentParser.
    var request: ConsoleRequest {
        ConsoleRequest(global: global.values, theme: theme, signIn: signIn, sandbox: sandbox)
    }

    func run() throws {
        try request.start()
    }
}

/// What a console start was asked for, however its command line was read.
struct ConsoleRequest: Equatable {
    var global = GlobalOptionValues()
    var theme: String?
    var signIn: SignInRequest?
    var sandbox = false

    func start() throws {
        let now = try global.instant()
        // Before the database is opened: a console that cannot start must not create or fill one.
        do {
            try TerminalSession.requireInteractive()
        } catch {
            Terminal.printError("parley: error: \(error)")
            throw ExitCode(error.exitCode)
        }
        var store = try StoreLauncher.open(global)
        if store.isNew {
            try StoreLauncher.fillWithDemoData(store, now: now)
        }
        if sandbox {
            do {
                store = try store.makeSandboxCopy()
            } catch {
                throw StoreLauncher.fail(error)
            }
            Terminal.printError("parley: sandbox: working on a copy at \(store.location.path); the real database is untouched.")
        }
        let launch = ConsoleLaunch(store: store, now: now, fixedNow: global.now != nil, theme: theme,
                                   policyName: global.policy, signIn: signIn, sandbox: sandbox)
        let code = ConsoleLauncher.launch(launch)
        if code != 0 { throw ExitCode(code) }
    }
}

/// `--as ROLE:NAME`.
struct SignInRequest: ExpressibleByArgument, Sendable, Equatable {
    enum Role: String, Sendable, CaseIterable { case buyer, seller, staff }

    var role: Role
    var name: String

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let role = Role(rawValue: parts[0].lowercased()), !parts[1].isEmpty else { return nil }
        self.role = role
        self.name = parts[1]
    }

    static var defaultCompletionKind: CompletionKind { .default }
}

/// Everything the console needs to start.
struct ConsoleLaunch {
    var store: Store
    var now: Date
    /// True with `--now`: the clock starts at `now` instead of following the real time.
    var fixedNow: Bool
    var theme: String?
    var policyName: String?
    var signIn: SignInRequest?
    var sandbox: Bool
}

/// The one place the console is started from: the console layer plugs in here.
enum ConsoleLauncher {
    static func launch(_ launch: ConsoleLaunch) -> Int32 {
        ConsoleApp.run(store: launch.store, signIn: launch.signIn.map { "\($0.role.rawValue):\($0.name)" }, themeName: launch.theme,
                       policy: launch.policyName.flatMap(Policy.named) ?? launch.store.policy,
                       clock: launch.fixedNow || launch.sandbox ? MovableClock(launch.now, running: true) : SystemClock(),
                       sandbox: launch.sandbox)
    }
}
