/// The evidence rules of SPEC §3.6: kind by content, size by kind, a checksum.
public enum EvidenceRules {
    /// The kind of an uploaded file, or the reason it is refused.
    public static func check(_ upload: EvidenceUpload, policy: Policy) -> Result<EvidenceKind, EvidenceProblem> {
        guard upload.sizeBytes > 0 else { return .failure(.emptyFile(name: upload.name)) }
        guard let kind = EvidenceKind.detect(leadingBytes: upload.leadingBytes) else {
            return .failure(.unsupportedContent(name: upload.name))
        }
        let max = policy.maxBytes(for: kind)
        guard upload.sizeBytes <= max else {
            return .failure(.tooLarge(name: upload.name, kind: kind, sizeBytes: upload.sizeBytes, maxBytes: max))
        }
        guard isSHA256Hex(upload.sha256) else { return .failure(.badChecksum(name: upload.name)) }
        return .success(kind)
    }

    static func isSHA256Hex(_ text: String) -> Bool {
        text.count == 64 && text.allSatisfy { $0.isHexDigit }
    }
}
