/// An amount of money: integer minor units (cents, kopecks) plus currency. Never a floating-point number.
public struct Money: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    public var minorUnits: Int64
    public var currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// Whole major units, e.g. `Money.major(12, .usd)` is US$ 12.00.
    public static func major(_ units: Int64, _ currency: Currency) -> Money {
        Money(minorUnits: units * currency.minorPerMajor, currency: currency)
    }

    public static func zero(_ currency: Currency) -> Money { Money(minorUnits: 0, currency: currency) }

    public var isZero: Bool { minorUnits == 0 }

    /// Comparing amounts of different currencies is meaningless; such amounts order by currency code first.
    public static func < (lhs: Money, rhs: Money) -> Bool {
        if lhs.currency != rhs.currency { return lhs.currency.code < rhs.currency.code }
        return lhs.minorUnits < rhs.minorUnits
    }

    /// This amount times a small whole factor (the double-compensation cap).
    public func times(_ factor: Int64) -> Money {
        let (product, overflow) = minorUnits.multipliedReportingOverflow(by: factor)
        return Money(minorUnits: overflow ? Int64.max : product, currency: currency)
    }

    public var description: String { formatted }
}
