/// Supplies table rows on demand: the table asks for the count and for the rows it shows, never all.
public protocol TableDataSource {
    func rowCount(matching filter: String) -> Int
    func rows(in range: Range<Int>, matching filter: String) -> [[String]]
}

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

/// Cursor, scroll position and filter of a table.
public struct TableState: Hashable, Sendable {
    public var selected: Int = 0
    public var top: Int = 0
    public var filter: String = ""
    public var isEditingFilter = false

    public init() {}

    /// Rows visible in a table of this height (one header row, one filter row when shown).
    public func pageSize(height: Int) -> Int {
        max(1, height - 1 - (isEditingFilter || !filter.isEmpty ? 1 : 0))
    }

    /// Navigation and filter keys; returns false for keys the table does not use.
    public mutating func handle(_ key: Key, rowCount: Int, pageSize: Int) -> Bool {
        if isEditingFilter {
            switch key {
            case .char(let c): filter.append(c)
            case .backspace: if !filter.isEmpty { filter.removeLast() }
            case .enter: isEditingFilter = false
            case .escape:
                filter = ""
                isEditingFilter = false
            default: return false
            }
            selected = 0
            top = 0
            return true
        }
        switch key {
        case .up, .char("k"): selected -= 1
        case .down, .char("j"): selected += 1
        case .pageUp: selected -= pageSize
        case .pageDown: selected += pageSize
        case .home, .char("g"): selected = 0
        case .end, .char("G"): selected = rowCount - 1
        case .char("/"):
            isEditingFilter = true
            return true
        case .escape where !filter.isEmpty:
            filter = ""
            selected = 0
            top = 0
            return true
        default: return false
        }
        clamp(rowCount: rowCount, pageSize: pageSize)
        return true
    }

    /// Keeps the selection inside the rows and on screen.
    public mutating func clamp(rowCount: Int, pageSize: Int) {
        selected = min(max(0, selected), max(0, rowCount - 1))
        if selected < top { top = selected }
        if selected >= top + pageSize { top = selected - pageSize + 1 }
        top = min(max(0, top), max(0, rowCount - pageSize))
    }
}

/// A table with a header row, a highlighted selection, and a `/` filter line at the bottom. Only the
/// visible window of rows is fetched from the data source.
public struct Table<Source: TableDataSource>: Widget {
    public var columns: [TableColumn]
    public var source: Source
    public var state: TableState
    public var isFocused: Bool
    public var emptyMessage: String

    public init(columns: [TableColumn], source: Source, state: TableState, isFocused: Bool = true,
                emptyMessage: String = "Nothing to show") {
        self.columns = columns
        self.source = source
        self.state = state
        self.isFocused = isFocused
        self.emptyMessage = emptyMessage
    }

    public func render(in canvas: Canvas) {
        guard canvas.height > 0, canvas.width > 0 else { return }
        let widths = TableColumn.layout(columns, totalWidth: canvas.width)
        drawRow(columns.map(\.title), widths: widths, row: 0, role: .title, canvas: canvas)
        let count = source.rowCount(matching: state.filter)
        let pageSize = state.pageSize(height: canvas.height)
        var view = state
        view.clamp(rowCount: count, pageSize: pageSize)
        let window = view.top..<min(count, view.top + pageSize)
        let rows = window.isEmpty ? [] : source.rows(in: window, matching: state.filter)
        if count == 0 && canvas.height > 1 {
            canvas.text(TextWidth.truncate(emptyMessage, to: canvas.width), row: 1, role: .muted)
        }
        for (offset, cells) in rows.prefix(pageSize).enumerated() {
            let isSelected = window.lowerBound + offset == view.selected
            let role: Role = isSelected ? (isFocused ? .selection : .focus) : .text
            if isSelected { canvas.fill(row: 1 + offset, role: role) }
            drawRow(cells, widths: widths, row: 1 + offset, role: role, canvas: canvas)
        }
        if state.isEditingFilter || !state.filter.isEmpty {
            let row = canvas.height - 1
            canvas.fill(row: row, role: state.isEditingFilter ? .input : .muted)
            let position = count == 0 ? "0/0" : "\(view.selected + 1)/\(count)"
            let positionWidth = TextWidth.width(of: position)
            let label = TextWidth.truncate("/" + state.filter, to: max(1, canvas.width - positionWidth - 1))
            let used = canvas.text(label, row: row, role: state.isEditingFilter ? .input : .muted)
            if state.isEditingFilter { canvas.placeCursor(row: row, col: min(used, canvas.width - 1)) }
            canvas.text(position, row: row, col: max(0, canvas.width - positionWidth), role: .muted)
        }
    }

    private func drawRow(_ cells: [String], widths: [Int], row: Int, role: Role, canvas: Canvas) {
        var col = 0
        for (index, width) in widths.enumerated() where col < canvas.width {
            let text = index < cells.count ? cells[index] : ""
            canvas.text(TextWidth.fit(text, to: width, alignment: columns[index].alignment), row: row, col: col,
                        role: role, width: width)
            col += width + 1
        }
    }
}
