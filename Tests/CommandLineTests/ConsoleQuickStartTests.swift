import ArgumentParser
import Testing
@testable import parley

/// The console's quick start reads its command line without ArgumentParser; whatever it accepts must
/// mean exactly what ArgumentParser makes of it, and everything else must be left to ArgumentParser.
struct ConsoleQuickStartTests {
    /// What ArgumentParser makes of a command line that opens the console (nil: not a console start).
    static func argumentParserRequest(_ arguments: [String]) -> ConsoleRequest? {
        guard let command = try? Parley.parseAsRoot(arguments) as? ConsoleCommand else { return nil }
        return command.request
    }

    @Test(arguments: [
        [],
        ["console"],
        ["--db", "/tmp/p.sqlite"],
        ["--db=/tmp/p.sqlite", "--sandbox"],
        ["--as", "buyer:amara", "--now", "2026-11-24T15:00:00Z"],
        ["console", "--as", "staff:mira", "--theme", "mono", "--policy", "classic"],
        ["--now=2026-11-24 15:00", "--as=Seller:northwind", "--db", "a b.sqlite"],
        ["--sandbox", "--db", "x=y.sqlite"],
    ])
    func plainConsoleStartsAreReadAsArgumentParserReadsThem(arguments: [String]) throws {
        let quick = try #require(ConsoleQuickStart.request(from: arguments))
        #expect(quick == Self.argumentParserRequest(arguments))
    }

    @Test func theQuickStartFillsEveryOption() throws {
        let request = try #require(ConsoleQuickStart.request(from: [
            "--db", "d.sqlite", "--policy", "classic", "--now", "2026-11-24T15:00:00Z", "--theme", "mono", "--as", "buyer:amara", "--sandbox",
        ]))
        #expect(request.global == GlobalOptionValues(db: "d.sqlite", policy: "classic", now: "2026-11-24T15:00:00Z"))
        #expect(request.theme == "mono")
        #expect(request.signIn == SignInRequest(argument: "buyer:amara"))
        #expect(request.sandbox)
    }

    /// Help, version, subcommands and every mistake keep ArgumentParser's handling and wording.
    @Test(arguments: [
        ["--help"], ["-h"], ["help"], ["--version"], ["seed", "--orders", "5"], ["sweep"], ["console", "--help"],
        ["--db"], ["--db", "--as", "buyer:amara"], ["--db", ""], ["--db", "-"], ["--as", "nobody"], ["--as", "buyer:"],
        ["--now", "yesterday"], ["--now", "2026-02-30T10:00:00Z"], ["--policy", "strict"], ["--db", "a", "--db", "b"],
        ["--sandbox=yes"], ["--sandbox", "--sandbox"], ["--frobnicate"], ["-d", "x"], ["stray"], ["--db", "x", "stray"],
        ["--", "--db", "x"], ["--generate-completion-script", "bash"], ["--experimental-dump-help"],
    ])
    func anythingElseIsLeftToArgumentParser(arguments: [String]) {
        #expect(ConsoleQuickStart.request(from: arguments) == nil)
    }

    /// Random command lines from a pool of good and bad pieces: when the quick start takes one,
    /// ArgumentParser reads it the same way.
    @Test func randomCommandLinesAgreeWithArgumentParser() {
        let pieces = [
            "console", "--db", "p.sqlite", "--db=q.sqlite", "--as", "buyer:amara", "seller:x", "--as=staff:mira", "--now",
            "2026-11-24T15:00:00Z", "2026-13-01", "--policy", "classic", "aliexpress-2017", "--theme", "mono", "--sandbox",
            "-h", "", "-", "seed", "=", "--theme=",
        ]
        var generator = SystemRandomNumberGenerator()
        var accepted = 0
        for _ in 0..<600 {
            let count = Int.random(in: 0...6, using: &generator)
            let arguments = (0..<count).map { _ in pieces.randomElement(using: &generator)! }
            guard let quick = ConsoleQuickStart.request(from: arguments) else { continue }
            accepted += 1
            #expect(quick == Self.argumentParserRequest(arguments), "\(arguments)")
        }
        #expect(accepted > 20, "the sample hardly exercised the quick start")
    }
}
