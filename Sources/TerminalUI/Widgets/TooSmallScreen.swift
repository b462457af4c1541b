/// Shown instead of a layout that cannot fit: says how big the terminal is and how big it must be.
public struct TooSmallScreen: Widget {
    public var minimum: Size

    public init(minimum: Size) { self.minimum = minimum }

    public static func isTooSmall(_ size: Size, minimum: Size) -> Bool {
        size.rows < minimum.rows || size.cols < minimum.cols
    }

    public func render(in canvas: Canvas) {
        let size = Size(rows: canvas.height, cols: canvas.width)
        let text = "Terminal too small: \(size), needs at least \(minimum). Enlarge the window or press q to quit."
        let lines = TextWidth.wrap(text, width: canvas.width)
        let top = max(0, (canvas.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < canvas.height {
            let col = max(0, (canvas.width - TextWidth.width(of: line)) / 2)
            canvas.text(line, row: top + index, col: col, role: index == 0 ? .warning : .text)
        }
    }
}
