import Foundation
import ParleyCore
import TerminalUI

/// Buyers' requests for more protection days on the shop's orders: confirm or decline each. The
/// screen says whether the parcel is still moving, the one fact that makes an extension sensible.
public struct ExtensionRequestsScreen: ConsoleScreen {
    public enum Action: Sendable { case up, down, confirm, decline, reload }

    public let shop: ShopID
    var rows: [ExtensionRequestRow] = []
    var selected = 0
    var loaded = false

    public init(shop: ShopID) { self.shop = shop }

    public var location: String { "Extension requests" }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        Keymap([
            KeyBinding([.char("y")], .confirm, help: "Confirm", inFooter: !rows.isEmpty),
            KeyBinding([.char("n")], .decline, help: "Decline", inFooter: !rows.isEmpty),
            KeyBinding([.char("r")], .reload, help: "Reload"),
            KeyBinding([.down, .char("j")], .down, help: "Next", inFooter: false),
            KeyBinding([.up, .char("k")], .up, help: "Previous", inFooter: false),
        ])
    }

    public func reload(context: ScreenContext) -> [any ConsoleEffect] {
        context.shopID == shop ? [LoadExtensionRequestsEffect(shop: shop)] : StaffOnly.refusal(context, attempted: "open the extension requests of shop \(shop)", reason: "not this shop")
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        guard context.shopID == shop else { return [] }
        switch action {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, rows.count - 1), selected + 1)
        case .reload: return [.run(LoadExtensionRequestsEffect(shop: shop))]
        case .confirm, .decline:
            guard rows.indices.contains(selected) else { return [] }
            let row = rows[selected]
            let confirm = action == .confirm
            let effect = AnswerExtensionEffect(order: row.order.id, confirm: confirm, shop: shop, at: context.now, expectedVersion: row.version)
            let end = row.order.protectionEnd(policy: context.policy)
            return [.confirm(ConfirmRequest(
                title: confirm ? "Extend protection?" : "Decline the extension?",
                message: confirm
                    ? "Order \(row.order.id): protection runs \(row.request.days) more days, to \(DateText.short(end.adding(days: row.request.days))); funds stay held until then."
                    : "Order \(row.order.id): protection still ends \(DateText.short(end)). The buyer is told you declined.",
                confirm: confirm ? "Extend" : "Decline", cancel: "Back", onConfirm: [.run(effect)]))]
        }
        return []
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let loaded as ExtensionRequestsLoaded:
            rows = loaded.rows
            self.loaded = true
            selected = min(selected, max(0, rows.count - 1))
        case let answered as ExtensionAnswered:
            return [.status("Extension on \(answered.order) \(answered.confirmed ? "confirmed" : "declined").", tone: .success),
                    .run(LoadExtensionRequestsEffect(shop: shop))]
        default: break
        }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        guard context.shopID == shop else {
            canvas.text("Only the shop's own people see its orders.", row: 1, col: 2, role: .error)
            return
        }
        canvas.text("Buyers asking for more protection time", row: 0, role: .title)
        var columns: [ColumnList.Column] = [.init(title: "Order", width: 9), .init(title: "Item", width: 0), .init(title: "Days", width: 5, alignRight: true),
                                            .init(title: "Protection ends", width: 15), .init(title: "Parcel (last event)", width: canvas.width >= 100 ? 30 : 20)]
        columns = ColumnList.fit(columns, width: canvas.width)
        ColumnList.draw(header: columns, in: canvas, row: 2)
        if rows.isEmpty {
            canvas.text(loaded ? "No extension requests are waiting." : "Loading…", row: 3, role: .muted)
        }
        for (index, row) in rows.prefix(max(0, canvas.height - 3)).enumerated() {
            let moving = row.order.parcelIsMoving(at: context.now, policy: context.policy)
            let last = row.order.lastTrackingEvent.map { DateText.short($0.at) } ?? "no tracking"
            ColumnList.draw(cells: [(row.order.id.rawValue, .text), (row.order.title, .text), ("+\(row.request.days)", .text),
                                    (DateText.short(row.order.protectionEnd(policy: context.policy)), .text),
                                    ((moving ? "moving " : "stalled ") + last, moving ? .success : .warning)],
                            columns: columns, in: canvas, row: 3 + index, selected: index == selected)
        }
    }
}
