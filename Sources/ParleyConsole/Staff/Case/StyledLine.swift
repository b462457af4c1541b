import TerminalUI

/// One line of a pane: pieces of text, each in its role.
public struct StyledLine: Sendable, Hashable {
    public var pieces: [Piece]

    public struct Piece: Sendable, Hashable {
        public var text: String
        public var role: TerminalUI.Role
    }

    public init(_ pieces: [(String, TerminalUI.Role)]) { self.pieces = pieces.map { Piece(text: $0.0, role: $0.1) } }
    public init(_ text: String, _ role: TerminalUI.Role = .text) { self.init([(text, role)]) }
    public static let blank = StyledLine("")

    public var text: String { pieces.map(\.text).joined() }

    /// Long text broken into lines of `width`, the first prefixed and the rest indented to match.
    public static func wrapped(_ text: String, width: Int, role: TerminalUI.Role = .text, prefix: String = "",
                               prefixRole: TerminalUI.Role = .muted) -> [StyledLine] {
        let indent = TextWidth.width(of: prefix)
        let lines = TextWidth.wrap(text, width: max(8, width - indent))
        return lines.enumerated().map { index, line in
            index == 0 ? StyledLine([(prefix, prefixRole), (line, role)]) : StyledLine([(String(repeating: " ", count: indent), .text), (line, role)])
        }
    }

    func draw(in canvas: Canvas, row: Int) {
        var col = 0
        for piece in pieces where col < canvas.width {
            col += canvas.text(piece.text, row: row, col: col, role: piece.role)
        }
    }
}

/// Draws lines from `offset`, with a scroll position when they do not fit. The position takes the
/// last row for itself, so it never covers the end of a line.
struct LinesView: Widget {
    var lines: [StyledLine]
    var offset: Int

    /// Lines shown at this height: one row fewer when the scroll position needs the last row.
    func visibleRows(height: Int) -> Int {
        lines.count > height && height > 1 ? height - 1 : height
    }

    /// The offset that shows the last line at the bottom; any larger one draws the same.
    func maxOffset(height: Int) -> Int { max(0, lines.count - visibleRows(height: height)) }

    func render(in canvas: Canvas) {
        let visible = visibleRows(height: canvas.height)
        let scrolls = visible < canvas.height
        let first = max(0, min(offset, maxOffset(height: canvas.height)))
        for row in 0..<visible where first + row < lines.count {
            lines[first + row].draw(in: canvas, row: row)
        }
        if scrolls {
            let mark = "\(min(lines.count, first + visible))/\(lines.count)"
            canvas.text(mark, row: canvas.height - 1, col: max(0, canvas.width - mark.count), role: .muted)
        }
    }
}
