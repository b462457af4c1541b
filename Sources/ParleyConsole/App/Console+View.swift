import Foundation
import ParleyCore
import TerminalUI

extension Console {
    /// The smallest terminal the screens are laid out for.
    public static let minimumSize = Size(rows: 12, cols: 50)

    /// Draws the state: the current screen, the two status rows, and a modal on top.
    public static func view(_ state: ConsoleState, on surface: any Surface) {
        let whole = Canvas(surface, surface.bounds)
        if TooSmallScreen.isTooSmall(surface.size, minimum: minimumSize) {
            TooSmallScreen(minimum: minimumSize).render(in: whole)
            return
        }
        let (body, bars) = surface.bounds.splitBottom(2)
        let context = state.context
        state.top.render(in: Canvas(surface, body), context: context)
        drawWhereBar(state, in: Canvas(surface, Rect(row: bars.row, col: 0, height: 1, width: bars.width)))
        let hints = state.top.footerHints(in: context) + ConsoleKeys.footerHints(isRoot: state.stack.count == 1, screen: state.top, context: context)
        let message = state.status.flatMap { $0.isVisible(at: state.now) ? $0 : nil }
        StatusBar(location: "", hints: hints, message: message, now: state.now)
            .render(in: Canvas(surface, Rect(row: bars.row + 1, col: 0, height: 1, width: bars.width)))
        switch state.modal {
        case .help(let title, let hints)?:
            HelpOverlay(title: title, hints: hints).render(in: whole)
        case .confirm(let request)?:
            request.dialog.render(in: whole)
        case nil:
            break
        }
    }

    /// Who you are, where you are, unread notifications and the time, on one row.
    private static func drawWhereBar(_ state: ConsoleState, in canvas: Canvas) {
        canvas.fill(row: 0, role: .statusBar)
        let who = state.session.map { " " + $0.label + " " } ?? " Parley "
        var col = canvas.text(who, row: 0, role: .statusBarKey)
        let seconds = ":" + twoDigits(Calendar.utcSecond(of: state.now))
        let clock = canvas.width >= 100 ? DateText.short(state.now) + seconds + " UTC " : DateText.short(state.now) + seconds + " "
        let unread = state.session == nil ? "" : UnreadBadge.text(state.unread) + "  "
        let right = unread + clock
        let rightWidth = TextWidth.width(of: right)
        col += canvas.text("│ ", row: 0, col: col, role: .statusBar)
        let room = max(0, canvas.width - col - rightWidth - 1)
        canvas.text(TextWidth.truncate(state.location, to: room), row: 0, col: col, role: .statusBar)
        if rightWidth < canvas.width - col {
            let unreadRole: TerminalUI.Role = state.unread > 0 ? .statusBarKey : .statusBar
            let start = canvas.width - rightWidth
            canvas.text(unread, row: 0, col: start, role: unreadRole)
            canvas.text(clock, row: 0, col: start + TextWidth.width(of: unread), role: .statusBar)
        }
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension Calendar {
    /// The seconds of an instant's minute (the clock on the status bar ticks visibly).
    static func utcSecond(of date: Date) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        return ((seconds % 60) + 60) % 60
    }
}
