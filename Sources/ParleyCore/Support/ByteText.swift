/// File sizes as people read them: "12.0 MB".
public enum ByteText {
    public static func describe(_ bytes: Int64) -> String {
        let mib = 1024.0 * 1024.0
        if Double(bytes) >= mib { return "\(Double(Int(Double(bytes) / mib * 10)) / 10) MB" }
        if bytes >= 1024 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }
}
