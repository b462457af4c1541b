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

/// A key and its help, ready to draw (footer and help overlay both take these).
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var help: String
    public init(keys: String, help: String) {
        self.keys = keys
        self.help = help
    }
}

/// The keys of a screen as data: the same table answers "what does this key do" and draws the footer
/// and the help overlay, so they cannot drift apart.
public struct Keymap<Action>: Sendable where Action: Sendable {
    public var bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) { self.bindings = bindings }

    /// The action bound to a key; the first binding wins.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    public var footerHints: [KeyHint] {
        bindings.filter(\.inFooter).map { KeyHint(keys: $0.keyLabel, help: $0.help) }
    }

    public var helpHints: [KeyHint] {
        bindings.map { KeyHint(keys: $0.keyLabel, help: $0.help) }
    }
}
