import Foundation

/// Messages for standard error. Foundation's `FileHandle.write(_:)` stops the program when the write
/// fails, and standard error is often the very terminal that has just gone away (a closed window, a
/// dropped ssh link): a farewell nobody can read is dropped instead.
public enum StandardError {
    public static func write(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
    }
}
