import TerminalUI

/// A column of a screen's table: a title, a width (fixed, or a share of the rest), an alignment.
struct Column: Sendable {
    enum Width: Sendable {
        case fixed(Int)
        case flexible(min: Int)
    }

    var title: String
    var width: Width
    var alignment: Alignment

    init(_ title: String, _ width: Width, _ alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// Columns are this many cells apart.
    static let gap = 2

    /// Widths for a total width with a gap between columns; flexible columns share what is left.
    static func layout(_ columns: [Column], width total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1) * gap
        var fixed = 0
        var flexible = 0
        for column in columns {
            switch column.width {
            case .fixed(let n): fixed += n
            case .flexible(let minimum):
                fixed += minimum
                flexible += 1
            }
        }
        let spare = max(0, total - gaps - fixed)
        var remainder = flexible > 0 ? spare % flexible : 0
        let share = flexible > 0 ? spare / flexible : 0
        return columns.map { column in
            switch column.width {
            case .fixed(let n): return n
            case .flexible(let minimum):
                let extra = remainder > 0 ? 1 : 0
                remainder -= extra
                return minimum + share + extra
            }
        }
    }
}

/// One cell to draw: text and its role.
struct StyledCell: Sendable {
    var text: String
    var role: TerminalUI.Role?

    init(_ text: String, _ role: TerminalUI.Role? = nil) {
        self.text = text
        self.role = role
    }
}

extension Canvas {
    /// Draws cells in columns; a cell without its own role uses the row's.
    func row(_ cells: [StyledCell], columns: [Column], widths: [Int], row: Int, role: TerminalUI.Role, indent: Int = 0) {
        var col = indent
        for (index, width) in widths.enumerated() where col < self.width {
            let cell = index < cells.count ? cells[index] : StyledCell("")
            let cellRole = role == .selection ? role : (cell.role ?? role)
            text(TextWidth.fit(cell.text, to: width, alignment: columns[index].alignment), row: row, col: col,
                 role: cellRole, width: width)
            col += width + Column.gap
        }
    }
}
