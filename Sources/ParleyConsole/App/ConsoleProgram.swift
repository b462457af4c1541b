import Foundation
import TerminalUI

/// Drives `Console.update` from terminal events and runs the effects it asks for, feeding their
/// results back, until the state says quit. Also used by tests, with an in-memory surface.
public final class ConsoleProgram: TerminalProgram {
    public private(set) var state: ConsoleState
    private let runner: EffectRunner
    private let clock: any ConsoleClock
    /// Every effect run, in order (tests check what the console asked the data layer to do).
    public private(set) var effectLog: [String] = []

    public init(state: ConsoleState, runner: EffectRunner, clock: any ConsoleClock, initialEffects: [any ConsoleEffect] = []) {
        self.state = state
        self.runner = runner
        self.clock = clock
        run(initialEffects)
    }

    /// The themes `T` cycles through.
    public var themeNames: [String] {
        get { state.themeNames }
        set { state.themeNames = newValue }
    }

    public func handle(_ event: TerminalEvent) -> LoopDecision {
        switch event {
        case .key(let key): send(.key(key))
        case .tick: send(.tick(clock.now()))
        case .resize(let size): send(.resize(size))
        case .interrupt: send(.interrupt)
        // Effects run synchronously, so nothing arrives from other threads.
        case .wake: break
        }
        return state.isQuitting ? .quit(code: 0) : .continue
    }

    /// Loads a theme by name when `T` picks another one (nil in tests: the in-memory surface has no colours).
    public var loadTheme: ((String) -> Theme?)?
    private var appliedTheme: String?

    public func draw(on surface: any Surface) {
        if let terminal = surface as? NcursesSurface, appliedTheme != state.themeName {
            if appliedTheme != nil, let theme = loadTheme?(state.themeName) { terminal.setTheme(theme) }
            appliedTheme = state.themeName
        }
        Console.view(state, on: surface)
    }

    /// Feeds one message and runs the effects it causes (and theirs), synchronously.
    public func send(_ message: ConsoleMessage) {
        let (next, effects) = Console.update(state, message)
        state = next
        run(effects)
    }

    private func run(_ effects: [any ConsoleEffect]) {
        var queue = effects
        var budget = 200
        while !queue.isEmpty, budget > 0 {
            budget -= 1
            let effect = queue.removeFirst()
            effectLog.append(effect.summary)
            let result = runner.run(effect)
            // A write that waited for another process's lock (up to the busy timeout) leaves `now`
            // seconds behind: catch up, or the status message it produces expires before it is seen.
            state.now = max(state.now, clock.now())
            let (next, more) = Console.update(state, .result(result))
            state = next
            queue += more
        }
    }
}
