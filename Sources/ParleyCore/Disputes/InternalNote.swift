import Foundation

/// A staff member's note, never shown to buyer or seller.
public struct InternalNote: Codable, Sendable, Hashable {
    public var author: StaffID
    public var text: String
    public var at: Date

    public init(author: StaffID, text: String, at: Date) {
        self.author = author
        self.text = text
        self.at = at
    }
}
