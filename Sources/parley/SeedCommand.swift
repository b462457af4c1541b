import ArgumentParser
import Foundation
import ParleyStore

/// `parley seed`: fills a database with generated orders and disputes, deterministically.
struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Fill the database with generated orders and disputes (for scale tests).",
        discussion: """
            When nothing else has the database open, the seed holds it to itself while it runs (each page \
            is written once, through a rollback journal); a console started meanwhile waits five seconds \
            and says the database is busy. Otherwise it writes beside the others as any change does.
            """
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
        let now = try global.instant()
        let store = try StoreLauncher.open(global)
        let reporter = ProgressReporter(total: orders + disputes, label: "rows")
        let summary: SeedSummary
        do {
            summary = try BulkSeeder.seed(store, orders: orders, disputes: disputes, seed: seed, now: now) { progress in
                reporter.update(progress.done)
            }
        } catch {
            throw StoreLauncher.fail(error)
        }
        reporter.finish()
        print("Seeded \(summary.orders) orders and \(summary.disputes) disputes for \(summary.buyers) buyers and \(summary.shops) shops.")
        if let buyer = summary.busiestBuyer, let shop = summary.busiestShop {
            print("Busiest buyer: \(buyer); busiest shop: \(shop) (a tenth of all orders each).")
        }
    }
}
