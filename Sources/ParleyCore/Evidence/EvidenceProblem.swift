/// Why an evidence file is refused (SPEC §3.6).
public enum EvidenceProblem: Error, Codable, Sendable, Hashable, CustomStringConvertible {
    /// The content is none of jpg, png, gif, webp, mp4, mov, webm (whatever its name says).
    case unsupportedContent(name: String)
    case emptyFile(name: String)
    case tooLarge(name: String, kind: EvidenceKind, sizeBytes: Int64, maxBytes: Int64)
    case badChecksum(name: String)
    case tooManyFiles(max: Int)
    case required
    case notFound(EvidenceID)
    case notYours(EvidenceID)

    public var message: String { description }

    public var description: String {
        switch self {
        case .unsupportedContent(let name):
            return "\"\(name)\" is not a photo or video: only jpg, png, gif, webp, mp4, mov and webm are accepted (checked by content, not by name)."
        case .emptyFile(let name):
            return "\"\(name)\" is empty."
        case .tooLarge(let name, let kind, let size, let max):
            return "\"\(name)\" is \(ByteText.describe(size)); \(kind.isVideo ? "videos" : "images") may be at most \(ByteText.describe(max))."
        case .badChecksum(let name):
            return "\"\(name)\" has no valid SHA-256 checksum (64 hex digits)."
        case .tooManyFiles(let max):
            return "At most \(max) evidence files are allowed."
        case .required:
            return "Add at least one photo or video: it is required when you received the goods."
        case .notFound(let id):
            return "There is no evidence \(id) in this dispute."
        case .notYours(let id):
            return "Evidence \(id) was added by the other side; you can only remove your own."
        }
    }
}
