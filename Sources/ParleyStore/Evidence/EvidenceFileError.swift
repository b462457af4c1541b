/// Why a file offered as evidence was refused.
public enum EvidenceFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case danglingLink(path: String)
    case isDirectory(path: String)
    case notRegularFile(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case unknownKind(path: String)
    case tooLarge(path: String, kind: EvidenceKindName, size: Int64, limit: Int64)
    case copyFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let path): return "No file at \(path)."
        case .danglingLink(let path): return "\(path) is a link to a file that no longer exists."
        case .isDirectory(let path): return "\(path) is a folder; choose a photo or video file."
        case .notRegularFile(let path): return "\(path) is not an ordinary file."
        case .unreadable(let path, let reason): return "\(path) cannot be read: \(reason)."
        case .empty(let path): return "\(path) is empty."
        case .unknownKind(let path):
            return "\(path) is not a photo or video Parley accepts (jpg, png, gif, webp, mp4, mov, webm; checked by content, not by name)."
        case .tooLarge(let path, let kind, let size, let limit):
            return "\(path) is \(ByteCountText.format(size)); a \(kind.rawValue) may be at most \(ByteCountText.format(limit))."
        case .copyFailed(let path, let reason): return "\(path) could not be stored: \(reason)."
        }
    }
}

/// Whether a limit speaks of an image or a video.
public enum EvidenceKindName: String, Sendable, Equatable {
    case image, video
}

/// Human sizes for messages ("12.3 MB").
public enum ByteCountText {
    public static func format(_ bytes: Int64) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1024
        var index = 0
        while value >= 1024 && index < units.count - 1 {
            value /= 1024
            index += 1
        }
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? "\(Int(rounded)) \(units[index])" : "\(rounded) \(units[index])"
    }
}
