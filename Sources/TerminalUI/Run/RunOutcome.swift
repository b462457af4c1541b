/// How a run ended.
public enum RunOutcome: Hashable, Sendable {
    case finished(code: Int32)
    case signalled(Int32)
    case failed(TerminalError)

    public var exitCode: Int32 {
        switch self {
        case .finished(let code): return code
        case .signalled(let signal): return 128 + signal
        case .failed(let error): return error.exitCode
        }
    }
}
