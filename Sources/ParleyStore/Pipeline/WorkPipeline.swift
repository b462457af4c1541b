import Foundation

/// A short queue between a thread that works out what to write and the one that writes it, so the
/// Swift work (generating, decoding, encoding, planning) runs on one core while SQLite runs on the
/// other: a bulk seed's rows, a big sweep's consequences. Bounded: the maker waits when `capacity`
/// chunks are ready and unwritten. Hand-written because the writer is a synchronous GRDB
/// transaction, which cannot await an `AsyncStream`.
final class WorkPipeline<Chunk: Sendable>: @unchecked Sendable {
    // Every stored property is read and written only with `condition` locked.
    private let condition = NSCondition()
    private var ready: [Chunk] = []
    private var makerDone = false
    private var failure: (any Error)?
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int = 2) {
        self.capacity = capacity
    }

    /// Starts `make` on a thread of its own; it hands over chunks through `put` and returns when
    /// done. What it throws reaches the writer's next `take`.
    func start(_ make: @escaping @Sendable (WorkPipeline) throws -> Void) {
        let thread = Thread { [self] in
            do {
                try make(self)
                finish(nil)
            } catch {
                finish(error)
            }
        }
        thread.start()
    }

    /// Hands over a chunk; false when the writer has given up (the maker should stop).
    @discardableResult
    func put(_ chunk: Chunk) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while ready.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        ready.append(chunk)
        condition.broadcast()
        return true
    }

    /// The next chunk, or nil when the maker is done; rethrows what the maker threw.
    func take() throws -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty && !makerDone { condition.wait() }
        if !ready.isEmpty {
            let chunk = ready.removeFirst()
            condition.broadcast()
            return chunk
        }
        if let failure { throw failure }
        return nil
    }

    /// Stops the maker (if still running) and waits until it has returned; call it once `start` has been.
    func cancelAndWait() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        condition.broadcast()
        while !makerDone { condition.wait() }
    }

    private func finish(_ error: (any Error)?) {
        condition.lock()
        defer { condition.unlock() }
        makerDone = true
        failure = error
        condition.broadcast()
    }
}
