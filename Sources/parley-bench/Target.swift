/// The goal a measurement is judged against: at most (times, bytes) or at least (throughput) a value.
enum Target: Sendable {
    case atMost(Double)
    case atLeast(Double)
    /// Measured for information only.
    case none

    func isMet(by value: Double) -> Bool? {
        switch self {
        case .atMost(let limit): return value <= limit
        case .atLeast(let floor): return value >= floor
        case .none: return nil
        }
    }

    func text(unit: String) -> String {
        switch self {
        case .atMost(let limit): return "≤ \(NumberText.format(limit)) \(unit)"
        case .atLeast(let floor): return "≥ \(NumberText.format(floor)) \(unit)"
        case .none: return "—"
        }
    }
}
