import Foundation
import ParleyCore
import ParleyStore

/// The real `parley` binary in a 120x40 tmux pane on the big database: what a person feels.
/// Times include one `tmux capture-pane` poll (a few milliseconds), as any outside observer's would.
struct BinaryBenchmarks {
    let context: BenchContext
    let database: String
    let buyer: UserID
    /// The buyer's newest and oldest orders: the first frame shows one at the top, End brings the
    /// other to the bottom (a row is known by item and amount, which every width of the list shows).
    let newest: OrderListRow
    let oldest: OrderListRow

    /// The list rows of a captured pane (each starts with an order number).
    static func orderRows(_ pane: String) -> [Substring] {
        pane.split(separator: "\n").filter { $0.drop(while: { $0 == " " }).hasPrefix("O-") }
    }

    static func shows(_ row: OrderListRow, in line: Substring?) -> Bool {
        guard let line else { return false }
        return line.contains(row.title) && line.contains(row.amount.formatted)
    }

    /// No interactive crash report to wait on; a UTF-8 locale as a person's terminal has.
    static let environment = ["SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8"]

    // Generous: a slow start is a finding to time, not to cut off.
    static let timeout = 60.0

    /// The console as a person starts it, signed in as the busiest buyer.
    func command(binary: String) -> String {
        "\(TmuxPane.quoted(binary)) --db \(TmuxPane.quoted(database)) --as buyer:\(buyer.rawValue) --now \(Self.isoNow)"
    }

    func run() {
        let binary = context.options.binaryPath
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            let reason = "no executable at \(binary) (swift build -c release --static-swift-stdlib)"
            for (name, unit, target) in Self.rows { context.record(Measurement(group: .binary, name: name, unit: unit, target: target, unavailable: reason)) }
            return
        }
        measure(binary: binary)
    }

    private func measure(binary: String) {
        var firstFrame: [Double] = [], warmUp: [Double] = [], down: [Double] = [], end: [Double] = [], still: [Double] = [], peak: [Double] = []
        var failure: String?
        // One start before the timed runs, as `hyperfine --warmup 1` makes, shown on a row of its own:
        // after the other groups, the first start of a run was the slow one and decided a median of
        // three on its own (6 Dec: 26.6 ms, then 14.7 and 14.7): it reads back the executable's pages
        // that left the page cache while the other groups ran (README.md, Performance).
        if let shown = TmuxPane.warmUp(socket: "parley-bench-\(getpid())-warm-up", command: command(binary: binary),
                                       environment: Self.environment, timeout: Self.timeout,
                                       until: { Self.shows(newest, in: Self.orderRows($0).first) }) {
            warmUp.append(shown * 1_000)
        }
        for run in 0..<context.runs {
            let socket = "parley-bench-\(getpid())-\(run)"
            do {
                let pane = try TmuxPane(socket: socket, command: command(binary: binary), environment: Self.environment)
                defer { pane.kill() }
                let started = Stopwatch.clock.now
                try pane.send("Enter")
                guard let first = try pane.wait(since: started, timeout: Self.timeout, until: { Self.shows(newest, in: Self.orderRows($0).first) }) else {
                    failure = "first frame never showed \(newest.id) in \(Int(Self.timeout)) s; pane: \(Self.firstLine(try pane.capture()))"
                    break
                }
                firstFrame.append(first * 1_000)
                guard let pid = try pane.panePID() else { failure = "no pane pid"; break }

                if run == 0 || !context.options.quick {
                    // Let the first second's tick pass, then watch the still screen.
                    Thread.sleep(forTimeInterval: 1.2)
                    if let before = ProcessStats.bytesWritten(pid: pid) {
                        let seconds = Double(context.scale.stillSeconds)
                        Thread.sleep(forTimeInterval: seconds)
                        if let after = ProcessStats.bytesWritten(pid: pid) { still.append(Double(after - before) / seconds / 1_000) }
                    }
                }

                let baseline = try pane.captureStyled()
                let downAt = Stopwatch.clock.now
                try pane.send("Down")
                if let moved = try pane.waitStyled(since: downAt, timeout: Self.timeout, until: { $0 != baseline }) { down.append(moved * 1_000) }

                let endAt = Stopwatch.clock.now
                try pane.send("End")
                guard let ended = try pane.wait(since: endAt, timeout: Self.timeout, until: { Self.shows(oldest, in: Self.orderRows($0).last) }) else {
                    failure = "End never showed the oldest order \(oldest.id) at the bottom; pane: \(Self.firstLine(try pane.capture()))"
                    break
                }
                end.append(ended * 1_000)
                if let kb = ProcessStats.peakResidentKB(pid: pid) { peak.append(Double(kb) / 1_024) }
            } catch {
                failure = "\(error)"
                break
            }
        }
        let figures = [firstFrame, warmUp, down, end, still, peak]
        for ((row, unit, target), samples) in zip(Self.rows, figures) {
            context.record(Measurement(group: .binary, name: row, unit: unit, target: target, samples: samples, ifNone: failure ?? "not measured"))
        }
    }

    static let rows: [(String, String, Target)] = [
        ("time to first frame (orders list)", "ms", .atMost(20)),
        ("time to first frame of the warm-up start (not among the runs above)", "ms", .none),
        ("one Down", "ms", .none),
        ("End to the oldest order", "ms", .atMost(6)),
        ("still orders screen, bytes written", "KB/s", .atMost(1)),
        ("peak memory (VmHWM)", "MB", .atMost(25)),
    ]

    /// The console's clock: the big database has been swept past it (`StoreBenchmarks.consoleNow`), so
    /// no deadline falls due before or during a run.
    static var isoNow: String {
        ISO8601DateFormatter().string(from: StoreBenchmarks.consoleNow)
    }

    static func firstLine(_ pane: String) -> String {
        let line = pane.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty } ?? "(blank)"
        return "\"\(line.prefix(100))\""
    }
}
