import ParleyCore
import Testing

@Suite struct DescriptionLengthTests {
    /// The form's review shows `DescriptionRules.length`; the error must speak of the same number.
    @Test func theCountedLengthIgnoresSurroundingSpaceAndIsTheOneTheErrorNames() {
        let policy = Policy.default
        let text = "\n  " + String(repeating: "a", count: policy.descriptionLength.upperBound + 5) + "  \n\n"
        #expect(DescriptionRules.length(text) == policy.descriptionLength.upperBound + 5)
        let message = DescriptionRules.problems(text, policy: policy).first { $0.isError }?.message ?? ""
        #expect(message.contains("(now \(DescriptionRules.length(text)))"))
        #expect(DescriptionRules.length("  Broken lid. \n") == "Broken lid.".count)
        #expect(DescriptionRules.length("Broken lid.\r\n\r\n") == "Broken lid.".count)
        #expect(DescriptionRules.length("\u{00A0}\tBroken\u{202F}lid.\u{202F}") == "Broken\u{202F}lid.".count)
        #expect(DescriptionRules.length(" \r\n\t ") == 0)
        #expect(DescriptionRules.length("é") == 1)
    }
}
