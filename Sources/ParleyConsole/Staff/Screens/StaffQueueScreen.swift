import Foundation
import ParleyCore
import ParleyStore
import TerminalUI

/// Every escalated dispute, soonest decision deadline first, coloured by urgency, with who has each
/// case. Filters by `:filter`, `/` searches number, order and item; Enter opens, `t` takes.
public struct StaffQueueScreen: ConsoleScreen {
    public enum Action: Sendable {
        case up, down, pageUp, pageDown, top, bottom, open, take, search, command, dashboard, clearFilters, reload
        case mine, unassigned
    }

    public let staff: StaffID
    public let options: StaffConsoleOptions
    public internal(set) var filter = QueueFilter()
    public internal(set) var window = DisputeWindow()
    var search = TextFieldState(maxLength: 60)
    var isSearching = false
    var commandLine = CommandLineState()
    var pageRows = 20

    public init(staff: StaffID, options: StaffConsoleOptions = StaffConsoleOptions(), filter: QueueFilter = QueueFilter()) {
        self.staff = staff
        self.options = options
        self.filter = filter
    }

    public var location: String { "Queue" + (filter.isEmpty ? "" : " [\(filter.summary)]") }
    public var isEditing: Bool { isSearching || commandLine.isOpen }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        Keymap([
            KeyBinding([.enter], .open, help: "Open case"),
            KeyBinding([.char("t")], .take, help: "Take"),
            KeyBinding([.char("/")], .search, help: "Search"),
            KeyBinding([.char(":")], .command, help: "Command"),
            KeyBinding([.char("m")], .mine, help: "Mine"),
            KeyBinding([.char("u")], .unassigned, help: "Untaken"),
            KeyBinding([.char("F")], .clearFilters, help: "Clear filters", inFooter: false),
            KeyBinding([.char("D")], .dashboard, help: "Dashboard"),
            KeyBinding([.char("r")], .reload, help: "Reload", inFooter: false),
            KeyBinding([.down, .char("j")], .down, help: "Next", inFooter: false),
            KeyBinding([.up, .char("k")], .up, help: "Previous", inFooter: false),
            KeyBinding([.pageDown], .pageDown, help: "Page down", inFooter: false),
            KeyBinding([.pageUp], .pageUp, help: "Page up", inFooter: false),
            KeyBinding([.home, .char("g")], .top, help: "First", inFooter: false),
            KeyBinding([.end, .char("G")], .bottom, help: "Last", inFooter: false),
        ])
    }

    public func reload(context: ScreenContext) -> [any ConsoleEffect] {
        guard context.staffID != nil else { return StaffOnly.refusal(context, attempted: "open the staff queue") }
        var copy = window
        return [LoadStaffQueueEffect(filter: filter, window: copy.refresh(), token: copy.token)]
    }

    /// The effect for a fresh start (after a filter change).
    mutating func restart() -> [ScreenCommand] {
        let request = window.restart()
        return [.run(LoadStaffQueueEffect(filter: filter, window: request, token: window.token))]
    }

    mutating func load(_ request: WindowRequest<ListCursor>?) -> [ScreenCommand] {
        guard let request else { return [] }
        return [.run(LoadStaffQueueEffect(filter: filter, window: request, token: window.token))]
    }

    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        if commandLine.isOpen {
            switch commandLine.handle(key) {
            case .typing, .closed: return []
            case .run(let line): return run(line, context: context)
            }
        }
        guard isSearching else { return nil }
        switch key {
        case .enter:
            isSearching = false
            return []
        case .escape:
            isSearching = false
            search.setText("")
            filter.text = ""
            return restart()
        default:
            guard search.handle(key) else { return [] }
            filter.text = search.text.trimmingCharacters(in: .whitespaces)
            return restart()
        }
    }

    mutating func run(_ line: String, context: ScreenContext) -> [ScreenCommand] {
        switch StaffCommandRouting.parse(line, context: context, options: options) {
        case .failure(let error): return [.status(error.description, tone: .error)]
        case .success(let command):
            switch command {
            case .filter(let change):
                change.apply(to: &filter)
                return restart() + [.status(filter.isEmpty ? "Showing every escalated dispute." : "Filter: \(filter.summary)", tone: .info)]
            case .clearFilters:
                filter = QueueFilter(text: filter.text)
                return restart() + [.status("Filters cleared.", tone: .info)]
            case .take:
                return perform(.take, context: context)
            default:
                return StaffCommandRouting.common(command, context: context, options: options) ?? []
            }
        }
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        guard context.staffID != nil else { return [] }
        switch action {
        case .up: return load(window.move(by: -1))
        case .down: return load(window.move(by: 1))
        case .pageUp: return load(window.move(by: -pageRows))
        case .pageDown: return load(window.move(by: pageRows))
        case .top: return load(window.toTop())
        case .bottom: return load(window.toBottom())
        case .open:
            guard let row = window.selectedRow else { return [] }
            return [.push(StaffCaseScreen(id: row.id, staff: staff, options: options))]
        case .take:
            guard let row = window.selectedRow else { return [] }
            if let assignee = row.assignee {
                return [.status(assignee == staff ? "\(row.id) is already yours." : "\(row.id) is taken by \(assignee).", tone: .warning)]
            }
            return [.run(PerformDisputeActionEffect(action: .takeCase, id: row.id, actor: .staff(staff), at: context.now, expectedVersion: row.version))]
        case .search:
            isSearching = true
            return []
        case .command:
            commandLine.isOpen = true
            return []
        case .dashboard: return [.push(DashboardScreen(options: options))]
        case .clearFilters:
            filter = QueueFilter()
            search.setText("")
            return restart()
        case .reload: return restart()
        case .mine:
            filter.assignee = filter.assignee == .staff(staff) ? nil : .staff(staff)
            return restart()
        case .unassigned:
            filter.assignee = filter.assignee == .unassigned ? nil : .unassigned
            return restart()
        }
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let loaded as DisputeRowsLoaded:
            _ = window.receive(loaded)
        case let done as DisputeActionDone where done.action == .takeCase:
            return [.status("You have taken \(done.id).", tone: .success)] + load(window.refresh())
        case let refused as DisputeActionRefused:
            return [.status(refused.message, tone: .error)] + load(window.refresh())
        case let moved as SandboxClockMoved:
            return [StaffCommandRouting.moved(moved)]
        default: break
        }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        guard context.staffID != nil else {
            canvas.text("Staff only.", row: 1, col: 2, role: .error)
            return
        }
        let title = "Escalated disputes — soonest decision first" + (options.isSandbox ? "   SANDBOX" : "")
        let used = canvas.text(TextWidth.truncate(title, to: canvas.width), row: 0, role: .title)
        if options.isSandbox { canvas.text("", row: 0, col: used, role: .warning) }
        let legend = "!! overdue  ! under 24 h  · under 3 days"
        if canvas.width >= used + TextWidth.width(of: legend) + 2 {
            canvas.text(legend, row: 0, col: canvas.width - TextWidth.width(of: legend), role: .muted)
        }
        let filterText = filter.isEmpty ? "No filters (:filter reason=…, m mine, u untaken)" : "Filter: " + filter.summary
        let position = window.positionText
        canvas.text(TextWidth.truncate(filterText, to: max(0, canvas.width - TextWidth.width(of: position) - 2)), row: 1, role: filter.isEmpty ? .muted : .info)
        canvas.text(position, row: 1, col: max(0, canvas.width - TextWidth.width(of: position)), role: .muted)
        let wide = canvas.width >= 100
        var columns: [ColumnList.Column] = [
            .init(title: "", width: 2), .init(title: "Dispute", width: IdentifierColumn.width(usual: 8, identifiers: window.rows.lazy.map(\.id.rawValue))), .init(title: "Decide in", width: 10),
            .init(title: "Reason", width: 0), .init(title: "Stage", width: wide ? 16 : 11),
        ]
        if wide { columns.append(.init(title: "Shop", width: 18)) }
        columns += [.init(title: "Claimed", width: 11, alignRight: true), .init(title: "Taken by", width: wide ? 10 : 8)]
        columns = ColumnList.fit(columns, width: canvas.width)
        ColumnList.draw(header: columns, in: canvas, row: 2)
        let bottomRows = (commandLine.isOpen || isSearching || !filter.text.isEmpty) ? 1 : 0
        let listHeight = max(1, canvas.height - 3 - bottomRows)
        let first = max(0, min(window.selected - listHeight / 2, window.rows.count - listHeight))
        if window.rows.isEmpty {
            canvas.text(window.isLoading ? "Loading…" : (filter.isEmpty ? "No escalated disputes. The queue is clear." : "No escalated dispute matches the filter."),
                        row: 3, role: .muted)
        }
        for (offset, row) in window.rows.dropFirst(first).prefix(listHeight).enumerated() {
            let due = row.decisionDue ?? row.nextDeadline
            let urgency = due.map { DeadlineStyle.urgency(due: $0, now: context.now) }
            let role = urgency.map(DeadlineStyle.role) ?? .muted
            var cells: [(String, TerminalUI.Role)] = [
                (urgency.map(DeadlineStyle.mark) ?? "  ", role), (row.id.rawValue, .text),
                (row.isOpen ? DeadlineStyle.countdown(due: due, now: context.now) : "decided", row.isOpen ? role : .muted),
                (row.reason.title, .text), (row.stage.title, .text),
            ]
            if wide { cells.append((row.shopName, .muted)) }
            cells += [(row.claimed.formatted, .money),
                      (row.assignee.map { $0 == staff ? "me" : $0.rawValue } ?? (row.isOpen ? "—" : ""), row.assignee == nil ? .warning : .text)]
            ColumnList.draw(cells: cells, columns: columns, in: canvas, row: 3 + offset, selected: first + offset == window.selected)
        }
        let bottom = canvas.sub(Rect(row: canvas.height - 1, col: 0, height: 1, width: canvas.width))
        if commandLine.isOpen {
            commandLine.render(in: bottom)
        } else if isSearching || !filter.text.isEmpty {
            bottom.fill(role: isSearching ? .input : .muted)
            bottom.text("/", row: 0, role: .input)
            TextField(state: search, isFocused: isSearching).render(in: bottom.sub(Rect(row: 0, col: 1, height: 1, width: canvas.width - 1)))
        }
    }
}
