import Foundation

/// Finds and loads themes from the `themes/` folder next to the package the executable was built
/// from (searching upward from the executable and from the current directory). The default theme
/// is compiled in, so it loads even with no folder at all.
/// Paths are kept and joined as text: `URL`'s path handling cost ~0.3 ms the first time, at every
/// console start.
public struct ThemeLibrary: Sendable {
    /// The `themes` folder found, if any.
    public let folder: String?

    public var directory: URL? { folder.map { URL(fileURLWithPath: $0, isDirectory: true) } }

    public init(directory: URL?) { self.folder = directory?.path }

    init(folder: String?) { self.folder = folder }

    /// Searches upward from the executable's folder, then from the current directory, for a
    /// `themes` folder holding `default.toml`.
    /// `realpath` and `access` rather than `Bundle.main` and `FileManager`: see the type's comment.
    public static func locate(
        executablePath: String? = runningExecutablePath(),
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> ThemeLibrary {
        var starts: [String] = []
        if let executablePath {
            starts.append(parentFolder(of: resolvedPath(executablePath)))
        }
        starts.append(currentDirectory)
        for start in starts {
            var folder = standardized(start)
            while true {
                let candidate = folder == "/" ? "/themes" : folder + "/themes"
                if access(candidate + "/default.toml", F_OK) == 0 {
                    return ThemeLibrary(folder: candidate)
                }
                let parent = parentFolder(of: folder)
                if parent == folder { break }
                folder = parent
            }
        }
        return ThemeLibrary(folder: nil)
    }

    /// The running executable, symbolic links resolved (as `Bundle.main.executablePath` on Linux).
    public static func runningExecutablePath() -> String? {
        let path = resolvedPath("/proc/self/exe")
        return path == "/proc/self/exe" ? nil : path
    }

    /// `path` with symbolic links, `.` and `..` resolved when it exists; unchanged when it does not.
    private static func resolvedPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// An absolute path without empty, `.` and `..` components (a relative one is taken from `/`).
    private static func standardized(_ path: String) -> String {
        var components: [Substring] = []
        for component in path.split(separator: "/") where component != "." {
            if component == ".." { _ = components.popLast() } else { components.append(component) }
        }
        return "/" + components.joined(separator: "/")
    }

    /// The folder holding `path` (`/` for `/` itself and for anything directly under it).
    private static func parentFolder(of path: String) -> String {
        let standard = standardized(path)
        guard let slash = standard.lastIndex(of: "/"), slash != standard.startIndex else { return "/" }
        return String(standard[..<slash])
    }

    /// Theme names available: every `*.toml` in the folder, plus the built-in default.
    public var names: [String] {
        var names: Set<String> = ["default"]
        if let folder, let files = try? FileManager.default.contentsOfDirectory(atPath: folder) {
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// Loads a theme by name (or by path to a `.toml` file). Missing roles come from the default
    /// theme; "default" falls back to the built-in copy when the folder has none.
    public func load(_ nameOrPath: String) throws(ThemeError) -> LoadedTheme {
        let base = try loadDefault()
        if nameOrPath == "default" { return base }
        let path: String
        if nameOrPath.hasSuffix(".toml") || nameOrPath.contains("/") {
            path = nameOrPath
        } else if let folder {
            path = folder + "/" + nameOrPath + ".toml"
        } else {
            throw .notFound(name: nameOrPath, searched: nil)
        }
        guard access(path, F_OK) == 0 else {
            throw .notFound(name: nameOrPath, searched: folder)
        }
        return try parseFile(path, base: base.theme)
    }

    private func loadDefault() throws(ThemeError) -> LoadedTheme {
        if let folder {
            let path = folder + "/default.toml"
            if access(path, F_OK) == 0 {
                let text = try readFile(path)
                // The shipped file is the built-in text (a test keeps them equal): parsing the
                // TOML a second time cost ~0.6 ms of every start.
                if text == BuiltinThemes.defaultTOML + "\n" || text == BuiltinThemes.defaultTOML { return LoadedTheme(theme: BuiltinThemes.default, warnings: []) }
                return try ThemeParser.parse(text, source: "default.toml", base: BuiltinThemes.default)
            }
        }
        return LoadedTheme(theme: BuiltinThemes.default, warnings: [])
    }

    private func parseFile(_ path: String, base: Theme) throws(ThemeError) -> LoadedTheme {
        let fileName = path.split(separator: "/").last.map(String.init) ?? path
        return try ThemeParser.parse(try readFile(path), source: fileName, base: base)
    }

    private func readFile(_ path: String) throws(ThemeError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
    }
}
