import Foundation
import ParleyCore

/// Loads one order with its history and dispute.
struct LoadOrderEffect: ConsoleEffect {
    var id: OrderID
    var actor: Actor
    var summary: String { "load order \(id)" }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            return OrderLoaded(detail: try backend.buyer.order(id, for: actor))
        } catch {
            return EffectFailure(effect: summary, message: ErrorText.describe(error))
        }
    }
}

struct OrderLoaded: EffectResult {
    var detail: OrderDetail
}

/// Performs an order action (confirm receipt, ask for an extension) and reports the outcome.
struct OrderActionEffect: ConsoleEffect {
    var id: OrderID
    var action: OrderAction
    var actor: Actor
    var at: Date
    var version: Int
    var done: String
    var summary: String { "order \(id): \(action)" }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            try backend.buyer.perform(action, on: id, by: actor, at: at, expectedVersion: version)
            return ActionDone(message: done)
        } catch {
            return EffectFailure(effect: summary, message: ErrorText.describe(error))
        }
    }
}

/// Performs a dispute action and reports the outcome.
struct DisputeActionEffect: ConsoleEffect {
    var id: DisputeID
    var action: DisputeAction
    var actor: Actor
    var at: Date
    var version: Int
    var done: String
    var summary: String { "dispute \(id): \(action.title)" }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            try backend.buyer.perform(action, on: id, by: actor, at: at, expectedVersion: version)
            return ActionDone(message: done)
        } catch {
            return EffectFailure(effect: summary, message: ErrorText.describe(error))
        }
    }
}

/// An action went through; the screen reloads and says so.
struct ActionDone: EffectResult {
    var message: String
}
