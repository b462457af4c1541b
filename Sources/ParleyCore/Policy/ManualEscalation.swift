/// Whether a buyer may escalate a dispute to mediation by hand (SPEC §4 policy table).
public enum ManualEscalation: String, Codable, Sendable, Hashable {
    /// aliexpress-2017: only the automatic escalation after the negotiation window.
    case never
    /// classic: the buyer may escalate once the seller has answered.
    case afterSellerAnswered = "after-seller-answered"
}
