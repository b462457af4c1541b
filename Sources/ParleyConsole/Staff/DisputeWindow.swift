import Foundation
import ParleyCore
import ParleyStore

/// The rows of a long dispute list that are in memory: a window read by keyset, moved on when the
/// selection reaches its edge. Never the whole list, so a queue of 100 000 costs what one of 100 does.
public struct DisputeWindow: Sendable {
    public private(set) var rows: [DisputeListRow] = []
    public private(set) var selected = 0
    /// No more rows below / above the window.
    public private(set) var atEnd = false
    public private(set) var atStart = true
    public private(set) var isLoading = false
    /// Bumped for every new request; answers to older ones are dropped.
    public private(set) var token = 0
    public static let pageSize = 100
    /// Rows kept at most; the far side is dropped when a page is added.
    public static let keep = 300

    /// Rows above the window that were dropped (so the position stays true while paging down).
    public private(set) var droppedAbove = 0

    public init() {}

    /// "row 41 of 300+" style position: exact above, open-ended below until the end was read.
    public var positionText: String {
        guard !rows.isEmpty else { return "" }
        guard offsetKnown else { return atEnd ? "\(rows.count - selected) from the end" : "" }
        return "row \(droppedAbove + selected + 1)" + (atEnd ? " of \(droppedAbove + rows.count)" : ", more below")
    }

    /// False after jumping to the end (the rows above were never counted).
    private var offsetKnown = true

    public var selectedRow: DisputeListRow? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// Starts over from the top (new filter, reload).
    public mutating func restart() -> WindowRequest<ListCursor> {
        token += 1
        isLoading = true
        return .first(Self.pageSize)
    }

    /// Reloads the same place after a change, keeping the selection on the same dispute if it is still there.
    public mutating func refresh() -> WindowRequest<ListCursor> {
        token += 1
        isLoading = true
        guard let first = rows.first, !atStart else { return .first(max(Self.pageSize, rows.count)) }
        return .after(ListCursor(sortValue: first.cursor.sortValue, key: first.cursor.key - 1), max(Self.pageSize, rows.count))
    }

    /// Takes an answer; returns false when it was stale.
    public mutating func receive(_ loaded: DisputeRowsLoaded) -> Bool {
        // Reloads ask from a copy (screens' `reload` cannot change them), so a newer token is accepted too.
        guard loaded.token >= token else { return false }
        token = loaded.token
        isLoading = false
        let keepID = selectedRow?.id
        switch loaded.window {
        case .first:
            droppedAbove = 0
            offsetKnown = true
            rows = loaded.rows
            selected = keepID.flatMap { id in rows.firstIndex { $0.id == id } } ?? 0
            atStart = true
            atEnd = loaded.rows.count < loaded.window.pageLimit
        case .after:
            let wasEmpty = rows.isEmpty
            if wasEmpty || loaded.rows.first.map({ row in rows.contains { $0.id == row.id } }) == true {
                rows = loaded.rows
                selected = keepID.flatMap { id in rows.firstIndex { $0.id == id } } ?? 0
            } else {
                rows += loaded.rows
                if rows.count > Self.keep {
                    let drop = rows.count - Self.keep
                    rows.removeFirst(drop)
                    selected -= drop
                    droppedAbove += drop
                    atStart = false
                }
            }
            atEnd = loaded.rows.count < loaded.window.pageLimit
        case .before:
            rows = loaded.rows + rows
            selected += loaded.rows.count
            droppedAbove = max(0, droppedAbove - loaded.rows.count)
            if rows.count > Self.keep {
                rows.removeLast(rows.count - Self.keep)
                atEnd = false
            }
            atStart = loaded.rows.count < loaded.window.pageLimit
        case .last:
            offsetKnown = false
            rows = loaded.rows
            selected = max(0, rows.count - 1)
            atEnd = true
            atStart = loaded.rows.count < loaded.window.pageLimit
        }
        selected = min(max(0, selected), max(0, rows.count - 1))
        return true
    }

    /// Moves the selection; returns the page to read when it reaches an edge with more beyond.
    public mutating func move(by step: Int) -> WindowRequest<ListCursor>? {
        let target = selected + step
        selected = min(max(0, target), max(0, rows.count - 1))
        if target >= rows.count - 1, !atEnd, !isLoading, let last = rows.last {
            token += 1
            isLoading = true
            return .after(last.cursor, Self.pageSize)
        }
        if target < 0 || (target <= 0 && !atStart), !atStart, !isLoading, let first = rows.first {
            token += 1
            isLoading = true
            return .before(first.cursor, Self.pageSize)
        }
        return nil
    }

    public mutating func toTop() -> WindowRequest<ListCursor>? {
        selected = 0
        guard !atStart else { return nil }
        return restart()
    }

    public mutating func toBottom() -> WindowRequest<ListCursor>? {
        guard !atEnd else {
            selected = max(0, rows.count - 1)
            return nil
        }
        token += 1
        isLoading = true
        return .last(Self.pageSize)
    }
}

extension WindowRequest {
    var pageLimit: Int {
        switch self {
        case .first(let n), .after(_, let n), .before(_, let n), .last(let n): return n
        }
    }
}
