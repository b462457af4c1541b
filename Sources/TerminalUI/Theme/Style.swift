/// What a role looks like: foreground, background and modifiers (nil colour = inherit terminal default).
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var modifiers: Modifiers

    public init(foreground: Color? = nil, background: Color? = nil, modifiers: Modifiers = []) {
        self.foreground = foreground
        self.background = background
        self.modifiers = modifiers
    }
}
