import Foundation

/// A 120x40 pane on a private tmux server (`tmux -L name`), driven by `send-keys` and read by `capture-pane`.
final class TmuxPane {
    let socket: String
    let rows = 40, cols = 120

    /// Starts a server whose one pane runs a shell waiting for Enter before it execs `command`, so the
    /// clock can start at the key press rather than include the tmux server's own start-up.
    init(socket: String, command: String, environment: [String: String]) throws {
        self.socket = socket
        let exports = environment.map { "\($0.key)=\(Self.quoted($0.value))" }.sorted().joined(separator: " ")
        let script = "read go; exec env \(exports) \(command)"
        let started = try Subprocess.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d",
                                          "-x", "\(cols)", "-y", "\(rows)", "sh -c \(Self.quoted(script))"])
        guard started.status == 0 else { throw BenchFailure("tmux new-session failed (status \(started.status))") }
        _ = try? Subprocess.run(["tmux", "-L", socket, "set-option", "-g", "status", "off"])
    }

    /// Starts `command` in a pane of its own, waits until `condition` holds (or `timeout` passes) and
    /// ends it: the untimed start each program gets before its timed runs, as `hyperfine --warmup 1`
    /// makes (see BinaryBenchmarks). Returns the seconds from Enter to `condition`, if it held.
    @discardableResult
    static func warmUp(socket: String, command: String, environment: [String: String], timeout: Double,
                       until condition: (String) -> Bool) -> Double? {
        guard let pane = try? TmuxPane(socket: socket, command: command, environment: environment) else { return nil }
        defer { pane.kill() }
        let started = Stopwatch.clock.now
        guard (try? pane.send("Enter")) != nil else { return nil }
        return (try? pane.wait(since: started, timeout: timeout, until: condition)) ?? nil
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    func send(_ keys: String...) throws {
        try Subprocess.run(["tmux", "-L", socket, "send-keys"] + keys)
    }

    /// The visible text of the pane.
    func capture() throws -> String {
        try Subprocess.run(["tmux", "-L", socket, "capture-pane", "-p"]).output
    }

    /// The pane with its colours and attributes (a moved selection changes only these).
    func captureStyled() throws -> String {
        try Subprocess.run(["tmux", "-L", socket, "capture-pane", "-p", "-e"]).output
    }

    /// Like `wait`, on the styled capture.
    func waitStyled(since start: ContinuousClock.Instant, timeout: Double = 10,
                    until condition: (String) -> Bool) throws -> Double? {
        let deadline = start.advanced(by: .milliseconds(Int(timeout * 1_000)))
        while Stopwatch.clock.now < deadline {
            if condition(try captureStyled()) { return Stopwatch.seconds(start.duration(to: Stopwatch.clock.now)) }
        }
        return nil
    }

    /// The process running in the pane (after `exec`, the program itself).
    func panePID() throws -> Int32? {
        Int32(try Subprocess.run(["tmux", "-L", socket, "display-message", "-p", "#{pane_pid}"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Polls the pane until `condition` holds; returns the seconds since `start`, or nil after `timeout`.
    func wait(since start: ContinuousClock.Instant, timeout: Double = 10,
              until condition: (String) -> Bool) throws -> Double? {
        let deadline = start.advanced(by: .milliseconds(Int(timeout * 1_000)))
        while Stopwatch.clock.now < deadline {
            if condition(try capture()) { return Stopwatch.seconds(start.duration(to: Stopwatch.clock.now)) }
        }
        return nil
    }

    func kill() {
        _ = try? Subprocess.run(["tmux", "-L", socket, "kill-server"])
    }
}
