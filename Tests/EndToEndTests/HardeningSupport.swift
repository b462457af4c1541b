import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Shared tools of the hardening battery: the real `parley` binary run as a user or the OS would,
/// and the database it leaves behind read back with the `sqlite3` command-line shell.
enum Hardening {
    static var sqliteAvailable: Bool { TmuxHarness.shell("command -v sqlite3 >/dev/null 2>&1").status == 0 }

    /// Whether the battery can run: the binary starts a console, tmux and sqlite3 are installed.
    static let isAvailable: Bool = ParleyBinary.startsConsole && sqliteAvailable

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `parley ARGS` to completion (stdin from /dev/null) with extra `environment` assignments
    /// and an optional shell `prelude` (e.g. `ulimit -f 64`); returns its exit status and both streams.
    static func run(_ arguments: [String], environment: String = "", prelude: String = "") -> Result {
        let errors = NSTemporaryDirectory() + "parley-hardening-stderr-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: errors) }
        let line = (prelude.isEmpty ? "" : prelude + "; ") + "env SWIFT_BACKTRACE=interactive=no \(environment) "
            + TmuxHarness.quote(ParleyBinary.path) + " " + arguments.map(TmuxHarness.quote).joined(separator: " ")
            + " 2>" + TmuxHarness.quote(errors)
        let result = TmuxHarness.shell(line)
        let stderr = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        return Result(status: result.status, stdout: result.output, stderr: stderr)
    }

    /// One value (or rows joined by newlines) from the database, read through the sqlite3 shell.
    static func sql(_ database: String, _ query: String) -> String {
        TmuxHarness.shell("sqlite3 -cmd '.timeout 5000' " + TmuxHarness.quote(database) + " " + TmuxHarness.quote(query))
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func count(_ database: String, _ query: String) -> Int { Int(sql(database, query)) ?? -1 }

    /// A demo database made once (the console fills a new database with the demo marketplace)
    /// and copied for each test, so every test starts from the same known orders and disputes.
    private static let template: String? = {
        let database = ParleyBinary.freshDatabase()
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        startConsole(tmux, database: database, arguments: "--as buyer:amara")
        guard tmux.waitFor(timeout: 60, { $0.contains("My orders") }) != nil else { return nil }
        tmux.tmux("send-keys Q")
        guard tmux.waitFor(timeout: 10, { $0.contains("PARLEY-EXITED-0") }) != nil else { return nil }
        return (database as NSString).deletingLastPathComponent
    }()

    /// A private copy of the demo database (with its evidence folder); returns the database path.
    static func demoCopy() throws -> String {
        guard let template else { throw HardeningSetupError("the demo database could not be made") }
        let folder = NSTemporaryDirectory() + "parley-hardening-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard TmuxHarness.shell("cp -R " + TmuxHarness.quote(template) + " " + TmuxHarness.quote(folder)).status == 0 else {
            throw HardeningSetupError("copying the demo database failed")
        }
        return folder + "/parley.sqlite"
    }

    /// Starts the console in the pane through `sh`, which reports the exit code and then whether
    /// the terminal is back in cooked mode (`stty` prints `icanon` and `echo` without a minus).
    /// The shell ignores SIGINT so that a Ctrl-C reaches only parley (which resets it to default).
    static func startConsole(_ tmux: TmuxHarness, database: String, arguments: String,
                             environment: String = "TERM=xterm-256color", cols: Int = 120, rows: Int = 40) {
        let command = "trap true INT; env -u NO_COLOR " + environment + " SWIFT_BACKTRACE=interactive=no "
            + TmuxHarness.quote(ParleyBinary.path) + " --db " + TmuxHarness.quote(database) + " " + arguments
            + "; echo PARLEY-EXITED-$?; echo TTY-$(stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ,); sleep 60"
        tmux.start(command: "sh -c " + TmuxHarness.quote(command), cols: cols, rows: rows)
    }

    /// The process id of the program running under the pane's shell.
    static func consolePID(_ tmux: TmuxHarness) -> pid_t? {
        guard let shell = pid_t(tmux.tmux("display -p '#{pane_pid}'").output.trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        let children = TmuxHarness.shell("pgrep -P \(shell) -x parley").output
        return children.split(separator: "\n").first.flatMap { pid_t($0) }
    }

    static func keys(_ tmux: TmuxHarness, _ keys: String...) {
        for key in keys { tmux.tmux("send-keys " + key) }
    }

    static func type(_ tmux: TmuxHarness, _ text: String) {
        tmux.tmux("send-keys -l " + TmuxHarness.quote(text))
    }

    /// From the buyer's order list, the page of the first order whose status is Delivered
    /// (receipt not yet confirmed). Returns the order id.
    static func openDeliveredOrder(_ tmux: TmuxHarness) throws -> String {
        guard tmux.waitFor(timeout: 30, { $0.contains("My orders") && $0.contains("Enter Open") }) != nil else {
            throw HardeningSetupError("no order list: \(tmux.capture())")
        }
        keys(tmux, "3")
        guard let list = tmux.waitFor(timeout: 10, { $0.contains("Delivered (") && $0.contains("  Delivered  ") }) else {
            throw HardeningSetupError("no delivered order: \(tmux.capture())")
        }
        let rows = list.split(separator: "\n").map(String.init).filter { $0.hasPrefix(" O-") }
        guard let index = rows.firstIndex(where: { $0.contains("  Delivered  ") }),
              let orderID = rows[index].split(separator: " ").first.map(String.init) else { throw HardeningSetupError("no row") }
        for _ in 0..<index { keys(tmux, "Down") }
        keys(tmux, "Enter")
        guard tmux.waitFor(timeout: 10, { $0.contains("What you can do") && $0.contains(orderID) }) != nil else {
            throw HardeningSetupError("no order page: \(tmux.capture())")
        }
        return orderID
    }

    /// From the buyer's order list through the dispute form up to the description field.
    static func openDisputeFormToDescription(_ tmux: TmuxHarness) throws -> String {
        let orderID = try openDeliveredOrder(tmux)
        keys(tmux, "d")
        guard tmux.waitFor(timeout: 10, { $0.contains("Did you receive the goods?") }) != nil else { throw HardeningSetupError("no form") }
        keys(tmux, "y", "Enter", "Enter", "Enter", "Enter")
        guard tmux.waitFor(timeout: 10, { $0.contains("Describe the problem") }) != nil else {
            throw HardeningSetupError("no description step: \(tmux.capture())")
        }
        return orderID
    }

    /// On the description step: types `text`, attaches a small JPEG made beside `database`, and
    /// goes on to the final confirmation ("Open the dispute?").
    static func finishDisputeForm(_ tmux: TmuxHarness, database: String, text: String) throws {
        let photo = (database as NSString).deletingLastPathComponent + "/photo-\(UInt32.random(in: 0...UInt32.max)).jpg"
        _ = FileManager.default.createFile(atPath: photo, contents: Data([0xFF, 0xD8, 0xFF, 0xE0] + Array(repeating: 3, count: 2000)))
        type(tmux, text)
        keys(tmux, "Tab")
        guard tmux.waitFor(timeout: 10, { $0.contains("Photos and videos") }) != nil else { throw HardeningSetupError("no evidence step: \(tmux.capture())") }
        type(tmux, photo)
        keys(tmux, "Enter")
        guard tmux.waitFor(timeout: 10, { $0.contains("Files (1):") }) != nil else { throw HardeningSetupError("photo not added: \(tmux.capture())") }
        keys(tmux, "Enter")
        guard tmux.waitFor(timeout: 10, { $0.contains("Everything is filled in.") }) != nil else { throw HardeningSetupError("no review: \(tmux.capture())") }
        keys(tmux, "Enter")
        guard tmux.waitFor(timeout: 10, { $0.contains("Open the dispute?") }) != nil else { throw HardeningSetupError("no confirmation: \(tmux.capture())") }
    }

    /// Whether every thread of `pid` has exited. A killed process's main thread turns zombie first,
    /// and its other threads, still exiting, hold its files and locks until they are gone too.
    static func hasEnded(_ pid: pid_t) -> Bool {
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task") else { return true }
        return threads.allSatisfy { thread in
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/task/\(thread)/status", encoding: .utf8) else { return true }
            return status.contains("State:\tZ") || status.contains("State:\tX")
        }
    }
}

struct HardeningSetupError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
