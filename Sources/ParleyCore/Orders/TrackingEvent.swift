import Foundation

/// One line of a parcel's tracking history.
public struct TrackingEvent: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
        /// Accepted by the carrier, sorting, departing, arriving at customs... the parcel moves.
        case inTransit = "in-transit"
        case delivered
        /// Returned to the sender by the carrier.
        case returnedToSender = "returned-to-sender"
        /// A problem: held at customs, address unknown.
        case exception
    }

    public var at: Date
    public var kind: Kind
    public var place: String
    public var text: String

    public init(at: Date, kind: Kind, place: String = "", text: String = "") {
        self.at = at
        self.kind = kind
        self.place = place
        self.text = text
    }
}
