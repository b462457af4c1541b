import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The console's terminal closes under it (a window closed, an ssh link dropped, a tmux server
/// killed): it ends with its own exit code for a lost terminal, never a crash. Its farewell goes to
/// standard error, which is that same dead terminal, so writing it fails too; found by the bench,
/// whose killed panes made the console trap in Foundation's `FileHandle.write`.
@Suite("Hardening: the terminal goes away", .serialized, .enabled(if: Hardening.isAvailable))
struct HardeningTerminalLossTests {
    @Test("Closing the console's terminal ends it with exit code 74, not a crash, and the database stays sound")
    func closedTerminal() throws {
        let database = try Hardening.demoCopy()
        var primary: Int32 = -1
        var secondary: Int32 = -1
        var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        try #require(openpty(&primary, &secondary, nil, nil, &size) == 0)
        // Not the console's controlling terminal, so closing it sends no SIGHUP: the console sees
        // only what a hang-up leaves behind, reads that end and writes that fail.
        let terminal = FileHandle(fileDescriptor: secondary, closeOnDealloc: false)
        let console = Process()
        console.executableURL = URL(fileURLWithPath: ParleyBinary.path)
        console.arguments = ["--db", database, "--as", "buyer:amara"]
        console.environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no",
                               "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        console.standardInput = terminal
        console.standardOutput = terminal
        console.standardError = terminal
        try console.run()
        close(secondary)
        defer { if console.isRunning { kill(console.processIdentifier, SIGKILL) } }

        let screen = Self.read(primary, until: "My orders", timeout: 10)
        #expect(screen.contains("My orders"), "the console never drew its orders: \(screen.suffix(300))")
        close(primary)

        let deadline = Date().addingTimeInterval(10)
        while console.isRunning && Date() < deadline { usleep(20_000) }
        try #require(!console.isRunning, "the console is still running after its terminal went away")
        #expect(console.terminationReason == .exit,
                "the console was killed by signal \(console.terminationStatus) instead of exiting")
        #expect(console.terminationStatus == 74)
        #expect(Hardening.run(["verify", "--db", database]).status == 0)
    }

    /// What the program wrote to the terminal until `text` showed (or `timeout` passed).
    static func read(_ primary: Int32, until text: String, timeout: TimeInterval) -> String {
        var output = Data()
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            var ready = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) >= 0 else { break }
            guard ready.revents & Int16(POLLIN) != 0 else { continue }
            let count = Glibc.read(primary, &buffer, buffer.count)
            guard count > 0 else { break }
            output.append(contentsOf: buffer[0..<count])
            if String(decoding: output, as: UTF8.self).contains(text) { break }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
