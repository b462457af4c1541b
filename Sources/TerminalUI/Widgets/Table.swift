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
            // A column cut by the right edge is fitted to what is visible, so it ends in "…".
            let visible = min(width, canvas.width - col)
            canvas.text(TextWidth.fit(text, to: visible, alignment: columns[index].alignment), row: row, col: col,
                        role: role, width: visible)
            col += width + 1
        }
    }
}
