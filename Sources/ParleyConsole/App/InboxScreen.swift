import Foundation
import ParleyCore
import TerminalUI

/// Loads the signed-in person's notifications, newest first.
struct LoadInboxEffect: ConsoleEffect {
    var actor: Actor
    var summary: String { "load notifications" }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            return InboxLoaded(items: try backend.buyer.notifications(for: actor, limit: 200))
        } catch {
            return EffectFailure(effect: summary, message: "Notifications could not be loaded: \(ErrorText.describe(error))")
        }
    }
}

struct InboxLoaded: EffectResult {
    var items: [InboxItem]
}

/// Marks notifications read, then recounts the unread ones.
struct MarkReadEffect: ConsoleEffect {
    var actor: Actor
    var keys: [Int64]
    var summary: String { "mark \(keys.count) notification(s) read" }
    func run(_ backend: ConsoleBackend) -> any EffectResult {
        do {
            try backend.buyer.markRead(for: actor, keys: keys)
            return UnreadCountResult(count: try backend.buyer.notificationCount(for: actor))
        } catch {
            return EffectFailure(effect: summary, message: ErrorText.describe(error))
        }
    }
}

/// What happened to your orders and disputes; Enter jumps to the dispute.
public struct InboxScreen: ConsoleScreen {
    public enum Action: Sendable { case up, down, pageUp, pageDown, home, end, open, markAllRead }

    public var actor: Actor
    var items: [InboxItem] = []
    var selected = 0
    var top = 0
    var isLoaded = false

    public init(actor: Actor) { self.actor = actor }

    public var location: String { "Inbox" }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        Keymap([
            KeyBinding([.down, .char("j")], .down, help: "Next", inFooter: false),
            KeyBinding([.up, .char("k")], .up, help: "Previous", inFooter: false),
            KeyBinding([.pageDown], .pageDown, help: "Page down", inFooter: false),
            KeyBinding([.pageUp], .pageUp, help: "Page up", inFooter: false),
            KeyBinding([.home, .char("g")], .home, help: "First", inFooter: false),
            KeyBinding([.end, .char("G")], .end, help: "Last", inFooter: false),
            KeyBinding([.enter], .open, help: "Open dispute"),
            KeyBinding([.char("r")], .markAllRead, help: "Mark all read"),
        ])
    }

    public func reload(context: ScreenContext) -> [any ConsoleEffect] { [LoadInboxEffect(actor: actor)] }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        let page = max(1, context.size.rows - 6)
        switch action {
        case .up: selected -= 1
        case .down: selected += 1
        case .pageUp: selected -= page
        case .pageDown: selected += page
        case .home: selected = 0
        case .end: selected = items.count - 1
        case .markAllRead:
            let keys = items.filter { !$0.isRead }.map(\.key)
            guard !keys.isEmpty else { return [.status("Everything is already read.", tone: .info)] }
            for index in items.indices { items[index].isRead = true }
            return [.run(MarkReadEffect(actor: actor, keys: keys)), .status("Marked \(keys.count) as read.", tone: .success)]
        case .open:
            guard items.indices.contains(selected) else { return [] }
            let item = items[selected]
            var commands: [ScreenCommand] = []
            if !item.isRead {
                items[selected].isRead = true
                commands.append(.run(MarkReadEffect(actor: actor, keys: [item.key])))
            }
            guard let dispute = item.disputeID else { return commands + [.status("This notification is not about a dispute.", tone: .info)] }
            return commands + [.push(DisputeScreen(disputeID: dispute, actor: actor))]
        }
        selected = min(max(0, selected), max(0, items.count - 1))
        return []
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        if let loaded = result as? InboxLoaded {
            items = loaded.items
            isLoaded = true
            selected = min(selected, max(0, items.count - 1))
        }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        let unread = items.filter { !$0.isRead }.count
        canvas.text("Inbox", row: 0, col: 1, role: .title)
        canvas.text("\(items.count) notifications, \(unread) unread", row: 0, col: 8, role: .muted)
        guard isLoaded else { return }
        if items.isEmpty {
            canvas.text("Nothing yet: news about your orders and disputes will appear here.", row: 2, col: 1, role: .muted)
            return
        }
        // Each notification takes two rows: the title line, then its text.
        let list = canvas.sub(Rect(row: 2, col: 0, height: canvas.height - 2, width: canvas.width))
        let perPage = max(1, list.height / 2)
        let first = max(0, min(selected - perPage / 2, items.count - perPage))
        for (offset, item) in items.dropFirst(first).prefix(perPage).enumerated() {
            let row = offset * 2
            let isSelected = first + offset == selected
            let titleRole: TerminalUI.Role = isSelected ? .selection : (item.isRead ? .text : .focus)
            if isSelected { list.fill(row: row, role: .selection) }
            let mark = item.isRead ? "  " : "● "
            let date = DateText.short(item.at)
            let dispute = item.disputeID.map { "  \($0)" } ?? ""
            list.text(TextWidth.truncate(mark + date + dispute + "  " + item.title, to: list.width - 1), row: row, col: 1, role: titleRole)
            list.text(TextWidth.truncate(item.text, to: list.width - 6), row: row + 1, col: 4, role: .muted)
        }
    }
}
