/// Times closures with the monotonic clock.
enum Stopwatch {
    static let clock = ContinuousClock()

    /// Runs `body` once and returns its result and how long it took, in seconds.
    static func time<T>(_ body: () throws -> T) rethrows -> (result: T, seconds: Double) {
        let start = clock.now
        let result = try body()
        return (result, seconds(start.duration(to: clock.now)))
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }

    /// Samples `body` `runs` times, each sample in seconds scaled by `scale` (1000 for milliseconds).
    static func sample(runs: Int, scale: Double, _ body: () throws -> Void) rethrows -> [Double] {
        var samples: [Double] = []
        samples.reserveCapacity(runs)
        for _ in 0..<runs {
            let (_, seconds) = try time(body)
            samples.append(seconds * scale)
        }
        return samples
    }
}
