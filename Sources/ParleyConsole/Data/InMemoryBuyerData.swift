import Foundation
import ParleyCore
import Synchronization

/// `BuyerData` kept in memory, with the domain's rules: for tests and previews of the screens.
/// The store's adapter is the real one; this one has the same behaviour on a small scale.
public final class InMemoryBuyerData: BuyerData {
    public struct StoredOrder: Sendable {
        public var order: Order
        public var version: Int
        public var shopName: String
        public var events: [OrderEvent]
        /// Insertion order: the keyset tie-breaker.
        public var key: Int64
    }

    public struct StoredDispute: Sendable {
        public var dispute: Dispute
        public var version: Int
        public var events: [DisputeEvent]
    }

    struct Contents: Sendable {
        var accounts: [ConsoleAccount] = []
        var orders: [OrderID: StoredOrder] = [:]
        var disputes: [DisputeID: StoredDispute] = [:]
        var inbox: [(recipient: Actor, item: InboxItem)] = []
        var nextDispute = 1001
        var nextNotification: Int64 = 1
        /// Files "read" by `prepareEvidence`, by path (tests give contents without touching the disk).
        var files: [String: [UInt8]] = [:]
    }

    private let contents = Mutex(Contents())
    public let policy: Policy

    public init(policy: Policy = .default) { self.policy = policy }

    // MARK: Filling

    public func addAccount(_ account: ConsoleAccount) {
        contents.withLock { $0.accounts.append(account) }
    }

    public func addOrder(_ order: Order, shopName: String, events: [OrderEvent] = []) {
        contents.withLock { value in
            value.orders[order.id] = StoredOrder(order: order, version: 1, shopName: shopName, events: events, key: Int64(value.orders.count + 1))
        }
    }

    /// Replaces an order (after applying actions to it in a test).
    public func updateOrder(_ order: Order) {
        contents.withLock { value in
            value.orders[order.id]?.order = order
            value.orders[order.id]?.version += 1
        }
    }

    public func addDispute(_ dispute: Dispute, events: [DisputeEvent]) {
        contents.withLock { $0.disputes[dispute.id] = StoredDispute(dispute: dispute, version: 1, events: events) }
    }

    public func addNotification(for recipient: Actor, dispute: DisputeID?, at: Date, title: String, text: String) {
        contents.withLock { value in
            value.inbox.append((recipient, InboxItem(key: value.nextNotification, disputeID: dispute, at: at, title: title, text: text, isRead: false)))
            value.nextNotification += 1
        }
    }

    /// A file `prepareEvidence` will find at `path` (real files are read when no such entry exists).
    public func addFile(_ path: String, bytes: [UInt8]) {
        contents.withLock { $0.files[path] = bytes }
    }

    public func storedDispute(_ id: DisputeID) -> StoredDispute? { contents.withLock { $0.disputes[id] } }
    public func storedOrder(_ id: OrderID) -> StoredOrder? { contents.withLock { $0.orders[id] } }

    // MARK: BuyerData

    public func accounts() throws -> [ConsoleAccount] { contents.withLock { $0.accounts } }

    public var orderSorts: [OrderSort] { OrderSort.allCases }

    public func orderCounts(buyer: UserID, filter: String, at instant: Date) throws -> [OrderTab: Int] {
        let orders = contents.withLock { value in value.orders.values.filter { $0.order.buyer == buyer && Self.matches($0, filter) } }
        var counts: [OrderTab: Int] = [:]
        for tab in OrderTab.allCases { counts[tab] = orders.filter { tab.contains($0.order) }.count }
        return counts
    }

    public func orderPage(_ request: OrderPageRequest, at instant: Date) throws -> [OrderListRow] {
        let policy = self.policy
        let rows = contents.withLock { value in
            value.orders.values
                .filter { $0.order.buyer == request.buyer && request.tab.contains($0.order) && Self.matches($0, request.filter) }
                .map { Self.row($0, sort: request.sort, policy: policy) }
        }
        let sorted = rows.sorted { $0.cursor < $1.cursor }
        switch request.direction {
        case .first: return Array(sorted.prefix(request.limit))
        case .last: return Array(sorted.suffix(request.limit))
        case .after(let c): return Array(sorted.filter { $0.cursor > c }.prefix(request.limit))
        case .before(let c): return Array(sorted.filter { $0.cursor < c }.suffix(request.limit))
        }
    }

    public func order(_ id: OrderID, for actor: Actor) throws -> OrderDetail {
        try contents.withLock { value throws(InMemoryDataError) in
            guard let stored = value.orders[id] else { throw .notFound("There is no order \(id).") }
            guard actor == .buyer(stored.order.buyer) else { throw .refused("Order \(id) is not yours; you can only see your own orders.") }
            let dispute = stored.order.dispute.flatMap { value.disputes[$0]?.dispute }
            return OrderDetail(order: stored.order, version: stored.version, shopName: stored.shopName, events: stored.events, dispute: dispute)
        }
    }

    public func dispute(_ id: DisputeID, for actor: Actor) throws -> DisputeDetailView {
        try contents.withLock { value throws(InMemoryDataError) in
            guard let stored = value.disputes[id], let order = value.orders[stored.dispute.orderID] else {
                throw .notFound("There is no dispute \(id).")
            }
            guard actor == .buyer(stored.dispute.buyer) || actor == .seller(stored.dispute.seller) else {
                throw .refused("Dispute \(id) is not yours; you can only see disputes of your own orders.")
            }
            return DisputeDetailView(dispute: stored.dispute, version: stored.version, order: order.order,
                                     events: stored.events.filter(\.isVisibleToParties), shopName: order.shopName)
        }
    }

    public func openDispute(order id: OrderID, draft: DisputeDraft, by actor: Actor, at instant: Date, expectedOrderVersion: Int) throws -> DisputeID {
        let policy = self.policy
        return try contents.withLock { value throws(InMemoryDataError) in
            guard var stored = value.orders[id] else { throw .notFound("There is no order \(id).") }
            guard stored.version == expectedOrderVersion else {
                throw .conflict("Order \(id) changed while you were filling in the form; nothing was saved. Check it and submit again.")
            }
            let disputeID = DisputeID("D-\(value.nextDispute)")
            do {
                let (dispute, events) = try Dispute.open(id: disputeID, order: stored.order, draft: draft, by: actor, at: instant, policy: policy)
                try Self.applyToOrder(events, order: &stored, policy: policy)
                value.nextDispute += 1
                value.orders[id] = stored
                value.disputes[disputeID] = StoredDispute(dispute: dispute, version: 1, events: events)
                Self.notify(dispute, events, into: &value)
                return disputeID
            } catch let error as DisputeError {
                throw .refused(error.description)
            } catch let error as OrderError {
                throw .refused(error.description)
            } catch {
                throw .refused(String(describing: error))
            }
        }
    }

    public func perform(_ action: DisputeAction, on id: DisputeID, by actor: Actor, at instant: Date, expectedVersion: Int) throws {
        let policy = self.policy
        try contents.withLock { value throws(InMemoryDataError) in
            guard var stored = value.disputes[id], var order = value.orders[stored.dispute.orderID] else {
                throw .notFound("There is no dispute \(id).")
            }
            guard stored.version == expectedVersion else {
                throw .conflict("Dispute \(id) changed meanwhile (someone else acted); nothing was saved. Look again and retry.")
            }
            do {
                let events = try stored.dispute.apply(action, by: actor, at: instant, order: order.order, policy: policy)
                try Self.applyToOrder(events, order: &order, policy: policy)
                stored.events += events
                stored.version += 1
                value.disputes[id] = stored
                value.orders[order.order.id] = order
                Self.notify(stored.dispute, events, into: &value)
            } catch let error as DisputeError {
                throw .refused(error.description)
            } catch {
                throw .refused(String(describing: error))
            }
        }
    }

    public func perform(_ action: OrderAction, on id: OrderID, by actor: Actor, at instant: Date, expectedVersion: Int) throws {
        let policy = self.policy
        try contents.withLock { value throws(InMemoryDataError) in
            guard var stored = value.orders[id] else { throw .notFound("There is no order \(id).") }
            guard stored.version == expectedVersion else {
                throw .conflict("Order \(id) changed meanwhile; nothing was saved. Look again and retry.")
            }
            do throws(OrderError) {
                stored.events += try stored.order.apply(action, by: actor, at: instant, policy: policy)
                stored.version += 1
                value.orders[id] = stored
            } catch {
                throw .refused(error.description)
            }
        }
    }

    public func prepareEvidence(path: String) throws -> EvidenceUpload {
        let known = contents.withLock { $0.files[path] }
        let bytes: [UInt8]
        if let known {
            bytes = known
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InMemoryDataError.refused("\(path): no such file.")
            }
            guard !isDirectory.boolValue else { throw InMemoryDataError.refused("\(path) is a folder; choose a file in it.") }
            guard let data = FileManager.default.contents(atPath: path) else { throw InMemoryDataError.refused("\(path) cannot be read.") }
            bytes = Array(data)
        }
        let name = (path as NSString).lastPathComponent
        guard !bytes.isEmpty else { throw InMemoryDataError.refused("\"\(name)\" is empty.") }
        guard EvidenceKind.detect(leadingBytes: Array(bytes.prefix(EvidenceKind.signatureLength))) != nil else {
            throw InMemoryDataError.refused(EvidenceProblem.unsupportedContent(name: name).description)
        }
        return EvidenceUpload(name: name, leadingBytes: Array(bytes.prefix(EvidenceKind.signatureLength)),
                              sizeBytes: Int64(bytes.count), sha256: Self.testDigest(bytes))
    }

    public func notifications(for actor: Actor, limit: Int) throws -> [InboxItem] {
        contents.withLock { value in
            Array(value.inbox.filter { $0.recipient == actor }.map(\.item).sorted { $0.key > $1.key }.prefix(limit))
        }
    }

    public func notificationCount(for actor: Actor) throws -> NotificationCount {
        contents.withLock { value in
            let mine = value.inbox.filter { $0.recipient == actor }
            return NotificationCount(unread: min(UnreadBadge.countLimit, mine.filter { !$0.item.isRead }.count),
                                     newest: mine.map(\.item.key).max())
        }
    }

    public func markRead(for actor: Actor, keys: [Int64]) throws {
        contents.withLock { value in
            for index in value.inbox.indices where value.inbox[index].recipient == actor && keys.contains(value.inbox[index].item.key) {
                value.inbox[index].item.isRead = true
            }
        }
    }

    public func sweep(at instant: Date, atMost: Int) throws -> SweepProgress {
        let policy = self.policy
        return contents.withLock { value in
            var changed = 0
            for id in value.disputes.keys.sorted() {
                guard var stored = value.disputes[id], var order = value.orders[stored.dispute.orderID] else { continue }
                let events = stored.dispute.advance(to: instant, policy: policy)
                guard !events.isEmpty else { continue }
                // One more is due than this slice may do: leave it (the copy above is dropped) for the next.
                guard changed < atMost else { return SweepProgress(changed: changed, isComplete: false) }
                try? Self.applyToOrder(events, order: &order, policy: policy)
                stored.events += events
                stored.version += 1
                value.disputes[id] = stored
                value.orders[order.order.id] = order
                Self.notify(stored.dispute, events, into: &value)
                changed += 1
            }
            for id in value.orders.keys.sorted() {
                guard var stored = value.orders[id] else { continue }
                let events = stored.order.advance(to: instant, policy: policy)
                guard !events.isEmpty else { continue }
                guard changed < atMost else { return SweepProgress(changed: changed, isComplete: false) }
                stored.events += events
                stored.version += 1
                value.orders[id] = stored
                changed += 1
            }
            return SweepProgress(changed: changed, isComplete: true)
        }
    }

    // MARK: Helpers

    private static func applyToOrder(_ events: [DisputeEvent], order: inout StoredOrder, policy: Policy) throws {
        for event in events {
            guard let action = event.orderAction else { continue }
            order.events += try order.order.apply(action, by: .system, at: event.at, policy: policy)
            order.version += 1
        }
    }

    private static func notify(_ dispute: Dispute, _ events: [DisputeEvent], into value: inout Contents) {
        for note in dispute.notifications(for: events) {
            value.inbox.append((note.recipient, InboxItem(key: value.nextNotification, disputeID: note.disputeID, at: note.at,
                                                          title: note.title, text: note.text, isRead: false)))
            value.nextNotification += 1
        }
    }

    private static func matches(_ stored: StoredOrder, _ filter: String) -> Bool {
        let needle = filter.trimmingCharacters(in: .whitespaces).lowercased()
        guard !needle.isEmpty else { return true }
        return [stored.order.id.rawValue, stored.order.title, stored.shopName].contains { $0.lowercased().contains(needle) }
    }

    private static func row(_ stored: StoredOrder, sort: OrderSort, policy: Policy) -> OrderListRow {
        let order = stored.order
        let protection: Date? = order.status.isSettled ? nil : order.protectionEnd(policy: policy)
        let key: Int64
        switch sort {
        case .newest: key = -Int64(order.paidAt.timeIntervalSince1970 * 1000)
        case .protectionEnding: key = protection.map { Int64($0.timeIntervalSince1970 * 1000) } ?? Int64.max
        case .total: key = -order.amountPaid.minorUnits
        }
        return OrderListRow(id: order.id, title: order.title, shopName: stored.shopName, total: order.amountPaid, status: order.status,
                            dispute: order.dispute, disputeIsOpen: order.disputeIsOpen, protectionEnd: protection,
                            cursor: OrderCursor(sortValue: key, key: stored.key))
    }

    /// A stable 64-hex-digit digest for test files (the store computes the real SHA-256).
    static func testDigest(_ bytes: [UInt8]) -> String {
        var parts: [UInt64] = [0xcbf29ce484222325, 0x84222325cbf29ce4, 0x9ce484222325cbf2, 0x2325cbf29ce48422]
        for (index, byte) in bytes.enumerated() {
            let lane = index % 4
            parts[lane] = (parts[lane] ^ UInt64(byte)) &* 0x100000001b3
        }
        return parts.map { String($0, radix: 16).leftPadded(to: 16) }.joined()
    }
}

/// Why the in-memory data refused something.
public enum InMemoryDataError: Error, Sendable, Equatable, CustomStringConvertible {
    case notFound(String)
    case refused(String)
    case conflict(String)

    public var description: String {
        switch self {
        case .notFound(let text), .refused(let text), .conflict(let text): return text
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
