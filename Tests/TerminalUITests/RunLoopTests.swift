import CNcursesw
import Foundation
import Testing
@testable import TerminalUI

@Suite struct RunLoopTests {
    @Test func ticksFallOnWholeSecondsWhateverTheTimeOfTheLastOne() {
        let late = Date(timeIntervalSince1970: 1_000.73)
        #expect(RunLoop.nextSecond(after: late) == Date(timeIntervalSince1970: 1_001))
        let exact = Date(timeIntervalSince1970: 1_001)
        #expect(RunLoop.nextSecond(after: exact) == Date(timeIntervalSince1970: 1_002))
    }

    @Test func exitCodesFollowShellConventions() {
        #expect(RunOutcome.finished(code: 0).exitCode == 0)
        #expect(RunOutcome.signalled(SIGTERM).exitCode == 143)
        #expect(RunOutcome.failed(.notATerminal(stream: "standard input")).exitCode == 2)
        #expect(RunOutcome.failed(.terminalLost).exitCode == 74)
    }

    @Test func terminalErrorsSayWhatToDo() {
        #expect(TerminalError.unknownTerminal(term: "vt999").description.contains("TERM=xterm-256color"))
        #expect(TerminalError.unknownTerminal(term: "").description.contains("TERM is not set"))
        #expect(TerminalError.notATerminal(stream: "standard input").description.contains("not through a pipe"))
    }
}
