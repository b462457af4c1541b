/// Wraps characters into visual lines (ranges of indices), breaking after spaces when possible.
enum TextAreaLayout {
    static func lines(_ characters: [Character], width: Int) -> [Range<Int>] {
        let width = max(1, width)
        var lines: [Range<Int>] = []
        var start = 0
        var used = 0
        var lastSpace: Int?
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "\n" {
                lines.append(start..<index)
                start = index + 1
                used = 0
                lastSpace = nil
                index += 1
                continue
            }
            let w = TextWidth.width(of: character)
            if used + w > width {
                let breakAt = lastSpace.map { $0 + 1 } ?? index
                let end = breakAt > start ? breakAt : index
                lines.append(start..<end)
                start = end
                used = characters[start..<index].reduce(0) { $0 + TextWidth.width(of: $1) }
                lastSpace = nil
                continue
            }
            if character == " " { lastSpace = index }
            used += w
            index += 1
        }
        lines.append(start..<characters.count)
        return lines
    }

    static func position(of cursor: Int, in lines: [Range<Int>], characters: [Character]) -> (line: Int, col: Int) {
        for (number, range) in lines.enumerated() {
            let isLast = number == lines.count - 1
            let nextStart = isLast ? Int.max : lines[number + 1].lowerBound
            if cursor >= range.lowerBound && (cursor < nextStart || (cursor == range.upperBound && isLast)) {
                let col = characters[range.lowerBound..<min(cursor, range.upperBound)]
                    .reduce(0) { $0 + TextWidth.width(of: $1) }
                return (number, col)
            }
        }
        return (max(0, lines.count - 1), 0)
    }

    static func index(column: Int, in range: Range<Int>, characters: [Character]) -> Int {
        var used = 0
        for index in range {
            let w = TextWidth.width(of: characters[index])
            if used + w > column { return index }
            used += w
        }
        return range.upperBound
    }
}
