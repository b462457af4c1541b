import Foundation

extension Order {
    /// Buyer protection ends this long after payment: the category's days plus every confirmed extension.
    public func protectionEnd(policy: Policy) -> Date {
        let extra = extensions.filter { $0.status == .confirmed }.reduce(0) { $0 + $1.days }
        return paidAt.adding(days: policy.protectionDays(for: category) + extra)
    }

    /// A dispute can still be opened for the grace window after protection ends or after the buyer
    /// confirmed receipt, whichever comes first (an accidental confirmation is not final).
    public func graceEnd(policy: Policy) -> Date {
        let protection = protectionEnd(policy: policy)
        let start = confirmedByBuyer ? min(confirmedAt ?? protection, protection) : protection
        return start.adding(days: policy.graceDays)
    }

    /// The earliest instant a dispute may be opened: some days after shipment.
    public func earliestDisputeOpening(policy: Policy) -> Date? {
        shippedAt?.adding(days: policy.earliestOpeningAfterShipmentDays)
    }

    /// Whether a dispute may be opened at `instant`, and if not, why and when.
    public func disputeOpeningWindow(at instant: Date, policy: Policy) -> DisputeOpeningWindow {
        if let dispute {
            return .alreadyDisputed(dispute, why: "This order already has dispute \(dispute); one dispute per order (a cancelled one can be resumed).")
        }
        let grace = graceEnd(policy: policy)
        if status == .completed || status == .closed {
            return .closed(since: completedAt, why: "The funds were released to the seller; this order can no longer be disputed.")
        }
        if status == .refunded, let refund, refund.amount >= amountPaid {
            return .closed(since: nil, why: "This order was refunded in full; there is nothing left to dispute.")
        }
        if instant >= grace {
            return .closed(since: grace, why: "Buyer protection and its \(policy.graceDays)-day grace window ended on \(DateText.short(grace)).")
        }
        guard let opens = earliestDisputeOpening(policy: policy) else {
            return .notYet(opensAt: nil, why: "The seller has not shipped yet; a dispute can be opened \(policy.earliestOpeningAfterShipmentDays) days after shipment.")
        }
        if instant < opens {
            return .notYet(opensAt: opens, why: "A dispute can be opened from \(DateText.short(opens)), \(policy.earliestOpeningAfterShipmentDays) days after shipment.")
        }
        return .open(closesAt: grace)
    }

    /// A tracking number counts as working once the parcel has at least one in-transit event.
    public var trackingWorks: Bool {
        tracking.contains { $0.kind == .inTransit }
    }

    public var lastTrackingEvent: TrackingEvent? { tracking.max { $0.at < $1.at } }

    /// Whole days since the last tracking line, or nil without any.
    public func daysSinceLastTrackingEvent(at instant: Date) -> Int? {
        lastTrackingEvent.map { wholeDays(from: $0.at, to: instant) }
    }

    /// An extension only makes sense while the parcel is moving: a tracking event within the policy's window.
    public func parcelIsMoving(at instant: Date, policy: Policy) -> Bool {
        guard let last = lastTrackingEvent, last.kind == .inTransit else { return false }
        return instant.timeIntervalSince(last.at) <= TimeInterval(policy.parcelMovingWithinDays) * 86_400
    }

    /// The warning the extension form shows, or nil when asking makes sense.
    public func extensionAdvice(at instant: Date, policy: Policy) -> String? {
        if parcelIsMoving(at: instant, policy: policy) { return nil }
        return "Asking for more time only makes sense while the parcel is moving; there has been no tracking event in the last \(policy.parcelMovingWithinDays) days."
    }

    /// The extension waiting for the seller's answer, if any.
    public var pendingExtension: ProtectionExtension? {
        extensions.last { $0.status == .requested }
    }

    /// Whole days of protection left (0 once over), for the order list's countdown.
    public func protectionDaysLeft(at instant: Date, policy: Policy) -> Int {
        let end = protectionEnd(policy: policy)
        guard end > instant else { return 0 }
        return Int((end.timeIntervalSince(instant) / 86_400).rounded(.up))
    }
}
