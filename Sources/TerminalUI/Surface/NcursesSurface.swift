import CNcursesw

/// Draws onto the ncurses standard screen. Each frame is drawn into a cell grid; `endFrame` writes only
/// the cells that differ from the previous frame, then `wnoutrefresh` + one `doupdate`. The screen is
/// never cleared per frame, so a still screen with a ticking countdown sends only the changed digits.
public final class NcursesSurface: Surface {
    private let window: UnsafeMutablePointer<WINDOW>
    private var back: CellGrid
    private var front: CellGrid?
    private var styles: CursesStyles
    public var cursor: Point?
    private var cursorShown: Bool?
    /// What the terminal can show; with `.ascii` every cell is written as plain ASCII.
    public let glyphs: GlyphSet

    init(window: UnsafeMutablePointer<WINDOW>, theme: Theme, depth: ColorDepth, glyphs: GlyphSet = .unicode) {
        self.window = window
        self.glyphs = glyphs
        self.styles = CursesStyles(theme: theme, depth: depth)
        self.back = CellGrid(size: Size(rows: Int(getmaxy(window)), cols: Int(getmaxx(window))))
    }

    public var size: Size { back.size }
    public var colorDepth: ColorDepth { styles.depth }
    public var theme: Theme { styles.theme }

    /// Switches theme; the next frame rewrites every cell.
    public func setTheme(_ theme: Theme) {
        styles = CursesStyles(theme: theme, depth: styles.depth)
        front = nil
    }

    /// Picks up the window's new size after KEY_RESIZE; the next frame rewrites every cell.
    func windowResized() {
        back = CellGrid(size: Size(rows: Int(getmaxy(window)), cols: Int(getmaxx(window))))
        front = nil
    }

    /// Forgets what the terminal shows (after a suspend); the next frame repaints everything.
    func invalidate() {
        front = nil
        cursorShown = nil
        clearok(parley_curscr(), true)
    }

    public func beginFrame() {
        back.clear()
        cursor = nil
    }

    @discardableResult
    public func put(_ text: String, at point: Point, role: Role, maxWidth: Int?) -> Int {
        back.put(text, row: point.row, col: point.col, role: role, maxWidth: maxWidth)
    }

    public func fill(_ rect: Rect, role: Role) { back.fill(rect, role: role) }

    public func cell(at point: Point) -> Cell? { back[point.row, point.col] }

    public func endFrame() {
        if front?.size != back.size { front = nil }
        for row in 0..<back.size.rows {
            for col in 0..<back.size.cols {
                guard let cell = back[row, col], !cell.isContinuation else { continue }
                if let front, front[row, col] == cell,
                   cell.width == 1 || front[row, col + 1] == back[row, col + 1] { continue }
                write(cell, row: row, col: col)
                // An ASCII stand-in is one column wide: blank the second column of a wide character.
                if glyphs == .ascii && cell.width == 2 { write(.blank(cell.role), row: row, col: col + 1) }
            }
        }
        // The grid just shown is kept to compare the next frame with; the one it replaces becomes the
        // next frame's canvas (`beginFrame` clears it in place). Sharing one grid instead made every
        // frame copy all its cells before clearing them (perf: a sixth of the End key's time).
        let shown = back
        back = front ?? CellGrid(size: shown.size)
        front = shown
        let wantCursor = cursor != nil
        if cursorShown != wantCursor {
            curs_set(wantCursor ? 1 : 0)
            cursorShown = wantCursor
        }
        if let cursor { wmove(window, Int32(cursor.row), Int32(cursor.col)) }
        wnoutrefresh(window)
        doupdate()
    }

    private func write(_ cell: Cell, row: Int, col: Int) {
        let (attributes, pair) = styles.attributes(for: cell.role)
        // A cchar_t holds one spacing character plus a few combining ones, NUL-terminated.
        let text = glyphs.shown(cell.text)
        var characters: [wchar_t] = text.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var complex = cchar_t()
        setcchar(&complex, characters, attributes, pair, nil)
        // Writing the bottom-right cell reports ERR (the cursor cannot advance) but draws it.
        mvwadd_wch(window, Int32(row), Int32(col), &complex)
    }
}
