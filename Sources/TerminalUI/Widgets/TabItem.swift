/// One tab: its title, an optional shorter title for narrow rows, and an optional count.
public struct TabItem: Hashable, Sendable {
    public var title: String
    /// Shown instead of `title` when the row cannot hold every full title ("Awaiting" for
    /// "Awaiting delivery"); nil keeps the title.
    public var shortTitle: String?
    public var count: Int?

    public init(_ title: String, short shortTitle: String? = nil, count: Int? = nil) {
        self.title = title
        self.shortTitle = shortTitle
        self.count = count
    }

    public var label: String { count.map { "\(title) (\($0))" } ?? title }
}
