import Testing

@Test func placeholder_ParleyConsoleTests() { #expect(true) }
