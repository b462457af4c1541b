import Foundation
import TerminalUI

/// What every group needs: the options, the scale, a scratch directory, and a place to put results.
final class BenchContext {
    let options: BenchOptions
    let scale: BenchScale
    /// A fresh directory under the system temp folder for this run's databases.
    let scratch: String
    private(set) var measurements: [Measurement] = []

    init(options: BenchOptions) throws {
        self.options = options
        self.scale = options.quick ? .quick : .full
        let template = NSTemporaryDirectory() + "parley-bench-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw BenchFailure("cannot create a scratch directory under \(NSTemporaryDirectory())") }
        scratch = String(cString: made)
    }

    var runs: Int { options.runs }

    func record(_ measurement: Measurement) {
        measurements.append(measurement)
        let figure = measurement.median.map { "\(NumberText.format($0)) \(measurement.unit)" } ?? "n/a"
        // Every sample, in the order taken, so an outlier can be traced to its run.
        let samples = measurement.samples.count > 1 && measurement.samples.count <= 12
            ? " (runs: " + measurement.samples.map { NumberText.format($0) }.joined(separator: ", ") + ")" : ""
        note("  \(measurement.group.rawValue) · \(measurement.name): \(figure)\(samples)")
    }

    /// Progress goes to standard error so the table on standard output stays clean.
    func note(_ text: String) {
        StandardError.write(text + "\n")
    }

    func removeScratch() {
        if options.keepData {
            note("data kept in \(scratch)")
        } else {
            try? FileManager.default.removeItem(atPath: scratch)
        }
    }
}
