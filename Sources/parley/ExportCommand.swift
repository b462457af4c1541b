import ArgumentParser
import Foundation
import ParleyStore

/// `parley export`: writes data out for other tools.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write data out as CSV or JSON.",
        subcommands: [ExportDisputesCommand.self]
    )
}

/// `parley export disputes --format csv|json`.
struct ExportDisputesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disputes",
        abstract: "Every dispute with its order, stage, reason, amounts and outcome."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "csv or json.")
    var format: Format = .csv

    func run() throws {
        let store = try StoreLauncher.open(global, mayCreate: false)
        // The throwing write: the plain one stops the program when standard output is a full disk.
        let output = FileHandle.standardOutput
        var buffer = ""
        var failure: Error?
        func flush() {
            do { try output.write(contentsOf: Data(buffer.utf8)) } catch { failure = error }
            buffer = ""
        }
        do {
            try store.exportDisputes(format: format == .csv ? .csv : .json) { text in
                guard failure == nil else { return }
                buffer += text
                if buffer.utf8.count > 64 * 1024 { flush() }
            }
        } catch {
            throw StoreLauncher.fail(error)
        }
        if failure == nil { flush() }
        if let failure {
            Terminal.printError("parley: the export could not be written to standard output: \(failure.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
