import Foundation
import Testing

/// Text that attacks the terminal or the layout: stored as given, drawn as harmless placeholders
/// (no escape sequence ever reaches the terminal), and exported unchanged.
@Suite("Hardening: hostile text", .serialized, .enabled(if: Hardening.isAvailable))
struct HardeningHostileTextTests {
    /// A name as another system might hand it over: a title change, a screen clear, C0 and C1
    /// controls, a bidi override, zero-width and combining characters, CJK, quotes and commas.
    static let hostileName = "Amara \u{1B}]0;pwned\u{7}\u{1B}[2J O\u{8}\u{9B}31m \u{202E}rofakO\u{202C} z\u{200B}w e\u{301} 日本, \"q\"\nend"

    static func sqlText(_ text: String) -> String {
        // Written as a hex blob cast to text, so every byte goes in exactly as given.
        "CAST(X'" + text.utf8.map { String(format: "%02X", $0) }.joined() + "' AS TEXT)"
    }

    @Test("A buyer name and an order title full of escapes and controls: drawn as control pictures, the title and screen untouched")
    func hostileNamesAreDrawnHarmlessly() throws {
        let database = try Hardening.demoCopy()
        let longTitle = "Long " + String(repeating: "\u{202E}x\u{1B}[1m", count: 10_240 / 8)
        _ = Hardening.sql(database, "UPDATE buyer SET name = \(Self.sqlText(Self.hostileName)) WHERE id = 'amara'; "
            + "UPDATE orders SET title = \(Self.sqlText(longTitle)) WHERE id = (SELECT id FROM orders WHERE buyer_id = 'amara' ORDER BY paid_at DESC LIMIT 1)")
        #expect(Hardening.sql(database, "SELECT hex(name) FROM buyer WHERE id = 'amara'")
                == Self.hostileName.utf8.map { String(format: "%02X", $0) }.joined())

        let tmux = TmuxHarness()
        defer { tmux.stop() }
        tmux.tmux("set-option -g set-titles off")
        Hardening.startConsole(tmux, database: database, arguments: "--as buyer:amara")
        let screen = try #require(tmux.waitFor(timeout: 30) { $0.contains("My orders") && $0.contains("(buyer)") && $0.contains("Quit") })
        // ESC shows as ␛, BEL as ␇, the newline as ␊; the screen was not cleared (the list is there).
        #expect(screen.contains("␛]0;pwned␇␛[2J"))
        #expect(screen.contains("O-100"))
        #expect(screen.contains("Long "))
        #expect(!screen.contains("\u{202E}"))
        let title = tmux.tmux("display -p '#{pane_title}'").output
        #expect(!title.contains("pwned"))
        // No styling escape from the text: the raw capture holds no bold/red from the title or name.
        let styled = tmux.tmux("capture-pane -e -p").output
        #expect(!styled.contains("\u{1B}[31m"))
        // The 10 KB title is cut to its column, not wrapped over the screen.
        #expect(screen.split(separator: "\n").allSatisfy { $0.count <= 120 })
        Hardening.keys(tmux, "Q")
        #expect(tmux.waitFor { $0.contains("PARLEY-EXITED-0") } != nil)
        #expect(Hardening.run(["verify", "--db", database]).status == 0)
    }

    @Test("The hostile name goes out of parley export unchanged, in CSV and JSON")
    func hostileNamesAreExportedExactly() throws {
        let database = try Hardening.demoCopy()
        _ = Hardening.sql(database, "UPDATE buyer SET name = \(Self.sqlText(Self.hostileName)) WHERE id = 'amara'")
        let disputes = Hardening.count(database, "SELECT COUNT(*) FROM dispute WHERE buyer_id = 'amara'")
        try #require(disputes > 0)

        let json = Hardening.run(["export", "disputes", "--db", database, "--format", "json"])
        #expect(json.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let names = rows.filter { $0["buyerID"] as? String == "amara" }.compactMap { $0["buyerName"] as? String }
        #expect(names.count == disputes)
        #expect(names.allSatisfy { $0 == Self.hostileName })

        let csv = Hardening.run(["export", "disputes", "--db", database, "--format", "csv"])
        #expect(csv.status == 0)
        let table = CSV.parse(csv.stdout)
        let header = try #require(table.first)
        let nameColumn = try #require(header.firstIndex(of: "buyer_name"))
        let buyerColumn = try #require(header.firstIndex(of: "buyer_id"))
        #expect(table.dropFirst().allSatisfy { $0.count == header.count }, "a row has the wrong number of fields")
        let csvNames = table.dropFirst().filter { $0[buyerColumn] == "amara" }.map { $0[nameColumn] }
        #expect(csvNames.count == disputes)
        #expect(csvNames.allSatisfy { $0 == Self.hostileName })
    }

    @Test("A description typed with bidi, zero-width, combining, C1 and CJK characters and an 1,800-character line is stored exactly as typed (descriptions stop at 2,000)")
    func typedHostileDescriptionIsStoredAsGiven() throws {
        let database = try Hardening.demoCopy()
        let tmux = TmuxHarness()
        defer { tmux.stop() }
        Hardening.startConsole(tmux, database: database, arguments: "--as buyer:amara")
        let orderID = try Hardening.openDisputeFormToDescription(tmux)
        let text = "Bad \u{202E}txet\u{202C} z\u{200B}w\u{200D}j e\u{301}\u{302} \u{85}\u{9B}2J 日本語 😀 " + String(repeating: "0123456789", count: 180)
        Hardening.type(tmux, text)
        _ = try #require(tmux.waitFor { $0.contains("Describe the problem") && $0.contains("0123456789") })
        let screen = tmux.capture()
        #expect(!screen.contains("\u{202E}") && !screen.contains("\u{200B}"), "an invisible control reached the screen")
        try Hardening.finishDisputeForm(tmux, database: database, text: "")
        Hardening.keys(tmux, "y")
        _ = try #require(tmux.waitFor(timeout: 10) { $0.contains("Dispute D-") }, "\(tmux.capture())")
        let stored = Hardening.sql(database, "SELECT hex(CAST(json_extract(payload, '$.kind.opened._0.description') AS BLOB)) FROM event WHERE kind = 'opened' AND stream = (SELECT 'dispute:' || id FROM dispute WHERE order_id = '\(orderID)')")
        let expected = text.utf8.map { String(format: "%02X", $0) }.joined()
        #expect(stored == expected, "stored \(stored.count / 2) bytes, typed \(text.utf8.count)")
        #expect(Hardening.run(["verify", "--db", database]).status == 0)
    }
}

/// RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return iterator.next()
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    let following = next()
                    if following == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = following }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field); field = ""
            } else if scalar == "\n" || scalar == "\r" {
                if scalar == "\r" { let following = next(); if following != "\n" { pending = following } }
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
