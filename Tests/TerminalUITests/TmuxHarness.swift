import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Drives a private tmux server (its own `-L` socket) through `popen`, never Foundation `Process`:
/// the tmux server would inherit the pipe `Process` waits on and the wait would never end.
final class TmuxHarness {
    let socket = "parley-tui-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"

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

    func start(command: String, cols: Int, rows: Int) {
        tmux("new-session -d -x \(cols) -y \(rows) \(TmuxHarness.quote(command))")
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

    func stop() { tmux("kill-server") }
}

/// The `parley` binary built in this package, if it exposes `ui-demo`.
enum DemoBinary {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/parley").path

    static var supportsDemo: Bool {
        FileManager.default.isExecutableFile(atPath: path)
            && TmuxHarness.shell(TmuxHarness.quote(path) + " ui-demo --probe").output.contains("ui-demo available")
    }
}
