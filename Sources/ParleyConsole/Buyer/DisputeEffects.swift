import Foundation
import ParleyCore

/// Loads one dispute with its order and visible history.
struct LoadDisputeEffect: ConsoleEffect {
    var id: DisputeID
    var actor: Actor
    var summary: String { "load dispute \(id)" }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            return DisputeLoaded(detail: try backend.buyer.dispute(id, for: actor))
        } catch {
            return EffectFailure(effect: summary, message: ErrorText.describe(error))
        }
    }
}

struct DisputeLoaded: EffectResult {
    var detail: DisputeDetailView
}
