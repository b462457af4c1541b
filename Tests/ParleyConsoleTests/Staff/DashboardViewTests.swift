import Foundation
import ParleyCore
@testable import ParleyConsole
import TerminalUI
import Testing

@Suite struct DashboardViewTests {
    let numbers = DashboardNumbers(byStage: [.mediation: 200, .closed: 50, .negotiation: 10],
                                   byReason: [.damaged: 90, .counterfeit: 30],
                                   outcomes: [.sellerAccepted: 40, .mediatorRuling: 10],
                                   dueWithin24Hours: 17, medianTimeToResolution: 5 * 86_400 + 7_200,
                                   openedPerDay: Array(repeating: 3, count: 29) + [9])

    @Test func headlineFiguresAreShown() {
        let text = screenText(DashboardView(numbers: numbers), cols: 120, rows: 36)
        #expect(text.contains("Disputes: 260"))
        #expect(text.contains("Due in 24 h: 17"))
        #expect(text.contains("Median time to resolution: 5d 02h"))
    }

    @Test func barsAreScaledToTheLargestValue() {
        let text = screenText(DashboardView(numbers: numbers), cols: 120, rows: 36)
        let lines = text.split(separator: "\n")
        let mediation = lines.first { $0.hasPrefix("Mediation") }.map { $0.prefix(58).filter { $0 == "█" }.count } ?? 0
        let negotiation = lines.first { $0.hasPrefix("Negotiation") }.map { $0.prefix(58).filter { $0 == "█" }.count } ?? 0
        #expect(mediation > 10 * max(1, negotiation))
        #expect(text.contains("Item damaged"))
        #expect(text.contains("Seller accepted"))
    }

    @Test func theSparklinePeaksOnTheBusiestDay() {
        let text = screenText(DashboardView(numbers: numbers), cols: 120, rows: 36)
        #expect(text.contains(String(repeating: "▁", count: 29) + "█"))
        #expect(text.contains("today 9"))
    }

    @Test func anEmptyDatabaseSaysSoInsteadOfDrawingNothing() {
        let text = screenText(DashboardView(numbers: DashboardNumbers()), cols: 80, rows: 22)
        #expect(text.contains("nothing yet"))
        #expect(text.contains("Median time to resolution: —"))
    }
}
