import Foundation

/// A message between the parties (or from the mediator) in a dispute.
public struct Message: Codable, Sendable, Hashable {
    public var author: Actor
    public var text: String
    public var at: Date

    public init(author: Actor, text: String, at: Date) {
        self.author = author
        self.text = text
        self.at = at
    }
}
