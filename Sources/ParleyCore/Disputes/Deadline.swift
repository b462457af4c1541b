import Foundation

/// A waiting stage as data: who must act, by when, and what happens if they don't (SPEC §4).
public struct Deadline: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable {
        case sellerResponse = "seller-response"
        case negotiation
        case mediatorDecision = "mediator-decision"
        case mediatorSolutions = "mediator-solutions"
        case question
        case returnShipment = "return-shipment"
        case returnArrival = "return-arrival"
        case resume
    }

    public var kind: Kind
    /// Who must act (both parties while negotiating or answering a mediator's solutions).
    public var who: [Role]
    public var due: Date
    /// What happens at `due` if nobody acts, e.g. "refunded in full to the buyer".
    public var consequence: String
    /// What the waiting party is expected to do, e.g. "answer the dispute".
    public var expectedAction: String

    public init(kind: Kind, who: [Role], due: Date, consequence: String, expectedAction: String) {
        self.kind = kind
        self.who = who
        self.due = due
        self.consequence = consequence
        self.expectedAction = expectedAction
    }

    /// "if the seller does not answer the dispute by 29 Nov 14:00: refunded in full to the buyer"
    public var sentence: String {
        let subject = who.map(\.noun).joined(separator: " and ")
        let verb = who.count > 1 ? "do not" : "does not"
        return "if \(subject) \(verb) \(expectedAction) by \(DateText.short(due)): \(consequence)"
    }

    /// Time left until the deadline (negative once overdue), for countdowns.
    public func remaining(at instant: Date) -> TimeInterval { due.timeIntervalSince(instant) }
}
