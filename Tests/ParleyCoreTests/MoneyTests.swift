import Testing
import Foundation
import ParleyCore

@Suite("Money: integer minor units, parsing what people type, formatting")
struct MoneyTests {
    @Test("Amounts as typed are accepted", arguments: [
        ("12.5", Int64(1250)), ("12,50", 1250), ("1 234.00", 123_400), (" 7 ", 700), ("0.01", 1), ("1,234.56", 123_456), ("007", 700),
    ])
    func acceptedInputs(text: String, minor: Int64) throws {
        #expect(try Money.parse(text, currency: .usd) == Money(minorUnits: minor, currency: .usd))
    }

    @Test("Empty input is refused as empty")
    func emptyRefused() {
        #expect(throws: MoneyParseError.empty) { try Money.parse("", currency: .usd) }
        #expect(throws: MoneyParseError.empty) { try Money.parse("   ", currency: .usd) }
    }

    @Test("Letters are refused as not a number")
    func lettersRefused() {
        #expect(throws: MoneyParseError.notANumber("abc")) { try Money.parse("abc", currency: .usd) }
        #expect(throws: MoneyParseError.notANumber("1.2.3")) { try Money.parse("1.2.3", currency: .usd) }
    }

    @Test("Negative amounts are refused")
    func negativeRefused() {
        #expect(throws: MoneyParseError.negative) { try Money.parse("-5", currency: .usd) }
    }

    @Test("More decimals than the currency has are refused")
    func tooManyDecimalsRefused() {
        #expect(throws: MoneyParseError.tooManyDecimals(allowed: 2)) { try Money.parse("0.001", currency: .usd) }
    }

    @Test("Exponent notation is refused")
    func exponentRefused() {
        #expect(throws: MoneyParseError.scientificNotation("1e9")) { try Money.parse("1e9", currency: .usd) }
    }

    @Test("Too many digits are refused before they could overflow")
    func tooManyDigitsRefused() {
        #expect(throws: MoneyParseError.tooManyDigits(maxWholeDigits: 12)) {
            try Money.parse("99999999999999999999", currency: .eur)
        }
    }

    @Test("Every parse error explains itself")
    func errorsHaveMessages() {
        let errors: [MoneyParseError] = [.empty, .notANumber("x"), .scientificNotation("1e9"), .negative,
                                         .tooManyDecimals(allowed: 2), .tooManyDigits(maxWholeDigits: 12)]
        for error in errors { #expect(!error.message.isEmpty) }
        #expect(Set(errors.map(\.message)).count == errors.count)
    }

    @Test("Formatting: US$ 12.50, €12.50, 1 234 ₽")
    func formatting() {
        #expect(Money(minorUnits: 1250, currency: .usd).formatted == "US$ 12.50")
        #expect(Money(minorUnits: 1250, currency: .eur).formatted == "€12.50")
        #expect(Money(minorUnits: 123_400, currency: .rub).formatted == "1 234 ₽")
        #expect(Money(minorUnits: 123_450, currency: .rub).formatted == "1 234,50 ₽")
        #expect(Money(minorUnits: 123_456_789, currency: .usd).formatted == "US$ 1 234 567.89")
    }

    @Test("Smallest claim is 0.01 USD/EUR and 1 RUB")
    func smallestClaim() {
        #expect(Currency.usd.smallestClaim == Money(minorUnits: 1, currency: .usd))
        #expect(Currency.eur.smallestClaim == Money(minorUnits: 1, currency: .eur))
        #expect(Currency.rub.smallestClaim == Money.major(1, .rub))
    }

    @Test("Money round-trips through JSON as minor units and currency code")
    func codable() throws {
        let money = Money(minorUnits: 1250, currency: .eur)
        let data = try JSONEncoder().encode(money)
        #expect(try JSONDecoder().decode(Money.self, from: data) == money)
    }
}
