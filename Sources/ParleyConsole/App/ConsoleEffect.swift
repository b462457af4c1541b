import Foundation
import ParleyCore
import ParleyStore

/// A call to the data layer, run by the `EffectRunner` outside `update`; its result comes back as a message.
public protocol ConsoleEffect: Sendable {
    /// What it does, for tests and logs: "load order O-100234".
    var summary: String { get }
    func run(_ backend: ConsoleBackend) -> any EffectResult
}

/// The answer of an effect, delivered to the current screen.
public protocol EffectResult: Sendable {}

/// An effect that failed; the console shows the message on the status line and the screen may too.
public struct EffectFailure: EffectResult, Error, Hashable {
    public var effect: String
    public var message: String

    public init(effect: String, message: String) {
        self.effect = effect
        self.message = message
    }
}

/// What effects run against: the buyer's data view (a narrow protocol the store satisfies through an
/// adapter), and the store itself for the seller and staff screens.
public final class ConsoleBackend: Sendable {
    public let buyer: any BuyerData
    public let store: Store?

    public init(buyer: any BuyerData, store: Store? = nil) {
        self.buyer = buyer
        self.store = store
    }
}

/// Runs effects synchronously: SQLite answers in well under a millisecond.
public struct EffectRunner: Sendable {
    public let backend: ConsoleBackend

    public init(backend: ConsoleBackend) { self.backend = backend }

    public func run(_ effect: any ConsoleEffect) -> any EffectResult { effect.run(backend) }
}

/// Words for an error from the data layer.
enum ErrorText {
    static func describe(_ error: any Error) -> String {
        String(describing: error)
    }
}
