import Foundation
import TerminalUI

/// Shows how far a long job is: a redrawn bar with count, rate and ETA on a terminal, and a plain
/// line every few seconds otherwise (logs and pipes get no control characters).
final class ProgressReporter {
    private let total: Int
    private let label: String
    private let isTerminal: Bool
    private let started = Date()
    private var lastShown = Date.distantPast
    private let interval: TimeInterval

    init(total: Int, label: String, isTerminal: Bool = Terminal.standardErrorIsTerminal) {
        self.total = max(total, 1)
        self.label = label
        self.isTerminal = isTerminal
        self.interval = isTerminal ? 0.1 : 2
    }

    func update(_ done: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastShown) >= interval || done >= total else { return }
        lastShown = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let remaining = rate > 0 ? Double(total - done) / rate : 0
        let stats = "\(done)/\(total) \(label)  \(Int(rate))/s  ETA \(Self.duration(remaining))"
        if isTerminal {
            let width = 30
            let filled = min(width, Int(Double(width) * Double(done) / Double(total)))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let percent = Int(100 * Double(done) / Double(total))
            StandardError.write("\r\u{1B}[2K\(bar) \(percent)%  \(stats)")
        } else {
            Terminal.printError(stats)
        }
    }

    func finish() {
        let elapsed = Date().timeIntervalSince(started)
        if isTerminal { StandardError.write("\r\u{1B}[2K") }
        Terminal.printError("\(total) \(label) in \(String(format: "%.1f", elapsed)) s")
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return "\(whole / 60)m\(String(format: "%02d", whole % 60))s" }
        return "\(whole / 3600)h\(String(format: "%02d", whole / 60 % 60))m"
    }
}
