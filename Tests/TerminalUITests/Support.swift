import Foundation
@testable import TerminalUI

/// Renders a widget on a fresh in-memory surface of the given size and returns the text dump.
func render(_ widget: some Widget, rows: Int, cols: Int) -> String {
    renderSurface(widget, rows: rows, cols: cols).dump()
}

func renderSurface(_ widget: some Widget, rows: Int, cols: Int) -> InMemorySurface {
    let surface = InMemorySurface(rows: rows, cols: cols)
    surface.beginFrame()
    widget.render(on: surface, in: surface.bounds)
    surface.endFrame()
    return surface
}

/// A table source over an array that records which windows were asked for.
final class RecordingSource: TableDataSource {
    let rows: [[String]]
    private(set) var requests: [Range<Int>] = []
    private(set) var countRequests = 0

    init(rows: [[String]]) { self.rows = rows }

    func matching(_ filter: String) -> [[String]] {
        filter.isEmpty ? rows : rows.filter { $0.joined(separator: " ").localizedCaseInsensitiveContains(filter) }
    }

    func rowCount(matching filter: String) -> Int {
        countRequests += 1
        return matching(filter).count
    }

    func rows(in range: Range<Int>, matching filter: String) -> [[String]] {
        requests.append(range)
        return Array(matching(filter)[range])
    }
}

/// A million rows computed on demand, never stored.
struct MillionRows: TableDataSource {
    func rowCount(matching filter: String) -> Int { 1_000_000 }
    func rows(in range: Range<Int>, matching filter: String) -> [[String]] {
        range.map { ["#\($0)", "row \($0)"] }
    }
}
