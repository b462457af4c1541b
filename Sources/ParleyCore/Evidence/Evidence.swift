import Foundation

/// A photo or video attached to a dispute. Its content is stored with the dispute (by the store, under
/// its checksum), so the original file may go away.
public struct Evidence: Codable, Sendable, Hashable, Identifiable {
    public var id: EvidenceID
    public var name: String
    public var kind: EvidenceKind
    public var sizeBytes: Int64
    /// SHA-256 of the content, 64 lowercase hex digits, as given by the caller.
    public var sha256: String
    public var addedBy: Actor
    public var addedAt: Date

    public init(id: EvidenceID, name: String, kind: EvidenceKind, sizeBytes: Int64, sha256: String, addedBy: Actor, addedAt: Date) {
        self.id = id
        self.name = name
        self.kind = kind
        self.sizeBytes = sizeBytes
        self.sha256 = sha256
        self.addedBy = addedBy
        self.addedAt = addedAt
    }
}
