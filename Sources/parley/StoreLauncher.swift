import ArgumentParser
import Foundation
import ParleyStore

/// Opens the database the options name, turning every refusal into a message and its exit code.
enum StoreLauncher {
    static func open(_ options: GlobalOptions) throws -> Store {
        do {
            let location = try DatabaseLocation.resolve(flag: options.db)
            return try Store.open(location)
        } catch {
            Terminal.printError("parley: \(error.description)")
            throw ExitCode(error.exitCode)
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
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
