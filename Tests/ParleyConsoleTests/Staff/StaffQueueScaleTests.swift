import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI
import Testing

/// A busy queue: thousands of escalated disputes, read a window at a time.
@Suite("Staff queue at scale")
struct StaffQueueScaleTests {
    @Test("Paging through a long queue keeps a bounded window in deadline order")
    func paging() throws {
        let folder = NSTemporaryDirectory() + "parley-scale-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try Store.open(DatabaseLocation(path: folder + "/parley.sqlite", source: .flag))
        _ = try BulkSeeder.seed(store, orders: 3_000, disputes: 3_000, seed: 7, now: StoreConsoleTests.now)
        _ = try store.sweep(to: StoreConsoleTests.now.addingTimeInterval(20 * 86_400))
        let now = StoreConsoleTests.now.addingTimeInterval(20 * 86_400)
        let escalated = try store.staffQueue(window: .first(5_000)).count
        try #require(escalated > 500, "the seed escalated only \(escalated) disputes")
        let console = StaffConsoleHarness(store: store, root: StaffQueueScreen(staff: "mira"), session: .staff("mira", name: "Mira"), now: now)
        let firstWindow = Set(try #require(console.state.top as? StaffQueueScreen).window.rows.map(\.id))
        var seen: [DisputeListRow] = []
        for _ in 0..<60 {
            console.press(.pageDown)
            let queue = try #require(console.state.top as? StaffQueueScreen)
            #expect(queue.window.rows.count <= DisputeWindow.keep)
            if let row = queue.window.selectedRow { seen.append(row) }
        }
        let queue = try #require(console.state.top as? StaffQueueScreen)
        #expect(queue.window.selected > 0)
        // The position counts the rows dropped above the window.
        #expect(console.screen.contains("row \(queue.window.droppedAbove + queue.window.selected + 1)"))
        let dues = seen.filter(\.isOpen).compactMap(\.decisionDue)
        #expect(dues == dues.sorted())
        #expect(seen.count == 60)
        #expect(Set(seen.map(\.id)).count >= 20)
        // The selection went past the first window: later pages were read by keyset.
        #expect(seen.contains { !firstWindow.contains($0.id) })
        console.press(.end)
        let bottom = try #require(console.state.top as? StaffQueueScreen)
        #expect(bottom.window.atEnd)
        console.press(.home)
        #expect(try #require(console.state.top as? StaffQueueScreen).window.selected == 0)
    }
}
