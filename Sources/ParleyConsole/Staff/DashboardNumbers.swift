import Foundation
import ParleyCore

/// The figures the staff dashboard draws, as plain values (the store computes them with queries).
public struct DashboardNumbers: Sendable, Hashable {
    public var byStage: [DisputeStage: Int]
    public var byReason: [ClaimReason: Int]
    public var outcomes: [Decision: Int]
    /// Open disputes whose pending deadline is within the next 24 hours (overdue included).
    public var dueWithin24Hours: Int
    /// Median time from opening to outcome; nil when nothing was decided yet.
    public var medianTimeToResolution: TimeInterval?
    /// New disputes per day, oldest first; the last entry is today.
    public var openedPerDay: [Int]

    public init(byStage: [DisputeStage: Int] = [:], byReason: [ClaimReason: Int] = [:], outcomes: [Decision: Int] = [:],
                dueWithin24Hours: Int = 0, medianTimeToResolution: TimeInterval? = nil, openedPerDay: [Int] = []) {
        self.byStage = byStage
        self.byReason = byReason
        self.outcomes = outcomes
        self.dueWithin24Hours = dueWithin24Hours
        self.medianTimeToResolution = medianTimeToResolution
        self.openedPerDay = openedPerDay
    }

    public var total: Int { byStage.values.reduce(0, +) }

    /// "4d 06h" — days and hours are what a support lead compares.
    public static func durationText(_ seconds: TimeInterval?) -> String {
        guard let seconds else { return "—" }
        let whole = Int(seconds)
        let days = whole / 86_400, hours = whole % 86_400 / 3_600, minutes = whole % 3_600 / 60
        if days > 0 { return "\(days)d \(hours < 10 ? "0" : "")\(hours)h" }
        if hours > 0 { return "\(hours)h \(minutes < 10 ? "0" : "")\(minutes)m" }
        return "\(minutes)m"
    }
}

extension Decision {
    /// Short words for the dashboard's outcome chart.
    public var shortTitle: String {
        switch self {
        case .sellerAccepted: return "Seller accepted"
        case .buyerAccepted: return "Buyer accepted"
        case .sellerDidNotRespond: return "Seller silent"
        case .bothAcceptedMediatorSolution: return "Both took solution"
        case .mediatorRuling: return "Mediator ruling"
        case .mediatorMissedLimit: return "Mediator too late"
        case .buyerDidNotAnswerQuestion: return "Buyer silent (Q)"
        case .sellerDidNotAnswerQuestion: return "Seller silent (Q)"
        case .returnNotShipped: return "Return not shipped"
        case .returnArrived: return "Return arrived"
        case .returnArrivalAssumed: return "Return assumed"
        case .buyerWithdrew: return "Buyer withdrew"
        }
    }
}
