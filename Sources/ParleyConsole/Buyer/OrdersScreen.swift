import Foundation
import ParleyCore
import TerminalUI

/// "My orders": tabs with counts, a `/` filter, sort, and a table that holds only a window of rows
/// fetched by keyset, so 100,000 orders scroll like ten.
public struct OrdersScreen: ConsoleScreen {
    public enum Action: Sendable, Equatable {
        case up, down, pageUp, pageDown, home, end, open, nextTab, previousTab, tab(OrderTab), filter, clearFilter, sort
    }

    public let buyer: UserID
    /// The sorts the data offers (learnt with the counts); the first is the default.
    var sorts: [OrderSort] = [.newest]
    var tab: OrderTab = .all
    var sort: OrderSort
    var filter = TextFieldState()
    var isEditingFilter = false
    var counts: [OrderTab: Int] = [:]
    var window: [OrderListRow] = []
    var windowStart = 0
    var selected = 0
    var top = 0
    var isLoaded = false
    /// The bottom window as `idle` read it ahead, for End; dropped whenever the list is counted again
    /// (a sweep, another console or a new filter changed it), so it is never older than the rows on screen.
    var bottom: BottomReadAhead?
    /// The bottom window last asked for by `idle`, so that it is asked for once per list shown.
    var bottomAsked: OrderPageRequest?

    public init(buyer: UserID) {
        self.buyer = buyer
        sort = .newest
    }

    public var location: String { "Orders" }
    public var isEditing: Bool { isEditingFilter }

    var count: Int { counts[tab] ?? 0 }

    // MARK: Keys

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        var bindings: [KeyBinding<Action>] = [
            KeyBinding([.down, .char("j")], .down, help: "Next", inFooter: false),
            KeyBinding([.up, .char("k")], .up, help: "Previous", inFooter: false),
            KeyBinding([.pageDown], .pageDown, help: "Page down", inFooter: false),
            KeyBinding([.pageUp], .pageUp, help: "Page up", inFooter: false),
            KeyBinding([.home, .char("g")], .home, help: "First order", inFooter: false),
            KeyBinding([.end, .char("G")], .end, help: "Last order", inFooter: false),
            KeyBinding([.enter], .open, help: "Open"),
            KeyBinding([.tab], .nextTab, help: "Next tab"),
            KeyBinding([.backTab], .previousTab, help: "Previous tab", inFooter: false),
            KeyBinding([.char("1")], .tab(.all), help: "All orders", inFooter: false),
            KeyBinding([.char("2")], .tab(.awaitingDelivery), help: "Awaiting delivery", inFooter: false),
            KeyBinding([.char("3")], .tab(.delivered), help: "Delivered", inFooter: false),
            KeyBinding([.char("4")], .tab(.inDispute), help: "In dispute", inFooter: false),
            KeyBinding([.char("5")], .tab(.completed), help: "Completed", inFooter: false),
            KeyBinding([.char("/")], .filter, help: "Filter"),
        ]
        if sorts.count > 1 { bindings.append(KeyBinding([.char("s")], .sort, help: "Sort")) }
        if !filter.text.isEmpty {
            bindings.insert(KeyBinding([.escape], .clearFilter, help: "Clear filter"), at: 0)
        }
        return Keymap(bindings)
    }

    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        guard isEditingFilter else { return nil }
        switch key {
        case .enter:
            isEditingFilter = false
            return []
        case .escape:
            isEditingFilter = false
            filter = TextFieldState()
            return restart(context)
        case .tab, .backTab, .up, .down, .pageUp, .pageDown:
            isEditingFilter = false
            return nil
        default:
            let before = filter.text
            guard filter.handle(key) else { return [] }
            return filter.text == before ? [] : restart(context)
        }
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        let page = listHeight(context)
        switch action {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= page
        case .pageDown: selected += page
        case .home: selected = 0
        case .end: selected = count - 1
        case .open:
            guard let row = row(at: selected) else { return [] }
            return [.push(OrderScreen(orderID: row.id, buyer: buyer))]
        case .nextTab, .previousTab:
            let all = OrderTab.allCases
            let index = all.firstIndex(of: tab) ?? 0
            let step = action == .nextTab ? 1 : all.count - 1
            return switchTab(all[(index + step) % all.count], context)
        case .tab(let chosen):
            return switchTab(chosen, context)
        case .filter:
            isEditingFilter = true
            return []
        case .clearFilter:
            filter = TextFieldState()
            return restart(context)
        case .sort:
            let index = sorts.firstIndex(of: sort) ?? 0
            sort = sorts[(index + 1) % sorts.count]
            return restart(context) + [.status("Sorted \(sort.title).", tone: .info)]
        }
        clamp(context)
        return ensureWindow(context)
    }

    private mutating func switchTab(_ chosen: OrderTab, _ context: ScreenContext) -> [ScreenCommand] {
        guard chosen != tab else { return [] }
        tab = chosen
        selected = 0
        top = 0
        window = []
        windowStart = 0
        return [.run(pageEffect(.first, start: 0, context))]
    }

    /// The filter or sort changed: counts and the first page again.
    private mutating func restart(_ context: ScreenContext) -> [ScreenCommand] {
        selected = 0
        top = 0
        window = []
        windowStart = 0
        return [.run(LoadOrderCountsEffect(buyer: buyer, filter: filter.text, at: context.now)),
                .run(pageEffect(.first, start: 0, context))]
    }

    // MARK: Data

    public func reload(context: ScreenContext) -> [any ConsoleEffect] {
        let counts = LoadOrderCountsEffect(buyer: buyer, filter: filter.text, at: context.now)
        if windowStart > 0, let first = window.first {
            return [counts, pageEffect(.after(first.cursor), start: windowStart + 1, context)]
        }
        return [counts, pageEffect(.first, start: 0, context)]
    }

    /// Reads the bottom of a long list ahead, once per tab, filter, sort and count, so that End shows
    /// it at once. (The top is what the list opens on.)
    public mutating func idle(context: ScreenContext) -> [any ConsoleEffect] {
        guard isLoaded, !isEditingFilter, count > windowStart + window.count else { return [] }
        let request = pageEffect(.last, start: nil, context).request
        guard request != bottomAsked else { return [] }
        bottomAsked = request
        return [ReadBottomAheadEffect(request: request, at: context.now)]
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let loaded as OrderCountsLoaded where loaded.filter == filter.text:
            bottom = nil
            bottomAsked = nil
            counts = loaded.counts
            if !loaded.sorts.isEmpty { sorts = loaded.sorts }
            isLoaded = true
            clamp(context)
            return ensureWindow(context)
        case let page as OrderPageLoaded:
            let request = page.request
            guard request.tab == tab, request.filter == filter.text, request.sort == sort else { return [] }
            window = page.rows
            windowStart = page.start ?? max(0, count - page.rows.count)
            return ensureWindow(context)
        case let ahead as BottomReadAhead where ahead.request == bottomAsked && !ahead.rows.isEmpty:
            bottom = ahead
            return []
        default:
            return []
        }
    }

    private func pageEffect(_ direction: OrderPageRequest.Direction, start: Int?, _ context: ScreenContext) -> LoadOrderPageEffect {
        // The top and the bottom of the list are jumps: read a screenful (each row costs a random
        // page of a big table when cold, ~20 µs) and show it. Scrolling reads ahead three screens.
        let limit: Int
        switch direction {
        case .first, .last: limit = listHeight(context) + 8
        case .after, .before: limit = max(100, listHeight(context) * 3)
        }
        let request = OrderPageRequest(buyer: buyer, tab: tab, filter: filter.text, sort: sort, direction: direction, limit: limit)
        return LoadOrderPageEffect(request: request, start: start, at: context.now)
    }

    func row(at index: Int) -> OrderListRow? {
        let offset = index - windowStart
        return window.indices.contains(offset) ? window[offset] : nil
    }

    /// Asks for the rows the screen is about to show when the window does not hold them.
    private mutating func ensureWindow(_ context: ScreenContext) -> [ScreenCommand] {
        let visible = top..<min(count, top + listHeight(context))
        guard !visible.isEmpty else { return [] }
        let windowEnd = windowStart + window.count
        if visible.lowerBound >= windowStart && visible.upperBound <= windowEnd { return [] }
        if visible.lowerBound == 0 { return [.run(pageEffect(.first, start: 0, context))] }
        if visible.upperBound >= count {
            let last = pageEffect(.last, start: nil, context)
            if let bottom, bottom.request == last.request, bottom.rows.count >= visible.count {
                window = bottom.rows
                windowStart = max(0, count - bottom.rows.count)
                return []
            }
            return [.run(last)]
        }
        if visible.upperBound > windowEnd, let anchor = row(at: visible.lowerBound - 1) ?? window.last,
           let index = window.lastIndex(of: anchor) {
            return [.run(pageEffect(.after(anchor.cursor), start: windowStart + index + 1, context))]
        }
        if visible.lowerBound < windowStart, let anchor = row(at: visible.upperBound) ?? window.first {
            let anchorIndex = windowStart + (window.firstIndex(of: anchor) ?? 0)
            // The page before the anchor ends just above it; its start is known once it arrives.
            return [.run(BeforePageEffect(inner: pageEffect(.before(anchor.cursor), start: nil, context), endIndex: anchorIndex))]
        }
        return [.run(pageEffect(.first, start: 0, context))]
    }

    /// Rows of the table (the body less title, tabs, header and the filter line).
    func listHeight(_ context: ScreenContext) -> Int {
        max(1, context.size.rows - 2 - 3 - (showsFilterLine ? 1 : 0))
    }

    var showsFilterLine: Bool { isEditingFilter || !filter.text.isEmpty }

    private mutating func clamp(_ context: ScreenContext) {
        let page = listHeight(context)
        selected = min(max(0, selected), max(0, count - 1))
        if selected < top { top = selected }
        if selected >= top + page { top = selected - page + 1 }
        top = min(max(0, top), max(0, count - page))
    }

    // MARK: Drawing

    static func columns(width: Int, orderNumbers: some Sequence<String> = []) -> [Column] {
        let order = Column("Order", .fixed(IdentifierColumn.width(usual: 9, identifiers: orderNumbers)))
        if width >= 100 {
            return [order, Column("Item", .flexible(min: 16)), Column("Shop", .flexible(min: 12)),
                    Column("Total", .fixed(13), .right), Column("Status", .fixed(17)), Column("Protection", .fixed(11), .right)]
        }
        return [order, Column("Item", .flexible(min: 10)), Column("Total", .fixed(12), .right),
                Column("Status", .fixed(17)), Column("Protection", .fixed(10), .right)]
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        canvas.text("My orders", row: 0, col: 1, role: .title)
        let summary = isLoaded ? "\(count) \(count == 1 ? "order" : "orders") · \(sort.title)" : "loading…"
        let summaryWidth = TextWidth.width(of: summary)
        if summaryWidth + 14 < canvas.width {
            canvas.text(summary, row: 0, col: canvas.width - summaryWidth - 1, role: .muted)
        }
        Tabs(OrderTab.allCases.map { TabItem($0.title, short: $0.shortTitle, count: counts[$0]) },
             selected: OrderTab.allCases.firstIndex(of: tab) ?? 0)
            .render(in: canvas.sub(Rect(row: 1, col: 1, height: 1, width: canvas.width - 2)))

        let table = canvas.sub(Rect(row: 2, col: 1, height: canvas.height - 2 - (showsFilterLine ? 1 : 0), width: canvas.width - 2))
        let columns = Self.columns(width: table.width, orderNumbers: window.lazy.map(\.id.rawValue))
        let widths = Column.layout(columns, width: table.width)
        table.row(columns.map { StyledCell($0.title) }, columns: columns, widths: widths, row: 0, role: .muted)
        if isLoaded && count == 0 {
            let message = filter.text.isEmpty
                ? (tab == .all ? "You have no orders yet." : "No orders in \"\(tab.title)\".")
                : "No order matches \"\(filter.text)\". Esc clears the filter."
            table.text(message, row: 2, col: 1, role: .muted)
        }
        for line in 0..<max(0, table.height - 1) {
            let index = top + line
            guard index < count else { break }
            let isSelected = index == selected
            if isSelected { table.fill(row: line + 1, role: .selection) }
            guard let row = row(at: index) else {
                table.text("…", row: line + 1, col: 0, role: .muted)
                continue
            }
            table.row(cells(row, context: context, wide: columns.count == 6), columns: columns, widths: widths,
                      row: line + 1, role: isSelected ? .selection : .text)
        }
        if showsFilterLine {
            let line = canvas.sub(Rect(row: canvas.height - 1, col: 0, height: 1, width: canvas.width))
            line.fill(row: 0, role: isEditingFilter ? .input : .muted)
            let used = line.text(" /" + filter.text, row: 0, role: isEditingFilter ? .input : .muted)
            if isEditingFilter { line.placeCursor(row: 0, col: min(used, line.width - 1)) }
            let position = count == 0 ? "no match" : "\(selected + 1) of \(count)"
            line.text(position, row: 0, col: max(0, line.width - TextWidth.width(of: position) - 1), role: .muted)
        }
    }

    private func cells(_ row: OrderListRow, context: ScreenContext, wide: Bool) -> [StyledCell] {
        let protection: StyledCell
        if let end = row.protectionEnd {
            let countdown = Countdown(to: end, now: context.now, soonSeconds: Countdown.protectionSoonSeconds)
            protection = countdown.remainingSeconds < 0 ? StyledCell("ended", .muted) : countdown.cell
        } else {
            protection = StyledCell("—", .muted)
        }
        var cells = [StyledCell(row.id.rawValue), StyledCell(row.title)]
        if wide { cells.append(StyledCell(row.shopName, .muted)) }
        cells += [StyledCell(row.total.formatted, .money), Self.statusCell(row), protection]
        return cells
    }

    static func statusCell(_ row: OrderListRow) -> StyledCell {
        if row.disputeIsOpen { return StyledCell("In dispute", .warning) }
        switch row.status {
        case .placed: return StyledCell("Awaiting shipment")
        case .shipped: return StyledCell("Shipped")
        case .delivered: return StyledCell("Delivered")
        case .confirmed: return StyledCell("Receipt confirmed")
        case .completed: return StyledCell("Completed", .muted)
        case .refunded: return StyledCell("Refunded", .success)
        case .closed: return StyledCell("Closed", .muted)
        }
    }
}

/// A page before an anchor row: its start index is the anchor's index less the rows it returns.
struct BeforePageEffect: ConsoleEffect {
    var inner: LoadOrderPageEffect
    var endIndex: Int
    var summary: String { inner.summary }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        let result = inner.run(backend)
        guard var page = result as? OrderPageLoaded else { return result }
        page.start = max(0, endIndex - page.rows.count)
        return page
    }
}
