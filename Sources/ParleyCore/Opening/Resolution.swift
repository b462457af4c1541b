/// What the buyer (or a proposal) asks for (SPEC §3.3).
public enum Resolution: String, Codable, Sendable, Hashable, CaseIterable {
    /// Money back; the buyer keeps the item.
    case refundOnly = "refund-only"
    /// The buyer sends the item back (paying the postage), then gets the money back. Only when received.
    case returnAndRefund = "return-and-refund"

    public var title: String {
        switch self {
        case .refundOnly: return "Refund only (keep the item)"
        case .returnAndRefund: return "Return the goods and refund"
        }
    }

    /// What the form says beside the choice.
    public var note: String? {
        switch self {
        case .refundOnly: return nil
        case .returnAndRefund: return "You pay the return postage."
        }
    }

    /// The resolutions offered after "received: yes/no".
    public static func offered(received: Bool) -> [Resolution] {
        received ? [.refundOnly, .returnAndRefund] : [.refundOnly]
    }
}
