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
