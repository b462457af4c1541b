import Foundation
import ParleyCore
@testable import ParleyConsole
import Testing
import TerminalUI

@Suite struct LookTests {
    @Test func printAll() throws {
        guard ProcessInfo.processInfo.environment["PARLEY_LOOK"] != nil else { return }
        let store = try StoreConsoleTests.demoStore()
        for (cols, rows) in [(120, 40), (80, 24)] {
            let staff = StaffConsoleHarness.staff(store, cols: cols, rows: rows)
            print("=== queue \(cols)x\(rows)\n" + staff.screen)
            staff.press(.enter)
            print("=== case \(cols)x\(rows)\n" + staff.screen)
            staff.press(.char("t"), .char("p"))
            print("=== propose \(cols)x\(rows)\n" + staff.screen)
            let seller = StaffConsoleHarness.seller(store, cols: cols, rows: rows)
            print("=== shop \(cols)x\(rows)\n" + seller.screen)
            seller.press(.enter)
            print("=== shop case \(cols)x\(rows)\n" + seller.screen)
            seller.press(.char("a"))
            print("=== answer \(cols)x\(rows)\n" + seller.screen)
        }
    }
}
