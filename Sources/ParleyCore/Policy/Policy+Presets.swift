extension Policy {
    /// The default policy: AliExpress's 2017 rules (no manual escalation, 7 days of negotiation).
    public static let aliexpress2017 = Policy(
        name: "aliexpress-2017",
        defaultProtectionDays: 60,
        categoryProtectionDays: [.furniture: 90, .largeGoods: 90],
        extensionDays: 1...60,
        parcelMovingWithinDays: 7,
        graceDays: 15,
        earliestOpeningAfterShipmentDays: 6,
        descriptionLength: 10...2000,
        maxImageBytes: 10 * 1024 * 1024,
        maxVideoBytes: 500 * 1024 * 1024,
        maxEvidenceFiles: 10,
        doubleCompensationCategories: [.jewellery, .expensiveElectronics],
        doubleCompensationReasons: [.notAsDescribed, .counterfeit],
        doubleCompensationFactor: 2,
        sellerResponseDays: 5,
        negotiationDays: 7,
        manualEscalation: .never,
        counterfeitEscalatesAtOnce: true,
        mediatorTargetDays: 7,
        mediatorLimitDays: 14,
        partyAnswerDays: 5,
        returnShipmentDays: 10,
        returnArrivalDays: 15,
        refundAfterAgreementDays: 7,
        refundAfterMediatorDays: 14
    )

    /// The older rules: 15 days of negotiation, manual escalation once the seller answered, slower mediation.
    public static let classic: Policy = {
        var policy = Policy.aliexpress2017
        policy.name = "classic"
        policy.negotiationDays = 15
        policy.manualEscalation = .afterSellerAnswered
        policy.mediatorTargetDays = 15
        policy.mediatorLimitDays = 60
        return policy
    }()

    public static let `default` = Policy.aliexpress2017

    public static let all: [Policy] = [.aliexpress2017, .classic]

    /// The preset with this name ("aliexpress-2017", "classic"); also accepts "aliexpress2017" and any letter case.
    public static func named(_ name: String) -> Policy? {
        let key = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        return all.first { $0.name.lowercased().filter { $0 != "-" } == key }
    }
}
