import ArgumentParser

/// `parley`: the dispute centre's command line. With no subcommand it opens the console.
struct Parley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parley",
        abstract: "A terminal dispute centre for marketplace orders.",
        discussion: """
            The database is --db PATH, else $PARLEY_DB, else $XDG_DATA_HOME/parley/parley.sqlite \
            (~/.local/share/parley/parley.sqlite). A new database is filled with demo data.

            Exit codes: 0 ok; 1 failed; 64 bad usage; 65 not a Parley database; 66 damaged database; \
            73 the database cannot be created; 75 the database is locked; 77 the database cannot be \
            written; 78 the database is from a newer Parley; 3 verify found a break; 4 conflict.
            """,
        version: ParleyVersion.current,
        subcommands: [
            ConsoleCommand.self, SeedCommand.self, SweepCommand.self, VerifyCommand.self, ExportCommand.self,
            UIDemoCommand.self,
        ],
        defaultSubcommand: ConsoleCommand.self
    )
}

enum ParleyVersion {
    static let current = "0.1.0"
}
