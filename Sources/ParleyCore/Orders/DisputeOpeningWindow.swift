import Foundation

/// Whether a dispute can be opened on an order right now, and if not, why not and when (SPEC §3).
public enum DisputeOpeningWindow: Sendable, Hashable, Codable {
    /// Opening is allowed until `closesAt` (the end of the grace window).
    case open(closesAt: Date)
    /// Too early; `opensAt` is nil when the order has not shipped yet.
    case notYet(opensAt: Date?, why: String)
    /// Too late: protection and its grace window are over, or the funds were released.
    case closed(since: Date?, why: String)
    /// The order already has a dispute: resume it (if cancelled) rather than opening another.
    case alreadyDisputed(DisputeID, why: String)

    public var isOpen: Bool {
        if case .open = self { return true }
        return false
    }

    /// One sentence for the order screen.
    public var explanation: String {
        switch self {
        case .open(let closesAt): return "You can open a dispute until \(DateText.short(closesAt))."
        case .notYet(_, let why), .closed(_, let why), .alreadyDisputed(_, let why): return why
        }
    }
}
