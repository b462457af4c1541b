import Foundation
import ParleyCore

/// What a mediator can type on the `:` command line.
public enum StaffCommand: Sendable, Hashable {
    case open(DisputeID)
    /// Take the case on screen (or the one selected in the queue).
    case take
    /// Sets (or with nil clears) one filter of the queue.
    case filter(QueueFilterChange)
    case clearFilters
    case theme(String)
    /// Moves the sandbox clock forward (training only).
    case advance(seconds: TimeInterval)
    case dashboard
    case queue
    case help

    /// The commands, for the `?` help and error messages.
    public static let usage: [String] = [
        ":open D-1042", ":take", ":filter reason=counterfeit", ":filter stage=mediation", ":filter shop=S-7",
        ":filter assignee=me|none|NAME", ":filter (clears)", ":theme NAME", ":dashboard", ":queue", ":advance 3d (sandbox)",
    ]
}

/// One change to the queue's filters.
public enum QueueFilterChange: Sendable, Hashable {
    case reason(ClaimReason?)
    case stage(DisputeStage?)
    case shop(ShopID?)
    case assignee(QueueFilter.Assignee?)

    public func apply(to filter: inout QueueFilter) {
        switch self {
        case .reason(let value): filter.reason = value
        case .stage(let value): filter.stage = value
        case .shop(let value): filter.shop = value
        case .assignee(let value): filter.assignee = value
        }
    }
}

/// Why a command line was not understood, in words shown on the status line.
public enum StaffCommandError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case unknownCommand(String)
    case missingArgument(command: String, example: String)
    case unexpectedArgument(command: String)
    case badDisputeID(String)
    case unknownFilterKey(String)
    case badFilterValue(key: String, value: String, choices: [String])
    case ambiguousFilterValue(key: String, value: String, matches: [String])
    case badDuration(String)
    case sandboxOnly

    public var description: String {
        switch self {
        case .empty: return "Type a command, e.g. :open D-1042 (Esc closes the command line)."
        case .unknownCommand(let name): return "Unknown command \":\(name)\". Commands: open, take, filter, theme, dashboard, queue, advance."
        case .missingArgument(let command, let example): return ":\(command) needs an argument, e.g. \(example)."
        case .unexpectedArgument(let command): return ":\(command) takes no argument."
        case .badDisputeID(let text): return "\"\(text)\" is not a dispute number; they look like D-1042."
        case .unknownFilterKey(let key): return "Cannot filter by \"\(key)\": use reason, stage, shop or assignee."
        case .badFilterValue(let key, let value, let choices):
            return "\"\(value)\" is not a \(key). Choose one of: \(choices.joined(separator: ", "))."
        case .ambiguousFilterValue(let key, let value, let matches):
            return "\"\(value)\" matches several \(key)s: \(matches.joined(separator: ", "))."
        case .badDuration(let text): return "\"\(text)\" is not a time span: write 3d, 12h, 30m or 1d12h."
        case .sandboxOnly: return ":advance moves the clock only in a sandbox (parley --sandbox); the real clock never moves."
        }
    }
}

extension StaffCommand {
    /// Reads a command line (with or without the leading ":"). `me` names the signed-in mediator, for `assignee=me`.
    public static func parse(_ line: String, me: StaffID, sandbox: Bool) throws(StaffCommandError) -> StaffCommand {
        var text = line.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix(":") { text.removeFirst() }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let name = words.first?.lowercased() else { throw .empty }
        let arguments = Array(words.dropFirst())
        func noArguments(_ command: StaffCommand) throws(StaffCommandError) -> StaffCommand {
            guard arguments.isEmpty else { throw .unexpectedArgument(command: name) }
            return command
        }
        switch name {
        case "open", "o":
            guard let argument = arguments.first else { throw .missingArgument(command: name, example: ":open D-1042") }
            guard arguments.count == 1 else { throw .unexpectedArgument(command: name) }
            return .open(try disputeID(argument))
        case "take": return try noArguments(.take)
        case "dashboard", "dash": return try noArguments(.dashboard)
        case "queue": return try noArguments(.queue)
        case "help": return try noArguments(.help)
        case "theme":
            guard arguments.count == 1 else {
                if arguments.isEmpty { throw .missingArgument(command: name, example: ":theme mono") }
                throw .unexpectedArgument(command: name)
            }
            return .theme(arguments[0])
        case "filter", "f":
            guard !arguments.isEmpty else { return .clearFilters }
            guard arguments.count == 1 else { throw .unexpectedArgument(command: name) }
            return .filter(try filterChange(arguments[0], me: me))
        case "advance":
            guard sandbox else { throw .sandboxOnly }
            guard arguments.count == 1 else {
                if arguments.isEmpty { throw .missingArgument(command: name, example: ":advance 3d") }
                throw .unexpectedArgument(command: name)
            }
            return .advance(seconds: try duration(arguments[0]))
        default:
            throw .unknownCommand(name)
        }
    }

    /// "D-1042", "d-1042" or just "1042".
    static func disputeID(_ text: String) throws(StaffCommandError) -> DisputeID {
        let upper = text.uppercased()
        let digits = upper.hasPrefix("D-") ? String(upper.dropFirst(2)) : upper
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .badDisputeID(text) }
        return DisputeID("D-\(digits)")
    }

    /// "3d", "12h", "30m", "1d12h"; a positive span of at most a year.
    static func duration(_ text: String) throws(StaffCommandError) -> TimeInterval {
        var total: TimeInterval = 0
        var number = ""
        var sawUnit = false
        for character in text.lowercased() {
            if character.isASCII && character.isNumber {
                number.append(character)
                continue
            }
            let unit: TimeInterval
            switch character {
            case "d": unit = 86_400
            case "h": unit = 3_600
            case "m": unit = 60
            default: throw .badDuration(text)
            }
            guard let value = Int(number), number.count <= 6 else { throw .badDuration(text) }
            total += TimeInterval(value) * unit
            number = ""
            sawUnit = true
        }
        guard sawUnit, number.isEmpty, total > 0, total <= 366 * 86_400 else { throw .badDuration(text) }
        return total
    }

    static func filterChange(_ argument: String, me: StaffID) throws(StaffCommandError) -> QueueFilterChange {
        let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let key = parts[0].lowercased()
        let value = parts.count > 1 ? parts[1] : ""
        let clears = value.isEmpty || value.lowercased() == "any" || value == "*"
        switch key {
        case "reason":
            if clears { return .reason(nil) }
            return .reason(try pick(value, key: key, from: ClaimReason.allCases, name: \.rawValue))
        case "stage":
            if clears { return .stage(nil) }
            return .stage(try pick(value, key: key, from: DisputeStage.allCases, name: \.rawValue))
        case "shop", "seller":
            return .shop(clears ? nil : ShopID(value))
        case "assignee", "who":
            if clears { return .assignee(nil) }
            switch value.lowercased() {
            case "me": return .assignee(.staff(me))
            case "none", "nobody", "unassigned": return .assignee(.unassigned)
            default: return .assignee(.staff(StaffID(value)))
            }
        default:
            throw .unknownFilterKey(parts[0])
        }
    }

    /// An exact name, or the one name that starts with (or contains) what was typed.
    static func pick<T>(_ typed: String, key: String, from all: [T], name: (T) -> String) throws(StaffCommandError) -> T {
        let wanted = typed.lowercased()
        if let exact = all.first(where: { name($0) == wanted }) { return exact }
        let prefixed = all.filter { name($0).hasPrefix(wanted) }
        if prefixed.count == 1 { return prefixed[0] }
        let containing = prefixed.isEmpty ? all.filter { name($0).contains(wanted) } : prefixed
        if containing.count == 1 { return containing[0] }
        if containing.isEmpty { throw .badFilterValue(key: key, value: typed, choices: all.map(name)) }
        throw .ambiguousFilterValue(key: key, value: typed, matches: containing.map(name))
    }
}
