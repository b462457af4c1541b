import Foundation
import ParleyStore

// parley-bench: builds its own data, measures, and prints median / min / max against the targets of issue 7.
if CommandLine.arguments.dropFirst().first == ConsoleHost.command {
    exit(ConsoleHost.run(Array(CommandLine.arguments.dropFirst(2))))
}

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch .helpRequested {
    print(BenchOptions.usage)
    exit(0)
} catch {
    FileHandle.standardError.write(Data("parley-bench: \(error)\n\(BenchOptions.usage)\n".utf8))
    exit(2)
}

do {
    let context = try BenchContext(options: options)
    context.note("parley-bench: \(options.runs) runs per figure\(options.quick ? ", quick sizes" : ""); scratch \(context.scratch)")
    if options.includes(.domain) { DomainBenchmarks(context: context).run() }
    let needsBigDatabase = options.includes(.store) || options.includes(.binary)
    let storeBenchmarks = StoreBenchmarks(context: context)
    let seeded: SeedSummary?
    if options.includes(.store) {
        seeded = storeBenchmarks.run()
    } else if needsBigDatabase {
        seeded = storeBenchmarks.prepareOnly()
    } else {
        seeded = nil
    }
    if options.includes(.screens) {
        let store = seeded == nil ? nil : try? StoreData.open(storeBenchmarks.bigDatabase)
        ScreenBenchmarks(context: context, store: store).run()
    }
    if options.includes(.binary) {
        PeerBenchmarks(context: context).run()
        if let summary = seeded, let buyer = summary.busiestBuyer,
           let store = try? StoreData.open(storeBenchmarks.bigDatabase),
           let newest = try? store.buyerOrders(buyer, window: .first(1)).first,
           let oldest = try? store.buyerOrders(buyer, window: .last(1)).first {
            StartupPieces(context: context, database: storeBenchmarks.bigDatabase, buyer: buyer).run()
            BinaryBenchmarks(context: context, database: storeBenchmarks.bigDatabase, buyer: buyer, newest: newest, oldest: oldest).run()
        } else {
            for (name, unit, target) in BinaryBenchmarks.rows {
                context.record(Measurement(group: .binary, name: name, unit: unit, target: target, unavailable: "no seeded database"))
            }
        }
    }
    context.removeScratch()
    let table = ResultTable(measurements: context.measurements, judged: !options.quick)
    print(table.render())
    let tally = table.tally
    if !options.quick { print("\(tally.passed) passed, \(tally.missed) missed") }
} catch {
    FileHandle.standardError.write(Data("parley-bench: \(error)\n".utf8))
    exit(1)
}
