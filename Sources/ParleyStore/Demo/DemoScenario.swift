import Foundation
import ParleyCore

/// The stories the demo's disputes tell: together they reach every stage of SPEC §4, and their
/// dates are placed so that deadlines fall within the next minutes, hours and days.
enum DemoScenario: CaseIterable {
    case awaitingSeller
    case sellerSilent
    case negotiation
    case mediationFresh
    case mediationTaken
    case mediationQuestion
    case mediationSolutions
    case bothAcceptedSolution
    case counterfeitAtOnce
    case returnAwaitingShipment
    case returnShipped
    case refundPending
    case closedPaid
    case closedRuling
    case cancelledResumable
    case cancelledFinal
    case refundedLongAgo

    /// Whether the buyer's proposal is "return and refund" (needs goods received).
    var wantsReturn: Bool { self == .returnAwaitingShipment || self == .returnShipped }

    /// Counterfeit claims escalate at once, which only this story expects.
    func accepts(_ reason: ClaimReason) -> Bool {
        if self == .counterfeitAtOnce { return reason == .counterfeit }
        if reason == .counterfeit { return false }
        if wantsReturn { return reason.requiresReceivedGoods }
        return true
    }

    /// When the dispute is opened, relative to now, so that its current deadline lands where the
    /// story wants it (`spread` varies it between disputes telling the same story).
    func openedAt(now: Date, policy: Policy, spread: Int) -> Date {
        let minutes: [TimeInterval] = [12, 47, 3 * 60, 9 * 60, 26 * 60, 3 * 24 * 60]
        let soon = minutes[spread % minutes.count] * 60
        switch self {
        case .awaitingSeller: return now.adding(days: -policy.sellerResponseDays).addingTimeInterval(soon)
        case .sellerSilent: return now.adding(days: -policy.sellerResponseDays - 3 - spread)
        case .negotiation: return now.adding(days: -policy.negotiationDays).addingTimeInterval(soon)
        case .mediationFresh, .mediationTaken, .mediationQuestion:
            return now.adding(days: -policy.negotiationDays - 2).addingTimeInterval(-soon)
        case .mediationSolutions, .bothAcceptedSolution: return now.adding(days: -policy.negotiationDays - 4)
        case .counterfeitAtOnce: return now.adding(days: -1 - spread % 5).addingTimeInterval(soon)
        case .returnAwaitingShipment: return now.adding(days: -policy.returnShipmentDays).addingTimeInterval(soon)
        case .returnShipped: return now.adding(days: -6 - spread % 4)
        case .refundPending: return now.adding(days: -3)
        case .closedPaid: return now.adding(days: -20 - spread)
        case .closedRuling: return now.adding(days: -28 - spread)
        case .cancelledResumable: return now.adding(days: -4)
        case .cancelledFinal, .refundedLongAgo: return now.adding(days: -110 - spread)
        }
    }
}
