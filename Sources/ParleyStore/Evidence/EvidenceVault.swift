import Crypto
import Foundation
import ParleyCore

/// A file that passed the checks and is ready to be stored.
public struct InspectedEvidenceFile: Sendable, Equatable {
    public var path: String
    public var name: String
    public var kind: EvidenceKind
    public var size: Int64
}

/// A file copied into the vault, named by its content.
public struct StoredEvidenceFile: Sendable, Equatable, Hashable {
    public var name: String
    public var kind: EvidenceKind
    public var size: Int64
    public var sha256: String
}

/// Size limits per kind of evidence (SPEC §3: images up to 10 MB, videos up to 500 MB).
public struct EvidenceSizeLimits: Sendable, Equatable {
    public var maxImageBytes: Int64
    public var maxVideoBytes: Int64

    public init(maxImageBytes: Int64 = 10 * 1024 * 1024, maxVideoBytes: Int64 = 500 * 1024 * 1024) {
        self.maxImageBytes = maxImageBytes
        self.maxVideoBytes = maxVideoBytes
    }

    public func limit(for kind: EvidenceKind) -> Int64 { kind.isVideo ? maxVideoBytes : maxImageBytes }
}

/// The content-addressed folder beside the database: `evidence/ab/abcdef…`. A stored file is never
/// removed, so the audit trail keeps what was shown even after the evidence is withdrawn.
public struct EvidenceVault: Sendable {
    public let root: String
    public let limits: EvidenceSizeLimits

    public init(root: String, limits: EvidenceSizeLimits = EvidenceSizeLimits()) {
        self.root = root
        self.limits = limits
    }

    /// Where the file with this hash lives (whether or not it is there).
    public func path(forSHA256 sha256: String) -> String {
        "\(root)/\(sha256.prefix(2))/\(sha256)"
    }

    /// Checks a path without copying it: it must be a readable, non-empty photo or video within its limit.
    public func inspect(path: String) throws(EvidenceFileError) -> InspectedEvidenceFile {
        var info = stat()
        guard stat(path, &info) == 0 else {
            var linkInfo = stat()
            if lstat(path, &linkInfo) == 0 { throw .danglingLink(path: path) }
            if errno == EACCES { throw .unreadable(path: path, reason: "permission denied") }
            throw .missing(path: path)
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
        guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notRegularFile(path: path) }
        let handle = FileHandle(forReadingAtPath: path)
        guard let handle else { throw .unreadable(path: path, reason: String(cString: strerror(errno))) }
        defer { try? handle.close() }
        let size = Int64(info.st_size)
        guard size > 0 else { throw .empty(path: path) }
        let leading: Data
        do {
            leading = try handle.read(upToCount: EvidenceKind.signatureLength) ?? Data()
        } catch {
            throw .unreadable(path: path, reason: "\(error.localizedDescription)")
        }
        guard let kind = EvidenceKind.detect(leadingBytes: Array(leading)) else { throw .unknownKind(path: path) }
        let limit = limits.limit(for: kind)
        guard size <= limit else {
            throw .tooLarge(path: path, kind: kind.isVideo ? .video : .image, size: size, limit: limit)
        }
        return InspectedEvidenceFile(path: path, name: (path as NSString).lastPathComponent, kind: kind, size: size)
    }

    /// Validates the file, then copies it in chunks (a video may be 500 MB) while hashing it.
    public func store(path: String) throws(EvidenceFileError) -> StoredEvidenceFile {
        let inspected = try inspect(path: path)
        guard let input = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? input.close() }
        let temporary = "\(root)/incoming-\(UUID().uuidString)"
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: temporary, contents: nil) else {
                throw EvidenceFileError.copyFailed(path: path, reason: "cannot write into \(root)")
            }
            guard let output = FileHandle(forWritingAtPath: temporary) else {
                throw EvidenceFileError.copyFailed(path: path, reason: "cannot write into \(root)")
            }
            var hasher = SHA256()
            var size: Int64 = 0
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(data: chunk)
                try output.write(contentsOf: chunk)
                size += Int64(chunk.count)
            }
            try output.synchronize()
            try output.close()
            let sha256 = hasher.finalize().hexString
            try moveIntoPlace(temporary, sha256: sha256)
            return StoredEvidenceFile(name: inspected.name, kind: inspected.kind, size: size, sha256: sha256)
        } catch let error as EvidenceFileError {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .copyFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// Stores bytes made in memory (the demo data's pictures) through the same checks.
    public func store(data: Data, name: String) throws(EvidenceFileError) -> StoredEvidenceFile {
        guard !data.isEmpty else { throw .empty(path: name) }
        guard let kind = EvidenceKind.detect(leadingBytes: Array(data.prefix(EvidenceKind.signatureLength))) else {
            throw .unknownKind(path: name)
        }
        let limit = limits.limit(for: kind)
        guard Int64(data.count) <= limit else {
            throw .tooLarge(path: name, kind: kind.isVideo ? .video : .image, size: Int64(data.count), limit: limit)
        }
        let sha256 = SHA256.hash(data: data).hexString
        let temporary = "\(root)/incoming-\(UUID().uuidString)"
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: temporary))
            try moveIntoPlace(temporary, sha256: sha256)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw .copyFailed(path: name, reason: error.localizedDescription)
        }
        return StoredEvidenceFile(name: name, kind: kind, size: Int64(data.count), sha256: sha256)
    }

    /// Recomputes a stored file's hash; nil when the file is gone.
    func currentHash(ofSHA256 sha256: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path(forSHA256: sha256)) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hasher.finalize().hexString
    }

    private func moveIntoPlace(_ temporary: String, sha256: String) throws {
        let destination = path(forSHA256: sha256)
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if fileManager.fileExists(atPath: destination) {
            // Same content, same name: the copy already there is identical.
            try fileManager.removeItem(atPath: temporary)
        } else {
            try fileManager.moveItem(atPath: temporary, toPath: destination)
        }
    }
}
