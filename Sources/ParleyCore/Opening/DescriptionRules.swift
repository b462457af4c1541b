/// The description rules of SPEC §3.5: a length range, and a warning when the text is not English.
public enum DescriptionRules {
    /// Problems with a description (errors for length, a warning for a non-English script).
    public static func problems(_ text: String, policy: Policy) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        let length = self.length(text)
        let range = policy.descriptionLength
        if length < range.lowerBound {
            problems.append(.error(.description, "Describe the problem in at least \(range.lowerBound) characters (now \(length))."))
        } else if length > range.upperBound {
            problems.append(.error(.description, "The description may be at most \(range.upperBound) characters (now \(length))."))
        }
        if let warning = languageWarning(text) { problems.append(warning) }
        return problems
    }

    /// The length the rules count: characters without the spaces and blank lines around the text.
    public static func length(_ text: String) -> Int {
        text.trimmingSpaces.count
    }

    /// Sellers and mediators read English; text mostly in another script (Cyrillic, CJK...) gets a warning.
    public static func languageWarning(_ text: String) -> FieldProblem? {
        looksEnglish(text) ? nil : .warning(.description, "Sellers and mediators read English: this text does not look English, so please add an English version.")
    }

    /// Whether most letters are from the basic Latin alphabet (a heuristic: it cannot tell English from Dutch).
    public static func looksEnglish(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard !letters.isEmpty else { return true }
        let latin = letters.filter { $0.isASCII }.count
        return latin * 10 >= letters.count * 8
    }
}
