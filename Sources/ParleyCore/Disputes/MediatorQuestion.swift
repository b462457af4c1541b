import Foundation

/// A mediator's question to one party, with the deadline to answer.
public struct MediatorQuestion: Codable, Sendable, Hashable {
    public var to: Role
    public var text: String
    public var askedBy: StaffID
    public var askedAt: Date
    public var answerBy: Date

    public init(to: Role, text: String, askedBy: StaffID, askedAt: Date, answerBy: Date) {
        self.to = to
        self.text = text
        self.askedBy = askedBy
        self.askedAt = askedAt
        self.answerBy = answerBy
    }
}
