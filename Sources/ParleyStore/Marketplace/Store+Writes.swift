import Foundation
import GRDB
import ParleyCore

extension Store {
    // MARK: Loading

    public func order(_ id: OrderID) throws -> OrderSnapshot {
        try read { db in try Self.loadOrder(id, in: db) }
    }

    public func dispute(_ id: DisputeID) throws -> DisputeSnapshot {
        try read { db in try Self.loadDispute(id, in: db) }
    }

    /// The dispute of an order, if one was ever opened.
    public func dispute(ofOrder id: OrderID) throws -> DisputeSnapshot? {
        try read { db in
            guard let disputeID = try String.fetchOne(db, sql: "SELECT id FROM dispute WHERE order_id = ?", arguments: [id.rawValue]) else {
                return nil
            }
            return try Self.loadDispute(DisputeID(disputeID), in: db)
        }
    }

    static func loadOrder(_ id: OrderID, in db: Database) throws -> OrderSnapshot {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT state, version FROM orders WHERE id = ?"), arguments: [id.rawValue]) else {
            throw StoreError.notFound("There is no order \(id).")
        }
        return OrderSnapshot(order: try StateCoding.decode(Order.self, from: row["state"]), version: row["version"])
    }

    static func loadDispute(_ id: DisputeID, in db: Database) throws -> DisputeSnapshot {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT state, version FROM dispute WHERE id = ?"), arguments: [id.rawValue]) else {
            throw StoreError.notFound("There is no dispute \(id).")
        }
        return DisputeSnapshot(dispute: try StateCoding.decode(Dispute.self, from: row["state"]), version: row["version"])
    }

    // MARK: Order actions

    /// Performs a person's action on an order in one transaction guarded by `expectedVersion`.
    /// Throws `StoreError.conflict` when someone changed the order since it was loaded (nothing is
    /// written; reload and retry), or the domain's `OrderError` when the action is not allowed.
    @discardableResult
    public func perform(_ action: OrderAction, onOrder id: OrderID, by actor: Actor, at instant: Date, expectedVersion: Int) throws -> OrderSnapshot {
        try write { db in try Self.perform(action, onOrder: id, by: actor, at: instant, expectedVersion: expectedVersion, policy: policy, in: db) }
    }

    static func perform(_ action: OrderAction, onOrder id: OrderID, by actor: Actor, at instant: Date, expectedVersion: Int?, policy: Policy, in db: Database) throws -> OrderSnapshot {
        var snapshot = try loadOrder(id, in: db)
        if let expectedVersion, snapshot.version != expectedVersion {
            throw StoreError.conflict("Order \(id) was changed by someone else while you were looking at it (now version \(snapshot.version), you had \(expectedVersion)). Nothing was saved; reload it and try again.")
        }
        let events = try snapshot.order.apply(action, by: actor, at: instant, policy: policy)
        snapshot.version += 1
        try appendOrderEvents(events, in: db)
        try OrderWriter.write(snapshot.order, version: snapshot.version, policy: policy, in: db)
        return snapshot
    }

    static func appendOrderEvents(_ events: [OrderEvent], in db: Database) throws {
        guard !events.isEmpty else { return }
        try EventLog.append(newEvents(for: events), in: db)
    }

    static func newEvents(for events: [OrderEvent]) -> [NewEvent] {
        events.map { event in
            NewEvent(stream: "order:\(event.orderID.rawValue)", at: event.at, actor: ActorText.text(event.actor),
                     kind: EventKindName.of(event.kind), payload: (try? StateCoding.encode(event)) ?? "{}")
        }
    }

    /// Every event of an order, oldest first.
    public func orderEvents(_ id: OrderID) throws -> [OrderEvent] {
        try events(ofStream: "order:\(id.rawValue)").map { try StateCoding.decode(OrderEvent.self, from: $0.payload) }
    }

    // MARK: Dispute actions

    /// Opens a dispute on an order (one per order) in one transaction guarded by the order's version.
    /// The evidence in the draft must already be in the vault (see `prepareEvidence(path:)`).
    @discardableResult
    public func openDispute(onOrder orderID: OrderID, draft: DisputeDraft, by actor: Actor, at instant: Date, expectedOrderVersion: Int) throws -> DisputeSnapshot {
        try write { db in
            try Self.openDispute(onOrder: orderID, draft: draft, by: actor, at: instant, expectedOrderVersion: expectedOrderVersion, policy: policy, in: db)
        }
    }

    static func openDispute(onOrder orderID: OrderID, draft: DisputeDraft, by actor: Actor, at instant: Date, expectedOrderVersion: Int?, policy: Policy, in db: Database) throws -> DisputeSnapshot {
        let order = try loadOrder(orderID, in: db)
        if let expectedOrderVersion, order.version != expectedOrderVersion {
            throw StoreError.conflict("Order \(orderID) was changed by someone else while the form was open. Nothing was saved; check the order and submit again.")
        }
        if let existing = try String.fetchOne(db, sql: "SELECT id FROM dispute WHERE order_id = ?", arguments: [orderID.rawValue]) {
            throw StoreError.duplicate("Order \(orderID) already has dispute \(existing); a cancelled dispute is resumed, not opened again.")
        }
        let id = try nextDisputeID(in: db)
        let (dispute, events) = try Dispute.open(id: id, order: order.order, draft: draft, by: actor, at: instant, policy: policy)
        try persist(dispute, version: 1, events: events, order: { order }, in: db, policy: policy)
        return DisputeSnapshot(dispute: dispute, version: 1)
    }

    /// Performs a person's action on a dispute: load, apply, append the events, apply their effects on
    /// the order, notify, save, all in one transaction guarded by `expectedVersion`. Throws
    /// `StoreError.conflict` if someone else changed the dispute since it was loaded (nothing is
    /// written), or the domain's `DisputeError` when the action is not allowed.
    @discardableResult
    public func perform(_ action: DisputeAction, onDispute id: DisputeID, by actor: Actor, at instant: Date, expectedVersion: Int) throws -> DisputeSnapshot {
        do {
            return try write { db in try Self.perform(action, onDispute: id, by: actor, at: instant, expectedVersion: expectedVersion, policy: policy, in: db) }
        } catch let error as DisputeError where RefusedAttempt.isTrespass(error) {
            // Reaching for someone else's dispute is logged for the audit trail (SPEC §1).
            let order = try? dispute(id).dispute.orderID
            try? recordRefusal(RefusedAttempt(disputeID: id, orderID: order, actor: actor, action: action.title, at: instant, reason: error.message))
            throw error
        }
    }

    static func perform(_ action: DisputeAction, onDispute id: DisputeID, by actor: Actor, at instant: Date, expectedVersion: Int?, policy: Policy, in db: Database) throws -> DisputeSnapshot {
        var snapshot = try loadDispute(id, in: db)
        if let expectedVersion, snapshot.version != expectedVersion {
            throw StoreError.conflict("Dispute \(id) was changed by someone else while you were looking at it (now version \(snapshot.version), you had \(expectedVersion)). Nothing was saved; reload it and try again.")
        }
        let order = try loadOrder(snapshot.dispute.orderID, in: db)
        let assignedBefore = snapshot.dispute.mediation?.assignee
        let events = try snapshot.dispute.apply(action, by: actor, at: instant, order: order.order,
                                                policy: Policy.named(snapshot.dispute.policyName) ?? policy)
        snapshot.version += 1
        try persist(snapshot.dispute, version: snapshot.version, events: events, order: { order }, in: db, policy: policy,
                    assignedBefore: assignedBefore)
        return snapshot
    }

    /// Appends a dispute's new events, carries their consequences to the order, writes the
    /// notifications and saves both rows. Runs inside the caller's transaction.
    /// `assignedBefore`: the mediator who had the case before the events (see `Dispute.notifications`).
    /// `order` is asked for only when an event acts on the order (the sweep's escalations do not,
    /// and skip reading and decoding it).
    static func persist(_ dispute: Dispute, version: Int, events: [DisputeEvent], order loadOrder: () throws -> OrderSnapshot,
                        in db: Database, policy: Policy, assignedBefore: StaffID? = nil) throws {
        guard let save = try DisputeSave(dispute, version: version, events: events, order: loadOrder, policy: policy,
                                          assignedBefore: assignedBefore) else { return }
        try save.write(in: db)
    }

    static func nextDisputeID(in db: Database) throws -> DisputeID {
        let next = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(key), 0) + 1001 FROM dispute") ?? 1001
        return DisputeID("D-\(next)")
    }

    // MARK: Evidence for forms

    /// Checks a file, copies it into the vault and returns it as the domain receives evidence.
    public func prepareEvidence(path: String) throws -> EvidenceUpload {
        try upload(for: storeEvidence(path: path))
    }

    /// The same for bytes made in memory.
    public func prepareEvidence(data: Data, name: String) throws -> EvidenceUpload {
        try upload(for: storeEvidence(data: data, name: name))
    }

    private func upload(for stored: StoredEvidenceFile) throws -> EvidenceUpload {
        let leading = FileManager.default.contents(atPath: evidence.path(forSHA256: stored.sha256))?.prefix(EvidenceKind.signatureLength) ?? Data()
        return EvidenceUpload(name: stored.name, leadingBytes: Array(leading), sizeBytes: stored.size, sha256: stored.sha256)
    }
}

/// The case name of an event kind ("messagePosted"), stored beside the payload for quick reading.
enum EventKindName {
    static func of(_ kind: some Any) -> String {
        if let label = Mirror(reflecting: kind).children.first?.label { return label }
        return "\(kind)"
    }
}
