import Foundation
import ParleyCore
import ParleyStore

/// One buyer's request for more protection days, waiting for the shop's answer.
public struct ExtensionRequestRow: Sendable, Hashable {
    public var order: Order
    public var version: Int
    public var request: ProtectionExtension
}

/// The shop's orders with an extension request waiting. Walks the shop's orders by keyset and reads
/// only those that can still have one (not completed, refunded or closed).
public struct LoadExtensionRequestsEffect: ConsoleEffect {
    public var shop: ShopID
    /// Orders looked at, at most (a shop's open orders; completed ones cannot ask).
    public static let scanLimit = 5_000

    public init(shop: ShopID) { self.shop = shop }

    public var summary: String { "load extension requests of shop \(shop)" }

    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        switch backend.requireStore(summary) {
        case .failure(let failure): return failure
        case .success(let store):
            do {
                var found: [ExtensionRequestRow] = []
                var window = WindowRequest<ListCursor>.first(500)
                var seen = 0
                while seen < Self.scanLimit {
                    let page = try store.shopOrders(shop, window: window)
                    seen += page.count
                    for row in page where [.placed, .shipped, .delivered, .confirmed].contains(row.status) {
                        let snapshot = try store.order(row.id)
                        if let request = snapshot.order.pendingExtension {
                            found.append(ExtensionRequestRow(order: snapshot.order, version: snapshot.version, request: request))
                        }
                    }
                    guard page.count == 500, let last = page.last else { break }
                    window = .after(last.cursor, 500)
                }
                return ExtensionRequestsLoaded(rows: found.sorted { $0.request.requestedAt < $1.request.requestedAt })
            } catch {
                return EffectFailure(effect: summary, message: String(describing: error))
            }
        }
    }
}

public struct ExtensionRequestsLoaded: EffectResult {
    public var rows: [ExtensionRequestRow]
}

/// Confirms or declines an extension (an order action by the shop).
public struct AnswerExtensionEffect: ConsoleEffect {
    public var order: OrderID
    public var confirm: Bool
    public var shop: ShopID
    public var at: Date
    public var expectedVersion: Int

    public init(order: OrderID, confirm: Bool, shop: ShopID, at: Date, expectedVersion: Int) {
        self.order = order
        self.confirm = confirm
        self.shop = shop
        self.at = at
        self.expectedVersion = expectedVersion
    }

    public var summary: String { "\(confirm ? "confirm" : "decline") extension on \(order)" }

    public func run(_ backend: ConsoleBackend) -> any EffectResult {
        switch backend.requireStore(summary) {
        case .failure(let failure): return failure
        case .success(let store):
            do {
                _ = try store.perform(confirm ? .confirmExtension : .declineExtension, onOrder: order, by: .seller(shop), at: at, expectedVersion: expectedVersion)
                return ExtensionAnswered(order: order, confirmed: confirm)
            } catch {
                return EffectFailure(effect: summary, message: String(describing: error))
            }
        }
    }
}

public struct ExtensionAnswered: EffectResult {
    public var order: OrderID
    public var confirmed: Bool
}
