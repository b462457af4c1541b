import ParleyCore

/// The people and goods of the demo marketplace.
enum DemoCatalogue {
    struct Buyer {
        var id: String
        var name: String
        var country: String
        var currency: Currency
    }

    struct Shop {
        var id: String
        var name: String
        var country: String
        var items: [Item]
    }

    struct Item {
        var title: String
        var category: ProductCategory
        /// Price in US dollars (whole units); converted roughly for EUR and RUB.
        var dollars: Int64
    }

    static let buyers: [Buyer] = [
        Buyer(id: "amara", name: "Amara Okafor", country: "NG", currency: .usd),
        Buyer(id: "lukas", name: "Lukas Schmidt", country: "DE", currency: .eur),
        Buyer(id: "sofia", name: "Sofia Rossi", country: "IT", currency: .eur),
        Buyer(id: "hiroshi", name: "Hiroshi Tanaka", country: "JP", currency: .usd),
        Buyer(id: "olga", name: "Olga Petrova", country: "RU", currency: .rub),
        Buyer(id: "mateo", name: "Mateo García", country: "ES", currency: .eur),
        Buyer(id: "chloe", name: "Chloé Martin", country: "FR", currency: .eur),
        Buyer(id: "wei", name: "Wei Zhang", country: "SG", currency: .usd),
        Buyer(id: "priya", name: "Priya Sharma", country: "IN", currency: .usd),
        Buyer(id: "jan", name: "Jan Kowalski", country: "PL", currency: .eur),
        Buyer(id: "fatima", name: "Fatima Al-Sayed", country: "AE", currency: .usd),
        Buyer(id: "lucas", name: "Lucas Silva", country: "BR", currency: .usd),
        Buyer(id: "emma", name: "Emma Johansson", country: "SE", currency: .eur),
        Buyer(id: "noah", name: "Noah Williams", country: "US", currency: .usd),
        Buyer(id: "dmitri", name: "Dmitri Ivanov", country: "RU", currency: .rub),
        Buyer(id: "anouk", name: "Anouk de Vries", country: "NL", currency: .eur),
        Buyer(id: "seoyeon", name: "Seo-yeon Kim", country: "KR", currency: .usd),
        Buyer(id: "mehmet", name: "Mehmet Yılmaz", country: "TR", currency: .usd),
        Buyer(id: "isabella", name: "Isabella Costa", country: "PT", currency: .eur),
        Buyer(id: "tatiana", name: "Tatiana Smirnova", country: "RU", currency: .rub),
    ]

    static let shops: [Shop] = [
        Shop(id: "northwind", name: "Northwind Electronics", country: "CN", items: [
            Item(title: "Wireless earbuds with charging case", category: .electronics, dollars: 39),
            Item(title: "65 W USB-C GaN charger", category: .electronics, dollars: 24),
            Item(title: "Mechanical keyboard, brown switches", category: .electronics, dollars: 59),
        ]),
        Shop(id: "gadgethub", name: "Shenzhen Gadget Hub", country: "CN", items: [
            Item(title: "Smartwatch with AMOLED display", category: .expensiveElectronics, dollars: 189),
            Item(title: "Action camera 4K60", category: .expensiveElectronics, dollars: 249),
            Item(title: "Bluetooth tracker, 4-pack", category: .electronics, dollars: 29),
        ]),
        Shop(id: "lotus", name: "Lotus Home & Garden", country: "CN", items: [
            Item(title: "Ceramic planter set (3 pcs)", category: .general, dollars: 27),
            Item(title: "Solar garden lights, 12 pack", category: .general, dollars: 33),
            Item(title: "Bamboo shoe rack", category: .furniture, dollars: 74),
        ]),
        Shop(id: "bellamoda", name: "Bella Moda", country: "TR", items: [
            Item(title: "Linen summer dress, size M", category: .clothing, dollars: 45),
            Item(title: "Leather ankle boots, EU 39", category: .clothing, dollars: 89),
            Item(title: "Wool scarf, charcoal", category: .clothing, dollars: 21),
        ]),
        Shop(id: "polar", name: "Polar Outdoor", country: "CN", items: [
            Item(title: "Two-person dome tent", category: .largeGoods, dollars: 129),
            Item(title: "Down sleeping bag, -10 °C", category: .general, dollars: 98),
            Item(title: "Trekking poles, carbon", category: .general, dollars: 36),
        ]),
        Shop(id: "sakura", name: "Sakura Crafts", country: "JP", items: [
            Item(title: "Japanese calligraphy brush set", category: .general, dollars: 31),
            Item(title: "Washi tape collection, 20 rolls", category: .general, dollars: 15),
            Item(title: "Handmade tea bowl", category: .general, dollars: 52),
        ]),
        Shop(id: "volga", name: "Volga Trading", country: "RU", items: [
            Item(title: "Cast-iron skillet 28 cm", category: .general, dollars: 35),
            Item(title: "Oak bookshelf, 5 tiers", category: .furniture, dollars: 210),
            Item(title: "Samovar, electric, 3 L", category: .general, dollars: 120),
        ]),
        Shop(id: "goldenthread", name: "Golden Thread Jewellery", country: "IN", items: [
            Item(title: "Sterling silver pendant with opal", category: .jewellery, dollars: 79),
            Item(title: "Gold-plated hoop earrings", category: .jewellery, dollars: 42),
            Item(title: "Freshwater pearl bracelet", category: .jewellery, dollars: 65),
        ]),
    ]

    static let staff: [(name: String, displayName: String)] = [
        ("mira", "Mira Okonkwo"), ("nadia", "Nadia Haddad"), ("tomas", "Tomás Ruiz"),
    ]

    /// The demo staff password; the demo database says so on the sign-in screen.
    static let staffPassword = "parley-demo"

    static func price(_ item: Item, in currency: Currency, variation: Int) -> Money {
        let cents = item.dollars * 100 + Int64(variation % 100)
        switch currency {
        case .usd: return Money(minorUnits: cents, currency: .usd)
        case .eur: return Money(minorUnits: cents * 92 / 100, currency: .eur)
        // Roubles in whole units, as shops price them.
        case .rub: return Money(minorUnits: item.dollars * 92 * 100, currency: .rub)
        }
    }

    static func description(for reason: ClaimReason) -> String {
        switch reason {
        case .notAsDescribed: return "The listing shows a navy blue item with a charger included. I received a grey one and there is no charger in the box."
        case .doesNotWork: return "It arrived in good condition but does not turn on, even after charging it overnight with two different cables."
        case .poorQuality: return "The stitching came apart after two days of normal use and the material feels much thinner than in the photos."
        case .counterfeit: return "The logo is printed crooked, the serial number does not exist on the brand's website and the packaging is a copy."
        case .lessQuantity: return "I ordered a pack of four but the parcel contained only two pieces. The packing slip also says four."
        case .emptyPackage: return "The parcel arrived sealed but completely empty. I filmed the unboxing; the weight on the label is 40 g."
        case .damaged: return "The box was crushed in transport and the item inside is cracked on one side. Photos of the parcel are attached."
        case .differentShippingMethod: return "I paid for express courier delivery but the parcel was sent by economy post and took three weeks longer."
        case .protectionExpiringInTransit: return "My protection ends in a few days but the parcel is still in transit according to the tracking page."
        case .returnedByCarrier: return "The carrier returned the parcel to the seller without trying to deliver it. I never received anything."
        case .noTrackingInformation: return "The tracking number has shown no information at all since the seller marked the order as shipped."
        case .customsDutyTooHigh: return "Customs asks for a duty higher than the price of the item; I do not want to pay it and ask for a refund."
        case .wrongAddress: return "The seller shipped to an old address that is not the one on my order; the parcel is stuck at the wrong depot."
        }
    }

    static let buyerMessages = [
        "Hello, could you please check the photos I attached? The problem is clearly visible.",
        "I can send the item back if you cover part of the postage.",
        "Any update? The countdown is running and I have not heard from you.",
        "Здравствуйте, товар пришёл повреждённым, прошу вернуть деньги.",
    ]

    static let sellerMessages = [
        "Sorry for the trouble. We checked the batch and it passed quality control; can you send a video?",
        "We can offer a partial refund instead of a return, the postage would cost more than the item.",
        "Our warehouse shows the parcel was handed to the carrier with the right address.",
    ]
}
