/// A rectangle of a surface that a widget draws into, with coordinates relative to the rectangle and
/// everything clipped to it.
public struct Canvas {
    public let surface: Surface
    public let rect: Rect

    public init(_ surface: Surface, _ rect: Rect) {
        self.surface = surface
        self.rect = rect.intersection(surface.bounds)
    }

    public var width: Int { rect.width }
    public var height: Int { rect.height }

    /// Draws text at a relative position, within the canvas (and `width` when given). Text that does
    /// not fit ends in "…", so a cut value never passes for a whole one ("1.0" for "1.00").
    @discardableResult
    public func text(_ text: String, row: Int, col: Int = 0, role: Role, width: Int? = nil) -> Int {
        guard row >= 0, row < rect.height, col >= 0, col < rect.width else { return 0 }
        let room = min(rect.width - col, width ?? rect.width)
        let shown = TextWidth.width(of: text) > room ? TextWidth.truncate(text, to: room) : text
        return surface.put(shown, at: Point(row: rect.row + row, col: rect.col + col), role: role, maxWidth: room)
    }

    /// Fills the whole canvas with blanks in a role.
    public func fill(role: Role) { surface.fill(rect, role: role) }

    /// Fills one relative row with blanks in a role.
    public func fill(row: Int, role: Role) {
        guard row >= 0, row < rect.height else { return }
        surface.fill(Rect(row: rect.row + row, col: rect.col, height: 1, width: rect.width), role: role)
    }

    /// A canvas for a part of this one, in relative coordinates.
    public func sub(_ relative: Rect) -> Canvas {
        let absolute = Rect(row: rect.row + relative.row, col: rect.col + relative.col,
                            height: relative.height, width: relative.width)
        return Canvas(surface, absolute.intersection(rect))
    }

    /// Shows the terminal cursor at a relative position (for the focused input).
    public func placeCursor(row: Int, col: Int) {
        guard row >= 0, row < rect.height, col >= 0, col < rect.width else { return }
        surface.cursor = Point(row: rect.row + row, col: rect.col + col)
    }

    /// Draws a single-line border with an optional title in the top edge; returns the inside.
    @discardableResult
    public func box(title: String? = nil, role: Role = .border, titleRole: Role = .title) -> Canvas {
        guard width >= 2, height >= 2 else { return sub(Rect(row: 0, col: 0, height: 0, width: 0)) }
        let horizontal = String(repeating: "─", count: width - 2)
        text("┌" + horizontal + "┐", row: 0, role: role)
        for row in 1..<(height - 1) {
            text("│", row: row, col: 0, role: role)
            text("│", row: row, col: width - 1, role: role)
        }
        text("└" + horizontal + "┘", row: height - 1, role: role)
        if let title, width > 4 {
            text(" " + TextWidth.truncate(title, to: width - 6) + " ", row: 0, col: 2, role: titleRole)
        }
        return sub(Rect(row: 1, col: 1, height: height - 2, width: width - 2))
    }
}
