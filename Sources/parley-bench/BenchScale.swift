/// How big the generated data is: the sizes, or small ones for a smoke run.
struct BenchScale: Sendable {
    let orders: Int
    let disputes: Int
    /// Open disputes advanced day by day in the domain group.
    let advancedDisputes: Int
    let advanceDays: Int
    /// Disputes carried through a full lifecycle to count actions per second.
    let lifecycleDisputes: Int
    /// Events in the one long dispute the store loads.
    let longDisputeEvents: Int
    /// Due deadlines the sweep fires.
    let dueDeadlines: Int
    /// Seconds the binary group watches a still screen for bytes written.
    let stillSeconds: Int

    static let full = BenchScale(orders: 1_000_000, disputes: 100_000, advancedDisputes: 100_000, advanceDays: 30,
                                 lifecycleDisputes: 20_000, longDisputeEvents: 200, dueDeadlines: 100_000, stillSeconds: 10)
    static let quick = BenchScale(orders: 10_000, disputes: 1_000, advancedDisputes: 1_000, advanceDays: 30,
                                  lifecycleDisputes: 200, longDisputeEvents: 200, dueDeadlines: 1_000, stillSeconds: 2)
}
