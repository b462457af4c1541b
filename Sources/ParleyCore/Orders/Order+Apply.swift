import Foundation

extension Order {
    /// Performs an action, checking who does it and whether the order's state allows it.
    /// On success the order changes and the returned events describe the change; on failure nothing changes.
    @discardableResult
    public mutating func apply(_ action: OrderAction, by actor: Actor, at instant: Date, policy: Policy) throws(OrderError) -> [OrderEvent] {
        if instant < lastEventAt { throw .timeBeforeLastEvent(lastEventAt: lastEventAt) }
        var events: [OrderEvent] = []
        func emit(_ kind: OrderEvent.Kind) { events.append(OrderEvent(orderID: id, at: instant, actor: actor, kind: kind)) }

        switch action {
        case .ship(let number, let method):
            try requireSeller(actor, "ship the order")
            guard status == .placed else { throw .wrongStatus(action: "ship the order", status: status) }
            let trimmed = number.trimmingSpaces
            guard !trimmed.isEmpty else { throw .trackingNumberMissing }
            emit(.shipped(trackingNumber: trimmed, method: method))

        case .addTrackingEvent(let event):
            try requireSystemOrSeller(actor, "add tracking events")
            guard shippedAt != nil else { throw .wrongStatus(action: "add tracking events", status: status) }
            emit(.trackingEvent(event))
            if event.kind == .delivered && status == .shipped { emit(.delivered) }

        case .markDelivered:
            try requireSystemOrSeller(actor, "mark the parcel delivered")
            guard status == .shipped else { throw .wrongStatus(action: "mark the parcel delivered", status: status) }
            emit(.delivered)

        case .confirmReceipt:
            try requireBuyer(actor, "confirm receipt")
            guard status == .shipped || status == .delivered else { throw .wrongStatus(action: "confirm receipt", status: status) }
            emit(.receiptConfirmed(automatic: false))

        case .requestExtension(let days):
            try requireBuyer(actor, "ask for a protection extension")
            guard status == .placed || status == .shipped || status == .delivered else {
                throw .wrongStatus(action: "ask for a protection extension", status: status)
            }
            let end = protectionEnd(policy: policy)
            guard instant < end else { throw .protectionEnded(at: end) }
            guard policy.extensionDays.contains(days) else { throw .extensionDaysOutOfRange(days: days, allowed: policy.extensionDays) }
            if let pending = pendingExtension { throw .extensionAlreadyRequested(days: pending.days) }
            emit(.extensionRequested(days: days))

        case .confirmExtension:
            try requireSeller(actor, "confirm a protection extension")
            guard let pending = pendingExtension else { throw .noExtensionRequested }
            let end = protectionEnd(policy: policy)
            guard instant < end else { throw .protectionEnded(at: end) }
            emit(.extensionConfirmed(days: pending.days, protectionEnd: end.adding(days: pending.days)))

        case .declineExtension:
            try requireSeller(actor, "decline a protection extension")
            guard let pending = pendingExtension else { throw .noExtensionRequested }
            emit(.extensionDeclined(days: pending.days))

        case .disputeOpened(let disputeID):
            try requireSystemOrBuyer(actor, "record a dispute")
            if let dispute, dispute != disputeID { throw .alreadyDisputed(dispute) }
            emit(.disputeOpened(disputeID))

        case .disputeClosed(let disputeID):
            guard actor == .system else { throw .wrongRole(action: "close a dispute on the order", allowed: .system, actual: actor.role) }
            emit(.disputeClosed(disputeID))

        case .recordRefund(let refund):
            guard actor == .system else { throw .wrongRole(action: "record a refund", allowed: .system, actual: actor.role) }
            guard refund.amount.currency == currency else { throw .currencyMismatch(expected: currency, actual: refund.amount.currency) }
            guard refund.amount <= amountPaid.times(2) else { throw .refundExceedsAmountPaid(refund: refund.amount, paid: amountPaid) }
            emit(.refundRecorded(refund))

        case .refundPaid:
            guard actor == .system else { throw .wrongRole(action: "record a refund as paid", allowed: .system, actual: actor.role) }
            guard let refund, refund.paidAt == nil else { throw .noRefundToPay }
            emit(.refundPaid)
        }
        for event in events { evolve(event, policy: policy) }
        return events
    }

    /// Fires what time alone does to an order, in time order: automatic confirmation when protection
    /// ends, release of funds to the seller when the grace window has passed with no dispute running.
    /// Idempotent: advancing twice to the same instant, or in small steps, gives the same events.
    @discardableResult
    public mutating func advance(to instant: Date, policy: Policy) -> [OrderEvent] {
        var events: [OrderEvent] = []
        let protection = protectionEnd(policy: policy)
        if (status == .shipped || status == .delivered), protection <= instant {
            let event = OrderEvent(orderID: id, at: max(protection, lastEventAt), actor: .system, kind: .receiptConfirmed(automatic: true))
            evolve(event, policy: policy)
            events.append(event)
        }
        let grace = graceEnd(policy: policy)
        if !disputeIsOpen, grace <= instant {
            let at = max(grace, disputeClosedAt ?? grace, lastEventAt)
            if status == .confirmed || (status == .refunded && refundedLess) {
                let remaining = Money(minorUnits: max(0, amountPaid.minorUnits - (refund?.amount.minorUnits ?? 0)), currency: currency)
                let event = OrderEvent(orderID: id, at: at, actor: .system, kind: .fundsReleased(remaining))
                evolve(event, policy: policy)
                events.append(event)
            } else if status == .refunded {
                let event = OrderEvent(orderID: id, at: at, actor: .system, kind: .closed)
                evolve(event, policy: policy)
                events.append(event)
            }
        }
        return events
    }

    private var refundedLess: Bool { (refund?.amount ?? amountPaid) < amountPaid }

    /// Applies one recorded event to the state; the only place order state changes.
    public mutating func evolve(_ event: OrderEvent, policy: Policy) {
        lastEventAt = max(lastEventAt, event.at)
        switch event.kind {
        case .shipped(let number, let method):
            trackingNumber = number
            shippedWith = method
            shippedAt = event.at
            status = .shipped
        case .trackingEvent(let tracked):
            tracking.append(tracked)
            tracking.sort { $0.at < $1.at }
        case .delivered:
            deliveredAt = event.at
            if status == .shipped { status = .delivered }
        case .receiptConfirmed(let automatic):
            confirmedAt = event.at
            confirmedByBuyer = !automatic
            if status == .shipped || status == .delivered { status = .confirmed }
        case .extensionRequested(let days):
            extensions.append(ProtectionExtension(days: days, requestedAt: event.at))
        case .extensionConfirmed:
            if let index = extensions.lastIndex(where: { $0.status == .requested }) {
                extensions[index].status = .confirmed
                extensions[index].answeredAt = event.at
            }
        case .extensionDeclined:
            if let index = extensions.lastIndex(where: { $0.status == .requested }) {
                extensions[index].status = .declined
                extensions[index].answeredAt = event.at
            }
        case .disputeOpened(let disputeID):
            dispute = disputeID
            disputeIsOpen = true
        case .disputeClosed:
            disputeIsOpen = false
            disputeClosedAt = event.at
        case .refundRecorded(let recorded):
            refund = recorded
            status = .refunded
        case .refundPaid:
            refund?.paidAt = event.at
        case .fundsReleased:
            completedAt = event.at
            status = .completed
        case .closed:
            status = .closed
        }
    }

    private func requireBuyer(_ actor: Actor, _ action: String) throws(OrderError) {
        guard case .buyer(let user) = actor else { throw .wrongRole(action: action, allowed: .buyer, actual: actor.role) }
        guard user == buyer else { throw .notYourOrder(actor) }
    }

    private func requireSeller(_ actor: Actor, _ action: String) throws(OrderError) {
        guard case .seller(let seller) = actor else { throw .wrongRole(action: action, allowed: .seller, actual: actor.role) }
        guard seller == shop else { throw .notYourOrder(actor) }
    }

    private func requireSystemOrSeller(_ actor: Actor, _ action: String) throws(OrderError) {
        if actor == .system { return }
        try requireSeller(actor, action)
    }

    private func requireSystemOrBuyer(_ actor: Actor, _ action: String) throws(OrderError) {
        if actor == .system { return }
        try requireBuyer(actor, action)
    }
}
