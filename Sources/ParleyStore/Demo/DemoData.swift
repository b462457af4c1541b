import Foundation
import GRDB
import ParleyCore

/// What the demo filler made.
public struct DemoSummary: Sendable, Equatable {
    public var buyers = 0
    public var shops = 0
    public var orders = 0
    public var disputes = 0
    public var evidenceFiles = 0
    /// Scripted steps the domain refused (empty unless the rules and the demo disagree).
    public var refusedSteps: [String] = []
}

/// Fills a new database with a realistic marketplace, all dated relative to `now` so countdowns
/// run at once. Deterministic for a given seed and `now`. Runs the real rules: every order and
/// dispute gets where it is through domain actions and deadlines, then one sweep catches up to now.
public enum DemoData {
    public static func fill(_ store: Store, now: Date, seed: UInt64 = 2026) throws -> DemoSummary {
        var summary = DemoSummary()
        let policy = store.policy
        var random = SeededRandom(seed: seed)
        let photos = try makeEvidence(store, summary: &summary)
        for member in DemoCatalogue.staff where try store.staffAccounts().contains(where: { $0.name == member.name }) == false {
            try store.addStaff(StaffAccount(name: member.name, displayName: member.displayName), password: DemoCatalogue.staffPassword)
        }
        try store.write { db in
            for buyer in DemoCatalogue.buyers {
                try db.execute(sql: "INSERT INTO buyer (id, name, country) VALUES (?, ?, ?)", arguments: [buyer.id, buyer.name, buyer.country])
            }
            for shop in DemoCatalogue.shops {
                try db.execute(sql: "INSERT INTO shop (id, name, country) VALUES (?, ?, ?)", arguments: [shop.id, shop.name, shop.country])
            }
            summary.buyers = DemoCatalogue.buyers.count
            summary.shops = DemoCatalogue.shops.count
            var builder = DemoBuilder(db: db, policy: policy, now: now, photos: photos, random: random)
            try builder.makeOrdersWithoutDisputes(count: 160)
            try builder.makeDisputes(rounds: 4)
            summary.orders = builder.orderCount
            summary.disputes = builder.disputeCount
            summary.refusedSteps = builder.refusedSteps
            random = builder.random
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, 'yes'), (?, ?), (?, ?)",
                           arguments: [MetaKey.demo, MetaKey.createdAt, ISO8601DateFormatter().string(from: now), "demo_seed", String(seed)])
        }
        try store.sweep(to: now)
        return summary
    }

    private static func makeEvidence(_ store: Store, summary: inout DemoSummary) throws -> [EvidenceUpload] {
        var uploads: [EvidenceUpload] = []
        let colours: [(UInt8, UInt8, UInt8)] = [(180, 40, 40), (40, 120, 200), (60, 160, 80), (200, 160, 40), (120, 60, 160), (90, 90, 90)]
        for (index, colour) in colours.enumerated() {
            let png = try store.storeEvidence(data: DemoImages.png(red: colour.0, green: colour.1, blue: colour.2), name: "parcel-photo-\(index + 1).png")
            uploads.append(upload(png, store: store))
            let jpeg = try store.storeEvidence(data: DemoImages.jpeg(comment: "Parley demo evidence, unboxing \(index + 1)"), name: "unboxing-\(index + 1).jpg")
            uploads.append(upload(jpeg, store: store))
            let gif = try store.storeEvidence(data: DemoImages.gif(red: colour.0, green: colour.1, blue: colour.2), name: "label-\(index + 1).gif")
            uploads.append(upload(gif, store: store))
        }
        summary.evidenceFiles = uploads.count
        return uploads
    }

    private static func upload(_ file: StoredEvidenceFile, store: Store) -> EvidenceUpload {
        let bytes = FileManager.default.contents(atPath: store.evidence.path(forSHA256: file.sha256)) ?? Data()
        return EvidenceUpload(name: file.name, leadingBytes: Array(bytes.prefix(EvidenceKind.signatureLength)), sizeBytes: file.size, sha256: file.sha256)
    }
}

/// Writes the demo's orders and disputes inside one transaction.
struct DemoBuilder {
    let db: Database
    let policy: Policy
    let now: Date
    let photos: [EvidenceUpload]
    var random: SeededRandom
    var orderCount = 0
    var disputeCount = 0
    var refusedSteps: [String] = []

    init(db: Database, policy: Policy, now: Date, photos: [EvidenceUpload], random: SeededRandom) {
        self.db = db
        self.policy = policy
        self.now = now
        self.photos = photos
        self.random = random
    }

    /// How far an order without a dispute has got.
    enum OrderStory: CaseIterable {
        case placed, inTransit, nearProtectionEnd, extensionRequested, delivered, confirmed, completed
    }

    mutating func makeOrdersWithoutDisputes(count: Int) throws {
        for index in 0..<count {
            let story = OrderStory.allCases[index % OrderStory.allCases.count]
            let spread = index / OrderStory.allCases.count
            let paidAt: Date
            switch story {
            case .placed: paidAt = now.addingTimeInterval(-Double(random.int(in: 1...72)) * 3_600)
            case .inTransit, .extensionRequested: paidAt = now.adding(days: -random.int(in: 8...40))
            case .nearProtectionEnd:
                let hours: [Double] = [0.3, 2, 7, 20, 50]
                paidAt = now.adding(days: -policy.defaultProtectionDays).addingTimeInterval(hours[spread % hours.count] * 3_600)
            case .delivered: paidAt = now.adding(days: -random.int(in: 16...40))
            case .confirmed: paidAt = now.adding(days: -random.int(in: 20...50))
            case .completed: paidAt = now.adding(days: -random.int(in: 90...300))
            }
            var order = newOrder(paidAt: paidAt, general: story == .nearProtectionEnd)
            var events: [OrderEvent] = []
            if story != .placed {
                let shipped = paidAt.adding(days: 2)
                apply(.ship(trackingNumber: trackingNumber(), method: order.shippingMethod), to: &order, by: .seller(order.shop), at: shipped, events: &events)
                addTransit(to: &order, from: shipped, until: min(now, shipped.adding(days: 12)), events: &events)
                if story == .extensionRequested {
                    let asked = min(now, order.lastEventAt.addingTimeInterval(3_600))
                    apply(.requestExtension(days: 15), to: &order, by: .buyer(order.buyer), at: asked, events: &events)
                    if spread % 2 == 1 {
                        apply(.confirmExtension, to: &order, by: .seller(order.shop), at: min(now, asked.addingTimeInterval(5 * 3_600)), events: &events)
                    }
                }
                if story == .delivered || story == .confirmed || story == .completed {
                    let delivered = shipped.adding(days: 12)
                    apply(.addTrackingEvent(TrackingEvent(at: delivered, kind: .delivered, place: "Pick-up point", text: "Delivered to the pick-up point")),
                          to: &order, by: .system, at: delivered, events: &events)
                    if story != .delivered {
                        apply(.confirmReceipt, to: &order, by: .buyer(order.buyer), at: delivered.adding(days: 1), events: &events)
                    }
                }
            }
            try save(order, events: events)
        }
    }

    mutating func makeDisputes(rounds: Int) throws {
        let reasons = ClaimReason.allCases
        var reasonIndex = 0
        for round in 0..<rounds {
            for scenario in DemoScenario.allCases {
                var reason = reasons[reasonIndex % reasons.count]
                var tries = 0
                while !scenario.accepts(reason) && tries < reasons.count {
                    reasonIndex += 1
                    tries += 1
                    reason = reasons[reasonIndex % reasons.count]
                }
                reasonIndex += 1
                do {
                    try makeDispute(scenario, reason: reason, spread: round)
                } catch {
                    refusedSteps.append("\(scenario) / \(reason.rawValue): \(error)")
                }
            }
        }
    }

    // MARK: One dispute

    private mutating func makeDispute(_ scenario: DemoScenario, reason: ClaimReason, spread: Int) throws {
        let opened = scenario.openedAt(now: now, policy: policy, spread: spread)
        let paidAt = opened.adding(days: -20)
        var order = newOrder(paidAt: paidAt, general: false)
        var events: [OrderEvent] = []
        let shipped = paidAt.adding(days: 2)
        let method: ShippingMethod = reason == .differentShippingMethod ? .economy : order.shippingMethod
        apply(.ship(trackingNumber: trackingNumber(), method: method), to: &order, by: .seller(order.shop), at: shipped, events: &events)
        if reason != .noTrackingInformation {
            addTransit(to: &order, from: shipped, until: shipped.adding(days: 9), events: &events)
        }
        let place = "Sorting centre"
        switch reason {
        case .returnedByCarrier:
            apply(.addTrackingEvent(TrackingEvent(at: shipped.adding(days: 11), kind: .returnedToSender, place: place, text: "Returned to sender")),
                  to: &order, by: .system, at: shipped.adding(days: 11), events: &events)
        case .customsDutyTooHigh:
            apply(.addTrackingEvent(TrackingEvent(at: shipped.adding(days: 11), kind: .exception, place: "Customs", text: "Held at customs: duty payable")),
                  to: &order, by: .system, at: shipped.adding(days: 11), events: &events)
        case .wrongAddress:
            apply(.addTrackingEvent(TrackingEvent(at: shipped.adding(days: 11), kind: .exception, place: place, text: "Address unknown")),
                  to: &order, by: .system, at: shipped.adding(days: 11), events: &events)
        case .protectionExpiringInTransit, .noTrackingInformation:
            break
        default:
            let delivered = shipped.adding(days: 12)
            apply(.addTrackingEvent(TrackingEvent(at: delivered, kind: .delivered, place: "Front door", text: "Delivered")),
                  to: &order, by: .system, at: delivered, events: &events)
        }
        try save(order, events: events)

        let received = reason.requiresReceivedGoods
        let buyer = Actor.buyer(order.buyer)
        let seller = Actor.seller(order.shop)
        let claim = scenario == .refundPending || scenario == .closedPaid || scenario == .refundedLongAgo ? order.amountPaid
            : Money(minorUnits: max(order.currency.smallestClaim.minorUnits, order.amountPaid.minorUnits * 3 / 4 / 100 * 100), currency: order.currency)
        let evidence = received ? [photos[disputeCount % photos.count], photos[(disputeCount + 4) % photos.count]] : []
        let draft = DisputeDraft(received: received, reason: reason, resolution: scenario.wantsReturn ? .returnAndRefund : .refundOnly,
                                 amountText: claim.plainText, description: DemoCatalogue.description(for: reason), evidence: evidence)
        let snapshot = try Store.openDispute(onOrder: order.id, draft: draft, by: buyer, at: opened, expectedOrderVersion: nil, policy: policy, in: db)
        disputeCount += 1
        let id = snapshot.dispute.id
        let counter = Proposal(resolution: .refundOnly, amount: Money(minorUnits: max(order.currency.smallestClaim.minorUnits, claim.minorUnits / 2 / 100 * 100), currency: order.currency),
                               comment: "We offer half, the item can still be used.")
        let mediator = Actor.staff(StaffID(DemoCatalogue.staff[disputeCount % DemoCatalogue.staff.count].name))
        let message = DemoCatalogue.buyerMessages[disputeCount % DemoCatalogue.buyerMessages.count]
        let answer = DemoCatalogue.sellerMessages[disputeCount % DemoCatalogue.sellerMessages.count]
        let escalation = opened.adding(days: policy.negotiationDays)

        switch scenario {
        case .awaitingSeller:
            try act(.sendMessage(message), on: id, by: buyer, at: opened.addingTimeInterval(600))
        case .sellerSilent, .cancelledFinal, .refundedLongAgo:
            if scenario == .cancelledFinal {
                try act(.cancel, on: id, by: buyer, at: opened.adding(days: 1))
            }
            if scenario == .refundedLongAgo {
                try act(.markRefundPaid, on: id, by: .system, at: opened.adding(days: policy.sellerResponseDays + 4))
            }
        case .negotiation:
            try act(.rejectWithCounterProposal(counter, evidence: []), on: id, by: seller, at: opened.adding(days: 1))
            try act(.sendMessage(message), on: id, by: buyer, at: opened.adding(days: 1).addingTimeInterval(7_200))
            try act(.sendMessage(answer), on: id, by: seller, at: opened.adding(days: 2))
            if spread % 2 == 1 {
                let alternative = Proposal(resolution: .refundOnly, amount: Money(minorUnits: (claim.minorUnits + counter.amount.minorUnits) / 2 / 100 * 100, currency: order.currency),
                                           comment: "I can meet you halfway.")
                try act(.addAlternative(alternative), on: id, by: buyer, at: opened.adding(days: 3))
            }
        case .mediationFresh, .mediationTaken, .mediationQuestion, .mediationSolutions, .bothAcceptedSolution, .closedRuling:
            try act(.rejectWithCounterProposal(counter, evidence: []), on: id, by: seller, at: opened.adding(days: 1))
            try act(.sendMessage(message), on: id, by: buyer, at: opened.adding(days: 2))
            guard scenario != .mediationFresh else { break }
            try act(.takeCase, on: id, by: mediator, at: escalation.addingTimeInterval(3 * 3_600))
            try act(.writeNote("Buyer's photos look genuine; checking the shop's history."), on: id, by: mediator, at: escalation.addingTimeInterval(4 * 3_600))
            switch scenario {
            case .mediationQuestion:
                try act(.askQuestion(to: .seller, text: "Please send the warehouse photo of this parcel before it was shipped.", answerWithinDays: 1),
                        on: id, by: mediator, at: max(escalation.addingTimeInterval(5 * 3_600), now.addingTimeInterval(-20 * 3_600)))
            case .mediationSolutions, .bothAcceptedSolution:
                let solutions = [Proposal(resolution: .refundOnly, amount: claim, comment: "Full claim"), counter]
                try act(.proposeSolutions(solutions, comment: "Two fair outcomes given the evidence; please choose one."),
                        on: id, by: mediator, at: escalation.adding(days: 1))
                try act(.accept(.mediator(0)), on: id, by: buyer, at: escalation.adding(days: 2))
                if scenario == .bothAcceptedSolution {
                    try act(.accept(.mediator(0)), on: id, by: seller, at: escalation.adding(days: 2).addingTimeInterval(3_600))
                }
            case .closedRuling:
                try act(.flagSeller(reason: "Third quality complaint this month."), on: id, by: mediator, at: escalation.adding(days: 1))
                try act(.finalRuling(Proposal(resolution: .refundOnly, amount: claim), comment: "The photos show the defect clearly."),
                        on: id, by: mediator, at: escalation.adding(days: 2))
                try act(.markRefundPaid, on: id, by: .system, at: escalation.adding(days: 6))
            default:
                break
            }
        case .counterfeitAtOnce:
            if spread % 2 == 0 {
                try act(.takeCase, on: id, by: mediator, at: opened.addingTimeInterval(3_600))
            }
        case .returnAwaitingShipment:
            try act(.accept(.buyer), on: id, by: seller, at: opened.addingTimeInterval(1_800))
        case .returnShipped:
            try act(.accept(.buyer), on: id, by: seller, at: opened.adding(days: 1))
            try act(.shipReturn(trackingNumber: trackingNumber()), on: id, by: buyer, at: opened.adding(days: 3))
        case .refundPending:
            try act(.accept(.buyer), on: id, by: seller, at: opened.adding(days: 1))
        case .closedPaid:
            try act(.accept(.buyer), on: id, by: seller, at: opened.adding(days: 1))
            try act(.markRefundPaid, on: id, by: .system, at: opened.adding(days: 4))
        case .cancelledResumable:
            try act(.sendMessage(message), on: id, by: buyer, at: opened.addingTimeInterval(3_600))
            try act(.cancel, on: id, by: buyer, at: opened.adding(days: 2))
        }
    }

    /// Fires whatever fell due before `instant`, then performs the action, as a live console would.
    private mutating func act(_ action: DisputeAction, on id: DisputeID, by actor: Actor, at instant: Date) throws {
        guard instant <= now else { return }
        try Store.advance(id, to: instant, policy: policy, in: db)
        _ = try Store.perform(action, onDispute: id, by: actor, at: instant, expectedVersion: nil, policy: policy, in: db)
    }

    // MARK: Orders

    private mutating func newOrder(paidAt: Date, general: Bool) -> Order {
        orderCount += 1
        let buyer = DemoCatalogue.buyers[(orderCount * 7) % DemoCatalogue.buyers.count]
        let shop = DemoCatalogue.shops[(orderCount * 3 + orderCount / 11) % DemoCatalogue.shops.count]
        var item = shop.items[orderCount % shop.items.count]
        if general { item.category = .general }
        let methods: [ShippingMethod] = [.standard, .express, .standard, .sellerOwn]
        let payments: [PaymentMethod] = [.card, .wallet, .alipay, .card]
        return Order(id: OrderID(String(format: "O-%06d", 100_000 + orderCount)), buyer: UserID(buyer.id), shop: ShopID(shop.id),
                     title: item.title, category: item.category,
                     amountPaid: DemoCatalogue.price(item, in: buyer.currency, variation: random.int(in: 0...99)),
                     paymentMethod: payments[orderCount % payments.count], paidAt: paidAt,
                     shippingMethod: methods[orderCount % methods.count] == .standard && orderCount % 5 == 0 ? .express : methods[orderCount % methods.count])
    }

    private mutating func apply(_ action: OrderAction, to order: inout Order, by actor: Actor, at instant: Date, events: inout [OrderEvent]) {
        guard instant <= now else { return }
        do {
            events += try order.apply(action, by: actor, at: instant, policy: policy)
        } catch {
            refusedSteps.append("\(order.id) \(action): \(error)")
        }
    }

    private mutating func addTransit(to order: inout Order, from start: Date, until end: Date, events: inout [OrderEvent]) {
        let stops = ["Accepted by the carrier, Shenzhen", "Departed from the sorting centre", "Arrived at the destination country",
                     "Customs cleared", "Out for delivery"]
        var at = start.addingTimeInterval(6 * 3_600)
        var index = 0
        while at < end && index < stops.count {
            apply(.addTrackingEvent(TrackingEvent(at: at, kind: .inTransit, place: "", text: stops[index])), to: &order, by: .system, at: at, events: &events)
            at = at.adding(days: random.int(in: 1...3))
            index += 1
        }
    }

    private mutating func trackingNumber() -> String {
        "LP\(random.int(in: 100_000_000...999_999_999))CN"
    }

    private func save(_ order: Order, events: [OrderEvent]) throws {
        try Store.appendOrderEvents(events, in: db)
        try OrderWriter.write(order, version: 1, policy: policy, in: db)
    }
}

extension Money {
    /// The amount as a person would type it ("12.50"), for drafts made in code.
    var plainText: String {
        let factor = currency.minorPerMajor
        let major = minorUnits / factor
        let minor = minorUnits % factor
        return "\(major).\(String(format: "%02lld", minor))"
    }
}
