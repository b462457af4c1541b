import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import Testing
import TerminalUI

/// A big marketplace's order and dispute numbers are longer than the demo's ("O-S1-0000123"). Cut to
/// the usual column, every row read "O-S1-00…": the lists must show each number whole.
@Suite("Long order and dispute numbers")
struct LongNumbersTests {
    /// The demo (for its staff accounts) plus a seeded marketplace (seed 3: numbers "O-S3-…", "D-S3-…").
    static func store() throws -> (Store, SeedSummary) {
        let store = try StoreConsoleTests.demoStore()
        let summary = try BulkSeeder.seed(store, orders: 200, disputes: 120, seed: 3, now: StoreConsoleTests.now)
        return (store, summary)
    }

    /// The numbers on screen that start like `prefix`, as printed (whole or cut with "…").
    static func numbers(_ prefix: String, in screen: String) -> [Substring] {
        screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).filter { $0.hasPrefix(prefix) }
    }

    @Test("The buyer's orders show whole order numbers, wide and at 80x24", arguments: [(120, 40), (80, 24)])
    func ordersShowWholeNumbers(cols: Int, rows: Int) throws {
        let (store, summary) = try Self.store()
        let buyer = try #require(summary.busiestBuyer)
        let console = StoreConsoleTests.console(store, signIn: "buyer:\(buyer.rawValue)", rows: rows, cols: cols)
        let shown = Self.numbers("O-S3-", in: console.screen)
        #expect(shown.count >= min(10, rows - 8), "\(console.screen)")
        #expect(shown.allSatisfy { $0.count == "O-S3-0000001".count && !$0.contains("…") }, "\(shown)")
    }

    @Test("The shop's disputes show whole dispute numbers")
    func shopDisputesShowWholeNumbers() throws {
        let (store, summary) = try Self.store()
        let shop = try #require(summary.busiestShop)
        let console = StaffConsoleHarness.seller(store, shop: shop.rawValue)
        let shown = Self.numbers("D-S3-", in: console.screen)
        #expect(!shown.isEmpty, "\(console.screen)")
        #expect(shown.allSatisfy { $0.count == "D-S3-0000001".count && !$0.contains("…") }, "\(shown)")
    }

    @Test("The shop's disputes at 80x24: every column title reads whole beside the wider number column")
    func shopDisputeTitlesAt80Columns() throws {
        let (store, summary) = try Self.store()
        let shop = try #require(summary.busiestShop)
        let console = StaffConsoleHarness.seller(store, shop: shop.rawValue, cols: 80, rows: 24)
        let header = try #require(console.screen.split(separator: "\n").first { $0.contains("Dispute") && $0.contains("Stage") })
        #expect(header.contains("Waiting ") && !header.contains("…"), "\(header)")
    }

    @Test("The staff queue shows whole dispute numbers")
    func staffQueueShowsWholeNumbers() throws {
        let (store, _) = try Self.store()
        let console = StaffConsoleHarness.staff(store)
        let shown = Self.numbers("D-S3-", in: console.screen)
        #expect(!shown.isEmpty, "\(console.screen)")
        #expect(shown.allSatisfy { $0.count == "D-S3-0000001".count && !$0.contains("…") }, "\(shown)")
    }
}
