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

/// Draws lines from `offset`, with a scroll position when they do not fit.
struct LinesView: Widget {
    var lines: [StyledLine]
    var offset: Int

    func render(in canvas: Canvas) {
        let first = max(0, min(offset, lines.count - canvas.height))
        for row in 0..<canvas.height where first + row < lines.count {
            lines[first + row].draw(in: canvas, row: row)
        }
        if lines.count > canvas.height, canvas.height > 1 {
            let mark = "\(min(lines.count, first + canvas.height))/\(lines.count)"
            canvas.text(mark, row: canvas.height - 1, col: max(0, canvas.width - mark.count), role: .muted)
        }
    }
}
