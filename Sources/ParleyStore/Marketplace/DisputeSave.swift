import GRDB
import ParleyCore

/// Everything that saving a dispute's new events writes, worked out before the database is touched:
/// the events and the order events they cause (payloads encoded), both rows and the notifications.
/// A bulk seed works these out on another core while the database takes the previous ones; every
/// other write makes one and writes it at once (`Store.persist`).
struct DisputeSave: Sendable {
    var disputeEvents: [NewEvent]
    var orderEvents: [NewEvent]
    /// The order's row, when an event acted on the order.
    var orderRow: StatementArguments?
    var disputeRow: StatementArguments
    var notifications: [ParleyCore.Notification]

    /// Nil when there are no events (nothing to save). `order` is asked for only when an event acts on it.
    init?(_ dispute: Dispute, version: Int, events: [DisputeEvent], order loadOrder: () throws -> OrderSnapshot,
          policy: Policy, assignedBefore: StaffID? = nil) throws {
        guard !events.isEmpty else { return nil }
        disputeEvents = events.map { event in
            NewEvent(stream: "dispute:\(event.disputeID.rawValue)", at: event.at, actor: ActorText.text(event.actor),
                     kind: EventKindName.of(event.kind), payload: (try? StateCoding.encode(event)) ?? "{}")
        }
        var changes: [OrderEvent] = []
        var order: OrderSnapshot?
        for event in events {
            guard let action = event.orderAction else { continue }
            var loaded = try order ?? loadOrder()
            changes += try loaded.order.apply(action, by: .system, at: max(event.at, loaded.order.lastEventAt), policy: policy)
            order = loaded
        }
        if var order, !changes.isEmpty {
            order.version += 1
            orderEvents = Store.newEvents(for: changes)
            orderRow = OrderWriter.arguments(order.order, version: order.version, policy: policy, state: try FastOrderJSON.encode(order.order))
        } else {
            orderEvents = []
            orderRow = nil
        }
        disputeRow = DisputeWriter.arguments(dispute, version: version, state: try StateCoding.encode(dispute))
        notifications = dispute.notifications(for: events, assignedBefore: assignedBefore)
    }

    /// Writes it all inside the caller's transaction.
    func write(in db: Database) throws {
        try EventLog.append(disputeEvents, in: db)
        if let orderRow {
            try EventLog.append(orderEvents, in: db)
            try db.cachedStatement(sql: OrderWriter.upsertSQL).execute(arguments: orderRow)
        }
        try DisputeWriter.write(disputeRow, in: db)
        try NotificationWriter.insert(notifications, in: db)
    }
}
