import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drives a private tmux server (its own `-L` socket) through `posix_spawn` and `popen`, never
/// Foundation `Process` (the server would inherit the pipe `Process` waits on, and the wait never ends).
final class TmuxHarness {
    let socket = "parley-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    private var serverPID: pid_t?

    static var isAvailable: Bool { shell("command -v tmux >/dev/null 2>&1").status == 0 }

    /// Runs a shell command with stdin from /dev/null; returns exit status and combined output.
    @discardableResult
    static func shell(_ command: String) -> (status: Int32, output: String) {
        guard let pipe = popen("(" + command + ") </dev/null 2>&1", "r") else { return (-1, "") }
        var output = ""
        var buffer = [CChar](repeating: 0, count: 4096)
        while fgets(&buffer, Int32(buffer.count), pipe) != nil {
            output += String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        let status = pclose(pipe)
        return ((status >> 8) & 0xFF, output)
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ arguments: String) -> (status: Int32, output: String) {
        TmuxHarness.shell("tmux -L \(socket) " + arguments)
    }

    /// Starts the server and its one pane. The test runner blocks SIGTERM and friends, and a child
    /// inherits that mask: tmux would then ignore `kill-server` (it signals itself) and leak. So the
    /// server is spawned with an empty mask and default dispositions.
    func start(command: String, cols: Int, rows: Int) {
        TmuxHarness.spawnWithCleanSignals(["tmux", "-L", socket, "new-session", "-d", "-x", "\(cols)", "-y", "\(rows)",
                                           command])
        serverPID = pid_t(tmux("display -p '#{pid}'").output.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Runs a program to completion with no blocked signals, stdin/stdout/stderr on /dev/null.
    static func spawnWithCleanSignals(_ arguments: [String]) {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT, SIGPIPE] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in [Int32(0), 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ) == 0 else { return }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    func capture() -> String { tmux("capture-pane -p").output }

    /// Polls the pane until `predicate` holds or the timeout passes; returns the last capture.
    func waitFor(timeout: TimeInterval = 5, _ predicate: (String) -> Bool) -> String? {
        let end = Date().addingTimeInterval(timeout)
        repeat {
            let screen = capture()
            if predicate(screen) { return screen }
            usleep(20_000)
        } while Date() < end
        return nil
    }

    /// Ends the server (and so the pane's terminal); SIGKILL if it does not go within a second.
    func stop() {
        tmux("kill-server")
        guard let pid = serverPID else { return }
        serverPID = nil
        let end = Date().addingTimeInterval(1)
        while kill(pid, 0) == 0 && Date() < end { usleep(10_000) }
        if kill(pid, 0) == 0 { kill(pid, SIGKILL) }
    }
}

/// The `parley` binary built in this package.
enum ParleyBinary {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/parley").path

    /// Whether the binary exists and exposes the terminal layer's widget gallery (`parley ui-demo`).
    static var supportsDemo: Bool {
        FileManager.default.isExecutableFile(atPath: path)
            && TmuxHarness.shell(TmuxHarness.quote(path) + " ui-demo --probe").output.contains("ui-demo available")
    }

    /// A fresh folder for a database.
    static func freshDatabase() -> String {
        let folder = NSTemporaryDirectory() + "parley-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/parley.sqlite"
    }

    /// Whether the binary exists and starts the console (not the placeholder of an unwired build).
    static let startsConsole: Bool = {
        guard FileManager.default.isExecutableFile(atPath: path), TmuxHarness.isAvailable else { return false }
        let output = TmuxHarness.shell("SWIFT_BACKTRACE=interactive=no " + TmuxHarness.quote(path) + " --db " + TmuxHarness.quote(freshDatabase())).output
        return !output.contains("not built yet")
    }()
}
