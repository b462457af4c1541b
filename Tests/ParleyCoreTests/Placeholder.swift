import Testing

@Test func placeholder_ParleyCoreTests() { #expect(true) }
