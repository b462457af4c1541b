import Foundation
import ParleyCore
import TerminalUI

/// The staff dashboard: headline figures, bar charts by stage, by reason and by outcome, and a
/// sparkline of new disputes per day. Two columns when wide, one column (charts cut short) when narrow.
public struct DashboardView: Widget {
    public var numbers: DashboardNumbers

    public init(numbers: DashboardNumbers) { self.numbers = numbers }

    var headline: [(String, String, TerminalUI.Role)] {
        [("Disputes", "\(numbers.total)", .text),
         ("Due in 24 h", "\(numbers.dueWithin24Hours)", numbers.dueWithin24Hours > 0 ? .deadlineSoon : .deadlineOK),
         ("Median time to resolution", DashboardNumbers.durationText(numbers.medianTimeToResolution), .text)]
    }

    var stageBars: [BarItem] {
        DisputeStage.allCases.filter { $0 != .opened }.map { stage in
            BarItem(stage.title, numbers.byStage[stage] ?? 0, role: stage == .mediation ? .deadlineSoon : .focus)
        }
    }

    var reasonBars: [BarItem] {
        ClaimReason.allCases.map { (reason: $0, count: numbers.byReason[$0] ?? 0) }
            .filter { $0.count > 0 }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.reason.rawValue < $1.reason.rawValue }
            .map { BarItem($0.reason.title, $0.count) }
    }

    var outcomeBars: [BarItem] {
        numbers.outcomes.filter { $0.value > 0 }
            .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
            .map { BarItem($0.key.shortTitle, $0.value, role: $0.key.isMediation ? .deadlineSoon : .success) }
    }

    public func render(in canvas: Canvas) {
        guard canvas.width > 10, canvas.height > 3 else { return }
        var col = 0
        for (label, value, role) in headline {
            col += canvas.text(label + ": ", row: 0, col: col, role: .muted)
            col += canvas.text(value, row: 0, col: col, role: role)
            col += canvas.text("   ", row: 0, col: col, role: .text)
        }
        let trendRow = canvas.height - 2
        let body = canvas.sub(Rect(row: 2, col: 0, height: max(0, trendRow - 3), width: canvas.width))
        if canvas.width >= 100 {
            let half = (canvas.width - 2) / 2
            let left = body.sub(Rect(row: 0, col: 0, height: body.height, width: half))
            let right = body.sub(Rect(row: 0, col: half + 2, height: body.height, width: canvas.width - half - 2))
            let stageHeight = stageBars.count + 2
            chart("By stage", stageBars, in: left.sub(Rect(row: 0, col: 0, height: stageHeight, width: left.width)))
            chart("Outcomes", outcomeBars, in: left.sub(Rect(row: stageHeight, col: 0, height: left.height - stageHeight, width: left.width)))
            chart("By reason", reasonBars, in: right)
        } else {
            let stageHeight = min(stageBars.count + 2, max(3, body.height / 2))
            let half = (canvas.width - 2) / 2
            chart("By stage", stageBars, in: body.sub(Rect(row: 0, col: 0, height: stageHeight, width: half)))
            chart("Outcomes", outcomeBars, in: body.sub(Rect(row: 0, col: half + 2, height: stageHeight, width: canvas.width - half - 2)))
            chart("By reason", reasonBars, in: body.sub(Rect(row: stageHeight, col: 0, height: body.height - stageHeight, width: canvas.width)))
        }
        let days = numbers.openedPerDay.count
        let label = "New disputes per day, last \(days) days: "
        let used = canvas.text(label, row: trendRow, role: .muted)
        let today = numbers.openedPerDay.last.map { "  today \($0)" } ?? ""
        let room = max(0, canvas.width - used - TextWidth.width(of: today))
        Sparkline(numbers.openedPerDay).render(in: canvas.sub(Rect(row: trendRow, col: used, height: 1, width: room)))
        canvas.text(today, row: trendRow, col: used + min(room, days), role: .muted)
    }

    private func chart(_ title: String, _ items: [BarItem], in canvas: Canvas) {
        guard canvas.height > 0 else { return }
        canvas.text(title, row: 0, role: .title)
        let rows = canvas.height - 1
        if items.isEmpty {
            canvas.text("nothing yet", row: 1, role: .muted)
            return
        }
        let shown = items.count > rows ? Array(items.prefix(max(0, rows - 1))) : items
        BarChart(shown).render(in: canvas.sub(Rect(row: 1, col: 0, height: rows, width: canvas.width)))
        if shown.count < items.count {
            canvas.text("… \(items.count - shown.count) more", row: 1 + shown.count, role: .muted)
        }
    }
}
