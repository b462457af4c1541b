import Foundation
import ParleyConsole
import ParleyCore
import ParleyStore

/// What the console asks the store for before its first frame, timed one by one, so a slow start
/// can be traced to its query.
struct StartupPieces {
    let context: BenchContext
    let database: String
    let buyer: UserID

    func run() {
        do {
            let store = try StoreData.open(database)
            let data = StoreBuyerData(store: store, policy: .default)
            let now = StoreBenchmarks.sweepHorizon
            var accounts = 0
            let listing = try Stopwatch.sample(runs: context.runs, scale: 1_000) { accounts = try data.accounts().count }
            context.record(Measurement(group: .binary, name: "startup: StoreBuyerData.accounts() (\(accounts) accounts)", unit: "ms",
                                       target: .none, samples: listing))
            let counts = try Stopwatch.sample(runs: context.runs, scale: 1_000) { _ = try data.orderCounts(buyer: buyer, filter: "", at: now) }
            context.record(Measurement(group: .binary, name: "startup: tab counts of the busiest buyer", unit: "ms", target: .none, samples: counts))
            let request = OrderPageRequest(buyer: buyer, tab: .all, filter: "", sort: .newest, direction: .first, limit: 50)
            let page = try Stopwatch.sample(runs: context.runs, scale: 1_000) { _ = try data.orderPage(request, at: now) }
            context.record(Measurement(group: .binary, name: "startup: first page of orders (50)", unit: "ms", target: .none, samples: page))
            let unread = try Stopwatch.sample(runs: context.runs, scale: 1_000) { _ = try data.unreadCount(for: .buyer(buyer)) }
            context.record(Measurement(group: .binary, name: "startup: unread notification count", unit: "ms", target: .none, samples: unread))
        } catch {
            context.record(Measurement(group: .binary, name: "startup pieces", unit: "ms", target: .none, unavailable: "\(error)"))
        }
    }
}
