extension Money {
    /// How the screens show an amount: "US$ 12.50", "€12.50", "1 234 ₽" (kopecks only when there are some).
    public var formatted: String {
        let negative = minorUnits < 0
        let magnitude = minorUnits.magnitude
        let perMajor = UInt64(currency.minorPerMajor)
        let whole = Self.grouped(magnitude / perMajor)
        let minor = magnitude % perMajor
        let minorText = String(minor)
        let paddedMinor = String(repeating: "0", count: max(0, currency.minorDigits - minorText.count)) + minorText
        let sign = negative ? "-" : ""
        switch currency {
        case .usd: return "\(sign)US$ \(whole).\(paddedMinor)"
        case .eur: return "\(sign)€\(whole).\(paddedMinor)"
        case .rub: return minor == 0 ? "\(sign)\(whole) ₽" : "\(sign)\(whole),\(paddedMinor) ₽"
        }
    }

    /// The amount as a person would type it back into a form ("12.50"), without symbol or grouping.
    public var plainText: String {
        let perMajor = UInt64(currency.minorPerMajor)
        let magnitude = minorUnits.magnitude
        let minorText = String(magnitude % perMajor)
        let padded = String(repeating: "0", count: max(0, currency.minorDigits - minorText.count)) + minorText
        return "\(minorUnits < 0 ? "-" : "")\(magnitude / perMajor).\(padded)"
    }

    private static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(" ") }
            out.append(digit)
        }
        return out
    }
}
