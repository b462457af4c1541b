import Foundation
import ParleyCore
import ParleyStore
import TerminalUI

/// How a list row shows its deadline: the countdown, its colour by urgency band, and a mark that
/// reads without colour (monochrome terminals): "!!" overdue, "! " under 24 h, "· " under 3 days.
enum DeadlineStyle {
    static func urgency(due: Date, now: Date) -> DeadlineUrgency {
        Deadline(kind: .mediatorDecision, who: [.staff], due: due, consequence: "", expectedAction: "").urgency(at: now)
    }

    static func role(_ urgency: DeadlineUrgency) -> TerminalUI.Role {
        switch urgency {
        case .overdue: return .deadlineOverdue
        case .underADay: return .deadlineSoon
        case .underThreeDays: return .warning
        case .later: return .deadlineOK
        }
    }

    static func mark(_ urgency: DeadlineUrgency) -> String {
        switch urgency {
        case .overdue: return "!!"
        case .underADay: return "! "
        case .underThreeDays: return "· "
        case .later: return "  "
        }
    }

    static func countdown(due: Date?, now: Date) -> String {
        guard let due else { return "—" }
        return CountdownFormat.string(remainingSeconds: Int(due.timeIntervalSince(now).rounded(.down)))
    }
}

/// A simple column list drawn from in-memory rows: header, rows, the selected one highlighted.
struct ColumnList {
    struct Column {
        var title: String
        var width: Int
        var alignRight = false
    }

    /// Widths for the screen: fixed columns as given, the flexible one (width 0) takes the rest.
    static func fit(_ columns: [Column], width: Int) -> [Column] {
        let fixed = columns.reduce(0) { $0 + $1.width } + columns.count - 1
        return columns.map { column in
            var column = column
            if column.width == 0 { column.width = max(6, width - fixed) }
            return column
        }
    }

    static func draw(header columns: [Column], in canvas: Canvas, row: Int) {
        var col = 0
        for column in columns {
            canvas.text(TextWidth.fit(column.title, to: column.width, alignment: column.alignRight ? .right : .left), row: row, col: col, role: .title)
            col += column.width + 1
        }
    }

    static func draw(cells: [(String, TerminalUI.Role)], columns: [Column], in canvas: Canvas, row: Int, selected: Bool) {
        if selected { canvas.fill(row: row, role: .selection) }
        var col = 0
        for (index, column) in columns.enumerated() where index < cells.count {
            let (text, role) = cells[index]
            canvas.text(TextWidth.fit(text, to: column.width, alignment: column.alignRight ? .right : .left), row: row, col: col,
                        role: selected ? .selection : role, width: column.width)
            col += column.width + 1
        }
    }
}
