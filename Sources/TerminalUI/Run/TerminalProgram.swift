/// A program the loop drives: Elm-style, it handles events and draws its state.
public protocol TerminalProgram: AnyObject {
    func handle(_ event: TerminalEvent) -> LoopDecision
    func draw(on surface: any Surface)
}
