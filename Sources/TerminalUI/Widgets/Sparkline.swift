/// A one-row trend of values ("▁▂▅█▃"); the most recent values are kept when it is too narrow.
public struct Sparkline: Widget {
    public var values: [Int]
    public var role: Role

    public init(_ values: [Int], role: Role = .info) {
        self.values = values
        self.role = role
    }

    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func text(_ values: [Int], width: Int) -> String {
        let shown = values.suffix(max(0, width))
        guard let low = shown.min(), let high = shown.max() else { return "" }
        return String(shown.map { value -> Character in
            guard high > low else { return levels[0] }
            return levels[(value - low) * (levels.count - 1) / (high - low)]
        })
    }

    public func render(in canvas: Canvas) {
        canvas.text(Sparkline.text(values, width: canvas.width), row: 0, role: role)
    }
}
