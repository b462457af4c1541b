extension Money {
    /// Most whole digits accepted: far above any order, far below Int64 overflow.
    public static let maxWholeDigits = 12

    /// Reads what a person types: "12.5", "12,50", "1 234.00", " 7 ".
    /// Spaces (also no-break spaces) and apostrophes group thousands; either "." or "," is the decimal separator.
    /// When both appear ("1,234.50"), the last one is the decimal separator and the other groups thousands.
    public static func parse(_ text: String, currency: Currency) throws(MoneyParseError) -> Money {
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty { throw .empty }
        if trimmed.hasPrefix("-") || trimmed.hasPrefix("−") { throw .negative }
        if trimmed.contains(where: { $0 == "e" || $0 == "E" }),
           trimmed.allSatisfy({ $0.isASCII && ($0.isNumber || "eE.,+-".contains($0)) }) {
            throw .scientificNotation(trimmed)
        }
        let groupers: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "'", "’"]
        var body = String(trimmed.filter { !groupers.contains($0) })
        if body.hasPrefix("+") { body.removeFirst() }

        let separators = body.filter { $0 == "." || $0 == "," }
        var decimalSeparator: Character? = nil
        if let last = separators.last {
            let kinds = Set(separators)
            if kinds.count == 2 {
                // "1,234.50": the last separator is decimal; the other kind may only group thousands.
                decimalSeparator = last
                if separators.filter({ $0 == last }).count > 1 { throw .notANumber(trimmed) }
                body = String(body.filter { $0 != (last == "." ? "," : ".") })
            } else if separators.count == 1 {
                decimalSeparator = last
            } else {
                throw .notANumber(trimmed)
            }
        }

        let parts = decimalSeparator.map { sep in body.split(separator: sep, omittingEmptySubsequences: false).map(String.init) } ?? [body]
        let whole = parts[0]
        let fraction = parts.count > 1 ? parts[1] : ""
        guard !whole.isEmpty || !fraction.isEmpty,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }),
              fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .notANumber(trimmed)
        }
        let significantWhole = whole.drop(while: { $0 == "0" })
        if significantWhole.count > maxWholeDigits { throw .tooManyDigits(maxWholeDigits: maxWholeDigits) }
        let digits = currency.minorDigits
        let fractionDigits = fraction.reversed().drop(while: { $0 == "0" }).reversed()
        if fractionDigits.count > digits { throw .tooManyDecimals(allowed: digits) }

        let paddedFraction = String(fractionDigits) + String(repeating: "0", count: digits - fractionDigits.count)
        let wholeValue = Int64(significantWhole.isEmpty ? "0" : String(significantWhole)) ?? 0
        let fractionValue = Int64(paddedFraction.isEmpty ? "0" : paddedFraction) ?? 0
        return Money(minorUnits: wholeValue * currency.minorPerMajor + fractionValue, currency: currency)
    }
}
