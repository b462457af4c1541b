import ParleyStore

/// The fuzzer's draws on the store's seeded generator (SplitMix64): the same seed gives the same key
/// stream on every machine, so a failing fuzz run can be replayed from the seed it prints.
extension SeededRandom {
    /// A uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int { int(in: range) }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// Picks by weight: `[(3, a), (1, b)]` gives `a` three times as often as `b`.
    mutating func weighted<T>(_ items: [(Int, T)]) -> T {
        let total = items.reduce(0) { $0 + $1.0 }
        var roll = int(0...(total - 1))
        for (weight, item) in items {
            if roll < weight { return item }
            roll -= weight
        }
        return items[items.count - 1].1
    }
}
