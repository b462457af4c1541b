import Foundation

/// Tab completion of file paths, like a shell: completes the unique match (a folder gets a "/"),
/// or the longest common part of several and lists them.
public struct PathCompleter: Sendable {
    public struct Completion: Sendable, Hashable {
        /// The text to put in the field.
        public var text: String
        /// The names that still match when the completion is ambiguous (empty when unique or none).
        public var candidates: [String]
    }

    public let home: String
    public let currentDirectory: String

    public init(home: String = NSHomeDirectory(), currentDirectory: String = FileManager.default.currentDirectoryPath) {
        self.home = home
        self.currentDirectory = currentDirectory
    }

    /// nil when nothing matches.
    public func complete(_ text: String) -> Completion? {
        let (folderPart, prefix) = split(text)
        let folder = resolve(folderPart)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return nil }
        let matches = names
            .filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }
            .sorted()
        guard let first = matches.first else { return nil }
        if matches.count == 1 {
            let suffix = isDirectory(folder + "/" + first) ? "/" : ""
            return Completion(text: folderPart + first + suffix, candidates: [])
        }
        let common = matches.dropFirst().reduce(first) { $0.commonPrefix(with: $1) }
        let shown = matches.map { isDirectory(folder + "/" + $0) ? $0 + "/" : $0 }
        return Completion(text: folderPart + common, candidates: shown)
    }

    /// The path a typed text names: `~` is the home folder, relative paths start at the current folder.
    public func resolve(_ text: String) -> String {
        if text.isEmpty { return currentDirectory }
        if text == "~" { return home }
        if text.hasPrefix("~/") { return home + text.dropFirst() }
        if text.hasPrefix("/") { return text }
        return currentDirectory + "/" + text
    }

    /// "photos/par" → ("photos/", "par").
    private func split(_ text: String) -> (String, String) {
        guard let slash = text.lastIndex(of: "/") else { return text == "~" ? ("~/", "") : ("", text) }
        return (String(text[...slash]), String(text[text.index(after: slash)...]))
    }

    private func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
