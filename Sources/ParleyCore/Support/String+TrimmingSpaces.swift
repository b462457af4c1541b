extension String {
    /// Spaces, tabs, line ends (Windows' "\r\n" is one character of its own) and no-break spaces.
    private static let trimmedSpaces: Set<Character> = [" ", "\t", "\n", "\r", "\r\n", "\u{00A0}", "\u{202F}"]

    /// The text without spaces at either end. Finds the two ends and copies what lies between once:
    /// the earlier version rebuilt the text character by character through two reversals, which was a
    /// tenth of opening a dispute (measured on the bulk seed).
    public var trimmingSpaces: String {
        guard let first = firstIndex(where: { !Self.trimmedSpaces.contains($0) }),
              let last = lastIndex(where: { !Self.trimmedSpaces.contains($0) }) else { return "" }
        return String(self[first...last])
    }
}
