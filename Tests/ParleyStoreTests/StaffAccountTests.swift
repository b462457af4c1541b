import Foundation
import Testing
@testable import ParleyStore

@Suite struct StaffAccountTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func theRightPasswordSignsIn() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        try store.addStaff(StaffAccount(name: "mira", displayName: "Mira Okafor"), password: "parley-demo")
        #expect(try store.signInStaff(name: "mira", password: "parley-demo", at: now) == StaffAccount(name: "mira", displayName: "Mira Okafor"))
    }

    @Test func aWrongPasswordIsRefusedAndLoggedWithoutThePassword() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        try store.addStaff(StaffAccount(name: "mira", displayName: "Mira"), password: "parley-demo")
        #expect(throws: StoreError.wrongPassword(name: "mira")) { try store.signInStaff(name: "mira", password: "parley-dem0", at: now) }
        let refusal = try #require(try store.recentRefusals().first)
        #expect(refusal.reason == "wrong password")
        #expect(!"\(refusal)".contains("parley-dem0"))
    }

    @Test func anUnknownAccountIsRefused() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        #expect(throws: StoreError.unknownAccount(name: "ghost")) { try store.signInStaff(name: "ghost", password: "whatever1", at: now) }
    }

    @Test func thePasswordIsNeverStored() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        try store.addStaff(StaffAccount(name: "nadia", displayName: "Nadia"), password: "correct horse")
        let stored = try store.database.read { db in try String.fetchOne(db, sql: "SELECT password_hash FROM staff_account") }
        #expect(stored?.hasPrefix("pbkdf2-sha256$210000$") == true)
        #expect(stored?.contains("correct horse") == false)
    }

    @Test func twoHashesOfOnePasswordDifferByTheirSalt() throws {
        let first = try PasswordHash.make(password: "same password", rounds: 1000)
        let second = try PasswordHash.make(password: "same password", rounds: 1000)
        #expect(first.stored != second.stored)
        #expect(first.matches("same password") && second.matches("same password"))
        #expect(!first.matches("same passwore"))
        #expect(PasswordHash(stored: first.stored) == first)
        #expect(!first.description.contains(first.stored))
    }

    @Test func aShortPasswordIsRefused() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        #expect(throws: StoreError.self) { try store.addStaff(StaffAccount(name: "x", displayName: "X"), password: "short") }
    }

    @Test func aDuplicateNameIsRefused() throws {
        let fixture = try StoreFixture()
        let store = fixture.store
        try store.addStaff(StaffAccount(name: "mira", displayName: "Mira"), password: "parley-demo")
        #expect(throws: StoreError.duplicate("A staff account named MIRA already exists.")) {
            try store.addStaff(StaffAccount(name: "MIRA", displayName: "Mira"), password: "parley-demo")
        }
    }
}

@Suite struct RefusalLogTests {
    @Test func reachingForSomeoneElsesDisputeIsRefusedAndLogged() throws {
        let fixture = try StoreFixture()
        let orderID = try MarketFixture.storeWithOrder(fixture)
        let opened = try MarketFixture.openDispute(fixture.store, on: orderID)
        #expect(throws: (any Error).self) {
            try fixture.store.perform(.accept(.buyer), onDispute: opened.dispute.id, by: .seller("someone-else"),
                                      at: MarketFixture.now, expectedVersion: opened.version)
        }
        let refusal = try #require(try fixture.store.recentRefusals().first)
        #expect(refusal.actor == "seller:someone-else")
        #expect(refusal.attempted.contains(opened.dispute.id.rawValue))
        #expect(try fixture.store.dispute(opened.dispute.id) == opened)
    }
}
