import Foundation
import TerminalUI

/// A live countdown to an instant, as text and urgency role (TerminalUI's format and colours).
struct Countdown: Sendable {
    var due: Date
    var now: Date
    /// Under this many seconds left the countdown shows as "soon".
    var soonSeconds: Int

    init(to due: Date, now: Date, soonSeconds: Int = 86_400) {
        self.due = due
        self.now = now
        self.soonSeconds = soonSeconds
    }

    var remainingSeconds: Int { Int(due.timeIntervalSince(now).rounded(.down)) }
    var text: String { CountdownFormat.string(remainingSeconds: remainingSeconds) }
    var role: TerminalUI.Role { CountdownLabel.role(remainingSeconds: remainingSeconds, soonThreshold: soonSeconds) }
    var cell: StyledCell { StyledCell(text, role) }

    /// Protection is "soon" under three days: time to act (extend or dispute).
    static let protectionSoonSeconds = 3 * 86_400
}
