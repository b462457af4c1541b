/// The grid of cells both surfaces draw into. Writing keeps wide characters whole: overwriting half
/// of one blanks the other half, and a wide character that does not fit at an edge becomes a space.
public struct CellGrid: Hashable, Sendable {
    public private(set) var size: Size
    /// Row after row; the ncurses surface walks them directly when it compares two frames.
    private(set) var cells: [Cell]

    public init(size: Size, role: Role = .text) {
        self.size = size
        self.cells = Array(repeating: .blank(role), count: size.rows * size.cols)
    }

    public subscript(row: Int, col: Int) -> Cell? {
        guard contains(row: row, col: col) else { return nil }
        return cells[row * size.cols + col]
    }

    func contains(row: Int, col: Int) -> Bool {
        row >= 0 && row < size.rows && col >= 0 && col < size.cols
    }

    public mutating func clear(role: Role = .text) {
        for index in cells.indices { cells[index] = .blank(role) }
    }

    public mutating func fill(_ rect: Rect, role: Role) {
        let area = rect.intersection(Rect(size: size))
        guard !area.isEmpty else { return }
        for row in area.row..<area.bottom {
            for col in area.col..<area.right { set(.blank(role), row: row, col: col) }
        }
    }

    /// Writes text from (row, col) for at most `maxWidth` columns (and never past the right edge).
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, col: Int, role: Role, maxWidth: Int? = nil) -> Int {
        guard row >= 0, row < size.rows, col < size.cols else { return 0 }
        let limit = min(size.cols, col + (maxWidth ?? size.cols))
        // Most of a frame is plain ASCII or other one-cell-per-scalar text: nothing to sanitize and no
        // grapheme splitting (which made up most of a frame's cost).
        if TextWidth.isPlainASCII(text) {
            return putOneCellEach(text.utf8.lazy.map { TextWidth.asciiText[Int($0)] }, row: row, col: col, limit: limit, role: role)
        }
        if TextWidth.isOneCellPerScalar(text) {
            return putOneCellEach(text.unicodeScalars.lazy.map { String(Character($0)) }, row: row, col: col, limit: limit, role: role)
        }
        var c = col
        for (character, width) in TextWidth.cells(of: text) {
            if c + width > limit {
                if c < limit && c >= 0 { set(.blank(role), row: row, col: c) ; c += 1 }
                break
            }
            if c >= 0 {
                set(Cell(text: String(character), width: width, role: role), row: row, col: c)
                if width == 2 { set(.continuation(role), row: row, col: c + 1) }
            } else if c + width > 0 {
                // A wide character cut by the left edge shows as a space.
                set(.blank(role), row: row, col: 0)
            }
            c += width
        }
        return max(0, c - max(col, 0))
    }

    /// Writes texts that take one column each, from `col` up to `limit`; returns the columns written.
    private mutating func putOneCellEach(_ texts: some Sequence<String>, row: Int, col: Int, limit: Int, role: Role) -> Int {
        var c = col
        for text in texts {
            if c >= limit { break }
            if c >= 0 { set(Cell(text: text, width: 1, role: role), row: row, col: c) }
            c += 1
        }
        return max(0, c - max(col, 0))
    }

    private mutating func set(_ cell: Cell, row: Int, col: Int) {
        guard contains(row: row, col: col) else { return }
        let index = row * size.cols + col
        let old = cells[index]
        // Never leave half of a wide character behind.
        if old.isContinuation, !cell.isContinuation, col > 0 {
            cells[index - 1] = .blank(cells[index - 1].role)
        }
        if old.width == 2, cell.width != 2, col + 1 < size.cols, !cell.isContinuation {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
        if cell.isContinuation, old.width == 2, col + 1 < size.cols {
            cells[index + 1] = .blank(cells[index + 1].role)
        }
        cells[index] = cell
    }

    /// One row as text (continuation cells contribute nothing, so wide characters read naturally).
    public func rowText(_ row: Int) -> String {
        guard row >= 0, row < size.rows else { return "" }
        return (0..<size.cols).reduce(into: "") { $0 += cells[row * size.cols + $1].text }
    }
}
