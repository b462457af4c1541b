import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI

/// Drives the console from one of the seller or staff screens over a demo database: keys in, text out.
final class StaffConsoleHarness {
    let program: ConsoleProgram
    let surface: InMemorySurface
    let store: Store
    let clock: MovableClock

    init(store: Store, root: any ConsoleScreen, session: ConsoleSession?, cols: Int = 120, rows: Int = 40,
         now: Date = StoreConsoleTests.now, clock: MovableClock? = nil) {
        self.store = store
        self.clock = clock ?? MovableClock(now)
        surface = InMemorySurface(rows: rows, cols: cols)
        let backend = ConsoleBackend(buyer: StoreBuyerData(store: store, policy: store.policy), store: store)
        let state = ConsoleState(root: root, session: session, now: self.clock.now(), size: Size(rows: rows, cols: cols), policy: store.policy)
        program = ConsoleProgram(state: state, runner: EffectRunner(backend: backend), clock: self.clock,
                                 initialEffects: root.reload(context: state.context))
    }

    static func staff(_ store: Store, name: String = "mira", cols: Int = 120, rows: Int = 40, now: Date = StoreConsoleTests.now,
                      options: StaffConsoleOptions = StaffConsoleOptions()) -> StaffConsoleHarness {
        StaffConsoleHarness(store: store, root: StaffConsole.home(staff: StaffID(name), options: options),
                            session: .staff(StaffID(name), name: name.capitalized), cols: cols, rows: rows, now: now, clock: options.sandboxClock)
    }

    static func seller(_ store: Store, shop: String = "northwind", cols: Int = 120, rows: Int = 40) -> StaffConsoleHarness {
        StaffConsoleHarness(store: store, root: SellerConsole.home(shop: ShopID(shop)), session: .seller(ShopID(shop), name: shop.capitalized),
                            cols: cols, rows: rows)
    }

    var state: ConsoleState { program.state }

    var screen: String {
        surface.beginFrame()
        Console.view(program.state, on: surface)
        surface.endFrame()
        return surface.dump()
    }

    @discardableResult
    func press(_ keys: Key...) -> StaffConsoleHarness {
        for key in keys { _ = program.handle(.key(key)) }
        return self
    }

    @discardableResult
    func type(_ text: String) -> StaffConsoleHarness {
        for character in text { _ = program.handle(.key(character == "\n" ? .enter : .char(character))) }
        return self
    }

    func tick(advancing seconds: TimeInterval = 1) {
        clock.advance(by: seconds)
        _ = program.handle(.tick(clock.now()))
    }

    /// Writes the screen to `.build/previews/NAME.txt` for people to look at.
    func save(_ name: String) {
        let folder = FileManager.default.currentDirectoryPath + "/.build/previews"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? screen.write(toFile: folder + "/\(name).txt", atomically: true, encoding: .utf8)
    }
}
