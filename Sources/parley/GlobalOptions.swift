import ArgumentParser
import Foundation
import ParleyCore

/// Options every subcommand understands.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The database file.", valueName: "path"), completion: .file(extensions: ["sqlite"]))
    var db: String?

    @Option(name: .long, help: ArgumentHelp("The deadline policy: aliexpress-2017 or classic.", valueName: "name"))
    var policy: String?

    @Option(name: .long, help: ArgumentHelp("Pretend the clock shows this instant (ISO 8601, e.g. 2026-11-24T15:00:00Z).", valueName: "time"))
    var now: String?

    /// The same options as plain values, which the console's quick start fills in without ArgumentParser.
    var values: GlobalOptionValues { GlobalOptionValues(db: db, policy: policy, now: now) }

    func resolvedPolicy() throws -> Policy { try values.resolvedPolicy() }
    func instant() throws -> Date { try values.instant() }
}

/// `--db`, `--policy` and `--now` as given (nil when absent), and what they mean.
struct GlobalOptionValues: Equatable {
    var db: String?
    var policy: String?
    var now: String?

    /// The named policy, or the default one.
    func resolvedPolicy() throws -> Policy {
        guard let policy else { return .default }
        guard let found = Policy.named(policy) else {
            let names = Policy.all.map(\.name).joined(separator: ", ")
            throw ValidationError("--policy \(policy) is not a known policy; choose one of: \(names).")
        }
        return found
    }

    /// The instant to act at: `--now` if given, else the real clock.
    func instant() throws -> Date {
        guard let now else { return Date() }
        guard let date = DateText.instant(from: now) else {
            throw ValidationError("--now \(now) is not a time; write it like 2026-11-24T15:00:00Z or 2026-11-24 15:00.")
        }
        return date
    }
}
