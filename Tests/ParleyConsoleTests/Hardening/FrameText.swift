import TerminalUI

extension InMemorySurface {
    /// The same text as `dump()` (rows joined by newlines, trailing spaces cut), built from UTF-8
    /// bytes: `dump()` trims by Characters and took most of a debug fuzz step.
    var frameText: String {
        let grid = self.grid
        let size = grid.size
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size.rows * (size.cols + 1))
        for row in 0..<size.rows {
            if row > 0 { bytes.append(0x0A) }
            let start = bytes.count
            for col in 0..<size.cols {
                if let cell = grid[row, col] { bytes.append(contentsOf: cell.text.utf8) }
            }
            var end = bytes.count
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            bytes.removeSubrange(end..<bytes.count)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
