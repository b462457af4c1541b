import Foundation
import ParleyConsole
import ParleyCore
import TerminalUI

/// Drives the console as the run loop would: keys in, frames out as text.
final class ConsoleHarness {
    let program: ConsoleProgram
    let surface: InMemorySurface
    let data: InMemoryBuyerData
    let clock: MovableClock

    init(data: InMemoryBuyerData = Fixtures.data(), signIn: String? = "buyer:amara", rows: Int = 40, cols: Int = 120,
         now: Date = Fixtures.now) {
        self.data = data
        clock = MovableClock(now)
        surface = InMemorySurface(rows: rows, cols: cols)
        program = ConsoleApp.makeProgram(backend: ConsoleBackend(buyer: data), signIn: signIn.flatMap(SignInRequest.init),
                                         policy: data.policy, clock: clock, size: Size(rows: rows, cols: cols))
    }

    /// The console over any data (the real store, for instance).
    init(backend: ConsoleBackend, signIn: String?, rows: Int = 40, cols: Int = 120, now: Date, policy: Policy = .default) {
        data = InMemoryBuyerData()
        clock = MovableClock(now)
        surface = InMemorySurface(rows: rows, cols: cols)
        program = ConsoleApp.makeProgram(backend: backend, signIn: signIn.flatMap(SignInRequest.init), policy: policy, clock: clock,
                                         size: Size(rows: rows, cols: cols))
    }

    var state: ConsoleState { program.state }

    @discardableResult
    func press(_ keys: Key...) -> ConsoleHarness {
        for key in keys { _ = program.handle(.key(key)) }
        return self
    }

    /// Types text character by character, as a terminal delivers it.
    @discardableResult
    func type(_ text: String) -> ConsoleHarness {
        for character in text { _ = program.handle(.key(character == "\n" ? .enter : .char(character))) }
        return self
    }

    /// Finds an order with the `/` filter and opens it.
    @discardableResult
    func openOrder(_ id: String) -> ConsoleHarness {
        press(.char("/"))
        type(id)
        press(.enter, .enter)
        return self
    }

    /// From the order list: the dispute form of an order.
    @discardableResult
    func openForm(_ id: String) -> ConsoleHarness {
        openOrder(id)
        press(.char("d"))
        return self
    }

    /// Fills the form up to the amount page: received yes, the first reason, refund only, partial amount.
    @discardableResult
    func fillToAmount(_ id: String = "O-100231") -> ConsoleHarness {
        openForm(id)
        press(.char("y"), .enter)   // received
        press(.enter)               // first reason
        press(.enter)               // refund only
        press(.down, .enter)        // partial amount: the field has focus
        return self
    }

    func interrupt() -> LoopDecision { program.handle(.interrupt) }

    func tick(advancing seconds: TimeInterval = 1) {
        clock.advance(by: seconds)
        _ = program.handle(.tick(clock.now()))
    }

    func resize(rows: Int, cols: Int) {
        surface.resize(rows: rows, cols: cols)
        _ = program.handle(.resize(Size(rows: rows, cols: cols)))
    }

    /// The current frame as text.
    var screen: String {
        surface.beginFrame()
        program.draw(on: surface)
        surface.endFrame()
        return surface.dump()
    }

    /// The frame's lines.
    var lines: [String] { screen.components(separatedBy: "\n") }
}
