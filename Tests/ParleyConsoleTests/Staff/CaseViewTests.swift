import Foundation
import ParleyCore
@testable import ParleyConsole
import TerminalUI
import Testing

@Suite struct CaseViewTests {
    let now = StaffFixtures.day(19.5)

    func render(_ file: CaseFile, pane: CasePane, audience: CaseFile.Audience = .staff, lastSeen: Int? = nil, cols: Int, rows: Int) -> String {
        screenText(CaseView(file: file, state: CaseViewState(pane: pane), audience: audience, lastSeen: lastSeen,
                            policy: StaffFixtures.policy, now: now), cols: cols, rows: rows)
    }

    @Test func theThreeProposalsStandSideBySide() throws {
        let file = StaffFixtures.caseFile(try StaffFixtures.inMediation())
        let text = render(file, pane: .timeline, cols: 120, rows: 40)
        let row = try #require(text.split(separator: "\n").first { $0.contains("Buyer · Amara Diallo") })
        #expect(row.contains("Shop · Shenzhen Audio Store"))
        #expect(row.contains("Mediator · M-3"))
        let amounts = try #require(text.split(separator: "\n").first { $0.contains("US$ 40.00") && $0.contains("US$ 25.00") })
        #expect(amounts.contains("US$ 30.00"))
    }

    @Test func eventsAfterTheLastSeenOneAreMarkedNew() throws {
        let file = StaffFixtures.caseFile(try StaffFixtures.inMediation())
        let lastSeen = file.events.count - 2
        let lines = file.lines(of: .timeline, width: 100, audience: .staff, lastSeen: lastSeen, policy: StaffFixtures.policy, now: now).map(\.text)
        #expect(lines.first == "2 new since you last looked (marked ●)")
        #expect(lines.filter { $0.hasPrefix("●") }.count == 2)
        let never = file.lines(of: .timeline, width: 100, audience: .staff, lastSeen: file.events.count, policy: StaffFixtures.policy, now: now).map(\.text)
        #expect(!never.contains { $0.hasPrefix("●") })
    }

    @Test func theShopNeverSeesInternalNotesOrFlags() throws {
        let file = StaffFixtures.caseFile(try StaffFixtures.inMediation())
        let staff = file.lines(of: .timeline, width: 100, audience: .staff, lastSeen: nil, policy: StaffFixtures.policy, now: now).map(\.text).joined()
        let shop = file.lines(of: .timeline, width: 100, audience: .seller, lastSeen: nil, policy: StaffFixtures.policy, now: now).map(\.text).joined()
        #expect(staff.contains("Internal note"))
        #expect(!shop.contains("Internal note"))
        #expect(!CasePane.panes(for: .seller).contains(.notes))
        #expect(!CasePane.panes(for: .seller).contains(.flags))
        let screen = render(file, pane: .timeline, audience: .seller, cols: 120, rows: 40)
        #expect(!screen.contains("Courier damage likely"))
        #expect(!screen.contains("Notes"))
    }

    @Test func evidenceShowsKindSizeChecksumAndPath() throws {
        let file = StaffFixtures.caseFile(try StaffFixtures.inMediation())
        let text = file.lines(of: .evidence, width: 110, audience: .staff, lastSeen: nil, policy: StaffFixtures.policy, now: now).map(\.text).joined(separator: "\n")
        #expect(text.contains("E1  jpeg  1.2 MB"))
        #expect(text.contains(StaffFixtures.checksum))
        #expect(text.contains("/var/parley/evidence/9f/\(StaffFixtures.checksum)"))
    }

    @Test func flagsComeFromTheFactsAndTheHistories() throws {
        // "Not received" although tracking shows a delivery.
        let order = StaffFixtures.order(delivered: true)
        let draft = DisputeDraft(received: false, reason: .wrongAddress, resolution: .refundOnly, amountText: "40",
                                 description: "It went to another street entirely.", evidence: [])
        let (dispute, events) = try Dispute.open(id: "D-9", order: order, draft: draft, by: .buyer(StaffFixtures.buyer),
                                                 at: StaffFixtures.day(10), policy: StaffFixtures.policy)
        let file = StaffFixtures.caseFile((dispute, events, order))
        let text = file.lines(of: .flags, width: 100, audience: .staff, lastSeen: nil, policy: StaffFixtures.policy, now: now).map(\.text).joined(separator: "\n")
        #expect(text.contains(CaseFlag.notReceivedButDelivered.message))
        #expect(text.contains("2 \"Empty package\" claims by this buyer"))
        #expect(text.contains("41 disputes (6 open)"))
    }

    @Test func whyExplainsTheStateFromTheEventLog() throws {
        let file = StaffFixtures.caseFile(try StaffFixtures.inMediation())
        let text = file.lines(of: .why, width: 100, audience: .staff, lastSeen: nil, policy: StaffFixtures.policy, now: now).map(\.text).joined(separator: " ")
        #expect(text.contains("is at \"Mediation\""))
        #expect(text.contains("Rule:"))
    }

    @Test func theHeaderShowsWhoIsWaitedOnAndTheCountdown() throws {
        let file = StaffFixtures.caseFile(try StaffFixtures.inMediation())
        let text = render(file, pane: .timeline, cols: 80, rows: 24)
        #expect(text.contains("taken by M-3"))
        #expect(text.contains("4d 12h"))
    }

    @Test func narrowScreensShowEveryPaneAsATab() throws {
        let file = StaffFixtures.caseFile(try StaffFixtures.inMediation())
        let text = render(file, pane: .notes, lastSeen: 3, cols: 80, rows: 24)
        for title in ["Order", "Proposals", "Timeline●", "Messages", "Evidence", "Flags", "Notes", "Why?"] {
            #expect(text.contains(title), "missing tab \(title)")
        }
        #expect(text.contains("Courier damage likely"))
    }
}
