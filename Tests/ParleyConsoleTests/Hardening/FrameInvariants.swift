import Foundation
@testable import ParleyConsole
import TerminalUI

/// What must hold for every frame drawn, whatever was typed: the frame is the terminal's size,
/// no cell holds a character that could drive the terminal, the cursor is on the screen, and the
/// two bottom rows say who you are and show the status message (cut with "…", never overflowing).
enum FrameInvariants {
    /// `frame` is `surface.dump()`, made once per step by the caller.
    static func problems(_ surface: InMemorySurface, frame: String, state: ConsoleState) -> [String] {
        var problems: [String] = []
        let size = surface.size
        if size != state.size { problems.append("the surface is \(size) but the console thinks it is \(state.size)") }
        // The frame is the cells' text in order, so scanning it scans every cell.
        // Printable ASCII is safe; only the rest needs the (slower) Unicode property lookup.
        if let bad = frame.unicodeScalars.first(where: {
            ($0.value < 0x20 && $0 != "\n") || ($0.value >= 0x7F && TextSanitizer.placeholder(for: $0) != nil)
        }) {
            problems.append("the frame holds U+\(String(bad.value, radix: 16, uppercase: true)), which must never reach the terminal")
        }
        if let cursor = surface.cursor, cursor.row < 0 || cursor.row >= size.rows || cursor.col < 0 || cursor.col >= size.cols {
            problems.append("the cursor is off the screen at (\(cursor.row),\(cursor.col))")
        }
        let lines = frame.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.count != size.rows { problems.append("the frame has \(lines.count) rows, the terminal \(size.rows)") }
        if TooSmallScreen.isTooSmall(size, minimum: Console.minimumSize) {
            if size.cols >= 8, !lines.contains(where: { $0.contains("Terminal") }) {
                problems.append("a \(size) terminal shows neither the screen nor the too-small notice")
            }
            return problems
        }
        guard state.modal == nil, lines.count == size.rows else { return problems }
        let whereBar = lines[size.rows - 2]
        let who = state.session.map { " " + $0.label + " " } ?? " Parley "
        let expected = TextWidth.truncate(who, to: size.cols).trimmingCharacters(in: .whitespaces)
        if !whereBar.trimmingCharacters(in: .whitespaces).hasPrefix(expected) {
            problems.append("the status bar does not start with who is signed in (\(expected)): \(whereBar)")
        }
        let footer = lines[size.rows - 1]
        if let status = state.status, status.isVisible(at: state.now) {
            let shown = TextWidth.truncate(status.text, to: size.cols)
            if footer != String(shown.reversed().drop(while: { $0 == " " }).reversed()) {
                problems.append("the footer does not show the status message (\(shown)): \(footer)")
            }
        } else if footer.trimmingCharacters(in: .whitespaces).isEmpty {
            problems.append("the footer shows no key hints")
        }
        return problems
    }
}
