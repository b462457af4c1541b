/// Horizontal bars, one per row: label, bar scaled to the largest value (eighth-cell precision),
/// value at the end.
public struct BarChart: Widget {
    public var items: [BarItem]

    public init(_ items: [BarItem]) { self.items = items }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// The bar for `value` out of `maximum` in `width` cells.
    static func bar(value: Int, maximum: Int, width: Int) -> String {
        guard maximum > 0, value > 0, width > 0 else { return "" }
        let totalEighths = min(width * 8, (value * width * 8 + maximum / 2) / maximum)
        let full = totalEighths / 8
        let partial = totalEighths % 8
        let bar = String(repeating: "█", count: full) + eighths[partial]
        return bar.isEmpty ? "▏" : bar
    }

    public func render(in canvas: Canvas) {
        let labelWidth = min(max(1, canvas.width / 3), items.map { TextWidth.width(of: $0.label) }.max() ?? 0)
        let valueWidth = items.map { String($0.value).count }.max() ?? 0
        let barWidth = max(0, canvas.width - labelWidth - valueWidth - 2)
        let maximum = items.map(\.value).max() ?? 0
        for (row, item) in items.enumerated() where row < canvas.height {
            canvas.text(TextWidth.fit(item.label, to: labelWidth), row: row, role: .text)
            canvas.text(BarChart.bar(value: item.value, maximum: maximum, width: barWidth), row: row,
                        col: labelWidth + 1, role: item.role, width: barWidth)
            let value = String(item.value)
            canvas.text(value, row: row, col: canvas.width - value.count, role: .muted)
        }
    }
}
