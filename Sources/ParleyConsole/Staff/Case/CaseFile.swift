import Foundation
import ParleyCore

/// Everything the case view shows about one dispute, as plain values loaded by one effect.
public struct CaseFile: Sendable, Hashable {
    public var dispute: Dispute
    /// For optimistic concurrency: an action is sent with the version it was decided on.
    public var version: Int
    public var order: Order
    public var events: [DisputeEvent]
    public var buyerName: String
    public var shopName: String
    /// Where each evidence file is stored, by SHA-256.
    public var evidencePaths: [String: String]
    public var buyerHistory: PartyRecord
    public var shopHistory: PartyRecord

    public init(dispute: Dispute, version: Int, order: Order, events: [DisputeEvent], buyerName: String, shopName: String,
                evidencePaths: [String: String] = [:], buyerHistory: PartyRecord = PartyRecord(), shopHistory: PartyRecord = PartyRecord()) {
        self.dispute = dispute
        self.version = version
        self.order = order
        self.events = events
        self.buyerName = buyerName
        self.shopName = shopName
        self.evidencePaths = evidencePaths
        self.buyerHistory = buyerHistory
        self.shopHistory = shopHistory
    }

    /// Who is looking decides what is shown: staff see notes, flags and histories; a shop never does.
    public enum Audience: Sendable, Hashable { case staff, seller }

    public func visibleEvents(for audience: Audience) -> [DisputeEvent] {
        audience == .staff ? events : events.filter(\.isVisibleToParties)
    }

    /// Events after the last one this person saw.
    public func newEvents(since lastSeen: Int?, for audience: Audience) -> [DisputeEvent] {
        guard let lastSeen else { return [] }
        return visibleEvents(for: audience).filter { $0.sequence > lastSeen }
    }
}
