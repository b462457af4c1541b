import Foundation
import ParleyCore

/// When time alone next changes an order: the conditions under which `Order.advance` acts.
enum OrderClock {
    static func nextDeadline(of order: Order, policy: Policy) -> Date? {
        var candidates: [Date] = []
        if order.status == .shipped || order.status == .delivered {
            candidates.append(order.protectionEnd(policy: policy))
        }
        if !order.disputeIsOpen, order.status == .confirmed || order.status == .refunded
            || order.status == .shipped || order.status == .delivered {
            candidates.append(order.graceEnd(policy: policy))
        }
        return candidates.min()
    }
}
