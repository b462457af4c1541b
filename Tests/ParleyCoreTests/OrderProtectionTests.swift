import Testing
import Foundation
import ParleyCore

@Suite("SPEC §2: orders and buyer protection")
struct OrderProtectionTests {
    let policy = Fixtures.policy

    @Test("Lifecycle: placed → shipped → delivered → confirmed → completed")
    func lifecycle() throws {
        var order = Fixtures.paidOrder()
        #expect(order.status == .placed)
        try order.apply(.ship(trackingNumber: "LP1", method: .express), by: Fixtures.sellerActor, at: Fixtures.day(1), policy: policy)
        #expect(order.status == .shipped)
        #expect(order.shippedWith == .express)
        try order.apply(.addTrackingEvent(TrackingEvent(at: Fixtures.day(9), kind: .delivered)), by: .system, at: Fixtures.day(9), policy: policy)
        #expect(order.status == .delivered)
        try order.apply(.confirmReceipt, by: Fixtures.buyerActor, at: Fixtures.day(10), policy: policy)
        #expect(order.status == .confirmed)
        let events = order.advance(to: Fixtures.day(25), policy: policy)
        #expect(order.status == .completed)
        #expect(events.map(\.kind) == [.fundsReleased(Fixtures.usd("40"))])
    }

    @Test("An order is settled once its money has gone one way or the other: completed, refunded or closed")
    func settledStatuses() {
        let settled = OrderStatus.allCases.filter(\.isSettled)
        #expect(settled == [.completed, .refunded, .closed])
    }

    @Test("Shipping needs a tracking number")
    func shippingNeedsTrackingNumber() {
        var order = Fixtures.paidOrder()
        #expect(throws: OrderError.trackingNumberMissing) {
            try order.apply(.ship(trackingNumber: "  ", method: .standard), by: Fixtures.sellerActor, at: Fixtures.day(1), policy: policy)
        }
    }

    @Test("Every order action checks its actor")
    func actionsCheckActor() {
        var order = Fixtures.shippedOrder()
        #expect(throws: OrderError.wrongRole(action: "confirm receipt", allowed: .buyer, actual: .seller)) {
            try order.apply(.confirmReceipt, by: Fixtures.sellerActor, at: Fixtures.day(3), policy: policy)
        }
        #expect(throws: OrderError.notYourOrder(.buyer("U-999"))) {
            try order.apply(.confirmReceipt, by: .buyer("U-999"), at: Fixtures.day(3), policy: policy)
        }
        #expect(throws: OrderError.notYourOrder(.seller("S-other"))) {
            try order.apply(.confirmExtension, by: .seller("S-other"), at: Fixtures.day(3), policy: policy)
        }
    }

    @Test("Protection runs 60 days from payment by default and 90 for furniture and large goods")
    func protectionByCategory() {
        #expect(Fixtures.paidOrder().protectionEnd(policy: policy) == Fixtures.day(60))
        #expect(Fixtures.paidOrder(category: .furniture).protectionEnd(policy: policy) == Fixtures.day(90))
        #expect(Fixtures.paidOrder(category: .largeGoods).protectionEnd(policy: policy) == Fixtures.day(90))
        #expect(Fixtures.paidOrder().protectionDaysLeft(at: Fixtures.day(50), policy: policy) == 10)
    }

    @Test("Extension counts only once the seller confirms")
    func extensionConfirmed() throws {
        var order = Fixtures.shippedOrder()
        try order.apply(.requestExtension(days: 20), by: Fixtures.buyerActor, at: Fixtures.day(40), policy: policy)
        #expect(order.protectionEnd(policy: policy) == Fixtures.day(60))
        #expect(order.pendingExtension?.days == 20)
        try order.apply(.confirmExtension, by: Fixtures.sellerActor, at: Fixtures.day(41), policy: policy)
        #expect(order.protectionEnd(policy: policy) == Fixtures.day(80))
        #expect(order.pendingExtension == nil)
    }

    @Test("The seller may decline an extension")
    func extensionDeclined() throws {
        var order = Fixtures.shippedOrder()
        try order.apply(.requestExtension(days: 20), by: Fixtures.buyerActor, at: Fixtures.day(40), policy: policy)
        try order.apply(.declineExtension, by: Fixtures.sellerActor, at: Fixtures.day(41), policy: policy)
        #expect(order.protectionEnd(policy: policy) == Fixtures.day(60))
        #expect(order.extensions.last?.status == .declined)
        #expect(throws: OrderError.noExtensionRequested) {
            try order.apply(.confirmExtension, by: Fixtures.sellerActor, at: Fixtures.day(42), policy: policy)
        }
    }

    @Test("Extension days must be 1–60, one request at a time, before protection ends", arguments: [0, 61, -3])
    func extensionDaysRange(days: Int) {
        var order = Fixtures.shippedOrder()
        #expect(throws: OrderError.extensionDaysOutOfRange(days: days, allowed: 1...60)) {
            try order.apply(.requestExtension(days: days), by: Fixtures.buyerActor, at: Fixtures.day(40), policy: policy)
        }
    }

    @Test("A second extension request waits for the first; none after protection ended")
    func extensionLimits() throws {
        var order = Fixtures.shippedOrder()
        try order.apply(.requestExtension(days: 5), by: Fixtures.buyerActor, at: Fixtures.day(40), policy: policy)
        #expect(throws: OrderError.extensionAlreadyRequested(days: 5)) {
            try order.apply(.requestExtension(days: 9), by: Fixtures.buyerActor, at: Fixtures.day(41), policy: policy)
        }
        var late = Fixtures.shippedOrder()
        #expect(throws: OrderError.protectionEnded(at: Fixtures.day(60))) {
            try late.apply(.requestExtension(days: 9), by: Fixtures.buyerActor, at: Fixtures.day(61), policy: policy)
        }
    }

    @Test("The extension form warns unless the parcel moved in the last 7 days")
    func extensionAdviceWhenParcelStill() {
        let order = Fixtures.shippedOrder() // in transit on day 2
        #expect(order.extensionAdvice(at: Fixtures.day(5), policy: policy) == nil)
        #expect(order.extensionAdvice(at: Fixtures.day(20), policy: policy) != nil)
    }

    @Test("Tracking works once there is an in-transit event; days since the last event are counted")
    func trackingWorks() throws {
        var order = Fixtures.paidOrder()
        try order.apply(.ship(trackingNumber: "LP1", method: .standard), by: Fixtures.sellerActor, at: Fixtures.day(1), policy: policy)
        #expect(!order.trackingWorks)
        #expect(order.daysSinceLastTrackingEvent(at: Fixtures.day(5)) == nil)
        try order.apply(.addTrackingEvent(TrackingEvent(at: Fixtures.day(3), kind: .inTransit)), by: .system, at: Fixtures.day(3), policy: policy)
        #expect(order.trackingWorks)
        #expect(order.daysSinceLastTrackingEvent(at: Fixtures.day(10.5)) == 7)
    }

    @Test("Grace window: 15 days after protection ends")
    func graceAfterProtection() {
        let order = Fixtures.shippedOrder()
        #expect(order.graceEnd(policy: policy) == Fixtures.day(75))
    }

    @Test("Grace window: 15 days after the buyer confirmed receipt (an accidental confirmation is not final)")
    func graceAfterConfirmation() throws {
        var order = Fixtures.shippedOrder()
        try order.apply(.confirmReceipt, by: Fixtures.buyerActor, at: Fixtures.day(8), policy: policy)
        #expect(order.graceEnd(policy: policy) == Fixtures.day(23))
        #expect(order.disputeOpeningWindow(at: Fixtures.day(20), policy: policy).isOpen)
        #expect(!order.disputeOpeningWindow(at: Fixtures.day(23), policy: policy).isOpen)
    }

    @Test("Auto-confirmation when protection ends, release of funds when the grace window has passed")
    func autoConfirmAndRelease() {
        var order = Fixtures.shippedOrder()
        #expect(order.advance(to: Fixtures.day(59), policy: policy).isEmpty)
        let confirm = order.advance(to: Fixtures.day(61), policy: policy)
        #expect(confirm.map(\.kind) == [.receiptConfirmed(automatic: true)])
        #expect(confirm.first?.at == Fixtures.day(60))
        #expect(order.status == .confirmed)
        #expect(!order.confirmedByBuyer)
        let release = order.advance(to: Fixtures.day(80), policy: policy)
        #expect(release.map(\.kind) == [.fundsReleased(Fixtures.usd("40"))])
        #expect(release.first?.at == Fixtures.day(75))
        #expect(order.status == .completed)
        #expect(order.advance(to: Fixtures.day(90), policy: policy).isEmpty)
    }

    @Test("Advancing an order in one step equals advancing in small steps")
    func orderAdvanceStepwise() {
        var once = Fixtures.shippedOrder()
        var steps = once
        let all = once.advance(to: Fixtures.day(100), policy: policy)
        var collected: [OrderEvent] = []
        for day in stride(from: 3.0, through: 100, by: 3.7) { collected += steps.advance(to: Fixtures.day(day), policy: policy) }
        collected += steps.advance(to: Fixtures.day(100), policy: policy)
        #expect(all == collected)
        #expect(once == steps)
    }

    @Test("Funds stay frozen while a dispute runs")
    func fundsFrozenDuringDispute() throws {
        var order = Fixtures.shippedOrder()
        try order.apply(.disputeOpened("D-1"), by: .system, at: Fixtures.day(10), policy: policy)
        order.advance(to: Fixtures.day(100), policy: policy)
        #expect(order.status == .confirmed)
        try order.apply(.disputeClosed("D-1"), by: .system, at: Fixtures.day(101), policy: policy)
        let release = order.advance(to: Fixtures.day(102), policy: policy)
        #expect(release.first?.at == Fixtures.day(101))
        #expect(order.status == .completed)
    }

    @Test("Opening window: not before 6 days after shipment")
    func openingNotYet() {
        let order = Fixtures.shippedOrder()
        guard case .notYet(let opensAt, let why) = order.disputeOpeningWindow(at: Fixtures.day(5), policy: policy) else {
            Issue.record("expected notYet"); return
        }
        #expect(opensAt == Fixtures.day(7))
        #expect(why.contains("6 days after shipment"))
        #expect(order.disputeOpeningWindow(at: Fixtures.day(7), policy: policy) == .open(closesAt: Fixtures.day(75)))
        guard case .notYet(nil, _) = Fixtures.paidOrder().disputeOpeningWindow(at: Fixtures.day(5), policy: policy) else {
            Issue.record("an unshipped order cannot be disputed yet"); return
        }
    }

    @Test("Opening window: closed once protection and grace are over, or funds released")
    func openingClosed() {
        var order = Fixtures.shippedOrder()
        guard case .closed(let since, _) = order.disputeOpeningWindow(at: Fixtures.day(75), policy: policy) else {
            Issue.record("expected closed"); return
        }
        #expect(since == Fixtures.day(75))
        order.advance(to: Fixtures.day(80), policy: policy)
        #expect(order.status == .completed)
        #expect(!order.disputeOpeningWindow(at: Fixtures.day(20), policy: policy).isOpen)
    }

    @Test("One dispute per order")
    func oneDisputePerOrder() throws {
        var order = Fixtures.shippedOrder()
        try order.apply(.disputeOpened("D-1"), by: .system, at: Fixtures.day(10), policy: policy)
        guard case .alreadyDisputed(let id, _) = order.disputeOpeningWindow(at: Fixtures.day(11), policy: policy) else {
            Issue.record("expected alreadyDisputed"); return
        }
        #expect(id == "D-1")
        #expect(throws: OrderError.alreadyDisputed("D-1")) {
            try order.apply(.disputeOpened("D-2"), by: .system, at: Fixtures.day(11), policy: policy)
        }
    }

    @Test("Orders round-trip through JSON")
    func orderCodable() throws {
        let order = Fixtures.shippedOrder()
        let data = try JSONEncoder().encode(order)
        #expect(try JSONDecoder().decode(Order.self, from: data) == order)
    }
}
