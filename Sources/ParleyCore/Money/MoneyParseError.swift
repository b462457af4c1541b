/// Why typed text is not an amount of money.
public enum MoneyParseError: Error, Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    case empty
    case notANumber(String)
    case scientificNotation(String)
    case negative
    case tooManyDecimals(allowed: Int)
    case tooManyDigits(maxWholeDigits: Int)

    public var message: String { description }

    public var description: String {
        switch self {
        case .empty:
            return "Enter an amount."
        case .notANumber(let text):
            return "\"\(text)\" is not an amount: use digits with an optional decimal point, like 12.50."
        case .scientificNotation(let text):
            return "\"\(text)\" uses exponent notation; write the amount out in digits, like 1000000."
        case .negative:
            return "The amount cannot be negative."
        case .tooManyDecimals(let allowed):
            return "At most \(allowed) digits are allowed after the decimal point."
        case .tooManyDigits(let max):
            return "The amount is too large: at most \(max) digits before the decimal point."
        }
    }
}
