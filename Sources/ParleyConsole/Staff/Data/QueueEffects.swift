import Foundation
import ParleyCore
import ParleyStore

/// One window of the staff queue (keyset), with the queue's filters.
public struct LoadStaffQueueEffect: ConsoleEffect {
    public var filter: QueueFilter
    public var window: WindowRequest<ListCursor>
    public var token: Int

    public init(filter: QueueFilter, window: WindowRequest<ListCursor>, token: Int) {
        self.filter = filter
        self.window = window
        self.token = token
    }

    public var summary: String { "load staff queue \(filter.summary)" }

    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        switch backend.requireStore(summary) {
        case .failure(let failure): return failure
        case .success(let store):
            do {
                let rows = try store.staffQueue(filter: filter.storeFilter, window: window)
                return DisputeRowsLoaded(rows: rows, window: window, token: token)
            } catch {
                return EffectFailure(effect: summary, message: String(describing: error))
            }
        }
    }
}

/// One window of a shop's disputes, soonest deadline first.
public struct LoadShopDisputesEffect: ConsoleEffect {
    public var shop: ShopID
    public var window: WindowRequest<ListCursor>
    public var token: Int

    public init(shop: ShopID, window: WindowRequest<ListCursor>, token: Int) {
        self.shop = shop
        self.window = window
        self.token = token
    }

    public var summary: String { "load disputes of shop \(shop)" }

    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        switch backend.requireStore(summary) {
        case .failure(let failure): return failure
        case .success(let store):
            do { return DisputeRowsLoaded(rows: try store.shopDisputes(shop, window: window), window: window, token: token) }
            catch { return EffectFailure(effect: summary, message: String(describing: error)) }
        }
    }
}

public struct DisputeRowsLoaded: EffectResult {
    public var rows: [DisputeListRow]
    public var window: WindowRequest<ListCursor>
    /// Which request this answers (a newer filter makes older answers stale).
    public var token: Int
}

extension QueueFilter {
    var storeFilter: StaffQueueFilter {
        let assignee: AssigneeFilter? = switch self.assignee {
        case .unassigned?: .unassigned
        case .staff(let id)?: .staff(id)
        case nil: nil
        }
        return StaffQueueFilter(reason: reason, stage: stage, shop: shop, assignee: assignee, text: text.isEmpty ? nil : text)
    }
}

/// The dashboard's figures.
public struct LoadDashboardEffect: ConsoleEffect {
    public var at: Date
    public init(at: Date) { self.at = at }
    public var summary: String { "load dashboard" }

    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        switch backend.requireStore(summary) {
        case .failure(let failure): return failure
        case .success(let store):
            do {
                let figures = try store.dashboard(at: at)
                return DashboardLoaded(numbers: DashboardNumbers(
                    byStage: figures.byStage, byReason: figures.byReason, outcomes: figures.byDecision,
                    dueWithin24Hours: figures.dueWithin24Hours, medianTimeToResolution: figures.medianTimeToResolution,
                    openedPerDay: figures.openedPerDay))
            } catch {
                return EffectFailure(effect: summary, message: String(describing: error))
            }
        }
    }
}

public struct DashboardLoaded: EffectResult {
    public var numbers: DashboardNumbers
}
