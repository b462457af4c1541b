/// The groups of measurements, in the order they run (`--only` picks some).
enum BenchGroup: String, CaseIterable, Sendable {
    case domain
    case store
    case screens
    case binary
}
