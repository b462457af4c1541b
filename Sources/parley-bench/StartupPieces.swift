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
            let now = StoreBenchmarks.consoleNow
            let request = SignInRequest(role: .buyer, name: buyer.rawValue)
            let signIn = try Stopwatch.sample(runs: context.runs, scale: 1_000) { _ = try data.account(matching: request) }
            context.record(Measurement(group: .binary, name: "startup: sign-in look-up of --as (with its order counts)", unit: "ms",
                                       target: .none, samples: signIn))
            let counts = try Stopwatch.sample(runs: context.runs, scale: 1_000) { _ = try data.orderCounts(buyer: buyer, filter: "", at: now) }
            context.record(Measurement(group: .binary, name: "startup: tab counts of the busiest buyer", unit: "ms", target: .none, samples: counts))
            let firstPage = OrderPageRequest(buyer: buyer, tab: .all, filter: "", sort: .newest, direction: .first, limit: 50)
            let page = try Stopwatch.sample(runs: context.runs, scale: 1_000) { _ = try data.orderPage(firstPage, at: now) }
            context.record(Measurement(group: .binary, name: "startup: first page of orders (50)", unit: "ms", target: .none, samples: page))
            let unread = try Stopwatch.sample(runs: context.runs, scale: 1_000) { _ = try data.notificationCount(for: .buyer(buyer)) }
            context.record(Measurement(group: .binary, name: "startup: unread notification count", unit: "ms", target: .none, samples: unread))
        } catch {
            context.record(Measurement(group: .binary, name: "startup pieces", unit: "ms", target: .none, unavailable: "\(error)"))
        }
    }
}
