/// A row of tabs; the selected one is emphasised, the others muted. When the row is too narrow the
/// longest titles are shortened first and the counts stay whole ("Awaiting de… (1)"); only when even
/// that cannot fit do the labels shrink evenly.
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
        var col = 0
        for (index, label) in labels(width: canvas.width).enumerated() {
            if index > 0 { col += canvas.text(separator, row: 0, col: col, role: .border) }
            col += canvas.text(label, row: 0, col: col, role: index == selected ? .focus : .muted)
        }
    }

    /// Each tab's text, padded by a space on either side, fitted into `width` columns.
    func labels(width: Int) -> [String] {
        let counts = items.map { item in item.count.map { " (\($0))" } ?? "" }
        let titleWidths = items.map { TextWidth.width(of: $0.title) }
        let fixed = (items.count - 1) + 2 * items.count + counts.reduce(0) { $0 + TextWidth.width(of: $1) }
        let room = width - fixed
        if titleWidths.reduce(0, +) <= room { return items.map { " " + $0.label + " " } }
        if let cap = Self.widestTitle(titleWidths, fitting: room), cap >= 4 {
            return zip(items, counts).map { item, count in
                " " + TextWidth.truncate(item.title, to: cap) + count + " "
            }
        }
        let each = max(3, (width - (items.count - 1)) / items.count)
        return items.map { TextWidth.truncate(" " + $0.label + " ", to: each) }
    }

    /// The largest title width `cap` such that every title cut to at most `cap` columns fits in `room`.
    static func widestTitle(_ widths: [Int], fitting room: Int) -> Int? {
        guard let longest = widths.max() else { return nil }
        var cap = longest
        while cap > 0, widths.reduce(0, { $0 + min($1, cap) }) > room { cap -= 1 }
        return cap > 0 ? cap : nil
    }
}
