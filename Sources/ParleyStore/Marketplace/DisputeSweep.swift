import Foundation
import GRDB
import ParleyCore

/// What sweeping one due dispute writes, worked out without the database: its deadlines fired up to
/// the sweep's instant, then either everything the new events write or, when nothing fired after
/// all, the row again so that its deadline column matches the state. Pure, so that a big sweep
/// works these out on one core while SQLite writes the previous ones on the other.
struct DisputeSweep: Sendable {
    let id: DisputeID
    let events: [DisputeEvent]
    private let save: DisputeSave?
    private let rewrittenRow: StatementArguments?

    /// `order` is asked for only when a fired event acts on the order (a refund, say).
    init(_ snapshot: DisputeSnapshot, order loadOrder: () throws -> OrderSnapshot, to instant: Date, policy: Policy) throws {
        var dispute = snapshot.dispute
        let assignedBefore = dispute.mediation?.assignee
        // A dispute keeps the policy it was opened under; orders follow the store's.
        events = dispute.advance(to: instant, policy: Policy.named(dispute.policyName) ?? policy)
        id = dispute.id
        let version = snapshot.version + 1
        if events.isEmpty {
            save = nil
            rewrittenRow = DisputeWriter.arguments(dispute, version: version, state: try StateCoding.encode(dispute))
        } else {
            save = try DisputeSave(dispute, version: version, events: events, order: loadOrder, policy: policy,
                                   assignedBefore: assignedBefore)
            rewrittenRow = nil
        }
    }

    /// Writes it inside the caller's transaction.
    func write(in db: Database) throws {
        if let save { try save.write(in: db) }
        if let rewrittenRow { try DisputeWriter.write(rewrittenRow, in: db) }
    }
}
