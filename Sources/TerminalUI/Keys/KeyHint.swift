/// A key and its help, ready to draw (footer and help overlay both take these).
public struct KeyHint: Hashable, Sendable {
    public var keys: String
    public var help: String
    public init(keys: String, help: String) {
        self.keys = keys
        self.help = help
    }
}
