import ArgumentParser
import Foundation
import ParleyStore
import TerminalUI

/// Opens the database the options name, turning every refusal into a message and its exit code.
enum StoreLauncher {
    /// `mayCreate: false` for commands that only make sense on an existing database (verify, sweep,
    /// export): a mistyped path must not leave an empty database behind.
    static func open(_ options: GlobalOptions, mayCreate: Bool = true) throws -> Store {
        try open(options.values, mayCreate: mayCreate)
    }

    static func open(_ options: GlobalOptionValues, mayCreate: Bool = true) throws -> Store {
        do {
            let location = try DatabaseLocation.resolve(flag: options.db)
            // (A missing folder is left to `Store.open`, which names it.)
            if !mayCreate && FileManager.default.fileExists(atPath: location.directory) && !FileManager.default.fileExists(atPath: location.path) {
                Terminal.printError("parley: there is no database at \(location.path); start `parley` once to create one with demo data, or check --db.")
                throw ExitCode(66)
            }
            return try Store.open(location, policy: try options.resolvedPolicy())
        } catch let error as StoreOpeningError {
            Terminal.printError("parley: \(error.description)")
            throw ExitCode(error.exitCode)
        }
    }

    /// A new database gets a demo marketplace so the first start shows real-looking data.
    static func fillWithDemoData(_ store: Store, now: Date) throws {
        do {
            Terminal.printError("parley: new database at \(store.location.path); filling it with demo data…")
            let summary = try DemoData.fill(store, now: now)
            for step in summary.refusedSteps { Terminal.printError("parley: demo step refused: \(step)") }
            Terminal.printError("parley: \(summary.orders) orders, \(summary.disputes) disputes, \(summary.buyers) buyers, \(summary.shops) shops. Staff sign in as mira, nadia or tomas (password parley-demo).")
        } catch {
            throw fail(error)
        }
    }

    /// Reports a store failure (conflict, full disk...) and exits with a failure code.
    static func fail(_ error: Error) -> ExitCode {
        switch error {
        case let error as StoreError:
            Terminal.printError("parley: \(error.description)")
            if case .conflict = error { return ExitCode(4) }
            return .failure
        case let error as ExitCode:
            return error
        default:
            Terminal.printError("parley: \(error)")
            return .failure
        }
    }
}

/// Small helpers for writing to the terminal.
enum Terminal {
    static func printError(_ text: String) {
        StandardError.write(text + "\n")
    }

    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
