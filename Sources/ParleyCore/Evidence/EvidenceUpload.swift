/// An evidence file as the domain receives it from a form: its name, its first bytes, its size and
/// checksum. The domain never reads files; the store does, and hands over these values.
public struct EvidenceUpload: Codable, Sendable, Hashable {
    public var name: String
    /// At least `EvidenceKind.signatureLength` leading bytes of the file.
    public var leadingBytes: [UInt8]
    public var sizeBytes: Int64
    /// SHA-256 of the whole file, 64 lowercase hex digits.
    public var sha256: String

    public init(name: String, leadingBytes: [UInt8], sizeBytes: Int64, sha256: String) {
        self.name = name
        self.leadingBytes = leadingBytes
        self.sizeBytes = sizeBytes
        self.sha256 = sha256
    }
}
