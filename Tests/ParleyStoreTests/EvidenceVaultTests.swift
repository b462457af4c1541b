import Foundation
import Testing
@testable import ParleyCore
@testable import ParleyStore

@Suite struct EvidenceVaultTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 7, count: 40)
    static let mp4: [UInt8] = [0, 0, 0, 0x18] + Array("ftypisom".utf8) + Array(repeating: 1, count: 40)

    func write(_ bytes: [UInt8], _ name: String, in folder: TemporaryFolder) throws -> String {
        let path = folder.file(name)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aGoodPhotoIsCopiedUnderItsHash() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let source = try write(Self.png, "parcel.jpg", in: folder)
        let stored = try store.storeEvidence(path: source)
        #expect(stored.kind == .png)  // decided by content, not by the ".jpg" name
        #expect(stored.name == "parcel.jpg")
        #expect(stored.size == Int64(Self.png.count))
        #expect(stored.sha256.count == 64)
        let copy = store.evidence.path(forSHA256: stored.sha256)
        #expect(copy.hasPrefix(folder.path + "/evidence/" + stored.sha256.prefix(2) + "/"))
        #expect(FileManager.default.contents(atPath: copy) == Data(Self.png))
        // The original may go away; the stored copy stays.
        try FileManager.default.removeItem(atPath: source)
        #expect(FileManager.default.fileExists(atPath: copy))
        #expect(try store.verify().isIntact)
    }

    @Test func theSameContentIsStoredOnce() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let first = try store.storeEvidence(path: write(Self.png, "a.png", in: folder))
        let second = try store.storeEvidence(path: write(Self.png, "b.png", in: folder))
        #expect(first.sha256 == second.sha256)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/evidence/" + first.sha256.prefix(2))
        #expect(files == [first.sha256])
    }

    @Test func aMissingPathIsRefused() throws {
        let folder = try TemporaryFolder()
        let vault = EvidenceVault(root: folder.file("evidence"))
        #expect(throws: EvidenceFileError.missing(path: folder.file("nope.png"))) { try vault.store(path: folder.file("nope.png")) }
    }

    @Test func aDanglingLinkIsRefused() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.png"), withDestinationPath: folder.file("gone.png"))
        let vault = EvidenceVault(root: folder.file("evidence"))
        #expect(throws: EvidenceFileError.danglingLink(path: folder.file("link.png"))) { try vault.store(path: folder.file("link.png")) }
    }

    @Test func aFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        let vault = EvidenceVault(root: folder.file("evidence"))
        #expect(throws: EvidenceFileError.isDirectory(path: folder.path)) { try vault.store(path: folder.path) }
    }

    @Test func anEmptyFileIsRefused() throws {
        let folder = try TemporaryFolder()
        let vault = EvidenceVault(root: folder.file("evidence"))
        let path = try write([], "empty.png", in: folder)
        #expect(throws: EvidenceFileError.empty(path: path)) { try vault.store(path: path) }
    }

    @Test func aFileOfTheWrongKindIsRefused() throws {
        let folder = try TemporaryFolder()
        let vault = EvidenceVault(root: folder.file("evidence"))
        let path = try write(Array("%PDF-1.7 not a photo".utf8), "receipt.png", in: folder)
        #expect(throws: EvidenceFileError.unknownKind(path: path)) { try vault.store(path: path) }
        #expect(!FileManager.default.fileExists(atPath: folder.file("evidence")))
    }

    @Test func anOversizedImageIsRefusedButTheSameSizeOfVideoIsNot() throws {
        let folder = try TemporaryFolder()
        let vault = EvidenceVault(root: folder.file("evidence"), limits: EvidenceSizeLimits(maxImageBytes: 40, maxVideoBytes: 100))
        let image = try write(Self.png, "big.png", in: folder)
        #expect(throws: EvidenceFileError.tooLarge(path: image, kind: .image, size: 48, limit: 40)) { try vault.store(path: image) }
        let video = try write(Self.mp4, "clip.mp4", in: folder)
        #expect(try vault.store(path: video).kind == .mp4)
    }

    @Test func aDeviceIsNotAnOrdinaryFile() throws {
        let vault = EvidenceVault(root: NSTemporaryDirectory() + "unused")
        #expect(throws: EvidenceFileError.notRegularFile(path: "/dev/null")) { try vault.store(path: "/dev/null") }
    }

    @Test(.enabled(if: geteuid() != 0, "root can read any file"))
    func anUnreadableFileIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = try write(Self.png, "secret.png", in: folder)
        chmod(path, 0o000)
        let vault = EvidenceVault(root: folder.file("evidence"))
        #expect { try vault.store(path: path) } throws: { error in
            if case EvidenceFileError.unreadable = error { return true }
            return false
        }
    }

    @Test func verifyFindsAChangedOrMissingEvidenceFile() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let stored = try store.storeEvidence(path: write(Self.png, "a.png", in: folder))
        let copy = store.evidence.path(forSHA256: stored.sha256)
        try Data(Self.mp4).write(to: URL(fileURLWithPath: copy))
        #expect(try store.verify().breaks.first?.problem == "the stored file was changed")
        try FileManager.default.removeItem(atPath: copy)
        #expect(try store.verify().breaks.first?.problem.contains("missing") == true)
    }

    @Test func everyRefusalSaysWhy() {
        let refusal = EvidenceFileError.tooLarge(path: "/x/video.png", kind: .image, size: 12 * 1024 * 1024, limit: 10 * 1024 * 1024)
        #expect(refusal.description == "/x/video.png is 12 MB; a image may be at most 10 MB.")
    }
}
