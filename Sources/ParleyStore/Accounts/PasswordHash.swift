import _CryptoExtras
import Crypto
import Foundation

/// A salted PBKDF2-SHA256 password hash, stored as `pbkdf2-sha256$rounds$salt$hash` (base64).
/// The password itself is never stored, printed or logged.
public struct PasswordHash: Sendable, Equatable, CustomStringConvertible {
    public static let defaultRounds = 210_000

    let rounds: Int
    let salt: [UInt8]
    let derived: [UInt8]

    /// Hashes a new password with a fresh random salt.
    public static func make(password: String, rounds: Int = defaultRounds) throws -> PasswordHash {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return PasswordHash(rounds: rounds, salt: salt, derived: try derive(password, salt: salt, rounds: rounds))
    }

    /// Reads the stored form; nil when it is not one this version wrote.
    public init?(stored: String) {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "pbkdf2-sha256", let rounds = Int(parts[1]), rounds > 0,
              let salt = Data(base64Encoded: String(parts[2])), let derived = Data(base64Encoded: String(parts[3])),
              !derived.isEmpty
        else { return nil }
        self.init(rounds: rounds, salt: Array(salt), derived: Array(derived))
    }

    init(rounds: Int, salt: [UInt8], derived: [UInt8]) {
        self.rounds = rounds
        self.salt = salt
        self.derived = derived
    }

    public var stored: String {
        "pbkdf2-sha256$\(rounds)$\(Data(salt).base64EncodedString())$\(Data(derived).base64EncodedString())"
    }

    /// Never shows the hash either, in case a value is printed by accident.
    public var description: String { "PasswordHash(pbkdf2-sha256, \(rounds) rounds)" }

    /// Compares in constant time, so the time taken says nothing about how close a guess was.
    public func matches(_ password: String) -> Bool {
        guard let candidate = try? Self.derive(password, salt: salt, rounds: rounds), candidate.count == derived.count else {
            return false
        }
        var difference: UInt8 = 0
        for (a, b) in zip(candidate, derived) { difference |= a ^ b }
        return difference == 0
    }

    private static func derive(_ password: String, salt: [UInt8], rounds: Int) throws -> [UInt8] {
        let key = try KDF.Insecure.PBKDF2.deriveKey(from: Array(password.utf8), salt: salt, using: .sha256,
                                                     outputByteCount: 32, unsafeUncheckedRounds: rounds)
        return key.withUnsafeBytes { Array($0) }
    }
}
