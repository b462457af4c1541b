/// The program's answer to an event.
public enum LoopDecision: Hashable, Sendable {
    case `continue`
    case quit(code: Int32)
}
