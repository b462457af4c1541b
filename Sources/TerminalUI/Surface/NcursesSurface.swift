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
        lastStyle = nil
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
        let cols = back.size.cols
        let backCells = back.cells
        let frontCells = front?.cells
        // A full repaint (the first frame, a resize, a new theme) erases the window to blank text
        // cells in one call and writes only the other cells: writing every cell through curses was
        // a fifth of the first frame's instructions (callgrind; a quarter of the orders list's cells
        // are blank text).
        let erased = Cell.blank()
        if frontCells == nil { eraseWindow(to: erased) }
        for index in backCells.indices {
            let cell = backCells[index]
            guard !cell.isContinuation else { continue }
            let col = index % cols
            // A wide character is rewritten when its second column changed underneath it.
            if let frontCells {
                if frontCells[index] == cell,
                   cell.width == 1 || col + 1 == cols || frontCells[index + 1] == backCells[index + 1] { continue }
            } else if cell == erased {
                continue
            }
            let row = index / cols
            write(cell, row: row, col: col)
            // An ASCII stand-in is one column wide: blank the second column of a wide character.
            if glyphs == .ascii && cell.width == 2 { write(.blank(cell.role), row: row, col: col + 1) }
        }
        let wantCursor = cursor != nil
        if cursorShown != wantCursor {
            curs_set(wantCursor ? 1 : 0)
            cursorShown = wantCursor
        }
        if let cursor { wmove(window, Int32(cursor.row), Int32(cursor.col)) }
        wnoutrefresh(window)
        if !hasLeftInitialMode {
            // ncurses 6.4 flushes its output at every cursor move until the screen has once been left
            // and entered again (`_endwin == ewInitial` in lib_mvcur.c), so a full frame reached the
            // terminal in ~75 writes, each one a wake-up and a parse for the terminal (tmux) reading
            // them. Leaving just before the first update, which repaints everything anyway, makes
            // every frame one write (strace; End 2.6 -> 2.2 ms in a pty, 15 runs A/B).
            endwin()
            hasLeftInitialMode = true
        }
        doupdate()
        // The grid just shown is kept to compare the next frame with; the one it replaces becomes the
        // next frame's canvas (`beginFrame` clears it in place). Sharing one grid instead made every
        // frame copy all its cells before clearing them (perf: a sixth of the End key's time). After
        // a full repaint a new canvas is made, once the frame is out.
        let shown = back
        back = front ?? CellGrid(size: shown.size)
        front = shown
    }

    /// Whether `endwin` has been called once (see `endFrame`).
    private var hasLeftInitialMode = false
    /// The last role written and its curses attributes: neighbouring cells mostly share a role, and
    /// looking each one up hashed its name (perf: a tenth of a full repaint).
    private var lastStyle: (role: Role, attributes: attr_t, pair: Int16)?

    private func write(_ cell: Cell, row: Int, col: Int) {
        withCursesCharacter(for: cell) { character in
            // Writing the bottom-right cell reports ERR (the cursor cannot advance) but draws it.
            mvwadd_wch(window, Int32(row), Int32(col), character)
        }
    }

    /// Fills the whole window with `cell`: curses' background is set to it for one `werase`, then
    /// back to a plain space, which curses would otherwise merge into every character written later.
    private func eraseWindow(to cell: Cell) {
        withCursesCharacter(for: cell) { character in
            wbkgrndset(window, character)
            werase(window)
        }
        withCursesCharacter(for: Cell(text: " ", width: 1, role: .text), plain: true) { character in
            wbkgrndset(window, character)
        }
    }

    /// `cell` as curses' `cchar_t`, in its role's attributes and colour pair (none with `plain`).
    private func withCursesCharacter(for cell: Cell, plain: Bool = false, _ body: (UnsafePointer<cchar_t>) -> Void) {
        var attributes = parley_a_normal(), pair: Int16 = 0
        if !plain {
            if let lastStyle, lastStyle.role == cell.role {
                (attributes, pair) = (lastStyle.attributes, lastStyle.pair)
            } else {
                (attributes, pair) = styles.attributes(for: cell.role)
                lastStyle = (cell.role, attributes, pair)
            }
        }
        // A cchar_t holds one spacing character plus a few combining ones, NUL-terminated; built in
        // place rather than in an array per cell.
        var characters: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &characters) { raw in
            let slots = raw.bindMemory(to: wchar_t.self)
            let text = glyphs.shown(cell.text)
            var count = 0
            for scalar in text.unicodeScalars {
                guard count < 4 else { break }
                slots[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            var complex = cchar_t()
            setcchar(&complex, slots.baseAddress, attributes, pair, nil)
            body(&complex)
        }
    }
}
