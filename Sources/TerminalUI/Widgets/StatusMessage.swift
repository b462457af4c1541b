import Foundation

/// A short-lived message for the status bar ("Saved", "Amount too high").
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var role: Role
    public var expires: Date

    public init(_ text: String, role: Role = .info, expires: Date) {
        self.text = text
        self.role = role
        self.expires = expires
    }

    public func isVisible(at now: Date) -> Bool { now < expires }
}
