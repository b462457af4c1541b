import Foundation
import GRDB
import ParleyCore

/// How far a bulk seed has got.
public struct SeedProgress: Sendable, Equatable {
    public var done: Int
    public var total: Int
}

/// What a bulk seed made.
public struct SeedSummary: Sendable, Equatable {
    public var orders = 0
    public var disputes = 0
    public var buyers = 0
    public var shops = 0
    /// The buyer and the shop holding the most rows, for timing windows at scale.
    public var busiestBuyer: UserID?
    public var busiestShop: ShopID?
}

/// Fills a database with generated orders and disputes for scale tests: deterministic for a seed and
/// `now`, written in large transactions through reused statements. Orders get their state without a
/// history in the event log (that is for actions); disputes are opened through the domain and logged.
public enum BulkSeeder {
    static let batch = 20_000

    public static func seed(_ store: Store, orders: Int, disputes: Int, seed: UInt64, now: Date,
                            progress: ((SeedProgress) -> Void)? = nil) throws -> SeedSummary {
        guard orders >= 0, disputes >= 0, disputes <= orders else {
            throw StoreError.invalidInput("Seed between 0 and --orders disputes (one dispute per order).")
        }
        let prefix = "S\(seed)"
        let exists = try store.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM orders WHERE id = ?", arguments: ["O-\(prefix)-0000001"]) ?? false
        }
        if exists { throw StoreError.duplicate("This database already holds the data of seed \(seed); choose another --seed.") }

        var summary = SeedSummary()
        let buyerCount = max(20, orders / 50)
        let shopCount = max(8, min(2_000, orders / 500))
        summary.buyers = buyerCount
        summary.shops = shopCount
        summary.busiestBuyer = UserID("\(prefix)-b000001")
        summary.busiestShop = ShopID("\(prefix)-s0001")
        let total = orders + disputes
        try store.write { db in
            try db.execute(sql: "PRAGMA cache_size = -65536")
            let buyer = try db.makeStatement(sql: "INSERT INTO buyer (id, name, country) VALUES (?, ?, ?)")
            for index in 1...buyerCount {
                try buyer.execute(arguments: ["\(prefix)-b\(padded(index, 6))", SeedNames.person(index), SeedNames.country(index)])
            }
            let shop = try db.makeStatement(sql: "INSERT INTO shop (id, name, country) VALUES (?, ?, ?)")
            for index in 1...shopCount {
                try shop.execute(arguments: ["\(prefix)-s\(padded(index, 4))", SeedNames.shop(index), "CN"])
            }
        }
        let policy = store.policy
        // One real photo in the vault backs every generated dispute's evidence.
        let photo = try store.prepareEvidence(data: DemoImages.png(red: 90, green: 120, blue: 150), name: "photo.png")
        // Another thread makes the rows (orders, then the disputes' events, rows and notifications)
        // while this one writes them: the Swift half of the work off SQLite's core.
        let pipeline = WorkPipeline<SeedChunk>()
        pipeline.start { pipeline in
            var random = SeededRandom(seed: seed)
            // The disputed orders are the first ones made; a copy of the generator makes them again
            // for their disputes, rather than reading and decoding them back.
            var again = random
            var made = 0
            while made < orders {
                let end = min(orders, made + batch)
                var rows: [StatementArguments] = []
                rows.reserveCapacity(end - made)
                for number in (made + 1)...end {
                    let order = SeedOrders.order(number: number, disputed: number <= disputes, prefix: prefix, buyers: buyerCount,
                                                 shops: shopCount, now: now, policy: policy, random: &random)
                    rows.append(OrderWriter.arguments(order, version: 1, policy: policy, state: try FastOrderJSON.encode(order)))
                }
                guard pipeline.put(.orders(rows)) else { return }
                made = end
            }
            var opened = 0
            while opened < disputes {
                let end = min(disputes, opened + batch / 4)
                var saves: [DisputeSave] = []
                saves.reserveCapacity(end - opened)
                for number in (opened + 1)...end {
                    let order = SeedOrders.order(number: number, disputed: true, prefix: prefix, buyers: buyerCount,
                                                 shops: shopCount, now: now, policy: policy, random: &again)
                    saves.append(try SeedDisputes.save(number: number, order: order, prefix: prefix, photo: photo, now: now,
                                                       policy: policy, random: &random))
                }
                guard pipeline.put(.disputes(saves)) else { return }
                opened = end
            }
        }
        defer { pipeline.cancelAndWait() }
        var made = 0, opened = 0
        // Orders (those that get a dispute first, so their numbers are easy to find again) and then
        // disputes, all in one transaction with the secondary indexes of the tables they fill set
        // aside: sorting each index once costs far less than many random insertions (orders alone
        // 86 -> 40 s; the disputes' and notifications' indexes too: 300,000 + 100,000 seeded in
        // 27 -> 25.7 s, two A/B pairs). The orders' indexes come back before the disputes: rebuilt
        // after them, from pages the disputes had pushed out of the cache, they took longer than all
        // the updates they spared. A crash leaves none of it and the schema whole. The tab-count
        // triggers stay aside to the end: the seed's buyers are new, so their counts are made once.
        try store.withRollbackJournalIfAlone {
            try store.write { db in
                let orderIndexes = try IndexesSetAside.setAside(on: "orders", triggers: [], in: db)
                let aside = try [
                    IndexesSetAside.setAside(on: "orders", indexes: false, triggers: TabCountMigration.triggers, in: db),
                    IndexesSetAside.setAside(on: "dispute", triggers: [], in: db),
                    IndexesSetAside.setAside(on: "notification", triggers: [], in: db),
                ]
                var orderIndexesBack = false
                let statement = try db.makeStatement(sql: OrderWriter.upsertSQL)
                while let chunk = try pipeline.take() {
                    switch chunk {
                    case .orders(let rows):
                        for row in rows {
                            statement.setUncheckedArguments(row)
                            try statement.execute()
                        }
                        made += rows.count
                        progress?(SeedProgress(done: made, total: total))
                    case .disputes(let saves):
                        if !orderIndexesBack { try orderIndexes.restore(in: db); orderIndexesBack = true }
                        for save in saves { try save.write(in: db) }
                        opened += saves.count
                        progress?(SeedProgress(done: orders + opened, total: total))
                    }
                }
                if !orderIndexesBack { try orderIndexes.restore(in: db) }
                for indexes in aside { try indexes.restore(in: db) }
                try TabCountMigration.addCounts(ofBuyersFrom: prefix + "-b", below: prefix + "-c", in: db)
            }
        }
        summary.orders = made
        summary.disputes = opened
        return summary
    }
}

/// Generated orders: most are old and completed, the rest spread over every live status.
enum SeedOrders {
    static let items: [(String, ProductCategory, Int64)] = [
        ("Wireless earbuds", .electronics, 3_900), ("Phone case, clear", .general, 900), ("Running shoes", .clothing, 5_400),
        ("Smartwatch", .expensiveElectronics, 18_900), ("Silver ring", .jewellery, 4_200), ("Desk lamp", .general, 2_700),
        ("Camping stove", .general, 3_300), ("Bookshelf", .furniture, 12_000), ("Winter jacket", .clothing, 8_900),
        ("USB-C hub", .electronics, 2_900),
    ]

    static func order(number: Int, disputed: Bool, prefix: String, buyers: Int, shops: Int, now: Date, policy: Policy,
                      random: inout SeededRandom) -> Order {
        // A tenth of all orders belong to one buyer and one shop, so windows can be timed deep in a big list.
        let buyerIndex = number % 10 == 0 ? 1 : 1 + random.int(in: 0...(buyers - 1))
        let shopIndex = number % 10 == 0 ? 1 : 1 + random.int(in: 0...(shops - 1))
        let item = items[random.int(in: 0...(items.count - 1))]
        let currency: Currency = [.usd, .usd, .eur, .rub][number % 4]
        let amount = currency == .rub ? Money(minorUnits: item.2 / 100 * 92 * 100, currency: .rub) : Money(minorUnits: item.2 + Int64(number % 100), currency: currency)
        let paidAt: Date
        if disputed {
            paidAt = now.adding(days: -22).addingTimeInterval(-Double(random.int(in: 0...(3 * 86_400))))
        } else {
            // Spread over the last year, the newest orders the most recent.
            paidAt = now.addingTimeInterval(-Double(random.int(in: 600...(365 * 86_400))))
        }
        var order = Order(id: OrderID("O-\(prefix)-\(padded(number, 7))"), buyer: UserID("\(prefix)-b\(padded(buyerIndex, 6))"),
                          shop: ShopID("\(prefix)-s\(padded(shopIndex, 4))"), title: item.0, category: item.1,
                          amountPaid: amount, paymentMethod: [.card, .wallet, .alipay][number % 3], paidAt: paidAt, shippingMethod: .standard)
        let shipped = paidAt.adding(days: 2)
        guard shipped < now else { return order }
        func evolve(_ kind: OrderEvent.Kind, at instant: Date, by actor: Actor = .system) {
            order.evolve(OrderEvent(orderID: order.id, at: instant, actor: actor, kind: kind), policy: policy)
        }
        evolve(.shipped(trackingNumber: "LP\(100_000_000 + number)CN", method: .standard), at: shipped, by: .seller(order.shop))
        evolve(.trackingEvent(TrackingEvent(at: shipped.addingTimeInterval(21_600), kind: .inTransit, text: "Accepted by the carrier")), at: shipped.addingTimeInterval(21_600))
        let delivered = shipped.adding(days: 12)
        guard delivered < now else { return order }
        evolve(.trackingEvent(TrackingEvent(at: delivered, kind: .delivered, text: "Delivered")), at: delivered)
        evolve(.delivered, at: delivered)
        if disputed { return order }
        let confirmed = delivered.adding(days: 2)
        guard confirmed < now else { return order }
        evolve(.receiptConfirmed(automatic: false), at: confirmed, by: .buyer(order.buyer))
        let release = order.graceEnd(policy: policy)
        guard release < now else { return order }
        evolve(.fundsReleased(order.amountPaid), at: release)
        return order
    }
}

/// Generated disputes, opened through the domain on the first orders: most wait for the seller
/// (their deadlines fall over the next days), some are already in negotiation or mediation.
enum SeedDisputes {
    /// Counterfeit claims escalate at once, so a seventh of the disputes fill the staff queue.
    static let reasons: [ClaimReason] = [.notAsDescribed, .doesNotWork, .poorQuality, .lessQuantity, .emptyPackage, .damaged, .counterfeit]
    static func save(number: Int, order: Order, prefix: String, photo: EvidenceUpload, now: Date, policy: Policy,
                     random: inout SeededRandom) throws -> DisputeSave {
        let opened = now.addingTimeInterval(-Double(random.int(in: 60...(4 * 86_400))))
        let reason = reasons[number % reasons.count]
        let amount = order.amountPaid
        let draft = DisputeDraft(received: true, reason: reason, resolution: .refundOnly, amountText: amount.plainText,
                                 description: "Generated dispute \(number): the item does not match what was ordered.", evidence: [photo])
        let id = DisputeID("D-\(prefix)-\(padded(number, 7))")
        var (dispute, events) = try Dispute.open(id: id, order: order, draft: draft, by: .buyer(order.buyer), at: opened, policy: policy)
        if number % 3 == 0, dispute.stage == .sellerResponse {
            let counter = Proposal(resolution: .refundOnly, amount: Money(minorUnits: max(amount.currency.smallestClaim.minorUnits, amount.minorUnits / 2 / 100 * 100), currency: amount.currency))
            let answeredAt = min(now, opened.addingTimeInterval(3_600))
            events += try dispute.apply(.rejectWithCounterProposal(counter, evidence: []), by: .seller(order.shop), at: answeredAt,
                                        order: order, policy: policy)
        }
        // Every seeded order is written once (version 1) before its dispute is opened.
        let save = try DisputeSave(dispute, version: 1, events: events, order: { OrderSnapshot(order: order, version: 1) }, policy: policy)
        guard let save else { throw StoreError.invalidInput("Generated dispute \(number) had no events.") }
        return save
    }
}

/// What the seed's maker thread hands to its writer: a batch of order rows or of dispute saves.
enum SeedChunk: Sendable {
    case orders([StatementArguments])
    case disputes([DisputeSave])
}

/// A number with leading zeros ("0000042"), without the cost of `String(format:)` a million times.
func padded(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

/// Names for generated people and shops, combined from short lists.
enum SeedNames {
    static let first = ["Ana", "Ben", "Chen", "Dana", "Emeka", "Farah", "Gustav", "Hana", "Igor", "Julia", "Kofi", "Lena", "Marco", "Nour", "Oskar", "Pia"]
    static let last = ["Alves", "Brandt", "Castro", "Dubois", "Eriksen", "Fischer", "Gomez", "Horvat", "Ito", "Jensen", "Kaya", "Lopez", "Moreau", "Novak"]
    static let countries = ["US", "DE", "FR", "ES", "RU", "BR", "JP", "NL", "PL", "TR"]
    static let shopWords = ["Bright", "Golden", "Swift", "Lucky", "Blue", "Grand", "Happy", "Silver"]
    static let shopKinds = ["Store", "Trading", "Outlet", "Mall", "Supply", "Bazaar"]

    static func person(_ index: Int) -> String { "\(first[index % first.count]) \(last[(index / first.count) % last.count])" }
    static func country(_ index: Int) -> String { countries[index % countries.count] }
    static func shop(_ index: Int) -> String { "\(shopWords[index % shopWords.count]) \(shopKinds[(index / shopWords.count) % shopKinds.count]) \(index)" }
}
