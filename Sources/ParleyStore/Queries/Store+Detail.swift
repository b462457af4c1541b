import Foundation
import GRDB
import ParleyCore

extension Store {
    /// One dispute with its order, every event, and where its evidence files are stored.
    public func disputeDetail(_ id: DisputeID) throws -> DisputeDetail {
        try read { db in
            let dispute = try Self.loadDispute(id, in: db)
            let order = try Self.loadOrder(dispute.dispute.orderID, in: db)
            let events = try Row.fetchAll(db, sql: "SELECT payload FROM event WHERE stream = ? ORDER BY position",
                                          arguments: ["dispute:\(id.rawValue)"]).map {
                try StateCoding.decode(DisputeEvent.self, from: $0[0])
            }
            let buyerName = try String.fetchOne(db, sql: "SELECT name FROM buyer WHERE id = ?", arguments: [dispute.dispute.buyer.rawValue])
            let shopName = try String.fetchOne(db, sql: "SELECT name FROM shop WHERE id = ?", arguments: [dispute.dispute.seller.rawValue])
            var paths: [String: String] = [:]
            for item in dispute.dispute.evidence { paths[item.sha256] = evidence.path(forSHA256: item.sha256) }
            return DisputeDetail(dispute: dispute.dispute, version: dispute.version, order: order.order, orderVersion: order.version,
                                 events: events, buyerName: buyerName ?? dispute.dispute.buyer.rawValue,
                                 shopName: shopName ?? dispute.dispute.seller.rawValue, evidencePaths: paths)
        }
    }

    /// How many disputes a shop has in each stage.
    public func shopDisputeCounts(_ shop: ShopID) throws -> [DisputeStage: Int] {
        try read { db in
            var counts: [DisputeStage: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT stage, COUNT(*) FROM dispute WHERE shop_id = ? GROUP BY stage", arguments: [shop.rawValue]) {
                if let stage = DisputeStage(rawValue: row[0]) { counts[stage] = row[1] }
            }
            return counts
        }
    }

    /// How disputes of a party ended, for the case view's history flags ("3 disputes, 2 empty-parcel claims").
    public func disputeHistory(buyer: UserID? = nil, shop: ShopID? = nil) throws -> PartyHistory {
        try read { db in
            let column = buyer != nil ? "buyer_id" : "shop_id"
            let value = buyer?.rawValue ?? shop?.rawValue ?? ""
            var history = PartyHistory()
            for row in try Row.fetchAll(db, sql: "SELECT reason, decision, is_open FROM dispute WHERE \(column) = ?", arguments: [value]) {
                history.total += 1
                if let reason = ClaimReason(rawValue: row[0]) { history.byReason[reason, default: 0] += 1 }
                if let decision = (row[1] as String?).flatMap(Decision.init(rawValue:)) { history.byDecision[decision, default: 0] += 1 }
                if row[2] as Bool { history.open += 1 }
            }
            return history
        }
    }
}

/// A buyer's or a shop's dispute history.
public struct PartyHistory: Sendable, Equatable {
    public var total = 0
    public var open = 0
    public var byReason: [ClaimReason: Int] = [:]
    public var byDecision: [Decision: Int] = [:]
}
