/// Stages left to right joined by lines ("✓ Opened ── ● Seller response ── ○ Mediation"), with
/// who is waited on and a countdown under the current stage. When the row is too narrow the
/// stages are listed top to bottom instead; the markers still tell done, current and pending
/// apart without colour.
public struct StageDiagram: Widget {
    public var stages: [StageItem]
    public var caption: String?
    public var countdown: CountdownLabel?

    public init(stages: [StageItem], caption: String? = nil, countdown: CountdownLabel? = nil) {
        self.stages = stages
        self.caption = caption
        self.countdown = countdown
    }

    static let connector = " ── "

    public func render(in canvas: Canvas) {
        let labels = stages.map { $0.marker + " " + $0.name }
        let total = labels.reduce(0) { $0 + TextWidth.width(of: $1) } + TextWidth.width(of: Self.connector) * max(0, stages.count - 1)
        if total <= canvas.width { renderHorizontal(labels, in: canvas) } else { renderVertical(labels, in: canvas) }
    }

    private func renderHorizontal(_ labels: [String], in canvas: Canvas) {
        var col = 0
        var currentCol: Int?
        for (index, stage) in stages.enumerated() {
            if index > 0 { col += canvas.text(Self.connector, row: 0, col: col, role: .border) }
            if stage.status == .current { currentCol = col }
            col += canvas.text(labels[index], row: 0, col: col, role: stage.role)
        }
        let start = currentCol ?? 0
        var row = 1
        for (text, role) in details() where row < canvas.height {
            let col = min(start, max(0, canvas.width - TextWidth.width(of: text)))
            canvas.text(TextWidth.truncate(text, to: canvas.width - col), row: row, col: col, role: role)
            row += 1
        }
    }

    private func renderVertical(_ labels: [String], in canvas: Canvas) {
        var row = 0
        for (index, stage) in stages.enumerated() where row < canvas.height {
            canvas.text(TextWidth.truncate(labels[index], to: canvas.width), row: row, role: stage.role)
            row += 1
            guard stage.status == .current else { continue }
            for (text, role) in details() where row < canvas.height {
                canvas.text(TextWidth.truncate(text, to: canvas.width - 2), row: row, col: 2, role: role)
                row += 1
            }
        }
    }

    private func details() -> [(String, Role)] {
        var lines: [(String, Role)] = []
        if let caption { lines.append((caption, .text)) }
        if let countdown { lines.append((countdown.text, countdown.role)) }
        return lines
    }
}
