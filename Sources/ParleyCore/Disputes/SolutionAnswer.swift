/// A party's answer to the mediator's solutions.
public enum SolutionAnswer: Codable, Sendable, Hashable {
    /// Accepted solution `index`; `assumed` when the party let the deadline pass (counts as the first).
    case accepted(index: Int, assumed: Bool)
    case rejected(comment: String)
}
