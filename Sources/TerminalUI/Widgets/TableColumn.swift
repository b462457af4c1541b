/// How wide a column is: a fixed number of columns, or a share of what is left (at least `min`).
public enum ColumnWidth: Hashable, Sendable {
    case fixed(Int)
    case flexible(min: Int)
}

public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var width: ColumnWidth
    public var alignment: Alignment

    public init(_ title: String, width: ColumnWidth = .flexible(min: 4), alignment: Alignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// Column widths for a total width, one space between columns; flexible columns share the rest.
    static func layout(_ columns: [TableColumn], totalWidth: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        let fixed = columns.reduce(0) { sum, column in
            if case .fixed(let n) = column.width { return sum + n }
            if case .flexible(let minimum) = column.width { return sum + minimum }
            return sum
        }
        let flexibleCount = columns.filter { if case .flexible = $0.width { return true } else { return false } }.count
        let spare = max(0, totalWidth - gaps - fixed)
        let share = flexibleCount > 0 ? spare / flexibleCount : 0
        var remainder = flexibleCount > 0 ? spare % flexibleCount : 0
        return columns.map { column in
            switch column.width {
            case .fixed(let n): return n
            case .flexible(let minimum):
                let extra = share + (remainder > 0 ? 1 : 0)
                remainder -= 1
                return minimum + extra
            }
        }
    }
}
