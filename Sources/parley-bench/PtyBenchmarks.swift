import Foundation
import ParleyStore

/// The console and `less` on a bare pseudo-terminal (`PtyProcess`): the same first frame and End as
/// the tmux rows, without tmux's parsing and the ~4 ms polling of `capture-pane`, so what is left is
/// each program's own latency. The clock starts just before the program is spawned (first frame) or
/// the key is written (End), and stops when its output shows the row looked for.
struct PtyBenchmarks {
    let context: BenchContext
    let database: String
    let buyer: String
    let newest: OrderListRow
    let oldest: OrderListRow

    static let rows: [String] = [
        "pty, no tmux: parley time to first frame",
        "pty, no tmux: parley End to the oldest order (after a still second)",
        "pty, no tmux: less first frame of 100,000 lines",
        "pty, no tmux: less End of 100,000 lines",
    ]

    func run(binary: String) {
        let lessFile = context.scratch + "/pty-lines.txt"
        guard PeerBenchmarks.writeLines(to: lessFile) else {
            for name in Self.rows { context.record(Measurement(group: .binary, name: name, unit: "ms", target: .none, unavailable: "cannot write \(lessFile)")) }
            return
        }
        defer { try? FileManager.default.removeItem(atPath: lessFile) }
        var figures: [[Double]] = Array(repeating: [], count: Self.rows.count)
        var failure: String?
        let console = [binary, "--db", database, "--as", "buyer:\(buyer)", "--now", BinaryBenchmarks.isoNow]
        let less = ["less", lessFile]
        // Five samples at least: each costs about a second and a half.
        for _ in 0..<max(5, context.runs) {
            for (program, first, end, firstMarker, endMarker) in [
                (console, 0, 1, newest.amount.formatted, oldest.amount.formatted),
                (less, 2, 3, "line 1 of", "line \(PeerBenchmarks.lines) of"),
            ] {
                do {
                    let started = Stopwatch.clock.now
                    let process = try PtyProcess(arguments: program)
                    defer { process.terminate() }
                    guard let shown = process.read(until: firstMarker, since: started, timeout: 30) else {
                        failure = "\(program[0]) never showed \"\(firstMarker)\""
                        continue
                    }
                    figures[first].append(shown * 1_000)
                    // As in the tmux rows, End comes after the screen has been still for a while.
                    process.drain(for: 1.2)
                    let pressed = Stopwatch.clock.now
                    process.send("\u{1B}[4~")
                    if let ended = process.read(until: endMarker, since: pressed, timeout: 30) { figures[end].append(ended * 1_000) }
                } catch {
                    failure = "\(error)"
                }
            }
        }
        for (name, samples) in zip(Self.rows, figures) {
            context.record(Measurement(group: .binary, name: name, unit: "ms", target: .none, samples: samples, ifNone: failure ?? "not measured"))
        }
    }
}
