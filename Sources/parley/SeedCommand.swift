import ArgumentParser
import ParleyStore

/// `parley seed`: fills a database with generated orders and disputes, deterministically.
struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Fill the database with generated orders and disputes (for scale tests)."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "How many orders to add.")
    var orders: Int

    @Option(name: .long, help: "How many of them get a dispute.")
    var disputes: Int = 0

    @Option(name: .long, help: "The random seed; the same seed and --now give the same data.")
    var seed: UInt64 = 1

    func validate() throws {
        guard orders >= 0 else { throw ValidationError("--orders must be 0 or more.") }
        guard disputes >= 0 else { throw ValidationError("--disputes must be 0 or more.") }
        guard disputes <= orders else { throw ValidationError("--disputes (\(disputes)) cannot exceed --orders (\(orders)): one dispute per order.") }
    }

    func run() throws {
        _ = try StoreLauncher.open(global)
        print("Seeding is not built yet.")
    }
}
