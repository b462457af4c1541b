/// Text modifiers that read without colour; a monochrome terminal shows only these.
public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Modifiers(rawValue: 1)
    public static let dim = Modifiers(rawValue: 2)
    public static let underline = Modifiers(rawValue: 4)
    public static let reverse = Modifiers(rawValue: 8)
    public static let italic = Modifiers(rawValue: 16)

    static let names: [String: Modifiers] = [
        "bold": .bold, "dim": .dim, "underline": .underline, "reverse": .reverse, "italic": .italic,
    ]
}
