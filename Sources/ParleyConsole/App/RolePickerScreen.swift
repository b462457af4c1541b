import Foundation
import ParleyCore
import TerminalUI

/// The first screen on a new database: the demo accounts, buyer, seller and staff, to sign in as.
public struct RolePickerScreen: ConsoleScreen {
    public enum Action: Sendable { case up, down, pageUp, pageDown, home, end, nextGroup, choose }

    public var accounts: [ConsoleAccount]
    public var selected = 0
    /// Shown above the list, e.g. when `--as` named no account.
    public var notice: String?
    /// Passed on to the staff console (sandbox clock for `:advance`).
    public var staffOptions = StaffConsoleOptions()

    public init(accounts: [ConsoleAccount]) {
        // Buyers first: most people start there.
        self.accounts = accounts.sorted { Self.rank($0.session) < Self.rank($1.session) }
    }

    private static func rank(_ session: ConsoleSession) -> Int {
        switch session {
        case .buyer: return 0
        case .seller: return 1
        case .staff: return 2
        }
    }

    public var location: String { "Sign in" }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        Keymap([
            KeyBinding([.down, .char("j")], .down, help: "Next", inFooter: false),
            KeyBinding([.up, .char("k")], .up, help: "Previous", inFooter: false),
            KeyBinding([.enter], .choose, help: "Sign in"),
            KeyBinding([.tab], .nextGroup, help: "Buyers / sellers / staff"),
            KeyBinding([.pageDown], .pageDown, help: "Page down", inFooter: false),
            KeyBinding([.pageUp], .pageUp, help: "Page up", inFooter: false),
            KeyBinding([.home, .char("g")], .home, help: "First", inFooter: false),
            KeyBinding([.end, .char("G")], .end, help: "Last", inFooter: false),
        ])
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        switch action {
        case .up: selected = max(0, selected - 1)
        case .down: selected = min(max(0, accounts.count - 1), selected + 1)
        case .pageUp: selected = max(0, selected - 10)
        case .pageDown: selected = min(max(0, accounts.count - 1), selected + 10)
        case .home: selected = 0
        case .nextGroup:
            guard accounts.indices.contains(selected) else { return [] }
            let role = accounts[selected].session.roleTitle
            let next = accounts.indices.first { $0 > selected && accounts[$0].session.roleTitle != role }
            selected = next ?? 0
        case .end: selected = max(0, accounts.count - 1)
        case .choose:
            guard accounts.indices.contains(selected) else { return [] }
            let session = accounts[selected].session
            return [.reset(ConsoleHome.screen(for: session, staffOptions: staffOptions), session: session),
                    .status("Signed in as \(session.label).", tone: .success)]
        }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        let width = min(canvas.width - 2, 76)
        let col = max(1, (canvas.width - width) / 2)
        var row = canvas.height > 20 ? 2 : 0
        canvas.text("Parley — dispute centre", row: row, col: col, role: .title)
        row += 1
        canvas.text(TextWidth.truncate("Who are you today? Choose an account to sign in (demo accounts need no password).", to: width),
                    row: row, col: col, role: .muted)
        row += 2
        if let notice {
            canvas.text(TextWidth.truncate(notice, to: width), row: row, col: col, role: .warning)
            row += 2
        }
        if accounts.isEmpty {
            canvas.text("This database has no accounts yet.", row: row, col: col, role: .warning)
            return
        }
        // One line per heading, account and gap; scrolled so the selected account stays in view.
        var lines: [(text: String, role: TerminalUI.Role, account: Int?)] = []
        var lastRole = ""
        let nameWidth = min(26, width / 3)
        for (index, account) in accounts.enumerated() {
            let role = account.session.roleTitle
            if role != lastRole {
                if !lastRole.isEmpty { lines.append(("", .text, nil)) }
                lines.append((Self.heading(role), .focus, nil))
                lastRole = role
            }
            lines.append(("  " + TextWidth.fit(account.session.name, to: nameWidth) + "  " + account.summary, .text, index))
        }
        let room = max(1, canvas.height - row)
        let selectedLine = lines.firstIndex { $0.account == selected } ?? 0
        // Keep the role heading of the selected account visible when possible.
        var first = max(0, min(selectedLine - room + 2, lines.count - room))
        if selectedLine < first + 1 { first = max(0, selectedLine - 1) }
        for (offset, line) in lines.dropFirst(first).prefix(room).enumerated() {
            let isSelected = line.account == selected
            if isSelected { canvas.sub(Rect(row: row + offset, col: col, height: 1, width: width)).fill(role: .selection) }
            canvas.text(TextWidth.truncate(line.text, to: width), row: row + offset, col: col, role: isSelected ? .selection : line.role)
        }
        if first + room < lines.count {
            canvas.text("↓ more", row: canvas.height - 1, col: col + width - 6, role: .muted)
        }
    }

    private static func heading(_ role: String) -> String {
        switch role {
        case "buyer": return "Buyers — follow orders, open and negotiate disputes"
        case "seller": return "Sellers — answer disputes about your shop's orders"
        default: return "Support staff — decide escalated disputes"
        }
    }
}
