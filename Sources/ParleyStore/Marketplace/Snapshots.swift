import Foundation
import ParleyCore

/// An order as loaded, with the version a later change must name.
public struct OrderSnapshot: Sendable, Equatable {
    public var order: Order
    public var version: Int
}

/// A dispute as loaded, with the version a later change must name.
public struct DisputeSnapshot: Sendable, Equatable {
    public var dispute: Dispute
    public var version: Int
}

/// Everything the dispute page and the case view show: the dispute, its order, its full history
/// (proposals, messages and evidence are part of `dispute`), and where each evidence file is stored.
public struct DisputeDetail: Sendable, Equatable {
    public var dispute: Dispute
    public var version: Int
    public var order: Order
    public var orderVersion: Int
    public var events: [DisputeEvent]
    public var buyerName: String
    public var shopName: String
    /// The stored copy of each evidence file (by SHA-256), for "the path to open it".
    public var evidencePaths: [String: String]
}
