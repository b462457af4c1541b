import Foundation

/// A message to one person about something that happened in a dispute, with a text explaining it.
public struct Notification: Codable, Sendable, Hashable {
    /// `.buyer`, `.seller` or `.staff` — never `.system`.
    public var recipient: Actor
    public var disputeID: DisputeID
    /// The event this notification is about.
    public var eventSequence: Int
    public var at: Date
    public var title: String
    public var text: String

    public init(recipient: Actor, disputeID: DisputeID, eventSequence: Int, at: Date, title: String, text: String) {
        self.recipient = recipient
        self.disputeID = disputeID
        self.eventSequence = eventSequence
        self.at = at
        self.title = title
        self.text = text
    }
}
