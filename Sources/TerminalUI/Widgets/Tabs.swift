/// A row of tabs; the selected one is emphasised, the others muted. When the row is too narrow the
/// tabs' short titles are used ("Awaiting (1)" for "Awaiting delivery (1)"); when even those do not
/// fit, the longest titles are shortened first and the counts stay whole ("Awai… (1)"); only when
/// that cannot fit either do the labels shrink evenly.
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
        let fixed = (items.count - 1) + 2 * items.count + counts.reduce(0) { $0 + TextWidth.width(of: $1) }
        let room = width - fixed
        let fullWidths = items.map { TextWidth.width(of: $0.title) }
        if fullWidths.reduce(0, +) <= room { return items.map { " " + $0.label + " " } }
        let shortTitles = items.map { $0.shortTitle ?? $0.title }
        let shortWidths = shortTitles.map { TextWidth.width(of: $0) }
        if shortWidths.reduce(0, +) <= room { return zip(shortTitles, counts).map { " " + $0 + $1 + " " } }
        if let cap = Self.widestTitle(shortWidths, fitting: room), cap >= 4 {
            return zip(shortTitles, counts).map { title, count in
                " " + TextWidth.truncate(title, to: cap) + count + " "
            }
        }
        let each = max(3, (width - (items.count - 1)) / items.count)
        return zip(shortTitles, counts).map { TextWidth.truncate(" " + $0 + $1 + " ", to: each) }
    }

    /// The largest title width `cap` such that every title cut to at most `cap` columns fits in `room`.
    static func widestTitle(_ widths: [Int], fitting room: Int) -> Int? {
        guard let longest = widths.max() else { return nil }
        var cap = longest
        while cap > 0, widths.reduce(0, { $0 + min($1, cap) }) > room { cap -= 1 }
        return cap > 0 ? cap : nil
    }
}
