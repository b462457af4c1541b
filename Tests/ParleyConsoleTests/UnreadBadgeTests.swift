import Testing
@testable import ParleyConsole

/// The status bar's unread count: the store stops counting at the badge's limit.
@Suite struct UnreadBadgeTests {
    @Test func theBadgeIsExactBelowItsLimitAndSaysPlusFromIt() {
        #expect(UnreadBadge.text(0) == "no unread")
        #expect(UnreadBadge.text(1) == "✉ 1 unread")
        #expect(UnreadBadge.text(UnreadBadge.countLimit - 1) == "✉ 99 unread")
        #expect(UnreadBadge.text(UnreadBadge.countLimit) == "✉ 99+ unread")
    }
}
