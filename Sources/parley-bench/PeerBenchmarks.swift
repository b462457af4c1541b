import Foundation

/// Reference figures taken the same way as the binary group, so its numbers can be read against them:
/// the harness floor (`cat` echoing one key) and `less` on 100,000 lines (first frame, End, peak memory).
struct PeerBenchmarks {
    let context: BenchContext
    static let lines = 100_000

    /// The file `less` pages through: 100,000 numbered lines.
    static func writeLines(to path: String) -> Bool {
        let text = (1...lines).map { "line \($0) of the peer file, some text to fill the row" }.joined(separator: "\n") + "\n"
        return FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    func run() {
        var floor: [Double] = [], lessFirst: [Double] = [], lessEnd: [Double] = [], lessPeak: [Double] = []
        var failure: String?
        let file = context.scratch + "/lines.txt"
        guard Self.writeLines(to: file) else {
            context.record(Measurement(group: .binary, name: "peers", unit: "ms", target: .none, unavailable: "cannot write \(file)"))
            return
        }
        defer { try? FileManager.default.removeItem(atPath: file) }
        // One untimed start first, as for the console (BinaryBenchmarks).
        TmuxPane.warmUp(socket: "parley-bench-less-\(getpid())-warm-up", command: "less \(TmuxPane.quoted(file))",
                        environment: [:], timeout: 5) { $0.contains("line 1 of") }
        for run in 0..<context.runs {
            do {
                let cat = try TmuxPane(socket: "parley-bench-cat-\(getpid())-\(run)", command: "cat", environment: [:])
                defer { cat.kill() }
                try cat.send("Enter")
                _ = try cat.wait(since: Stopwatch.clock.now, timeout: 2) { _ in true }
                let typed = Stopwatch.clock.now
                try cat.send("-l", "echo-\(run)")
                if let seconds = try cat.wait(since: typed, timeout: 5, until: { $0.contains("echo-\(run)") }) { floor.append(seconds * 1_000) }

                guard FileManager.default.isExecutableFile(atPath: "/usr/bin/less") else { failure = "less is not installed"; continue }
                let less = try TmuxPane(socket: "parley-bench-less-\(getpid())-\(run)", command: "less \(TmuxPane.quoted(file))", environment: [:])
                defer { less.kill() }
                let started = Stopwatch.clock.now
                try less.send("Enter")
                if let seconds = try less.wait(since: started, timeout: 5, until: { $0.contains("line 1 of") }) { lessFirst.append(seconds * 1_000) }
                let endAt = Stopwatch.clock.now
                try less.send("End")
                if let seconds = try less.wait(since: endAt, timeout: 5, until: { $0.contains("line \(Self.lines) of") }) { lessEnd.append(seconds * 1_000) }
                if let pid = try less.panePID(), let kb = ProcessStats.peakResidentKB(pid: pid) { lessPeak.append(Double(kb) / 1_024) }
            } catch {
                failure = "\(error)"
                break
            }
        }
        let rows: [(String, String, [Double])] = [
            ("harness floor: cat echoes a key (send-keys + capture-pane)", "ms", floor),
            ("peer: less, first frame of 100,000 lines", "ms", lessFirst),
            ("peer: less, End of 100,000 lines", "ms", lessEnd),
            ("peer: less, peak memory (VmHWM)", "MB", lessPeak),
        ]
        for (name, unit, samples) in rows {
            context.record(Measurement(group: .binary, name: name, unit: unit, target: .none, samples: samples, ifNone: failure ?? "not measured"))
        }
    }
}
