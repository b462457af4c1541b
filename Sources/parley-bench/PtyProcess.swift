import CPseudoTerminal
import Foundation

/// A program on a pseudo-terminal of its own (120x40, `TERM=tmux-256color`), read directly: no tmux
/// between it and the clock, so the figures are the program's own latency (plus a `read` wake-up)
/// without the harness floor and the polling of `capture-pane`.
final class PtyProcess {
    private let master: Int32
    let pid: pid_t
    /// Everything the program wrote since it started or since the last `drain(for:)`.
    private(set) var output: [UInt8] = []

    init(arguments: [String]) throws {
        master = posix_openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw BenchFailure("no pseudo-terminal: errno \(errno)")
        }
        let terminal = String(cString: name)
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)

        var variables = ProcessInfo.processInfo.environment
        variables["TERM"] = "tmux-256color"
        variables["LANG"] = "C.UTF-8"
        var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup("\($0.key)=\($0.value)") } + [nil]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { (envp + argv).forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawnp(&child, arguments[0], &actions, nil, &argv, &envp)
        guard spawned == 0 else {
            close(master)
            throw BenchFailure("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        pid = child
    }

    /// Reads what the program writes until `marker` appears in it; returns the seconds since `start`,
    /// or nil after `timeout`.
    func read(until marker: String, since start: ContinuousClock.Instant, timeout: Double) -> Double? {
        let wanted = Array(marker.utf8)
        let deadline = start.advanced(by: .milliseconds(Int(timeout * 1_000)))
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Stopwatch.clock.now < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let count = Foundation.read(master, &buffer, buffer.count)
            if count <= 0 { return nil }
            output.append(contentsOf: buffer[0..<count])
            if contains(wanted) { return Stopwatch.seconds(start.duration(to: Stopwatch.clock.now)) }
        }
        return nil
    }

    /// Reads and drops whatever arrives for `seconds` (a still screen's ticks).
    func drain(for seconds: Double) {
        _ = read(until: "", since: Stopwatch.clock.now, timeout: seconds)
        output.removeAll(keepingCapacity: true)
    }

    func send(_ bytes: String) {
        _ = bytes.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    func terminate() {
        kill(pid, SIGTERM)
        var status: Int32 = 0
        // Its output must be read for it to finish writing and exit.
        var buffer = [UInt8](repeating: 0, count: 65_536)
        for _ in 0..<100 {
            if waitpid(pid, &status, WNOHANG) == pid { break }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 20) > 0 { _ = Foundation.read(master, &buffer, buffer.count) }
        }
        if waitpid(pid, &status, WNOHANG) == 0 {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    private func contains(_ wanted: [UInt8]) -> Bool {
        guard !wanted.isEmpty, output.count >= wanted.count else { return false }
        // Only the tail can hold a new match; the marker may straddle two reads.
        let from = max(0, output.count - 65_536 - wanted.count)
        return output[from...].firstRange(of: wanted) != nil
    }
}
