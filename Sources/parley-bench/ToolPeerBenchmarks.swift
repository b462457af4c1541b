import Foundation

/// The two other programs issue 7 compares the console with, measured in the same run and the same
/// way when they are installed (`apt-get install tig htop`): `tig` on a repository of 100,000 commits
/// (first frame, the oldest commit shown, which waits for tig to load them all, and peak memory) and
/// `htop` on a still screen (bytes written per second, peak memory). A program that is missing leaves
/// its rows unavailable, with the command that installs it.
struct ToolPeerBenchmarks {
    let context: BenchContext
    static let commits = 100_000

    static let tigRows: [(name: String, unit: String)] = [
        ("peer: tig, first frame of 100,000 commits", "ms"),
        ("peer: tig, the oldest of 100,000 commits (End until shown: all loaded)", "ms"),
        ("peer: tig, peak memory (VmHWM, its git child not counted)", "MB"),
    ]
    static let htopRows: [(name: String, unit: String)] = [
        ("peer: htop, still screen, bytes written", "KB/s"),
        ("peer: htop, peak memory (VmHWM)", "MB"),
    ]

    func run() {
        runTig()
        runHtop()
    }

    private func runTig() {
        guard let tig = Self.installed("tig") else { return unavailable(Self.tigRows, "tig is not installed (apt-get install tig)") }
        let repository = context.scratch + "/peer-repository"
        do {
            try Self.makeRepository(at: repository, scratch: context.scratch)
        } catch {
            return unavailable(Self.tigRows, "\(error)")
        }
        defer { try? FileManager.default.removeItem(atPath: repository) }
        var first: [Double] = [], oldest: [Double] = [], peak: [Double] = []
        var failure: String?
        let environment = ["GIT_DIR": repository + "/.git", "GIT_WORK_TREE": repository]
        // One untimed start first, as for the console (BinaryBenchmarks).
        TmuxPane.warmUp(socket: "parley-bench-tig-\(getpid())-warm-up", command: TmuxPane.quoted(tig),
                        environment: environment, timeout: 10) { $0.contains("Commit \(Self.commits):") }
        for run in 0..<context.runs {
            do {
                let pane = try TmuxPane(socket: "parley-bench-tig-\(getpid())-\(run)", command: TmuxPane.quoted(tig), environment: environment)
                defer { pane.kill() }
                let started = Stopwatch.clock.now
                try pane.send("Enter")
                guard let shown = try pane.wait(since: started, timeout: 10, until: { $0.contains("Commit \(Self.commits):") }) else {
                    failure = "tig never showed its newest commit"
                    continue
                }
                first.append(shown * 1_000)
                // End goes to the last commit loaded so far, so it is pressed until the oldest one shows.
                var loaded: Double?
                while loaded == nil, Stopwatch.seconds(started.duration(to: Stopwatch.clock.now)) < 60 {
                    try pane.send("End")
                    let pressed = Stopwatch.clock.now
                    if try pane.wait(since: pressed, timeout: 0.05, until: { $0.contains("Commit 1:") }) != nil {
                        loaded = Stopwatch.seconds(started.duration(to: Stopwatch.clock.now))
                    }
                }
                if let loaded { oldest.append(loaded * 1_000) } else { failure = "tig never showed its oldest commit" }
                if let pid = try pane.panePID(), let kb = ProcessStats.peakResidentKB(pid: pid) { peak.append(Double(kb) / 1_024) }
            } catch {
                failure = "\(error)"
                break
            }
        }
        record(Self.tigRows, [first, oldest, peak], failure: failure)
    }

    private func runHtop() {
        guard let htop = Self.installed("htop") else { return unavailable(Self.htopRows, "htop is not installed (apt-get install htop)") }
        var still: [Double] = [], peak: [Double] = []
        var failure: String?
        for run in 0..<context.runs {
            do {
                let pane = try TmuxPane(socket: "parley-bench-htop-\(getpid())-\(run)", command: TmuxPane.quoted(htop), environment: [:])
                defer { pane.kill() }
                let started = Stopwatch.clock.now
                try pane.send("Enter")
                guard try pane.wait(since: started, timeout: 10, until: { $0.contains("Tasks:") }) != nil,
                      let pid = try pane.panePID() else {
                    failure = "htop never showed its header"
                    continue
                }
                // As for the console: past the first refresh, then a still screen for the same time.
                Thread.sleep(forTimeInterval: 1.2)
                if let before = ProcessStats.bytesWritten(pid: pid) {
                    let seconds = Double(context.scale.stillSeconds)
                    Thread.sleep(forTimeInterval: seconds)
                    if let after = ProcessStats.bytesWritten(pid: pid) { still.append(Double(after - before) / seconds / 1_000) }
                }
                if let kb = ProcessStats.peakResidentKB(pid: pid) { peak.append(Double(kb) / 1_024) }
            } catch {
                failure = "\(error)"
                break
            }
        }
        record(Self.htopRows, [still, peak], failure: failure)
    }

    /// A repository of `commits` commits, each changing one line of one file, written by
    /// `git fast-import` from a stream (a few seconds), with the commit-graph file `git gc` keeps in
    /// any maintained repository: without it, tig's topological order makes git walk all 100,000
    /// commits before the first one shows (~400 ms here instead of ~13).
    static func makeRepository(at path: String, scratch: String) throws {
        let stream = scratch + "/peer-repository.stream"
        var text = ""
        text.reserveCapacity(commits * 160)
        for number in 1...commits {
            let message = "Commit \(number): change the peer file\n"
            let content = "line \(number)\n"
            text += "commit refs/heads/main\nmark :\(number)\ncommitter Peer Bench <peer@example.org> \(1_700_000_000 + number) +0000\n"
            text += "data \(message.utf8.count)\n\(message)M 644 inline file.txt\ndata \(content.utf8.count)\n\(content)\n"
        }
        guard FileManager.default.createFile(atPath: stream, contents: Data(text.utf8)) else {
            throw BenchFailure("cannot write \(stream)")
        }
        defer { try? FileManager.default.removeItem(atPath: stream) }
        let script = "mkdir -p \(TmuxPane.quoted(path)) && cd \(TmuxPane.quoted(path)) && git init -q -b main"
            + " && git fast-import --quiet < \(TmuxPane.quoted(stream)) && git reset -q --hard"
            + " && git commit-graph write --reachable"
        let made = try Subprocess.run(["sh", "-c", script])
        guard made.status == 0 else { throw BenchFailure("git could not make the peer repository (status \(made.status))") }
    }

    /// The program's path when it is on PATH.
    static func installed(_ program: String) -> String? {
        let found = try? Subprocess.run(["sh", "-c", "command -v \(program)"])
        guard let found, found.status == 0 else { return nil }
        let path = found.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty ? nil : path
    }

    private func record(_ rows: [(name: String, unit: String)], _ figures: [[Double]], failure: String?) {
        for (row, samples) in zip(rows, figures) {
            context.record(Measurement(group: .binary, name: row.name, unit: row.unit, target: .none, samples: samples, ifNone: failure ?? "not measured"))
        }
    }

    private func unavailable(_ rows: [(name: String, unit: String)], _ reason: String) {
        record(rows, rows.map { _ in [] }, failure: reason)
    }
}
