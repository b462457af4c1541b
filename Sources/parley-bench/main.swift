import Foundation
import ParleyCore
import ParleyStore
import TerminalUI

// parley-bench: builds its own data, measures, and prints median / min / max against the targets of issue 7.
let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch .helpRequested {
    print(BenchOptions.usage)
    exit(0)
} catch {
    StandardError.write("parley-bench: \(error)\n\(BenchOptions.usage)\n")
    exit(2)
}

do {
    let context = try BenchContext(options: options)
    context.note("parley-bench: \(options.runs) runs per figure\(options.quick ? ", quick sizes" : ""); scratch \(context.scratch)")
    if options.includes(.domain) { DomainBenchmarks(context: context).run() }
    // The big database: seeded (and measured) by the store group, seeded unmeasured for the other
    // groups, or one kept from an earlier run. The bulk seeder's busiest buyer holds a tenth of all orders.
    let storeBenchmarks = StoreBenchmarks(context: context)
    var big: (path: String, buyer: UserID)?
    if let kept = options.database, !options.includes(.store) {
        big = (kept, UserID("S1-b000001"))
    } else if options.includes(.store) {
        big = storeBenchmarks.run().flatMap { summary in summary.busiestBuyer.map { (storeBenchmarks.bigDatabase, $0) } }
    } else if options.includes(.binary) {
        big = storeBenchmarks.prepareOnly().flatMap { summary in summary.busiestBuyer.map { (storeBenchmarks.bigDatabase, $0) } }
    }
    if options.includes(.screens) {
        ScreenBenchmarks(context: context, store: big.flatMap { try? StoreData.open($0.path) }).run()
    }
    if options.includes(.binary) {
        // A seed leaves a gigabyte or more for the kernel to write back; flushed first, so that
        // write-back runs under no timing of parley or of its peers.
        context.note("binary: flushing the seeded data to disk (sync)")
        sync()
        PeerBenchmarks(context: context).run()
        ToolPeerBenchmarks(context: context).run()
        if let big, let store = try? StoreData.open(big.path),
           let newest = try? store.buyerOrders(big.buyer, window: .first(1)).first,
           let oldest = try? store.buyerOrders(big.buyer, window: .last(1)).first {
            StartupPieces(context: context, database: big.path, buyer: big.buyer).run()
            BinaryBenchmarks(context: context, database: big.path, buyer: big.buyer, newest: newest, oldest: oldest).run()
            if FileManager.default.isExecutableFile(atPath: options.binaryPath) {
                PtyBenchmarks(context: context, database: big.path, buyer: big.buyer.rawValue, newest: newest, oldest: oldest)
                    .run(binary: options.binaryPath)
            }
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
    StandardError.write("parley-bench: \(error)\n")
    exit(1)
}
