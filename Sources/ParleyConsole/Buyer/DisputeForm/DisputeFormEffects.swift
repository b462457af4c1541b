import Foundation
import ParleyCore

/// Reads a file the buyer named as evidence (kind by content, size, checksum).
struct PrepareEvidenceEffect: ConsoleEffect {
    var path: String
    var summary: String { "inspect evidence \(path)" }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            return EvidencePrepared(path: path, upload: try backend.buyer.prepareEvidence(path: path))
        } catch {
            return EvidenceRefused(path: path, message: ErrorText.describe(error))
        }
    }
}

struct EvidencePrepared: EffectResult {
    var path: String
    var upload: EvidenceUpload
}

struct EvidenceRefused: EffectResult {
    var path: String
    var message: String
}

/// Opens the dispute from a checked draft.
struct OpenDisputeEffect: ConsoleEffect {
    var order: OrderID
    var draft: DisputeDraft
    var actor: Actor
    var at: Date
    var orderVersion: Int
    var summary: String { "open a dispute on \(order)" }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            let id = try backend.buyer.openDispute(order: order, draft: draft, by: actor, at: at, expectedOrderVersion: orderVersion)
            return DisputeOpened(id: id)
        } catch {
            return DisputeNotOpened(message: ErrorText.describe(error))
        }
    }
}

struct DisputeOpened: EffectResult {
    var id: DisputeID
}

struct DisputeNotOpened: EffectResult {
    var message: String
}
