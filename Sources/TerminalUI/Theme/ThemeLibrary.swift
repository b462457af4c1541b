import Foundation

/// Finds and loads themes from the `themes/` folder next to the package the executable was built
/// from (searching upward from the executable and from the current directory). The default theme
/// is compiled in, so it loads even with no folder at all.
public struct ThemeLibrary: Sendable {
    public let directory: URL?

    public init(directory: URL?) { self.directory = directory }

    /// Searches upward from the executable's folder, then from the current directory, for a
    /// `themes` folder holding `default.toml`.
    public static func locate(
        executablePath: String? = Bundle.main.executablePath,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> ThemeLibrary {
        var starts: [URL] = []
        if let executablePath {
            starts.append(URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        starts.append(URL(fileURLWithPath: currentDirectory))
        for start in starts {
            var folder = start.standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent("themes")
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) {
                    return ThemeLibrary(directory: candidate)
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return ThemeLibrary(directory: nil)
    }

    /// Theme names available: every `*.toml` in the folder, plus the built-in default.
    public var names: [String] {
        var names: Set<String> = ["default"]
        if let directory, let files = try? FileManager.default.contentsOfDirectory(atPath: directory.path) {
            for file in files where file.hasSuffix(".toml") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    /// Loads a theme by name (or by path to a `.toml` file). Missing roles come from the default
    /// theme; "default" falls back to the built-in copy when the folder has none.
    public func load(_ nameOrPath: String) throws(ThemeError) -> LoadedTheme {
        let base = try loadDefault()
        if nameOrPath == "default" { return base }
        let url: URL
        if nameOrPath.hasSuffix(".toml") || nameOrPath.contains("/") {
            url = URL(fileURLWithPath: nameOrPath)
        } else if let directory {
            url = directory.appendingPathComponent(nameOrPath + ".toml")
        } else {
            throw .notFound(name: nameOrPath, searched: nil)
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .notFound(name: nameOrPath, searched: directory?.path)
        }
        return try parseFile(url, base: base.theme)
    }

    private func loadDefault() throws(ThemeError) -> LoadedTheme {
        if let directory {
            let url = directory.appendingPathComponent("default.toml")
            if FileManager.default.fileExists(atPath: url.path) {
                let text = try readFile(url)
                // The shipped file is the built-in text (a test keeps them equal): parsing the
                // TOML a second time cost ~0.6 ms of every start.
                if text == BuiltinThemes.defaultTOML + "\n" || text == BuiltinThemes.defaultTOML { return LoadedTheme(theme: BuiltinThemes.default, warnings: []) }
                return try ThemeParser.parse(text, source: url.lastPathComponent, base: BuiltinThemes.default)
            }
        }
        return LoadedTheme(theme: BuiltinThemes.default, warnings: [])
    }

    private func parseFile(_ url: URL, base: Theme) throws(ThemeError) -> LoadedTheme {
        try ThemeParser.parse(try readFile(url), source: url.lastPathComponent, base: base)
    }

    private func readFile(_ url: URL) throws(ThemeError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
    }
}
