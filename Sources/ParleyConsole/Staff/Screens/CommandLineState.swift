import ParleyCore
import TerminalUI

/// The staff `:` command line: a one-line field at the bottom of the screen while open.
public struct CommandLineState: Sendable, Hashable {
    public var field = TextFieldState(maxLength: 120)
    public var isOpen = false

    public init() {}

    /// What typing did: nothing more, closed, or a line to run.
    public enum Outcome: Sendable, Hashable { case typing, closed, run(String) }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape, .ctrl("c"):
            isOpen = false
            field.setText("")
            return .closed
        case .enter:
            let line = field.text
            isOpen = false
            field.setText("")
            return .run(line)
        case .backspace where field.text.isEmpty:
            isOpen = false
            return .closed
        default:
            _ = field.handle(key)
            return .typing
        }
    }

    func render(in canvas: Canvas) {
        canvas.fill(row: 0, role: .input)
        canvas.text(":", row: 0, role: .input)
        TextField(state: field, isFocused: true).render(in: canvas.sub(Rect(row: 0, col: 1, height: 1, width: canvas.width - 1)))
    }
}

/// What every staff screen does with a command it does not handle itself.
enum StaffCommandRouting {
    static func common(_ command: StaffCommand, context: ScreenContext, options: StaffConsoleOptions) -> [ScreenCommand]? {
        guard let staff = context.staffID else { return nil }
        switch command {
        case .open(let id):
            return [.push(StaffCaseScreen(id: id, staff: staff, options: options))]
        case .dashboard:
            return [.push(DashboardScreen(options: options))]
        case .queue:
            return [.reset(StaffQueueScreen(staff: staff, options: options), session: nil)]
        case .theme(let name):
            return [.setTheme(name)]
        case .advance(let seconds):
            guard let clock = options.sandboxClock else { return [.status(StaffCommandError.sandboxOnly.description, tone: .error)] }
            return [.run(AdvanceSandboxClockEffect(clock: clock, seconds: seconds))]
        case .help:
            return [.status("Commands: " + StaffCommand.usage.joined(separator: "  "), tone: .info)]
        case .take, .filter, .clearFilters:
            return nil
        }
    }

    static func parse(_ line: String, context: ScreenContext, options: StaffConsoleOptions) -> Result<StaffCommand, StaffCommandError> {
        guard let staff = context.staffID else { return .failure(.unknownCommand(line)) }
        do { return .success(try StaffCommand.parse(line, me: staff, sandbox: options.isSandbox)) }
        catch { return .failure(error) }
    }

    /// The status line after the sandbox clock moved.
    static func moved(_ result: SandboxClockMoved) -> ScreenCommand {
        .status("Sandbox clock moved \(DashboardNumbers.durationText(result.seconds)) to \(DateText.short(result.now)); deadlines are swept on the next tick.", tone: .warning)
    }
}
