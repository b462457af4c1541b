import Foundation

/// Why an order action was refused, in words the person who tried it understands.
public enum OrderError: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    case wrongRole(action: String, allowed: Role, actual: Role)
    case notYourOrder(Actor)
    case wrongStatus(action: String, status: OrderStatus)
    case trackingNumberMissing
    case extensionDaysOutOfRange(days: Int, allowed: ClosedRange<Int>)
    case extensionAlreadyRequested(days: Int)
    case noExtensionRequested
    case protectionEnded(at: Date)
    case alreadyDisputed(DisputeID)
    case refundExceedsAmountPaid(refund: Money, paid: Money)
    case currencyMismatch(expected: Currency, actual: Currency)
    case timeBeforeLastEvent(lastEventAt: Date)
    case noRefundToPay

    public var message: String { description }

    public var description: String {
        switch self {
        case .wrongRole(let action, let allowed, let actual):
            return "Only \(allowed.noun) can \(action); you are acting as \(actual.noun)."
        case .notYourOrder(let actor):
            return "This order is not yours (\(actor)); you can only act on your own orders."
        case .wrongStatus(let action, let status):
            return "You cannot \(action) while the order is \"\(status.title)\"."
        case .trackingNumberMissing:
            return "Enter the tracking number the carrier gave you."
        case .extensionDaysOutOfRange(let days, let allowed):
            return "\(days) days is not possible: ask for \(allowed.lowerBound) to \(allowed.upperBound) more days."
        case .extensionAlreadyRequested(let days):
            return "An extension of \(days) days is already waiting for the seller's answer."
        case .noExtensionRequested:
            return "The buyer has not asked for an extension."
        case .protectionEnded(let at):
            return "Buyer protection ended on \(DateText.short(at)); it can no longer be extended."
        case .alreadyDisputed(let id):
            return "This order already has dispute \(id); resume it instead of opening a new one."
        case .refundExceedsAmountPaid(let refund, let paid):
            return "A refund of \(refund.formatted) is more than the \(paid.formatted) paid."
        case .currencyMismatch(let expected, let actual):
            return "The amount is in \(actual.code) but the order was paid in \(expected.code)."
        case .noRefundToPay:
            return "There is no refund waiting to be paid on this order."
        case .timeBeforeLastEvent(let last):
            return "This happened before the order's last recorded event (\(DateText.short(last)))."
        }
    }
}
