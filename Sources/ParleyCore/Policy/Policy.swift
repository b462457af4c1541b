/// Every window and limit of the dispute rules, as settings of a named policy (SPEC §2–4).
/// Rules read these values; no rule holds a number of days of its own.
public struct Policy: Codable, Sendable, Hashable {
    public var name: String

    // SPEC §2: orders and buyer protection
    public var defaultProtectionDays: Int
    public var categoryProtectionDays: [ProductCategory: Int]
    public var extensionDays: ClosedRange<Int>
    /// An extension only makes sense while the parcel moves: a tracking event within this many days.
    public var parcelMovingWithinDays: Int
    public var graceDays: Int

    // SPEC §3: opening a dispute
    public var earliestOpeningAfterShipmentDays: Int
    public var descriptionLength: ClosedRange<Int>
    public var maxImageBytes: Int64
    public var maxVideoBytes: Int64
    public var maxEvidenceFiles: Int
    public var doubleCompensationCategories: Set<ProductCategory>
    public var doubleCompensationReasons: Set<ClaimReason>
    /// How many times the amount paid a double-compensation claim may reach.
    public var doubleCompensationFactor: Int64

    // SPEC §4: the lifecycle
    public var sellerResponseDays: Int
    /// Negotiation before automatic escalation, counted from opening (7: escalates on day 8).
    public var negotiationDays: Int
    public var manualEscalation: ManualEscalation
    public var counterfeitEscalatesAtOnce: Bool
    /// The mediator's target for a decision, counted from escalation.
    public var mediatorTargetDays: Int
    /// The mediator's hard limit, counted from escalation; missing it decides for the buyer (assumed).
    public var mediatorLimitDays: Int
    /// Time each party has to answer a mediator's solutions or question.
    public var partyAnswerDays: Int
    public var returnShipmentDays: Int
    public var returnArrivalDays: Int
    public var refundAfterAgreementDays: Int
    public var refundAfterMediatorDays: Int

    public init(
        name: String,
        defaultProtectionDays: Int, categoryProtectionDays: [ProductCategory: Int],
        extensionDays: ClosedRange<Int>, parcelMovingWithinDays: Int, graceDays: Int,
        earliestOpeningAfterShipmentDays: Int, descriptionLength: ClosedRange<Int>,
        maxImageBytes: Int64, maxVideoBytes: Int64, maxEvidenceFiles: Int,
        doubleCompensationCategories: Set<ProductCategory>, doubleCompensationReasons: Set<ClaimReason>,
        doubleCompensationFactor: Int64,
        sellerResponseDays: Int, negotiationDays: Int, manualEscalation: ManualEscalation,
        counterfeitEscalatesAtOnce: Bool, mediatorTargetDays: Int, mediatorLimitDays: Int,
        partyAnswerDays: Int, returnShipmentDays: Int, returnArrivalDays: Int,
        refundAfterAgreementDays: Int, refundAfterMediatorDays: Int
    ) {
        self.name = name
        self.defaultProtectionDays = defaultProtectionDays
        self.categoryProtectionDays = categoryProtectionDays
        self.extensionDays = extensionDays
        self.parcelMovingWithinDays = parcelMovingWithinDays
        self.graceDays = graceDays
        self.earliestOpeningAfterShipmentDays = earliestOpeningAfterShipmentDays
        self.descriptionLength = descriptionLength
        self.maxImageBytes = maxImageBytes
        self.maxVideoBytes = maxVideoBytes
        self.maxEvidenceFiles = maxEvidenceFiles
        self.doubleCompensationCategories = doubleCompensationCategories
        self.doubleCompensationReasons = doubleCompensationReasons
        self.doubleCompensationFactor = doubleCompensationFactor
        self.sellerResponseDays = sellerResponseDays
        self.negotiationDays = negotiationDays
        self.manualEscalation = manualEscalation
        self.counterfeitEscalatesAtOnce = counterfeitEscalatesAtOnce
        self.mediatorTargetDays = mediatorTargetDays
        self.mediatorLimitDays = mediatorLimitDays
        self.partyAnswerDays = partyAnswerDays
        self.returnShipmentDays = returnShipmentDays
        self.returnArrivalDays = returnArrivalDays
        self.refundAfterAgreementDays = refundAfterAgreementDays
        self.refundAfterMediatorDays = refundAfterMediatorDays
    }

    /// Buyer protection length for goods of this category, before extensions.
    public func protectionDays(for category: ProductCategory) -> Int {
        categoryProtectionDays[category] ?? defaultProtectionDays
    }

    /// Whether a claim for this category and reason may reach double the amount paid.
    public func allowsDoubleCompensation(category: ProductCategory, reason: ClaimReason) -> Bool {
        doubleCompensationCategories.contains(category) && doubleCompensationReasons.contains(reason)
    }

    /// The most a buyer may claim, or anyone may propose, for this order and reason (SPEC §3.4).
    public func claimCap(order: Order, reason: ClaimReason) -> Money {
        allowsDoubleCompensation(category: order.category, reason: reason)
            ? order.amountPaid.times(doubleCompensationFactor)
            : order.amountPaid
    }

    /// The largest file accepted for evidence of this kind.
    public func maxBytes(for kind: EvidenceKind) -> Int64 {
        kind.isVideo ? maxVideoBytes : maxImageBytes
    }
}
