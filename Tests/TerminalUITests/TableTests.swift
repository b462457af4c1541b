import Testing
@testable import TerminalUI

@Suite struct TableTests {
    let columns = [TableColumn("No", width: .fixed(4)), TableColumn("Item"),
                   TableColumn("Sum", width: .fixed(6), alignment: .right)]
    let rows = [["1001", "Lamp 日本", "12.50"], ["1002", "Phone 😀 case", "3.99"], ["1003", "Chair", "120.00"],
                ["1004", "Desk", "80.00"], ["1005", "Mug", "2.00"]]

    @Test func goldenAt20x6WithWideCharacters() {
        var state = TableState()
        state.selected = 1
        let surface = renderSurface(Table(columns: columns, source: RecordingSource(rows: rows), state: state),
                                    rows: 6, cols: 20)
        #expect(surface.dump() == """
        No   Item        Sum
        1001 Lamp 日…  12.50
        1002 Phone …    3.99
        1003 Chair    120.00
        1004 Desk      80.00
        1005 Mug        2.00
        """)
        #expect(surface.role(at: Point(row: 2, col: 0)) == .selection)
        #expect(surface.role(at: Point(row: 2, col: 19)) == .selection)
        #expect(surface.role(at: Point(row: 1, col: 0)) == .text)
        #expect(surface.role(at: Point(row: 0, col: 0)) == .title)
    }

    @Test func aColumnCutByTheEdgeShowsAnEllipsisNotAShorterValue() {
        let wide = [TableColumn("Order", width: .fixed(7)), TableColumn("Item", width: .flexible(min: 6)),
                    TableColumn("Paid", width: .fixed(6), alignment: .right)]
        let text = render(Table(columns: wide, source: RecordingSource(rows: [["#100000", "Desk lamp", "1.00"]]),
                                state: TableState()), rows: 2, cols: 18)
        #expect(text == "Order   Item   Pa…\n#100000 Desk … 1.…")
    }

    @Test func filterLineShowsTheQueryAndPosition() {
        var state = TableState()
        let slash = state.handle(.char("/"), rowCount: 5, pageSize: 4)
        let letter = state.handle(.char("a"), rowCount: 5, pageSize: 4)
        #expect(slash && letter)
        let surface = renderSurface(Table(columns: columns, source: RecordingSource(rows: rows), state: state),
                                    rows: 6, cols: 30)
        #expect(surface.dump() == """
        No   Item                  Sum
        1001 Lamp 日本           12.50
        1002 Phone 😀 case        3.99
        1003 Chair              120.00

        /a                         1/3
        """)
        #expect(surface.cursor == Point(row: 5, col: 2))
    }

    @Test func escapeClearsTheFilter() {
        var state = TableState()
        _ = state.handle(.char("/"), rowCount: 5, pageSize: 4)
        _ = state.handle(.char("x"), rowCount: 5, pageSize: 4)
        _ = state.handle(.enter, rowCount: 5, pageSize: 4)
        #expect(state.filter == "x" && !state.isEditingFilter)
        _ = state.handle(.escape, rowCount: 0, pageSize: 4)
        #expect(state.filter == "")
    }

    @Test func onlyTheVisibleWindowIsFetched() {
        let source = RecordingSource(rows: (0..<500).map { ["\($0)", "item \($0)", "1.00"] })
        var state = TableState()
        for _ in 0..<3 { _ = state.handle(.pageDown, rowCount: 500, pageSize: 9) }
        Table(columns: columns, source: source, state: state).render(on: InMemorySurface(rows: 10, cols: 30),
                                                                     in: Rect(row: 0, col: 0, height: 10, width: 30))
        #expect(source.requests == [19..<28])
        #expect(source.countRequests == 1)
    }

    @Test func aMillionRowsRenderLikeFifty() {
        var state = TableState()
        _ = state.handle(.end, rowCount: 1_000_000, pageSize: 4)
        let text = render(Table(columns: [TableColumn("Id", width: .fixed(8)), TableColumn("Name")],
                                source: MillionRows(), state: state), rows: 5, cols: 24)
        #expect(text.hasSuffix("#999999  row 999999"))
        #expect(state.selected == 999_999 && state.top == 999_996)
    }

    @Test func selectionStaysInsideTheRowsAndOnScreen() {
        var state = TableState()
        _ = state.handle(.up, rowCount: 10, pageSize: 3)
        #expect(state.selected == 0)
        for _ in 0..<5 { _ = state.handle(.down, rowCount: 10, pageSize: 3) }
        #expect(state.selected == 5 && state.top == 3)
        _ = state.handle(.pageDown, rowCount: 10, pageSize: 3)
        _ = state.handle(.pageDown, rowCount: 10, pageSize: 3)
        #expect(state.selected == 9 && state.top == 7)
    }

    @Test func anEmptyTableSaysSo() {
        let text = render(Table(columns: columns, source: RecordingSource(rows: []), state: TableState(),
                                emptyMessage: "No orders yet"), rows: 3, cols: 20)
        #expect(text == "No   Item        Sum\nNo orders yet\n")
    }
}
