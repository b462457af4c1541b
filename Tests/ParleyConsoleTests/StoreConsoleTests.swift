import Foundation
import ParleyConsole
import ParleyCore
import ParleyStore
import Testing
import TerminalUI

/// The console over the real store filled with demo data, through `StoreBuyerData`.
@Suite("Console over the store")
struct StoreConsoleTests {
    static let now = Date(timeIntervalSince1970: 1_795_532_400)

    static func demoStore() throws -> Store {
        let folder = NSTemporaryDirectory() + "parley-console-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try Store.open(DatabaseLocation(path: folder + "/parley.sqlite", source: .flag))
        _ = try DemoData.fill(store, now: now)
        return store
    }

    static func console(_ store: Store, signIn: String?, rows: Int = 40, cols: Int = 120) -> ConsoleHarness {
        ConsoleHarness(backend: ConsoleBackend(buyer: StoreBuyerData(store: store, policy: store.policy), store: store),
                       signIn: signIn, rows: rows, cols: cols, now: now, policy: store.policy)
    }

    @Test("On a new demo database the role picker lists buyers, shops and mediators")
    func picker() throws {
        let console = Self.console(try Self.demoStore(), signIn: nil)
        let screen = console.screen
        #expect(screen.contains("Amara Okafor"))
        #expect(screen.contains("Buyers — follow orders"))
        #expect(screen.contains("Sellers — answer disputes"))
        #expect(screen.contains("Support staff — decide escalated disputes"))
        PreviewTests.save("store-picker", console)
    }

    @Test("--as buyer:amara goes straight to her orders, with counts in the tabs")
    func ordersFromStore() throws {
        let store = try Self.demoStore()
        let console = Self.console(store, signIn: "buyer:amara")
        let counts = try store.buyerTabCounts("amara")
        let screen = console.screen
        #expect(screen.contains("My orders"))
        #expect(screen.contains("All (\(counts[.all] ?? -1))"))
        #expect(console.lines[38].contains("Amara Okafor (buyer)"))
        PreviewTests.save("store-orders", console)
        console.press(.enter)
        #expect(console.state.location.hasPrefix("Orders › O-"))
        PreviewTests.save("store-order", console)
    }

    @Test("Started after a long downtime, the console shows its screen at once and applies the missed deadlines a slice a tick")
    func backlogIsCaughtUpASliceATick() throws {
        let folder = NSTemporaryDirectory() + "parley-console-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try Store.open(DatabaseLocation(path: folder + "/parley.sqlite", source: .flag))
        let seeded = try BulkSeeder.seed(store, orders: 1_500, disputes: 1_500, seed: 2, now: Self.now)
        // A week and a day later nearly every dispute's deadline has passed: more than one slice.
        let later = Self.now.addingTimeInterval(8 * 86_400)
        let console = ConsoleHarness(backend: ConsoleBackend(buyer: StoreBuyerData(store: store, policy: store.policy), store: store),
                                     signIn: "buyer:\(try #require(seeded.busiestBuyer).rawValue)", now: later, policy: store.policy)
        // The first slice ran before the first frame and left more due; the rest waits for the ticks.
        #expect(console.screen.contains("My orders"))
        #expect(console.screen.contains("Catching up on missed deadlines: "), "\(console.lines[38])")
        let firstSlice = try #require(console.state.deadlineCatchUp)
        #expect(firstSlice > 0 && firstSlice <= SweepEffect.slice)
        var ticks = 0
        while console.state.deadlineCatchUp != nil && ticks < 20 {
            console.tick()
            ticks += 1
        }
        #expect(ticks >= 1)
        #expect(console.state.deadlineCatchUp == nil)
        #expect(console.screen.contains("Caught up on missed deadlines: "))
        #expect(try store.nextDeadline().map { $0 > console.state.now } ?? true, "nothing is left due")
    }

    @Test("Every order of the demo buyer opens; disputed ones lead to their dispute page")
    func everyDisputedOrderOpens() throws {
        let store = try Self.demoStore()
        let console = Self.console(store, signIn: "buyer:amara")
        console.press(.char("4"))
        let inDispute = try store.buyerTabCounts("amara")[.inDispute] ?? 0
        for index in 0..<inDispute {
            console.press(.home)
            for _ in 0..<index { console.press(.down) }
            console.press(.enter)
            console.press(.char("v"))
            #expect(console.screen.contains("Proposals"), "dispute \(index) did not open: \(console.screen)")
            if index == 0 { PreviewTests.save("store-dispute", console) }
            console.press(.escape, .escape)
        }
    }

    @Test("A buyer cannot open another buyer's dispute: refused on the status line and logged")
    func accessRefused() throws {
        let store = try Self.demoStore()
        let data = StoreBuyerData(store: store, policy: store.policy)
        let someone = try #require(store.staffQueue(window: .first(1)).first)
        let stranger = try #require(store.buyers().first { $0.id != someone.buyerID.rawValue })
        #expect(throws: (any Error).self) { try data.dispute(someone.id, for: .buyer(UserID(stranger.id))) }
        #expect(try store.recentRefusals(limit: 5).contains { $0.attempted.contains(someone.id.rawValue) })
    }
}
