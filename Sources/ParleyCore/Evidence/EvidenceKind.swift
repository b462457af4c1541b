/// What an evidence file is, decided from its leading bytes (never from its name).
public enum EvidenceKind: String, Codable, Sendable, CaseIterable, Hashable {
    case jpeg, png, gif, webp, mp4, mov, webm

    public var isVideo: Bool {
        switch self {
        case .mp4, .mov, .webm: return true
        case .jpeg, .png, .gif, .webp: return false
        }
    }

    /// How many leading bytes `detect` needs to see.
    public static let signatureLength = 16

    /// The kind named by a file's magic number, or nil when it is none of the accepted kinds.
    public static func detect(leadingBytes bytes: [UInt8]) -> EvidenceKind? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts([0x1A, 0x45, 0xDF, 0xA3]) { return .webm }
        // ISO base media: a box size, then "ftyp" and a brand; QuickTime's brand is "qt  ".
        if starts(Array("ftyp".utf8), at: 4) {
            return starts(Array("qt  ".utf8), at: 8) ? .mov : .mp4
        }
        // Old QuickTime files start with a moov/mdat/wide box instead of ftyp.
        if starts(Array("moov".utf8), at: 4) || starts(Array("wide".utf8), at: 4) || starts(Array("mdat".utf8), at: 4) {
            return .mov
        }
        return nil
    }
}
