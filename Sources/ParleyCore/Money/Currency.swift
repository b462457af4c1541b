/// A currency an order can be paid in, with what the domain needs to know about it.
public enum Currency: String, Codable, Sendable, CaseIterable, Hashable {
    case usd = "USD"
    case eur = "EUR"
    case rub = "RUB"

    /// ISO 4217 code, e.g. "USD".
    public var code: String { rawValue }

    /// Digits after the decimal separator (cents, kopecks).
    public var minorDigits: Int { 2 }

    /// How many minor units make one major unit (100 for all supported currencies).
    public var minorPerMajor: Int64 {
        var factor: Int64 = 1
        for _ in 0..<minorDigits { factor *= 10 }
        return factor
    }

    /// The smallest amount a buyer may claim (SPEC §3.4): 0.01 USD/EUR, 1 RUB.
    public var smallestClaim: Money {
        switch self {
        case .usd, .eur: return Money(minorUnits: 1, currency: self)
        case .rub: return Money(minorUnits: 100, currency: self)
        }
    }

    public var symbol: String {
        switch self {
        case .usd: return "US$"
        case .eur: return "€"
        case .rub: return "₽"
        }
    }
}
