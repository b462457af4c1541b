import Foundation
import Testing
@testable import TerminalUI

@Suite struct TerminalInboxTests {
    @Test func messagesFromOtherThreadsArriveInOrderAndWakeOnce() async {
        let inbox = TerminalInbox<Int>()
        #expect(!inbox.takeWake())
        await withTaskGroup(of: Void.self) { group in
            group.addTask { for n in 0..<100 { inbox.post(n) } }
        }
        #expect(inbox.takeWake())
        #expect(!inbox.takeWake())
        #expect(inbox.drain() == Array(0..<100))
        #expect(inbox.drain() == [])
    }
}
