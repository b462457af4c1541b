import Foundation
import TerminalUI

/// One step of a fuzz run: what the run loop can hand the console (a key, a new terminal size,
/// a clock tick after time moved on, Ctrl-C as a signal).
enum FuzzInput: Sendable, Hashable, CustomStringConvertible {
    case key(Key)
    case resize(Size)
    /// The clock moved forward this many seconds, then the console got a tick.
    case tick(seconds: TimeInterval)
    /// Ctrl-C delivered as SIGINT rather than as a key.
    case interrupt

    /// Unambiguous for replay: characters outside printable ASCII are shown as code points.
    var description: String {
        switch self {
        case .key(.char(let character)):
            let scalars = character.unicodeScalars
            if scalars.allSatisfy({ $0.value >= 0x21 && $0.value < 0x7F }) { return "'\(character)'" }
            return scalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
        case .key(let key): return "<\(key)>"
        case .resize(let size): return "resize \(size)"
        case .tick(let seconds): return "tick +\(Int(seconds))s"
        case .interrupt: return "SIGINT"
        }
    }
}
