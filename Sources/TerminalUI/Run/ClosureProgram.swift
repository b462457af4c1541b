/// A `TerminalProgram` made of two closures.
public final class ClosureProgram: TerminalProgram {
    private let onEvent: (TerminalEvent) -> LoopDecision
    private let onDraw: (any Surface) -> Void

    public init(handle: @escaping (TerminalEvent) -> LoopDecision, draw: @escaping (any Surface) -> Void) {
        onEvent = handle
        onDraw = draw
    }

    public func handle(_ event: TerminalEvent) -> LoopDecision { onEvent(event) }
    public func draw(on surface: any Surface) { onDraw(surface) }
}
