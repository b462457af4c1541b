import Foundation

/// Makes sure a database about to be opened has a write-ahead log file.
///
/// Why: when a database has no WAL file, GRDB's `DatabasePool` creates and drops a table at open to
/// make SQLite write one (groue/GRDB.swift#102), and SQLite deletes the file again when the last
/// connection closes. So every start of the console paid a write transaction, a schema change that
/// every connection re-read, and two fsyncs: about 3 ms of the first frame (strace, perf). SQLite
/// reads a log no longer than its 32-byte header as empty, and writes a real header over it with its
/// first transaction, so a file of that length serves GRDB's purpose without a write.
enum WriteAheadLogFile {
    static let headerLength: off_t = 32

    /// Best effort: if the file cannot be made, GRDB's own way still works.
    static func prepare(forDatabaseAt path: String) {
        var database = stat()
        // Only beside a regular file: SQLite refuses a symbolic link anyway, and no stray log is left.
        guard lstat(path, &database) == 0, (database.st_mode & S_IFMT) == S_IFREG else { return }
        let mode = database.st_mode & 0o777
        let descriptor = open(path + "-wal", O_WRONLY | O_CREAT | O_CLOEXEC, mode)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var log = stat()
        guard fstat(descriptor, &log) == 0, log.st_size < headerLength else { return }
        // As SQLite does for the logs it creates: the database's permissions (not the umask's) and,
        // for root, its owner.
        if log.st_size == 0 {
            _ = fchmod(descriptor, mode)
            if geteuid() == 0 { _ = fchown(descriptor, database.st_uid, database.st_gid) }
        }
        // Grows the file to the header's length and never overwrites a byte already there, so a
        // log another process has just begun is left as it is.
        _ = posix_fallocate(descriptor, 0, headerLength)
    }
}
