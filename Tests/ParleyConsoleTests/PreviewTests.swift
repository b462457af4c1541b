import Foundation
import Testing
import TerminalUI

/// Writes each screen at 120x40 and 80x24 to /tmp/parley-previews for people to look at.
@Suite("Previews")
struct PreviewTests {
    static func save(_ name: String, _ console: ConsoleHarness) {
        let folder = "/tmp/parley-previews"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let size = "\(console.surface.size.cols)x\(console.surface.size.rows)"
        try? console.screen.write(toFile: "\(folder)/\(name)-\(size).txt", atomically: true, encoding: .utf8)
    }

    @Test("Previews of every screen render without a crash at both sizes")
    func previews() {
        for (rows, cols) in [(40, 120), (24, 80)] {
            Self.save("picker", ConsoleHarness(signIn: nil, rows: rows, cols: cols))
            let console = ConsoleHarness(rows: rows, cols: cols)
            Self.save("orders", console)
            console.press(.char("3"))
            Self.save("orders-in-dispute", console)
            console.press(.enter)
            Self.save("order-disputed", console)
            console.press(.char("v"))
            Self.save("dispute", console)
            console.press(.tab)
            Self.save("dispute-messages", console)
            console.press(.char("a"))
            Self.save("dispute-accept", console)
            let form = ConsoleHarness(rows: rows, cols: cols)
            form.press(.char("G"))
            form.press(.enter)
            Self.save("order", form)
            form.press(.char("d"))
            Self.save("form-1-received", form)
            form.press(.char("y"), .enter)
            Self.save("form-2-reason", form)
            form.press(.down, .enter)
            Self.save("form-3-resolution", form)
            form.press(.enter)
            Self.save("form-4-amount", form)
            form.press(.down, .enter)
            form.type("abc")
            Self.save("form-4-amount-abc", form)
            form.press(.ctrl("u")).type("20").press(.enter)
            form.type("Пульт не работает")
            Self.save("form-5-description", form)
            form.press(.tab)
            Self.save("form-6-evidence", form)
            form.press(.tab)
            Self.save("form-7-review", form)
            Self.save("too-small", ConsoleHarness(rows: 6, cols: 20))
            let help = ConsoleHarness(rows: rows, cols: cols)
            help.press(.char("?"))
            Self.save("help", help)
            let inbox = ConsoleHarness(rows: rows, cols: cols)
            inbox.press(.char("i"))
            Self.save("inbox", inbox)
            let message = ConsoleHarness(rows: rows, cols: cols).openOrder("O-100233")
            message.press(.char("v"), .char("e"))
            Self.save("edit-proposal", message)
        }
    }
}
