/// One entry of a keymap: the keys, what they do, and the help text shown for them.
public struct KeyBinding<Action>: Sendable where Action: Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: String
    /// Whether the footer shows it (the `?` overlay always shows every binding).
    public var inFooter: Bool

    public init(_ keys: [Key], _ action: Action, help: String, inFooter: Bool = true) {
        self.keys = keys
        self.action = action
        self.help = help
        self.inFooter = inFooter
    }

    /// The keys as one label: "j/↓".
    public var keyLabel: String { keys.map(\.description).joined(separator: "/") }
}
