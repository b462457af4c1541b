import Foundation
import Synchronization

/// Catches a step that never returns: a background thread watches the step in progress and, when
/// one runs past `hangSeconds`, prints how to replay it and ends the process (a hung test would
/// otherwise hold CI forever without saying where). Steps that are slow but return are reported
/// by the fuzzer itself. Also keeps the last inputs, for every failure message.
final class StepWatchdog: Sendable {
    static let remembered = 20

    private struct Watched: Sendable {
        var episode = ""
        var step = 0
        var recent: [FuzzInput] = []
        var startedAt: ContinuousClock.Instant?
        var warned = false
        var stopped = false
    }
    private let watched = Mutex(Watched())
    private let hangSeconds: Double
    private let onHang: @Sendable (String) -> Void

    /// - Parameter onHang: what to do with the replay text of a hung step; by default print it and
    ///   end the process.
    init(hangSeconds: Double, onHang: @escaping @Sendable (String) -> Void = StepWatchdog.printAndAbort) {
        self.hangSeconds = hangSeconds
        self.onHang = onHang
        let thread = Thread { [self] in watch() }
        thread.name = "fuzz watchdog"
        thread.start()
    }

    static func printAndAbort(_ replay: String) {
        FileHandle.standardError.write(Data("fuzz: HANG, a step never returned: \(replay)\n".utf8))
        abort()
    }

    /// `episode` says how to replay: seed, role.
    func beginEpisode(_ episode: String) {
        watched.withLock { $0.episode = episode; $0.recent = [] }
    }

    func begin(step: Int, input: FuzzInput) {
        watched.withLock { value in
            value.step = step
            if value.recent.count == Self.remembered { value.recent.removeFirst() }
            value.recent.append(input)
            value.startedAt = .now
            value.warned = false
        }
    }

    func end() { watched.withLock { $0.startedAt = nil } }

    func stop() { watched.withLock { $0.stopped = true } }

    /// "seed …, role …, step N; last 20 inputs: …"
    func replay() -> String {
        watched.withLock { Self.describe($0) }
    }

    private static func describe(_ value: Watched) -> String {
        "\(value.episode), step \(value.step); last \(value.recent.count) inputs (oldest first): "
            + value.recent.map(\.description).joined(separator: " ")
    }

    private func watch() {
        while true {
            Thread.sleep(forTimeInterval: min(0.5, hangSeconds / 4))
            let (stopped, running, text, warned) = watched.withLock {
                ($0.stopped, $0.startedAt.map { ContinuousClock.now - $0 }, Self.describe($0), $0.warned)
            }
            if stopped { return }
            guard let running else { continue }
            let seconds = Double(running.components.seconds) + Double(running.components.attoseconds) / 1e18
            if seconds > min(5, hangSeconds), !warned {
                watched.withLock { $0.warned = true }
                if seconds > hangSeconds { onHang(text) } else {
                    FileHandle.standardError.write(Data("fuzz: a step has run for \(Int(seconds)) s: \(text)\n".utf8))
                }
            } else if seconds > hangSeconds {
                onHang(text)
                watched.withLock { $0.startedAt = nil }
            }
        }
    }
}
