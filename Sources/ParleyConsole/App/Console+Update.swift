import Foundation
import ParleyCore
import TerminalUI

/// The console's logic, Elm-style: a message and the state give the new state and the effects to run.
public enum Console {
    public static func update(_ state: ConsoleState, _ message: ConsoleMessage) -> (ConsoleState, [any ConsoleEffect]) {
        var state = state
        var effects: [any ConsoleEffect] = []
        switch message {
        case .key(let key):
            handleKey(key, state: &state, effects: &effects)
        case .interrupt:
            handleKey(.ctrl("c"), state: &state, effects: &effects)
        case .tick(let now):
            state.now = now
            if let status = state.status, !status.isVisible(at: now) { state.status = nil }
            if let session = state.session {
                effects.append(SweepEffect(at: now))
                // Own actions and other consoles add notifications too: recount (an indexed COUNT).
                effects.append(UnreadCountEffect(actor: session.actor))
            }
            if state.modal == nil {
                var screen = state.top
                effects += screen.idle(context: state.context)
                state.top = screen
            }
        case .resize(let size):
            state.size = size
        case .result(let result):
            receive(result, state: &state, effects: &effects)
        }
        return (state, effects)
    }

    // MARK: Keys

    private static func handleKey(_ key: Key, state: inout ConsoleState, effects: inout [any ConsoleEffect]) {
        if let modal = state.modal {
            switch modal {
            case .help:
                state.modal = nil
            case .confirm(var request):
                guard let answer = request.dialog.handle(key) else {
                    // Ctrl-C on a question answers "no"; the question keeps everything as it was.
                    if key == .ctrl("c") { state.modal = nil; return }
                    state.modal = .confirm(request)
                    return
                }
                state.modal = nil
                apply(answer == .confirm ? request.onConfirm : request.onCancel, state: &state, effects: &effects)
            }
            return
        }
        let context = state.context
        var screen = state.top
        // Ctrl-C is never typing; it goes to the console's keymap (quit, asking first).
        if key != .ctrl("c"), let commands = screen.handle(key, context: context) {
            state.top = screen
            apply(commands, state: &state, effects: &effects)
            return
        }
        // While a field has focus, letters are text: the console's single-letter keys stay out of the way.
        if screen.isEditing, case .char = key { return }
        guard let action = ConsoleKeys.keymap.action(for: key) else { return }
        switch action {
        case .help:
            state.modal = .help(title: "Keys — " + (screen.location.isEmpty ? "Parley" : screen.location),
                                hints: screen.helpHints(in: context) + ConsoleKeys.keymap.helpHints)
        case .back:
            if state.stack.count > 1 {
                apply([.back], state: &state, effects: &effects)
            } else {
                apply([.quit], state: &state, effects: &effects)
            }
        case .quit:
            apply([.quit], state: &state, effects: &effects)
        case .theme:
            guard !state.themeNames.isEmpty else { return }
            let index = state.themeNames.firstIndex(of: state.themeName).map { $0 + 1 } ?? 0
            apply([.setTheme(state.themeNames[index % state.themeNames.count])], state: &state, effects: &effects)
        case .inbox:
            guard let session = state.session else { return }
            if state.top is InboxScreen { return }
            apply([.push(InboxScreen(actor: session.actor))], state: &state, effects: &effects)
        }
    }

    // MARK: Commands

    static func apply(_ commands: [ScreenCommand], state: inout ConsoleState, effects: inout [any ConsoleEffect]) {
        for command in commands {
            switch command {
            case .push(let screen):
                state.stack.append(screen)
                effects += screen.reload(context: state.context)
            case .back:
                if state.top.hasUnsavedInput {
                    state.modal = .confirm(ConfirmRequest(
                        title: "Leave this form?", message: "What you typed here will be lost.",
                        confirm: "Leave", cancel: "Stay", onConfirm: [.discardAndBack]))
                } else {
                    pop(&state, effects: &effects)
                }
            case .discardAndBack:
                pop(&state, effects: &effects)
            case .replace(let screen):
                state.top = screen
                effects += screen.reload(context: state.context)
            case .reset(let screen, let session):
                if let session {
                    state.session = session
                    // The next count is the new person's, not news.
                    state.unreadCounted = false
                }
                state.stack = [screen]
                state.modal = nil
                effects += screen.reload(context: state.context)
                effects.append(UnreadCountEffect(actor: state.session?.actor))
            case .run(let effect):
                effects.append(effect)
            case .status(let text, let tone):
                state.status = StatusMessage(text, role: tone.role, expires: state.now.addingTimeInterval(ConsoleState.statusSeconds))
            case .setTheme(let name):
                switchTheme(to: name, state: &state)
            case .confirm(let request):
                state.modal = .confirm(request)
            case .quit:
                if state.hasUnsavedInput {
                    state.modal = .confirm(ConfirmRequest(
                        title: "Quit Parley?", message: "The form you are filling in has not been submitted; what you typed will be lost.",
                        confirm: "Quit", cancel: "Keep typing", onConfirm: [.forceQuit]))
                } else {
                    state.isQuitting = true
                }
            case .forceQuit:
                state.isQuitting = true
            }
        }
    }

    /// The program loads the theme when it sees `themeName` change (`ConsoleProgram.draw`), so `T` and
    /// `:theme` share one path. Names match regardless of case, as file names are typed.
    private static func switchTheme(to name: String, state: inout ConsoleState) {
        let names = state.themeNames.isEmpty ? [state.themeName] : state.themeNames
        guard let match = names.first(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) else {
            state.status = StatusMessage("No theme named \"\(name)\"; the themes are: \(names.joined(separator: ", ")).", role: .error,
                                         expires: state.now.addingTimeInterval(ConsoleState.statusSeconds))
            return
        }
        state.themeName = match
        state.status = StatusMessage("Theme: \(match)", role: .info, expires: state.now.addingTimeInterval(ConsoleState.statusSeconds))
    }

    private static func pop(_ state: inout ConsoleState, effects: inout [any ConsoleEffect]) {
        guard state.stack.count > 1 else {
            state.isQuitting = true
            return
        }
        state.stack.removeLast()
        // What is under may have changed while the popped screen was open.
        effects += state.top.reload(context: state.context)
    }

    // MARK: Results

    /// Says on the status line that a backlog of deadlines is being applied, and when it is done: a
    /// console started after a long downtime shows its screens at once and catches up a slice a tick.
    private static func noteCatchUp(_ swept: SweepProgress, state: inout ConsoleState) {
        let expires = state.now.addingTimeInterval(ConsoleState.statusSeconds)
        if !swept.isComplete {
            let changed = (state.deadlineCatchUp ?? 0) + swept.changed
            state.deadlineCatchUp = changed
            state.status = StatusMessage("Catching up on missed deadlines: \(changed) disputes and orders updated so far…",
                                         role: .info, expires: expires)
        } else if let changed = state.deadlineCatchUp {
            state.deadlineCatchUp = nil
            state.status = StatusMessage("Caught up on missed deadlines: \(changed + swept.changed) disputes and orders updated.",
                                         role: .info, expires: expires)
        }
    }

    private static func receive(_ result: any EffectResult, state: inout ConsoleState, effects: inout [any ConsoleEffect]) {
        switch result {
        case let result as SweepResult:
            noteCatchUp(result.progress, state: &state)
            guard result.progress.changed > 0 else { return }
            effects += state.top.reload(context: state.context)
            effects.append(UnreadCountEffect(actor: state.session?.actor))
            return
        case let unread as UnreadCountResult:
            // A new notification means another console (or a deadline) changed something about you:
            // reload what is on screen, or the page goes on showing the old proposals and versions.
            // The newest key, not the count: the count stops at the badge's limit and drops as things are read.
            let arrived = state.unreadCounted && unread.count.newest != state.newestNotification
            state.unread = unread.count.unread
            state.newestNotification = unread.count.newest
            state.unreadCounted = true
            if arrived { effects += state.top.reload(context: state.context) }
            return
        case let failure as EffectFailure:
            state.status = StatusMessage(failure.message, role: .error, expires: state.now.addingTimeInterval(ConsoleState.statusSeconds))
        default:
            break
        }
        var screen = state.top
        let commands = screen.receive(result, context: state.context)
        state.top = screen
        apply(commands, state: &state, effects: &effects)
    }
}
