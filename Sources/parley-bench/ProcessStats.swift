import Foundation

/// Figures the kernel keeps about a running process (Linux /proc).
enum ProcessStats {
    /// Bytes the process has passed to write(2) and friends so far (`wchar` in /proc/PID/io).
    static func bytesWritten(pid: Int32) -> Int? {
        field("wchar:", in: "/proc/\(pid)/io")
    }

    /// Peak resident memory in kB (`VmHWM` in /proc/PID/status).
    static func peakResidentKB(pid: Int32) -> Int? {
        field("VmHWM:", in: "/proc/\(pid)/status")
    }

    private static func field(_ name: String, in path: String) -> Int? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name) {
            return Int(line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }
}
