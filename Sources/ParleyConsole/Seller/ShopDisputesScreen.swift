import Foundation
import ParleyCore
import ParleyStore
import TerminalUI

/// The shop's disputes, soonest deadline first, each with its live countdown and who must act.
public struct ShopDisputesScreen: ConsoleScreen {
    public enum Action: Sendable { case up, down, pageUp, pageDown, top, bottom, open, reload, extensions }

    public let shop: ShopID
    public internal(set) var window = DisputeWindow()

    public init(shop: ShopID) { self.shop = shop }

    public var location: String { "Shop disputes" }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        Keymap([
            KeyBinding([.enter], .open, help: "Open"),
            KeyBinding([.char("e")], .extensions, help: "Extension requests"),
            KeyBinding([.char("r")], .reload, help: "Reload"),
            KeyBinding([.down, .char("j")], .down, help: "Next", inFooter: false),
            KeyBinding([.up, .char("k")], .up, help: "Previous", inFooter: false),
            KeyBinding([.pageDown], .pageDown, help: "Page down", inFooter: false),
            KeyBinding([.pageUp], .pageUp, help: "Page up", inFooter: false),
            KeyBinding([.home, .char("g")], .top, help: "First", inFooter: false),
            KeyBinding([.end, .char("G")], .bottom, help: "Last", inFooter: false),
        ])
    }

    public func reload(context: ScreenContext) -> [any ConsoleEffect] {
        guard context.shopID == shop else { return StaffOnly.refusal(context, attempted: "open the disputes of shop \(shop)", reason: "not this shop") }
        var copy = window
        return [LoadShopDisputesEffect(shop: shop, window: copy.refresh(), token: copy.token)]
    }

    mutating func load(_ request: WindowRequest<ListCursor>?) -> [ScreenCommand] {
        guard let request else { return [] }
        return [.run(LoadShopDisputesEffect(shop: shop, window: request, token: window.token))]
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        guard context.shopID == shop else { return [] }
        switch action {
        case .up: return load(window.move(by: -1))
        case .down: return load(window.move(by: 1))
        case .pageUp: return load(window.move(by: -20))
        case .pageDown: return load(window.move(by: 20))
        case .top: return load(window.toTop())
        case .bottom: return load(window.toBottom())
        case .reload: return load(window.restart())
        case .extensions: return [.push(ExtensionRequestsScreen(shop: shop))]
        case .open:
            guard let row = window.selectedRow else { return [] }
            return [.push(SellerDisputeScreen(id: row.id, shop: shop))]
        }
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        if let loaded = result as? DisputeRowsLoaded { _ = window.receive(loaded) }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        guard context.shopID == shop else {
            canvas.text("Only the shop's own people see its disputes.", row: 1, col: 2, role: .error)
            return
        }
        canvas.text("Disputes about your shop's orders — soonest deadline first", row: 0, role: .title)
        let wide = canvas.width >= 100
        var columns: [ColumnList.Column] = [
            .init(title: "", width: 2), .init(title: "Dispute", width: IdentifierColumn.width(usual: 8, identifiers: window.rows.lazy.map(\.id.rawValue))), .init(title: "Time left", width: 10),
            .init(title: wide ? "Waiting on" : "Waiting", width: wide ? 12 : 9), .init(title: "Stage", width: wide ? 16 : 12), .init(title: "Reason", width: 0),
        ]
        if wide { columns.append(.init(title: "Order", width: 24)) }
        columns.append(.init(title: "Claimed", width: 11, alignRight: true))
        columns = ColumnList.fit(columns, width: canvas.width)
        ColumnList.draw(header: columns, in: canvas, row: 2)
        let height = max(1, canvas.height - 3)
        if window.rows.isEmpty {
            canvas.text(window.isLoading ? "Loading…" : "No disputes: no buyer has complained about your shop.", row: 3, role: .muted)
        }
        let first = max(0, min(window.selected - height / 2, window.rows.count - height))
        for (offset, row) in window.rows.dropFirst(first).prefix(height).enumerated() {
            let urgency = row.nextDeadline.map { DeadlineStyle.urgency(due: $0, now: context.now) }
            let role = row.isOpen ? (urgency.map(DeadlineStyle.role) ?? .muted) : .muted
            let waiting = row.waitingOn.map { $0 == .seller ? "you" : $0 == .buyer ? "buyer" : $0 == .staff ? "mediator" : "—" }.joined(separator: "+")
            var cells: [(String, TerminalUI.Role)] = [
                (urgency.map(DeadlineStyle.mark) ?? "  ", role), (row.id.rawValue, .text),
                (row.nextDeadline == nil ? "decided" : DeadlineStyle.countdown(due: row.nextDeadline, now: context.now), role),
                (waiting.isEmpty ? "—" : waiting, row.waitingOn.contains(.seller) ? .warning : .text),
                (row.stage.title, .text), (row.reason.title, .text),
            ]
            if wide { cells.append(("\(row.orderID) \(row.orderTitle)", .muted)) }
            cells.append((row.claimed.formatted, .money))
            ColumnList.draw(cells: cells, columns: columns, in: canvas, row: 3 + offset, selected: first + offset == window.selected)
        }
    }
}
