/// How many colours the terminal can show, after `NO_COLOR` is taken into account.
public enum ColorDepth: Int, Sendable, Comparable {
    case monochrome = 0, colors8 = 8, colors16 = 16, colors256 = 256

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The depth for a terminal reporting `colors`, honouring `NO_COLOR` (any non-empty value).
    public static func detect(colors: Int, hasColors: Bool, environment: [String: String]) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        guard hasColors else { return .monochrome }
        if colors >= 256 { return .colors256 }
        if colors >= 16 { return .colors16 }
        if colors >= 8 { return .colors8 }
        return .monochrome
    }
}
