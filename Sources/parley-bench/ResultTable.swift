/// Prints measurements as an aligned plain-text table (also valid Markdown), one row per figure.
struct ResultTable {
    let measurements: [Measurement]
    /// In a quick run the sizes are small, so the verdict column says "smoke" instead of judging.
    let judged: Bool

    static let header = ["group", "measurement", "median", "min", "max", "unit", "target", "result"]

    func rows() -> [[String]] {
        measurements.map { m in
            let figures = m.unavailable == nil
                ? [m.median, m.min, m.max].map { $0.map(NumberText.format) ?? "" }
                : ["n/a", "", ""]
            return [m.group.rawValue, m.name] + figures + [m.unit, m.target.text(unit: m.unit), verdictText(m)]
        }
    }

    private func verdictText(_ m: Measurement) -> String {
        if let reason = m.unavailable { return "n/a (\(reason))" }
        guard let verdict = m.verdict else { return "info" }
        guard judged else { return "smoke" }
        return verdict ? "PASS" : "MISS"
    }

    func render() -> String {
        let all = [Self.header] + rows()
        let widths = Self.header.indices.map { column in all.map { TextColumns.width($0[column]) }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - TextColumns.width(cell))
                // Figures read best right-aligned.
                return (2...4).contains(index) ? pad + cell : cell + pad
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.enumerated().map { index, width in
            (2...4).contains(index) ? String(repeating: "-", count: width + 1) + ":" : String(repeating: "-", count: width + 2)
        }.joined(separator: "|") + "|"
        return ([line(Self.header), rule] + all.dropFirst().map(line)).joined(separator: "\n")
    }

    /// How many judged figures passed and missed.
    var tally: (passed: Int, missed: Int) {
        let verdicts = measurements.compactMap(\.verdict)
        return (verdicts.filter { $0 }.count, verdicts.filter { !$0 }.count)
    }
}
