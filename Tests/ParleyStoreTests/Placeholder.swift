import Testing

@Test func placeholder_ParleyStoreTests() { #expect(true) }
