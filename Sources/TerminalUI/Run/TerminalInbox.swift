import Synchronization

/// Messages for the program from other threads (a finished background job, a database change).
/// `post` may be called from any thread; the run loop notices within about 50 ms, sends the program
/// a `.wake` event, and the program calls `drain()` on the loop thread to receive them in order.
public final class TerminalInbox<Message: Sendable>: Sendable, TerminalWakeSource {
    private let messages = Mutex<[Message]>([])
    private let hasMail = Atomic<Bool>(false)

    public init() {}

    public func post(_ message: Message) {
        messages.withLock { $0.append(message) }
        hasMail.store(true, ordering: .releasing)
    }

    public func drain() -> [Message] {
        messages.withLock { queued in
            defer { queued.removeAll() }
            return queued
        }
    }

    public func takeWake() -> Bool { hasMail.exchange(false, ordering: .acquiringAndReleasing) }
}

/// Something that can ask the run loop to wake the program.
public protocol TerminalWakeSource: Sendable {
    /// True once per batch of news; resets itself.
    func takeWake() -> Bool
}
