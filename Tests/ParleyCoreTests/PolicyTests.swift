import Testing
import ParleyCore

@Suite("Policies: the SPEC §4 table as named values")
struct PolicyTests {
    @Test("aliexpress-2017 is the default and has the spec's windows")
    func aliexpress2017Windows() {
        let policy = Policy.default
        #expect(policy.name == "aliexpress-2017")
        #expect(policy.earliestOpeningAfterShipmentDays == 6)
        #expect(policy.graceDays == 15)
        #expect(policy.sellerResponseDays == 5)
        #expect(policy.negotiationDays == 7)
        #expect(policy.manualEscalation == .never)
        #expect(policy.mediatorTargetDays == 7)
        #expect(policy.mediatorLimitDays == 14)
        #expect(policy.counterfeitEscalatesAtOnce)
        #expect(policy.defaultProtectionDays == 60)
        #expect(policy.protectionDays(for: .furniture) == 90)
        #expect(policy.extensionDays == 1...60)
        #expect(policy.descriptionLength == 10...2000)
        #expect(policy.maxEvidenceFiles == 10)
        #expect(policy.refundAfterAgreementDays == 7)
        #expect(policy.refundAfterMediatorDays == 14)
        #expect(policy.returnShipmentDays == 10)
        #expect(policy.returnArrivalDays == 15)
    }

    @Test("classic negotiates 15 days, allows manual escalation, mediates up to 60 days")
    func classicWindows() {
        let policy = Policy.classic
        #expect(policy.negotiationDays == 15)
        #expect(policy.manualEscalation == .afterSellerAnswered)
        #expect(policy.mediatorTargetDays == 15)
        #expect(policy.mediatorLimitDays == 60)
        #expect(policy.sellerResponseDays == 5)
        #expect(policy.graceDays == 15)
    }

    @Test("Policies are looked up by name")
    func lookupByName() {
        #expect(Policy.named("classic") == .classic)
        #expect(Policy.named("aliexpress-2017") == .aliexpress2017)
        #expect(Policy.named("AliExpress2017") == .aliexpress2017)
        #expect(Policy.named("nonsense") == nil)
    }

    @Test("Double compensation: jewellery and expensive electronics, not-as-described and counterfeit only")
    func doubleCompensation() {
        let policy = Policy.default
        #expect(policy.allowsDoubleCompensation(category: .jewellery, reason: .counterfeit))
        #expect(policy.allowsDoubleCompensation(category: .expensiveElectronics, reason: .notAsDescribed))
        #expect(!policy.allowsDoubleCompensation(category: .jewellery, reason: .damaged))
        #expect(!policy.allowsDoubleCompensation(category: .clothing, reason: .counterfeit))
    }
}
