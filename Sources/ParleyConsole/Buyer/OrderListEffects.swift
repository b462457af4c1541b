import Foundation
import ParleyCore

/// Counts the buyer's orders per tab (with the filter).
struct LoadOrderCountsEffect: ConsoleEffect {
    var buyer: UserID
    var filter: String
    var at: Date
    var summary: String { "count orders" }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            return OrderCountsLoaded(filter: filter, counts: try backend.buyer.orderCounts(buyer: buyer, filter: filter, at: at),
                                     sorts: backend.buyer.orderSorts)
        } catch {
            return EffectFailure(effect: summary, message: "Orders could not be counted: \(ErrorText.describe(error))")
        }
    }
}

struct OrderCountsLoaded: EffectResult {
    var filter: String
    var counts: [OrderTab: Int]
    var sorts: [OrderSort]
}

/// Loads one keyset window of the order list; `start` is the list index of its first row
/// (nil: the window ends at the last row).
struct LoadOrderPageEffect: ConsoleEffect {
    var request: OrderPageRequest
    var start: Int?
    var at: Date
    var summary: String {
        switch request.direction {
        case .first: return "load first orders"
        case .last: return "load last orders"
        case .after(let cursor): return "load orders after \(cursor.sortValue)·\(cursor.key)"
        case .before(let cursor): return "load orders before \(cursor.sortValue)·\(cursor.key)"
        }
    }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            return OrderPageLoaded(request: request, start: start, rows: try backend.buyer.orderPage(request, at: at))
        } catch {
            return EffectFailure(effect: summary, message: "Orders could not be loaded: \(ErrorText.describe(error))")
        }
    }
}

struct OrderPageLoaded: EffectResult {
    var request: OrderPageRequest
    var start: Int?
    var rows: [OrderListRow]
}

/// Reads the bottom window of the order list ahead, on a quiet tick: End then shows it without a
/// read (the bottom of 100,000 orders, End in a pty: 2.7 ms with a cold read, 1.5 ms without one).
struct ReadBottomAheadEffect: ConsoleEffect {
    var request: OrderPageRequest
    var at: Date
    var summary: String { "read last orders ahead" }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        // Nothing to tell the person if it fails: End reads the rows itself then.
        BottomReadAhead(request: request, rows: (try? backend.buyer.orderPage(request, at: at)) ?? [])
    }
}

struct BottomReadAhead: EffectResult {
    var request: OrderPageRequest
    var rows: [OrderListRow]
}
