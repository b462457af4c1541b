import Foundation
import ParleyCore
import ParleyStore
import TerminalUI

/// The console's entry point, called by the `parley` executable.
public enum ConsoleApp {
    /// The entry point the executable calls: the console over an opened store.
    /// - Parameters:
    ///   - signIn: `--as ROLE:NAME` as typed ("buyer:amara"); nil or unknown shows the role picker.
    ///   - themeName: `--theme`; nil is the default theme.
    ///   - policy: the deadline policy (`Policy.named(...)`, default `.default`).
    ///   - clock: `SystemClock()`, or `MovableClock(now, running: true)` for `--now` / `--sandbox`.
    ///   - sandbox: `--sandbox`: staff may move the (movable) clock with `:advance`.
    public static func run(store: Store, signIn: String?, themeName: String?, policy: Policy, clock: any ConsoleClock,
                           sandbox: Bool = false) -> Int32 {
        // Only a sandbox lets staff move time; `--now` alone starts the clock elsewhere but never moves it.
        let staffOptions = sandbox ? StaffConsoleOptions(sandboxClock: clock as? MovableClock) : StaffConsoleOptions()
        return run(data: StoreBuyerData(store: store, policy: policy), store: store, signIn: signIn.flatMap(SignInRequest.init),
                   themeName: themeName, policy: policy, clock: clock, staffOptions: staffOptions)
    }

    /// Opens the terminal and runs the console until the person quits; returns the exit code.
    /// - Parameters:
    ///   - data: the buyer's view of the data (the store through its adapter).
    ///   - store: the opened store, for the seller and staff screens.
    ///   - signIn: `--as ROLE:NAME`, to go straight in; nil shows the role picker.
    ///   - themeName: `--theme`; nil is the default theme.
    ///   - policy: the deadline policy.
    ///   - clock: the system clock, or a movable one (`--now`, `--sandbox`).
    public static func run(data: any BuyerData, store: Store?, signIn: SignInRequest?, themeName: String?,
                           policy: Policy, clock: any ConsoleClock,
                           staffOptions: StaffConsoleOptions = StaffConsoleOptions()) -> Int32 {
        let library = ThemeLibrary.locate()
        let theme: Theme
        do {
            theme = try library.load(themeName ?? "default").theme
        } catch {
            StandardError.write("parley: \(error); using the default theme.\n")
            theme = BuiltinThemes.default
        }
        let backend = ConsoleBackend(buyer: data, store: store)
        let outcome = TerminalRunner.run(theme: theme) { session in
            let program = makeProgram(backend: backend, signIn: signIn, themeName: themeName ?? "default", policy: policy, clock: clock,
                                      size: session.surface.size, staffOptions: staffOptions)
            program.themeNames = library.names
            program.loadTheme = { name in try? library.load(name).theme }
            return program
        }
        if let message = TerminalRunner.message(for: outcome) {
            StandardError.write("parley: \(message)\n")
        }
        return outcome.exitCode
    }

    /// The console ready to run: signed in as `signIn` when it names an account, else on the role picker.
    public static func makeProgram(backend: ConsoleBackend, signIn: SignInRequest?, themeName: String = "default",
                                   policy: Policy, clock: any ConsoleClock, size: Size,
                                   staffOptions: StaffConsoleOptions = StaffConsoleOptions()) -> ConsoleProgram {
        let now = clock.now()
        let signedIn = signIn.flatMap { try? backend.buyer.account(matching: $0) }
        // The picker's accounts are read only when the picker is shown.
        let accounts = signedIn == nil ? (try? backend.buyer.accounts()) ?? [] : []
        var picker = RolePickerScreen(accounts: accounts)
        picker.staffOptions = staffOptions
        var state = ConsoleState(root: picker, session: nil, now: now, size: size, themeName: themeName, policy: policy)
        var effects: [any ConsoleEffect] = [SweepEffect(at: now)]
        if let signIn {
            if let account = signedIn {
                state.session = account.session
                state.stack = [ConsoleHome.screen(for: account.session, staffOptions: staffOptions)]
                effects += state.top.reload(context: state.context)
                effects.append(UnreadCountEffect(actor: account.session.actor))
            } else {
                picker.notice = "No \(signIn.role.rawValue) account named \"\(signIn.name)\"; choose one below."
                state.stack = [picker]
            }
        }
        return ConsoleProgram(state: state, runner: EffectRunner(backend: backend), clock: clock, initialEffects: effects)
    }
}

/// The first screen of each role after signing in. The seller and staff consoles plug in here.
public enum ConsoleHome {
    public static func screen(for session: ConsoleSession,
                              staffOptions: StaffConsoleOptions = StaffConsoleOptions()) -> any ConsoleScreen {
        switch session {
        case .buyer(let id, _): return OrdersScreen(buyer: id)
        case .seller(let id, _): return SellerConsole.home(shop: id)
        case .staff(let id, _): return StaffConsole.home(staff: id, options: staffOptions)
        }
    }
}
