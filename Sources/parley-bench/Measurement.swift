/// One line of the result table: a named figure sampled several times, or why it was not measured.
struct Measurement: Sendable {
    let group: BenchGroup
    let name: String
    let unit: String
    let target: Target
    /// One value per run, in `unit`.
    let samples: [Double]
    /// Set when nothing could be measured (the feature is missing, or the run failed), saying why.
    let unavailable: String?

    /// The samples taken; with none, the figure is unavailable for `reason`.
    init(group: BenchGroup, name: String, unit: String, target: Target, samples: [Double], ifNone reason: String = "no samples") {
        self.group = group
        self.name = name
        self.unit = unit
        self.target = target
        self.samples = samples
        self.unavailable = samples.isEmpty ? reason : nil
    }

    init(group: BenchGroup, name: String, unit: String, target: Target, unavailable reason: String) {
        self.group = group
        self.name = name
        self.unit = unit
        self.target = target
        self.samples = []
        self.unavailable = reason
    }

    var median: Double? {
        guard !samples.isEmpty else { return nil }
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var min: Double? { samples.min() }
    var max: Double? { samples.max() }

    /// PASS / MISS on the median; nil when there is no target or no figure.
    var verdict: Bool? {
        guard let median else { return nil }
        return target.isMet(by: median)
    }
}
