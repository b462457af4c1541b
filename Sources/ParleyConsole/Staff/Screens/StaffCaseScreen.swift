import Foundation
import ParleyCore
import TerminalUI

/// One case as a mediator works it: the case view's panes, and the actions (take, ask, propose,
/// rule, note, flag). A case is taken before it is worked; a dispute that was never escalated is
/// shown read-only.
public struct StaffCaseScreen: ConsoleScreen {
    public enum Action: Sendable, Equatable {
        case nextPane, previousPane, pane(Int), up, down, pageUp, pageDown, top
        case take, act(StaffActionKind), command, reload
    }

    public let id: DisputeID
    public let staff: StaffID
    public let options: StaffConsoleOptions
    public internal(set) var file: CaseFile?
    public internal(set) var view = CaseViewState()
    var lastSeen: Int?
    var firstLoad = true
    var refusal: String?
    var commandLine = CommandLineState()

    public init(id: DisputeID, staff: StaffID, options: StaffConsoleOptions = StaffConsoleOptions()) {
        self.id = id
        self.staff = staff
        self.options = options
    }

    public var location: String { "Case \(id)" }
    public var isEditing: Bool { commandLine.isOpen }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        var bindings: [KeyBinding<Action>] = []
        let mediation = file?.dispute.mediation
        if mediation != nil && mediation?.assignee == nil { bindings.append(KeyBinding([.char("t")], .take, help: "Take")) }
        let working = mediation?.assignee == staff
        bindings += [
            KeyBinding([.char("a")], .act(.askQuestion), help: "Ask", inFooter: working),
            KeyBinding([.char("p")], .act(.proposeSolutions), help: mediation?.solutions.isEmpty == false ? "Replace" : "Propose", inFooter: working),
            KeyBinding([.char("R")], .act(.finalRuling), help: "Ruling", inFooter: working),
            KeyBinding([.char("n")], .act(.internalNote), help: "Note", inFooter: file?.dispute.isEscalated == true),
            KeyBinding([.char("f")], .act(.flagShop), help: "Flag shop", inFooter: file?.dispute.isEscalated == true),
            KeyBinding([.tab], .nextPane, help: "Pane"),
            KeyBinding([.backTab], .previousPane, help: "Previous pane", inFooter: false),
            KeyBinding([.char(":")], .command, help: "Command"),
            KeyBinding([.char("r")], .reload, help: "Reload", inFooter: false),
            KeyBinding([.down, .char("j")], .down, help: "Scroll down", inFooter: false),
            KeyBinding([.up, .char("k")], .up, help: "Scroll up", inFooter: false),
            KeyBinding([.pageDown], .pageDown, help: "Page down", inFooter: false),
            KeyBinding([.pageUp], .pageUp, help: "Page up", inFooter: false),
            KeyBinding([.home, .char("g")], .top, help: "Top of pane", inFooter: false),
        ]
        for (index, pane) in panes(width: context.size.cols).enumerated() where index < 9 {
            bindings.append(KeyBinding([.char(Character(String(index + 1)))], .pane(index), help: pane.title, inFooter: false))
        }
        return Keymap(bindings)
    }

    func panes(width: Int) -> [CasePane] {
        CaseView.tabs(audience: .staff, width: width)
    }

    public func reload(context: ScreenContext) -> [any ConsoleEffect] {
        guard context.staffID != nil else { return StaffOnly.refusal(context, attempted: "open case \(id) in the staff console") }
        return [LoadCaseFileEffect(id: id, viewer: .staff(staff), at: context.now)]
    }

    public mutating func type(_ key: Key, context: ScreenContext) -> [ScreenCommand]? {
        guard commandLine.isOpen else { return nil }
        guard case .run(let line) = commandLine.handle(key) else { return [] }
        switch StaffCommandRouting.parse(line, context: context, options: options) {
        case .failure(let error): return [.status(error.description, tone: .error)]
        case .success(.take): return perform(.take, context: context)
        case .success(.filter), .success(.clearFilters): return [.status("Filters apply to the queue: go back (q) and filter there.", tone: .info)]
        case .success(let command): return StaffCommandRouting.common(command, context: context, options: options) ?? []
        }
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        guard context.staffID != nil else { return [] }
        let panes = panes(width: context.size.cols)
        switch action {
        case .nextPane, .previousPane:
            let index = panes.firstIndex(of: view.pane) ?? 0
            let step = action == .nextPane ? 1 : -1
            view.pane = panes[(index + step + panes.count) % panes.count]
        case .pane(let index): if panes.indices.contains(index) { view.pane = panes[index] }
        case .up: view.scroll(by: -1)
        case .down: view.scroll(by: 1)
        case .pageUp: view.scroll(by: -10)
        case .pageDown: view.scroll(by: 10)
        case .top: view.scrollToTop()
        case .command: commandLine.isOpen = true
        case .reload: return [.run(LoadCaseFileEffect(id: id, viewer: .staff(staff), at: context.now))]
        case .take:
            guard let file else { return [] }
            guard let mediation = file.dispute.mediation else { return [.status("Only a dispute in mediation can be taken.", tone: .warning)] }
            if let assignee = mediation.assignee {
                return [.status(assignee == staff ? "This case is already yours." : "Mediator \(assignee) has this case.", tone: .warning)]
            }
            return [.run(PerformDisputeActionEffect(action: .takeCase, id: id, actor: .staff(staff), at: context.now, expectedVersion: file.version))]
        case .act(let kind):
            guard let file else { return [] }
            if let why = Self.whyNot(kind, dispute: file.dispute, staff: staff) { return [.status(why, tone: .warning)] }
            return [.push(StaffActionScreen(form: StaffActionForm(kind: kind, dispute: file.dispute, policy: context.policy),
                                            staff: staff, version: file.version))]
        }
        return []
    }

    /// Why an action cannot start now, before the dialog opens (the domain checks again on sending).
    static func whyNot(_ kind: StaffActionKind, dispute: Dispute, staff: StaffID) -> String? {
        guard dispute.isEscalated else { return "Dispute \(dispute.id) was never escalated: staff can only read it." }
        if kind == .internalNote || kind == .flagShop { return nil }
        guard let mediation = dispute.mediation else { return "Dispute \(dispute.id) is no longer in mediation (\(dispute.stage.title))." }
        guard let assignee = mediation.assignee else { return "Take the case first (t): a case is taken before it is worked." }
        guard assignee == staff else { return "Mediator \(assignee) has this case; only they can work on it." }
        if kind == .askQuestion, let open = mediation.question {
            return "A question to \(open.to.noun) is still open until \(DateText.short(open.answerBy))."
        }
        return nil
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let loaded as CaseFileLoaded where loaded.file.dispute.id == id:
            file = loaded.file
            refusal = nil
            if firstLoad {
                lastSeen = loaded.lastSeen
                firstLoad = false
            }
        case let refused as CaseAccessRefused:
            refusal = refused.message
            return [.status(refused.message, tone: .error)]
        case let done as DisputeActionDone:
            return [.status(done.action == .takeCase ? "You have taken \(id); it is yours to work." : "Done: \(done.action.title).", tone: .success),
                    .run(LoadCaseFileEffect(id: id, viewer: .staff(staff), at: context.now))]
        case let refused as DisputeActionRefused:
            return [.status(refused.message, tone: .error), .run(LoadCaseFileEffect(id: id, viewer: .staff(staff), at: context.now))]
        case let failure as EffectFailure where file == nil:
            refusal = failure.message
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
        guard let file else {
            canvas.text(refusal ?? "Loading \(id)…", row: 1, col: 2, role: refusal == nil ? .muted : .error)
            return
        }
        var state = view
        let panes = panes(width: canvas.width)
        if !panes.contains(state.pane) { state.pane = panes.first ?? .timeline }
        let bottom = commandLine.isOpen ? 1 : 0
        var body = canvas.sub(Rect(row: 0, col: 0, height: canvas.height - bottom, width: canvas.width))
        if !file.dispute.isEscalated {
            canvas.text(TextWidth.truncate("Read-only: this dispute was never escalated; the parties are still handling it.", to: canvas.width),
                        row: 0, role: .warning)
            body = canvas.sub(Rect(row: 1, col: 0, height: canvas.height - 1 - bottom, width: canvas.width))
        }
        CaseView(file: file, state: state, audience: .staff, lastSeen: lastSeen, policy: context.policy, now: context.now).render(in: body)
        if commandLine.isOpen { commandLine.render(in: canvas.sub(Rect(row: canvas.height - 1, col: 0, height: 1, width: canvas.width))) }
    }
}
