/// The unread count in the status bar: exact up to 99, then "99+" (the store stops counting there).
enum UnreadBadge {
    static let countLimit = 100

    static func text(_ unread: Int) -> String {
        switch unread {
        case ..<1: return "no unread"
        case countLimit...: return "✉ \(countLimit - 1)+ unread"
        default: return "✉ \(unread) unread"
        }
    }
}
