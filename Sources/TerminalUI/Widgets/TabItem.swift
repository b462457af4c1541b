/// One tab title with an optional count: "Disputes (3)".
public struct TabItem: Hashable, Sendable {
    public var title: String
    public var count: Int?

    public init(_ title: String, count: Int? = nil) {
        self.title = title
        self.count = count
    }

    public var label: String { count.map { "\(title) (\($0))" } ?? title }
}
