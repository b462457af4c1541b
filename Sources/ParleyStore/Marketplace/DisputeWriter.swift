import Foundation
import GRDB
import ParleyCore

/// Writes a dispute's row: its JSON state plus the columns the lists and the sweep use.
enum DisputeWriter {
    static let upsertSQL = """
        INSERT INTO dispute (id, order_id, buyer_id, shop_id, reason, stage, is_open, claimed_minor, currency,
                             opened_at, last_event_at, next_deadline, deadline_kind, waiting_on, shop_sort,
                             escalated, decision_sort, assignee, decision, refund_minor, closed_at, version, state)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET
            stage = excluded.stage, is_open = excluded.is_open, claimed_minor = excluded.claimed_minor,
            last_event_at = excluded.last_event_at, next_deadline = excluded.next_deadline,
            deadline_kind = excluded.deadline_kind, waiting_on = excluded.waiting_on, shop_sort = excluded.shop_sort,
            escalated = excluded.escalated, decision_sort = excluded.decision_sort, assignee = excluded.assignee,
            decision = excluded.decision, refund_minor = excluded.refund_minor, closed_at = excluded.closed_at,
            version = excluded.version, state = excluded.state
        """

    static func arguments(_ dispute: Dispute, version: Int, state: String) -> StatementArguments {
        let deadline = dispute.pendingDeadline
        let due = deadline?.due.millisecondsSince1970
        let mediationTarget = dispute.mediation.map { $0.targetAt.millisecondsSince1970 }
        return [
            dispute.id.rawValue, dispute.orderID.rawValue, dispute.buyer.rawValue, dispute.seller.rawValue,
            dispute.reason.rawValue, dispute.stage.rawValue, dispute.isOpen, dispute.buyerProposal.amount.minorUnits,
            dispute.currency.code, dispute.openedAt.millisecondsSince1970, dispute.lastEventAt.millisecondsSince1970,
            due, deadline?.kind.rawValue, deadline.map { $0.who.map(\.rawValue).joined(separator: ",") },
            due ?? .sortsLast, dispute.isEscalated, mediationTarget ?? .sortsLast,
            dispute.mediation?.assignee?.rawValue, dispute.outcome?.decision.rawValue,
            dispute.outcome?.refund.minorUnits, dispute.outcome?.at.millisecondsSince1970, version, state,
        ]
    }

    /// Writes a row made by `arguments`, inside the caller's transaction.
    static func write(_ row: StatementArguments, in db: Database) throws {
        try db.cachedStatement(sql: upsertSQL).execute(arguments: row)
    }
}
