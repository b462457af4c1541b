import Foundation
import ParleyCore
import ParleyStore

/// The store the seller's and staff screens read, or a failure that says it is missing.
extension ConsoleBackend {
    func requireStore(_ effect: String) -> Result<Store, EffectFailure> {
        guard let store else { return .failure(EffectFailure(effect: effect, message: "No database is open for this console.")) }
        return .success(store)
    }
}

/// Loads one dispute with everything the case view shows, after checking the viewer may see it.
/// A shop sees only its own disputes; staff see every dispute (acting only on escalated ones).
/// A refusal is logged in the store's access log.
public struct LoadCaseFileEffect: ConsoleEffect {
    public var id: DisputeID
    public var viewer: Actor
    public var at: Date

    public init(id: DisputeID, viewer: Actor, at: Date) {
        self.id = id
        self.viewer = viewer
        self.at = at
    }

    public var summary: String { "load case \(id) for \(viewer)" }

    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        switch backend.requireStore(summary) {
        case .failure(let failure): return failure
        case .success(let store):
            do {
                let detail = try store.disputeDetail(id)
                if let refusal = CaseAccess.refusal(viewer: viewer, dispute: detail.dispute) {
                    try? store.recordRefusal(at: at, actor: ActorText.text(viewer), attempted: "open dispute \(id)", reason: refusal)
                    return CaseAccessRefused(id: id, message: refusal)
                }
                var file = CaseFile(dispute: detail.dispute, version: detail.version, order: detail.order, events: detail.events,
                                    buyerName: detail.buyerName, shopName: detail.shopName, evidencePaths: detail.evidencePaths)
                if viewer.role == .staff {
                    file.buyerHistory = PartyRecord(try store.disputeHistory(buyer: detail.dispute.buyer))
                    file.shopHistory = PartyRecord(try store.disputeHistory(shop: detail.dispute.seller))
                }
                // "New since you last looked": the last event this person saw, kept per person and dispute.
                let seenKey = "last-seen:\(ActorText.text(viewer)):\(id)"
                let lastSeen = (try? store.metaValue(seenKey)).flatMap { $0.flatMap(Int.init) }
                try? store.setMetaValue(String(detail.dispute.lastSequence), for: seenKey)
                return CaseFileLoaded(file: file, lastSeen: lastSeen)
            } catch {
                return EffectFailure(effect: summary, message: String(describing: error))
            }
        }
    }
}

public struct CaseFileLoaded: EffectResult {
    public var file: CaseFile
    /// The sequence number of the last event this person had seen before this load (nil: first look).
    public var lastSeen: Int?
}

public struct CaseAccessRefused: EffectResult {
    public var id: DisputeID
    public var message: String
}

/// Who may look at a dispute (SPEC §1): its shop, any mediator; never another shop or a buyer here.
public enum CaseAccess {
    public static func refusal(viewer: Actor, dispute: Dispute) -> String? {
        switch viewer {
        case .seller(let shop):
            return shop == dispute.seller ? nil : "Dispute \(dispute.id) is not about an order of your shop."
        case .staff:
            return nil
        case .buyer(let user):
            return user == dispute.buyer ? "Buyers follow their disputes from their orders." : "Dispute \(dispute.id) is not yours."
        case .system:
            return "Only people can open a dispute's page."
        }
    }
}

extension PartyRecord {
    init(_ history: PartyHistory) {
        self.init(total: history.total, open: history.open, byReason: history.byReason, byDecision: history.byDecision)
    }
}

/// Sends a person's action on a dispute, guarded by the version it was decided on.
public struct PerformDisputeActionEffect: ConsoleEffect {
    public var action: DisputeAction
    public var id: DisputeID
    public var actor: Actor
    public var at: Date
    public var expectedVersion: Int

    public init(action: DisputeAction, id: DisputeID, actor: Actor, at: Date, expectedVersion: Int) {
        self.action = action
        self.id = id
        self.actor = actor
        self.at = at
        self.expectedVersion = expectedVersion
    }

    public var summary: String { "\(action.title) on \(id)" }

    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        switch backend.requireStore(summary) {
        case .failure(let failure): return failure
        case .success(let store):
            do {
                let snapshot = try store.perform(action, onDispute: id, by: actor, at: at, expectedVersion: expectedVersion)
                return DisputeActionDone(id: id, action: action, version: snapshot.version, stage: snapshot.dispute.stage)
            } catch {
                // `Store.perform` already logs a refused reach for someone else's dispute.
                return DisputeActionRefused(id: id, action: action, message: String(describing: error))
            }
        }
    }
}

public struct DisputeActionDone: EffectResult {
    public var id: DisputeID
    public var action: DisputeAction
    public var version: Int
    public var stage: DisputeStage
}

public struct DisputeActionRefused: EffectResult {
    public var id: DisputeID
    public var action: DisputeAction
    public var message: String
}

/// Reads an evidence file by path (kind from content, size, checksum) for a form.
public struct PrepareEvidenceFileEffect: ConsoleEffect {
    public var path: String
    public init(path: String) { self.path = path }
    public var summary: String { "prepare evidence \(path)" }

    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        switch backend.requireStore(summary) {
        case .failure(let failure): return EvidenceFileResult(path: path, outcome: .failure(EffectFailure(effect: summary, message: failure.message)))
        case .success(let store):
            do { return EvidenceFileResult(path: path, outcome: .success(try store.prepareEvidence(path: Self.expand(path)))) }
            catch { return EvidenceFileResult(path: path, outcome: .failure(EffectFailure(effect: summary, message: String(describing: error)))) }
        }
    }

    /// "~/photo.jpg" means the home folder, as in a shell.
    static func expand(_ path: String) -> String {
        guard path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
        return home + path.dropFirst()
    }
}

public struct EvidenceFileResult: EffectResult {
    public var path: String
    public var outcome: Result<EvidenceUpload, EffectFailure>
}

/// Writes a refused attempt to the access log (a key or command a role may not use).
public struct RecordRefusalEffect: ConsoleEffect {
    public var actor: Actor
    public var attempted: String
    public var reason: String
    public var at: Date

    public init(actor: Actor, attempted: String, reason: String, at: Date) {
        self.actor = actor
        self.attempted = attempted
        self.reason = reason
        self.at = at
    }

    public var summary: String { "log refusal: \(attempted)" }

    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        try? backend.store?.recordRefusal(at: at, actor: ActorText.text(actor), attempted: attempted, reason: reason)
        return RefusalRecorded()
    }
}

public struct RefusalRecorded: EffectResult {}
