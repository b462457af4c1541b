/// A row of tabs; the selected one is emphasised, the others muted. Labels shrink evenly when the
/// row is too narrow.
public struct Tabs: Widget, Hashable, Sendable {
    public var items: [TabItem]
    public var selected: Int

    public init(_ items: [TabItem], selected: Int) {
        self.items = items
        self.selected = selected
    }

    public func render(in canvas: Canvas) {
        guard !items.isEmpty else { return }
        let separator = "│"
        let labels = items.map { " " + $0.label + " " }
        let natural = labels.reduce(0) { $0 + TextWidth.width(of: $1) } + (items.count - 1)
        let each = natural <= canvas.width ? Int.max : max(3, (canvas.width - (items.count - 1)) / items.count)
        var col = 0
        for (index, label) in labels.enumerated() {
            if index > 0 { col += canvas.text(separator, row: 0, col: col, role: .border) }
            let shown = each == Int.max ? label : TextWidth.truncate(label, to: each)
            col += canvas.text(shown, row: 0, col: col, role: index == selected ? .focus : .muted)
        }
    }
}
