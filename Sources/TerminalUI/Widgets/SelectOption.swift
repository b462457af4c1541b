/// One choice of a select list; a disabled option says why.
public struct SelectOption: Hashable, Sendable {
    public var label: String
    public var hint: String?
    public var disabledReason: String?

    public init(_ label: String, hint: String? = nil, disabledReason: String? = nil) {
        self.label = label
        self.hint = hint
        self.disabledReason = disabledReason
    }

    public var isEnabled: Bool { disabledReason == nil }
}
