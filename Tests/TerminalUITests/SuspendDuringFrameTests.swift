import Dispatch
import Foundation
import Synchronization
@testable import TerminalUI
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-Z must suspend the console whenever it is pressed. ncurses, left to itself, ignores SIGTSTP
/// while it writes a frame, so a Ctrl-Z in that moment was lost (a CI run under load caught it).
@Suite("Ctrl-Z while a frame is being written")
struct SuspendDuringFrameTests {
    /// What the reader of the terminal's output saw while the frame was stuck in the middle.
    final class Reader: Sendable {
        let frameBlocked = Atomic<Bool>(false)
        let frameReturned = Atomic<Bool>(false)
        let handlerInPlace = Atomic<Bool>(false)
        let finished = DispatchSemaphore(value: 0)
        let observed = DispatchSemaphore(value: 0)
    }

    @Test("A Ctrl-Z that arrives in the middle of a screen update is kept for the run loop, not ignored")
    func ctrlZInTheMiddleOfAFrameIsKept() throws {
        var outputEnds: [Int32] = [-1, -1]
        var inputEnds: [Int32] = [-1, -1]
        try #require(pipe(&outputEnds) == 0)
        try #require(pipe(&inputEnds) == 0)
        // The smallest pipe: the frame below is many times larger, so writing it blocks half-way
        // (inside ncurses' update) until the reader drains the pipe.
        let setPipeSize: Int32 = 1031  // F_SETPIPE_SZ, which Glibc declares only under _GNU_SOURCE
        let capacity = fcntl(outputEnds[1], setPipeSize, 4096)
        try #require(capacity > 0)
        let output = try #require(fdopen(outputEnds[1], "w"))
        let input = try #require(fdopen(inputEnds[0], "r"))
        defer {
            fclose(input)
            close(inputEnds[1])
            close(outputEnds[0])
        }

        let session = try TerminalSession.open(theme: BuiltinThemes.default, environment: ["TERM": "xterm-256color"],
                                               input: input, output: output)
        let reader = Reader()
        let readEnd = outputEnds[0]
        Thread.detachNewThread {
            // Wait until the output stops growing while the frame has not returned: the writer is
            // blocked in the middle of the update (a pipe takes a small write whole or not at all,
            // so "full" is a little under the capacity).
            var available: Int32 = 0
            var unchangedSince = Date()
            let deadline = Date().addingTimeInterval(10)
            while Date() < deadline {
                var now: Int32 = 0
                guard ioctl(readEnd, UInt(FIONREAD), &now) == 0 else { break }
                if now != available { available = now; unchangedSince = Date() }
                if available > 0, Date().timeIntervalSince(unchangedSince) > 0.2 { break }
                usleep(1_000)
            }
            let blocked = available > 0 && !reader.frameReturned.load(ordering: .sequentiallyConsistent)
            reader.frameBlocked.store(blocked, ordering: .sequentiallyConsistent)
            // The writer is now blocked in the update. Press "Ctrl-Z" (only when a handler is in place:
            // the default action would stop the whole test process).
            var action = sigaction()
            sigaction(SIGTSTP, nil, &action)
            let handler = action.__sigaction_handler.sa_handler
            let isDefault = handler == nil
            let isIgnored = handler.map { unsafeBitCast($0, to: Int.self) == 1 } ?? false
            reader.handlerInPlace.store(!isDefault && !isIgnored, ordering: .sequentiallyConsistent)
            if !isDefault { kill(getpid(), SIGTSTP) }
            reader.observed.signal()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while read(readEnd, &buffer, buffer.count) > 0 {}
            reader.finished.signal()
        }

        let surface = session.surface
        surface.beginFrame()
        // Every cell a three-byte glyph with its own colours: tens of kilobytes of output.
        for row in 0..<surface.size.rows {
            for col in 0..<surface.size.cols {
                let role = (row + col) % 2 == 0 ? Role.selection : Role("deadline.overdue")
                surface.put("█", at: Point(row: row, col: col), role: role)
            }
        }
        surface.endFrame()
        reader.frameReturned.store(true, ordering: .sequentiallyConsistent)
        reader.observed.wait()
        let keptForTheRunLoop = pendingSuspend.exchange(false, ordering: .sequentiallyConsistent)
        session.close()
        fclose(output)
        reader.finished.wait()
        SignalState.reset()

        let frameBlocked = reader.frameBlocked.load(ordering: .sequentiallyConsistent)
        let handlerInPlace = reader.handlerInPlace.load(ordering: .sequentiallyConsistent)
        #expect(frameBlocked, "the frame never blocked: the test proved nothing")
        #expect(handlerInPlace, "SIGTSTP was ignored or default during the update")
        #expect(keptForTheRunLoop, "the Ctrl-Z pressed during the update was lost")
    }
}
