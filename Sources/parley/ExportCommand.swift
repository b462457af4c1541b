import ArgumentParser
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
        _ = try StoreLauncher.open(global)
        print("Export is not built yet.")
    }
}
