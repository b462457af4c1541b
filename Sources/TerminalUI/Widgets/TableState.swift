/// Cursor, scroll position and filter of a table.
public struct TableState: Hashable, Sendable {
    public var selected: Int = 0
    public var top: Int = 0
    public var filter: String = ""
    public var isEditingFilter = false

    public init() {}

    /// Rows visible in a table of this height (one header row, one filter row when shown).
    public func pageSize(height: Int) -> Int {
        max(1, height - 1 - (isEditingFilter || !filter.isEmpty ? 1 : 0))
    }

    /// Navigation and filter keys; returns false for keys the table does not use.
    public mutating func handle(_ key: Key, rowCount: Int, pageSize: Int) -> Bool {
        if isEditingFilter {
            switch key {
            case .char(let c): filter.append(c)
            case .backspace: if !filter.isEmpty { filter.removeLast() }
            case .enter: isEditingFilter = false
            case .escape:
                filter = ""
                isEditingFilter = false
            default: return false
            }
            selected = 0
            top = 0
            return true
        }
        switch key {
        case .up, .char("k"): selected -= 1
        case .down, .char("j"): selected += 1
        case .pageUp: selected -= pageSize
        case .pageDown: selected += pageSize
        case .home, .char("g"): selected = 0
        case .end, .char("G"): selected = rowCount - 1
        case .char("/"):
            isEditingFilter = true
            return true
        case .escape where !filter.isEmpty:
            filter = ""
            selected = 0
            top = 0
            return true
        default: return false
        }
        clamp(rowCount: rowCount, pageSize: pageSize)
        return true
    }

    /// Keeps the selection inside the rows and on screen.
    public mutating func clamp(rowCount: Int, pageSize: Int) {
        selected = min(max(0, selected), max(0, rowCount - 1))
        if selected < top { top = selected }
        if selected >= top + pageSize { top = selected - pageSize + 1 }
        top = min(max(0, top), max(0, rowCount - pageSize))
    }
}
