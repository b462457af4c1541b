import Foundation
import ParleyCore
import TerminalUI

/// The support lead's overview: disputes by stage and reason, outcomes, what is due, how long it takes.
public struct DashboardScreen: ConsoleScreen {
    public enum Action: Sendable { case reload, command }

    public let options: StaffConsoleOptions
    var numbers: DashboardNumbers?
    var commandLine = CommandLineState()

    public init(options: StaffConsoleOptions = StaffConsoleOptions()) { self.options = options }

    public var location: String { "Dashboard" }
    public var isEditing: Bool { commandLine.isOpen }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        Keymap([KeyBinding([.char("r")], .reload, help: "Reload"), KeyBinding([.char(":")], .command, help: "Command")])
    }

    public func reload(context: ScreenContext) -> [any ConsoleEffect] {
        context.staffID == nil ? StaffOnly.refusal(context, attempted: "open the dashboard") : [LoadDashboardEffect(at: context.now)]
    }

    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        guard commandLine.isOpen else { return nil }
        guard case .run(let line) = commandLine.handle(key) else { return [] }
        switch StaffCommandRouting.parse(line, context: context, options: options) {
        case .failure(let error): return [.status(error.description, tone: .error)]
        case .success(let command):
            return StaffCommandRouting.common(command, context: context, options: options)
                ?? [.status("Use the queue for :\(line.split(separator: " ").first ?? "")", tone: .info)]
        }
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        guard context.staffID != nil else { return [] }
        switch action {
        case .reload: return [.run(LoadDashboardEffect(at: context.now))]
        case .command: commandLine.isOpen = true; return []
        }
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        if let loaded = result as? DashboardLoaded { numbers = loaded.numbers }
        if let moved = result as? SandboxClockMoved { return [StaffCommandRouting.moved(moved)] }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        guard context.staffID != nil else {
            canvas.text("Staff only.", row: 1, col: 2, role: .error)
            return
        }
        canvas.text("Dashboard — all disputes", row: 0, role: .title)
        guard let numbers else {
            canvas.text("Loading…", row: 2, role: .muted)
            return
        }
        let bottom = commandLine.isOpen ? 1 : 0
        DashboardView(numbers: numbers).render(in: canvas.sub(Rect(row: 2, col: 0, height: canvas.height - 2 - bottom, width: canvas.width)))
        if commandLine.isOpen { commandLine.render(in: canvas.sub(Rect(row: canvas.height - 1, col: 0, height: 1, width: canvas.width))) }
    }
}
