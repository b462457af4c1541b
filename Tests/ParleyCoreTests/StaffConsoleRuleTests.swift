import Testing
import Foundation
import ParleyCore

@Suite("Rules the staff console relies on")
struct StaffConsoleRuleTests {
    @Test("Urgency: overdue, under 24 h, under 3 days, later")
    func urgencyBands() {
        let deadline = Deadline(kind: .mediatorDecision, who: [.staff], due: Fixtures.day(20), consequence: "x", expectedAction: "decide")
        #expect(deadline.urgency(at: Fixtures.day(20)) == .overdue)
        #expect(deadline.urgency(at: Fixtures.day(19.5)) == .underADay)
        #expect(deadline.urgency(at: Fixtures.day(18)) == .underThreeDays)
        #expect(deadline.urgency(at: Fixtures.day(10)) == .later)
    }

    @Test("Flag: not received although tracking shows a delivery")
    func flagNotReceivedButDelivered() throws {
        var order = Fixtures.shippedOrder()
        try order.apply(.addTrackingEvent(TrackingEvent(at: Fixtures.day(8), kind: .delivered)), by: .system, at: Fixtures.day(8), policy: Fixtures.policy)
        let c = try Case(draft: Fixtures.draft(received: false, reason: .wrongAddress, evidence: []), order: order)
        #expect(c.dispute.caseFlags(order: order) == [.notReceivedButDelivered])
    }

    @Test("Flag: a received-goods claim whose evidence was all removed")
    func flagNoVisualEvidence() throws {
        var c = try Case()
        #expect(c.dispute.caseFlags(order: c.order).isEmpty)
        try c.act(.removeEvidence("E1"), by: Fixtures.buyerActor, day: 11)
        #expect(c.dispute.caseFlags(order: c.order) == [.claimWithoutVisualEvidence])
    }
}
