/// A surface that only keeps the cell grid: for tests and golden renders.
public final class InMemorySurface: Surface {
    public private(set) var grid: CellGrid
    public var cursor: Point?
    public private(set) var framesEnded = 0

    public init(rows: Int, cols: Int) {
        grid = CellGrid(size: Size(rows: rows, cols: cols))
    }

    public var size: Size { grid.size }

    public func resize(rows: Int, cols: Int) {
        grid = CellGrid(size: Size(rows: rows, cols: cols))
    }

    public func beginFrame() {
        grid.clear()
        cursor = nil
    }

    public func endFrame() { framesEnded += 1 }

    @discardableResult
    public func put(_ text: String, at point: Point, role: Role, maxWidth: Int?) -> Int {
        grid.put(text, row: point.row, col: point.col, role: role, maxWidth: maxWidth)
    }

    public func fill(_ rect: Rect, role: Role) { grid.fill(rect, role: role) }

    public func cell(at point: Point) -> Cell? { grid[point.row, point.col] }

    /// The role drawn at a cell, for tests that check emphasis rather than text.
    public func role(at point: Point) -> Role? { cell(at: point)?.role }

    /// The screen as text, one line per row, trailing spaces removed.
    public func dump(trimmingTrailingSpaces: Bool = true) -> String {
        (0..<size.rows).map { row -> String in
            let text = grid.rowText(row)
            guard trimmingTrailingSpaces else { return text }
            var trimmed = Substring(text)
            while trimmed.last == " " { trimmed.removeLast() }
            return String(trimmed)
        }.joined(separator: "\n")
    }

    /// The columns of a row where `text` starts, or nil.
    public func column(of text: String, row: Int) -> Int? {
        let line = grid.rowText(row)
        guard let range = line.range(of: text) else { return nil }
        return TextWidth.width(of: String(line[..<range.lowerBound]))
    }
}
