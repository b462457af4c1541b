import Foundation

/// Where the database file lives: `--db PATH`, else `$PARLEY_DB`, else the XDG data folder.
public struct DatabaseLocation: Sendable, Equatable {
    /// How the path was chosen; only the default location gets its folder created for the user.
    public enum Source: String, Sendable, Equatable {
        case flag = "--db"
        case environment = "$PARLEY_DB"
        case xdgDataHome = "$XDG_DATA_HOME"
        case homeDefault = "~/.local/share"
    }

    public let path: String
    public let source: Source

    public init(path: String, source: Source) {
        self.path = path
        self.source = source
    }

    /// Picks the database path from the flag, the environment and the home folder, in that order.
    /// The environment and the home folder (nil: `$HOME`, else the account's) are looked up only when needed:
    /// copying the whole environment and asking Foundation for the home folder cost ~0.4 ms of every
    /// start that named its database (perf).
    public static func resolve(
        flag: String?,
        environment givenEnvironment: [String: String]? = nil,
        homeDirectory givenHomeDirectory: String? = nil
    ) throws(StoreOpeningError) -> DatabaseLocation {
        if let flag {
            guard !flag.isEmpty else { throw .emptyPath(source: Source.flag.rawValue) }
            try refuseControlCharacters(in: flag, source: .flag)
            return DatabaseLocation(path: absolute(flag), source: .flag)
        }
        let environmentVariable = { (name: String) -> String? in
            if let givenEnvironment { return givenEnvironment[name] }
            return getenv(name).map { String(cString: $0) }
        }
        if let variable = environmentVariable("PARLEY_DB"), !variable.isEmpty {
            try refuseControlCharacters(in: variable, source: .environment)
            return DatabaseLocation(path: absolute(variable), source: .environment)
        }
        // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
        if let dataHome = environmentVariable("XDG_DATA_HOME"), dataHome.hasPrefix("/") {
            return DatabaseLocation(path: dataHome + "/parley/parley.sqlite", source: .xdgDataHome)
        }
        // $HOME first, as every XDG program reads it: Foundation's home folder on Linux is the account's
        // from the password database, which ignores a HOME set for one run (a container, `sudo -E`).
        let homeDirectory = givenHomeDirectory ?? environmentVariable("HOME").flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory()
        guard !homeDirectory.isEmpty else { throw .noHomeDirectory }
        return DatabaseLocation(path: homeDirectory + "/.local/share/parley/parley.sqlite", source: .homeDefault)
    }

    /// The folder holding the database; evidence files live in `evidence/` inside it.
    public var directory: String {
        (path as NSString).deletingLastPathComponent
    }

    /// A newline or escape in a path is almost always a pasting accident or an attack on whoever
    /// reads the messages that quote it; no Parley database is created at such a path.
    private static func refuseControlCharacters(in path: String, source: Source) throws(StoreOpeningError) {
        guard path.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else { return }
        throw .controlCharacterInPath(source: source.rawValue)
    }

    private static func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
        let cwd = FileManager.default.currentDirectoryPath
        return ((cwd as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
    }
}
