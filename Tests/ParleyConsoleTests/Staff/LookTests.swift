import Foundation
import ParleyCore
@testable import ParleyConsole
import Testing
import TerminalUI

@Suite struct LookTests {
    @Test func printAll() throws {
        guard ProcessInfo.processInfo.environment["PARLEY_LOOK"] != nil else { return }
        let file = StaffFixtures.caseFile(try StaffFixtures.inMediation())
        for (cols, rows) in [(120, 40), (80, 24)] {
            for pane in [CasePane.timeline, .flags, .evidence] {
                let view = CaseView(file: file, state: CaseViewState(pane: pane), audience: .staff, lastSeen: 8, policy: StaffFixtures.policy, now: StaffFixtures.day(19.5))
                print("=== case \(pane) \(cols)x\(rows)\n" + screenText(view, cols: cols, rows: rows))
            }
        }
        let (dispute, _, _) = try StaffFixtures.awaitingSeller(alternative: true)
        var form = SellerAnswerForm(dispute: dispute, policy: StaffFixtures.policy)
        for key in [Key.down, .down, .char(" "), .tab, .char(" "), .tab] { _ = form.handle(key) }
        for c in "45" { _ = form.handle(.char(c)) }
        _ = form.handle(.ctrl("s"))
        print("=== form 120x40\n" + screenText(FormPanelView(panel: form.panel), cols: 120, rows: 40))
        print("=== form 80x24\n" + screenText(FormPanelView(panel: form.panel), cols: 80, rows: 22))
        let numbers = DashboardNumbers(byStage: [.sellerResponse: 120, .negotiation: 340, .mediation: 2210, .closed: 5400, .refund: 80, .returnInProgress: 60, .cancelled: 30],
                                       byReason: [.damaged: 900, .counterfeit: 320, .emptyPackage: 120, .notAsDescribed: 1500, .noTrackingInformation: 210],
                                       outcomes: [.sellerAccepted: 2100, .mediatorRuling: 900, .bothAcceptedMediatorSolution: 700, .sellerDidNotRespond: 300],
                                       dueWithin24Hours: 187, medianTimeToResolution: 6.3 * 86_400, openedPerDay: (0..<30).map { 40 + ($0 * 7) % 23 })
        print("=== dash 120x40\n" + screenText(DashboardView(numbers: numbers), cols: 120, rows: 36))
        print("=== dash 80x24\n" + screenText(DashboardView(numbers: numbers), cols: 80, rows: 20))
    }
}
