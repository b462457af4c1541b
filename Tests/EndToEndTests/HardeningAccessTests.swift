import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Reaching other people's data through the command line, a crafted database path, or a guessed
/// staff password: each is refused with a clear message, and nothing is changed or leaked.
@Suite("Hardening: access", .serialized, .enabled(if: Hardening.isAvailable))
struct HardeningAccessTests {
    @Test("--as with an unknown role is a usage error; an unknown account or a buyer posing as a shop lands on the picker, signed in as nobody",
          arguments: ["buyer:nobody", "seller:amara", "staff:amara"])
    func signInAsSomeoneElse(request: String) throws {
        let database = try Hardening.demoCopy()
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Hardening.startConsole(tmux, database: database, arguments: "--as " + TmuxHarness.quote(request))
        let screen = try #require(tmux.waitFor(timeout: 30) { $0.contains("Who are you today?") })
        let name = request.split(separator: ":").last.map(String.init) ?? ""
        #expect(screen.contains("account named \"\(name)\""))
        #expect(!screen.contains("My orders"))
        #expect(!screen.contains("(buyer)") && !screen.contains("(seller)") && !screen.contains("(staff)"))

        let role = Hardening.run(["--db", database, "--as", "root:amara"])
        #expect(role.status == 64)
        #expect(role.stderr.contains("--as"))
    }

    @Test("Crafted --db paths: a folder, /dev/null, a symlink to another file, a path with a newline are refused and left untouched")
    func craftedDatabasePaths() throws {
        let folder = NSTemporaryDirectory() + "parley-access-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let notes = folder + "/notes.txt"
        try Data("private notes\n".utf8).write(to: URL(fileURLWithPath: notes))
        symlink(notes, folder + "/link.sqlite")
        let cases: [(String, Int32, String)] = [
            (folder, 73, "is a folder"),
            ("/dev/null", 65, "not an SQLite file"),
            (folder + "/link.sqlite", 65, "not an SQLite file"),
            (folder + "/new\nline.sqlite", 64, "control character"),
            (folder + "/esc\u{1B}]0;x\u{7}.sqlite", 64, "control character"),
        ]
        for (path, code, message) in cases {
            for command in [["verify"], ["sweep"], ["export", "disputes"]] {
                let result = Hardening.run(command + ["--db", path])
                #expect(result.status == code, "\(command) \(path.debugDescription): \(result.stderr)")
                #expect(result.stderr.contains(message), "\(result.stderr)")
                #expect(!result.stderr.contains("\u{1B}"), "an escape from the path reached the terminal")
            }
        }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "private notes\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(left == ["link.sqlite", "notes.txt"], "files were created: \(left)")
    }

    @Test("Staff on a non-demo database: a wrong password is refused, five lock the console, the password is never shown or stored")
    func staffPasswords() throws {
        let database = try Hardening.demoCopy()
        _ = Hardening.sql(database, "UPDATE meta SET value = 'no' WHERE key = 'demo'")
        let guess = "Guess-\(UInt32.random(in: 100_000...999_999))"
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Hardening.startConsole(tmux, database: database, arguments: "--as staff:mira 2>" + TmuxHarness.quote(database + ".stderr"))
        _ = try #require(tmux.waitFor(timeout: 30) { $0.contains("Password:") }, "\(tmux.capture())")
        for attempt in 1...5 {
            Hardening.type(tmux, guess)
            let typed = try #require(tmux.waitFor { $0.contains(String(repeating: "•", count: guess.count)) })
            #expect(!typed.contains(guess), "the password is shown in clear")
            Hardening.keys(tmux, "Enter")
            let refused = try #require(tmux.waitFor { $0.contains(attempt < 5 ? "Wrong name or password" : "Too many wrong passwords") }, "\(tmux.capture())")
            #expect(!refused.contains("queue"), "a wrong password let the mediator in")
        }
        // Locked: even the right password no longer opens this console.
        Hardening.type(tmux, "parley-demo")
        Hardening.keys(tmux, "Enter")
        let locked = try #require(tmux.waitFor { $0.contains("Too many wrong passwords") })
        #expect(locked.contains("Password:"))
        Hardening.keys(tmux, "Q")
        _ = tmux.waitFor { $0.contains("PARLEY-EXITED-") }

        #expect(Hardening.count(database, "SELECT COUNT(*) FROM access_refusal WHERE actor = 'staff:mira'") >= 5)
        // The guess appears nowhere: not in the database (nor its WAL), not on standard error.
        let files = [database, database + "-wal", database + ".stderr"]
        for file in files {
            guard let bytes = FileManager.default.contents(atPath: file) else { continue }
            #expect(bytes.range(of: Data(guess.utf8)) == nil, "the password was written to \(file)")
        }

        // The right password in a new console signs in.
        let again = TmuxHarness()
        defer { again.stop() }
        Hardening.startConsole(again, database: database, arguments: "--as staff:mira")
        _ = try #require(again.waitFor(timeout: 30) { $0.contains("Password:") })
        Hardening.type(again, "parley-demo")
        Hardening.keys(again, "Enter")
        #expect(again.waitFor(timeout: 10) { $0.contains("Signed in as mediator") || $0.contains("(staff)") } != nil, "\(again.capture())")
    }
}
