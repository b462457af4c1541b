/// Why the command line was refused.
enum BenchOptionsError: Error, CustomStringConvertible {
    case missingValue(String)
    case badRuns(String)
    case unknownGroup(String)
    case unknownArgument(String)
    case helpRequested

    var description: String {
        switch self {
        case .missingValue(let flag): return "\(flag) needs a value."
        case .badRuns(let text): return "--runs must be a whole number of at least 1, not \"\(text)\"."
        case .unknownGroup(let name):
            return "unknown group \"\(name)\"; the groups are \(BenchGroup.allCases.map(\.rawValue).joined(separator: ", "))."
        case .unknownArgument(let argument): return "unknown argument \"\(argument)\"."
        case .helpRequested: return ""
        }
    }
}
