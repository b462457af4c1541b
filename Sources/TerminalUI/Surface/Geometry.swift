/// A terminal size in character cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var cols: Int
    public init(rows: Int, cols: Int) {
        self.rows = max(0, rows)
        self.cols = max(0, cols)
    }
    public var description: String { "\(cols)x\(rows)" }
}

/// A cell position: row first, like ncurses.
public struct Point: Hashable, Sendable {
    public var row: Int
    public var col: Int
    public init(row: Int, col: Int) {
        self.row = row
        self.col = col
    }
}

/// A rectangle of cells that a widget renders into.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    public var col: Int
    public var height: Int
    public var width: Int

    public init(row: Int, col: Int, height: Int, width: Int) {
        self.row = row
        self.col = col
        self.height = max(0, height)
        self.width = max(0, width)
    }

    public init(size: Size) {
        self.init(row: 0, col: 0, height: size.rows, width: size.cols)
    }

    public var isEmpty: Bool { height == 0 || width == 0 }
    public var bottom: Int { row + height }
    public var right: Int { col + width }
    public var description: String { "(\(row),\(col) \(width)x\(height))" }

    /// The part of this rectangle that is also inside `other`.
    public func intersection(_ other: Rect) -> Rect {
        let top = max(row, other.row), left = max(col, other.col)
        let bottom = min(self.bottom, other.bottom), right = min(self.right, other.right)
        return Rect(row: top, col: left, height: bottom - top, width: right - left)
    }

    /// Shrinks every side by `amount` cells (never below zero size).
    public func inset(by amount: Int) -> Rect {
        Rect(row: row + amount, col: col + amount, height: height - 2 * amount, width: width - 2 * amount)
    }

    /// A centred rectangle of at most the given size.
    public func centered(height: Int, width: Int) -> Rect {
        let h = min(height, self.height), w = min(width, self.width)
        return Rect(row: row + (self.height - h) / 2, col: col + (self.width - w) / 2, height: h, width: w)
    }

    /// Splits off `count` rows from the top.
    public func splitTop(_ count: Int) -> (top: Rect, rest: Rect) {
        let n = min(max(0, count), height)
        return (Rect(row: row, col: col, height: n, width: width),
                Rect(row: row + n, col: col, height: height - n, width: width))
    }

    /// Splits off `count` rows from the bottom.
    public func splitBottom(_ count: Int) -> (rest: Rect, bottom: Rect) {
        let n = min(max(0, count), height)
        return (Rect(row: row, col: col, height: height - n, width: width),
                Rect(row: row + height - n, col: col, height: n, width: width))
    }
}
