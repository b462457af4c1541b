/// Something in a theme file that was ignored (the rest of the theme still loads).
public struct ThemeWarning: Hashable, Sendable, CustomStringConvertible {
    public var source: String
    public var message: String
    public var description: String { "\(source): \(message)" }
}
