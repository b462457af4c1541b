import Foundation

/// Runs the built `parley` binary with posix_spawn (Foundation's Process can hang on inherited pipes).
enum ChildProcess {
    /// `.build/debug/parley` (or release) of this package, found from this source file's path.
    static var parleyBinary: String? {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        return ["debug", "release"].map { "\(root)/.build/\($0)/parley" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts the binary with output sent to files in `folder`; returns its process id.
    static func spawn(_ arguments: [String], outputIn folder: String) throws -> pid_t {
        guard let binary = parleyBinary else { throw ChildError.binaryMissing }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, folder + "/stdout.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, folder + "/stderr.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([binary] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, binary, &actions, nil, argv, environ)
        guard code == 0 else { throw ChildError.spawnFailed(code) }
        return pid
    }

    /// Runs to completion; returns the exit code and what it wrote to stderr.
    static func run(_ arguments: [String], in folder: String) throws -> (status: Int32, stderr: String) {
        let pid = try spawn(arguments, outputIn: folder)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        let stderr = (try? String(contentsOfFile: folder + "/stderr.txt", encoding: .utf8)) ?? ""
        return ((status >> 8) & 0xFF, stderr)
    }

    enum ChildError: Error {
        case binaryMissing
        case spawnFailed(Int32)
    }
}
