/// Why a theme could not be loaded.
public enum ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFound(name: String, searched: String?)
    case unreadable(path: String, reason: String)
    case invalidTOML(source: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let name, let searched):
            return "theme '\(name)' not found" + (searched.map { " in \($0)" } ?? "")
        case .unreadable(let path, let reason):
            return "cannot read theme file \(path): \(reason)"
        case .invalidTOML(let source, let reason):
            return "theme \(source) is not valid TOML: \(reason)"
        }
    }
}
