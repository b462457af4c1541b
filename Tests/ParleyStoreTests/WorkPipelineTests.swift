import Foundation
import Synchronization
import Testing
@testable import ParleyStore

/// The queue between a maker thread (a seed's, a big sweep's) and the writer.
@Suite struct WorkPipelineTests {
    struct MakerFailed: Error, Equatable {}

    @Test func theWriterGetsEveryChunkInOrderThenTheMakersError() throws {
        let pipeline = WorkPipeline<Int>(capacity: 2)
        pipeline.start { pipeline in
            for chunk in 1...7 { pipeline.put(chunk) }
            throw MakerFailed()
        }
        var taken: [Int] = []
        #expect(throws: MakerFailed.self) {
            while let chunk = try pipeline.take() { taken.append(chunk) }
        }
        #expect(taken == Array(1...7))
        pipeline.cancelAndWait()
    }

    @Test func aMakerThatFinishesEndsTheStream() throws {
        let pipeline = WorkPipeline<String>()
        pipeline.start { pipeline in
            pipeline.put("orders")
            pipeline.put("disputes")
        }
        #expect(try pipeline.take() == "orders")
        #expect(try pipeline.take() == "disputes")
        #expect(try pipeline.take() == nil)
        #expect(try pipeline.take() == nil)
        pipeline.cancelAndWait()
    }

    /// A writer that fails stops the maker, which is waiting for room, and waits until it has returned.
    final class Tally: Sendable {
        let made = Atomic<Int>(0)
        let refusedAt = Atomic<Int>(0)
    }

    @Test func cancellingStopsAMakerWaitingForRoom() {
        let pipeline = WorkPipeline<Int>(capacity: 1)
        let tally = Tally()
        pipeline.start { pipeline in
            for chunk in 1...1_000 {
                guard pipeline.put(chunk) else { tally.refusedAt.store(chunk, ordering: .sequentiallyConsistent); return }
                tally.made.add(1, ordering: .sequentiallyConsistent)
            }
        }
        while tally.made.load(ordering: .sequentiallyConsistent) < 1 { usleep(1_000) }
        pipeline.cancelAndWait()
        // The queue holds one chunk; the maker stopped at the next one, long before the thousandth.
        #expect(tally.made.load(ordering: .sequentiallyConsistent) == 1)
        #expect(tally.refusedAt.load(ordering: .sequentiallyConsistent) == 2)
    }
}
