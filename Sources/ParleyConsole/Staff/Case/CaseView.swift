import Foundation
import ParleyCore
import Synchronization
import TerminalUI

/// Which pane is shown and how far each is scrolled.
public struct CaseViewState: Sendable, Hashable {
    public var pane: CasePane
    public var scroll: [CasePane: Int] = [:]
    /// Which pane the arrows scroll and how far it can go, as last drawn: only drawing knows (it
    /// depends on the width, the header and the terminal). Without it Down past the end piled up
    /// presses that Up then undid one by one, and where the chosen pane is not among the wide
    /// layout's tabs (the shop starts on Proposals, shown whole at the top) the arrows scrolled nothing.
    let drawn = DrawnScroll()

    public init(pane: CasePane = .timeline) { self.pane = pane }

    public mutating func scroll(by rows: Int) {
        let target = drawn.scrolledPane ?? pane
        let limit = drawn.limit(of: target) ?? Int.max
        let current = min(scroll[target] ?? 0, limit)
        scroll[target] = max(0, min(limit, current + rows))
    }
    public mutating func scrollToTop() { scroll[drawn.scrolledPane ?? pane] = 0 }

    public static func == (lhs: CaseViewState, rhs: CaseViewState) -> Bool { lhs.pane == rhs.pane && lhs.scroll == rhs.scroll }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(pane)
        hasher.combine(scroll)
    }
}

/// What the case view's last drawing scrolled: the pane the arrows move, and the largest useful
/// offset of each pane. Written while drawing, read when a key scrolls.
final class DrawnScroll: Sendable {
    private struct Drawn {
        var scrolledPane: CasePane?
        var limits: [CasePane: Int] = [:]
    }
    private let drawn = Mutex(Drawn())

    var scrolledPane: CasePane? { drawn.withLock { $0.scrolledPane } }
    func limit(of pane: CasePane) -> Int? { drawn.withLock { $0.limits[pane] } }

    func record(_ pane: CasePane, limit: Int, scrolled: Bool) {
        drawn.withLock { state in
            state.limits[pane] = limit
            if scrolled { state.scrolledPane = pane }
        }
    }
}

/// The case view: a header (dispute, stage, who is waited on and the countdown), then panes.
/// At 100 columns and more: proposals across the top, the order on the left, the chosen pane on the
/// right; narrower, one pane at a time under the tabs.
public struct CaseView: Widget {
    public var file: CaseFile
    public var state: CaseViewState
    public var audience: CaseFile.Audience
    public var lastSeen: Int?
    public var policy: Policy
    public var now: Date

    public init(file: CaseFile, state: CaseViewState, audience: CaseFile.Audience, lastSeen: Int?, policy: Policy, now: Date) {
        self.file = file
        self.state = state
        self.audience = audience
        self.lastSeen = lastSeen
        self.policy = policy
        self.now = now
    }

    public static func isWide(_ width: Int) -> Bool { width >= 100 }

    /// The panes the tabs offer at this width (the wide layout shows order and proposals permanently).
    public static func tabs(audience: CaseFile.Audience, width: Int) -> [CasePane] {
        let panes = CasePane.panes(for: audience)
        return isWide(width) ? panes.filter { $0 != .order && $0 != .proposals } : panes
    }

    public func render(in canvas: Canvas) {
        guard canvas.width >= 20, canvas.height >= 6 else { return }
        let headerHeight = CaseHeader(dispute: file.dispute, audience: audience, now: now).render(in: canvas)
        var body = canvas.sub(Rect(row: headerHeight, col: 0, height: canvas.height - headerHeight, width: canvas.width))
        if CaseView.isWide(canvas.width) {
            let proposals = file.lines(of: .proposals, width: canvas.width - 2, audience: audience, lastSeen: lastSeen, policy: policy, now: now)
            let proposalHeight = min(proposals.count, max(4, body.height * 2 / 5))
            let box = body.sub(Rect(row: 0, col: 0, height: proposalHeight + 2, width: body.width)).box(title: "Proposals")
            LinesView(lines: proposals, offset: 0).render(in: box)
            body = body.sub(Rect(row: proposalHeight + 2, col: 0, height: body.height - proposalHeight - 2, width: body.width))
            let leftWidth = min(52, body.width * 2 / 5)
            let left = body.sub(Rect(row: 0, col: 0, height: body.height, width: leftWidth)).box(title: "Order and tracking")
            let order = LinesView(lines: file.lines(of: .order, width: left.width, audience: audience, lastSeen: lastSeen, policy: policy, now: now),
                                  offset: state.pane == .order ? state.scroll[.order] ?? 0 : 0)
            order.render(in: left)
            state.drawn.record(.order, limit: order.maxOffset(height: left.height), scrolled: state.pane == .order)
            tabbed(in: body.sub(Rect(row: 0, col: leftWidth + 1, height: body.height, width: body.width - leftWidth - 1)), wide: true)
        } else {
            tabbed(in: body, wide: false)
        }
    }

    private func tabbed(in canvas: Canvas, wide: Bool) {
        let panes = wide ? CasePane.panes(for: audience).filter { $0 != .order && $0 != .proposals } : CasePane.panes(for: audience)
        let items = panes.map { pane -> TabItem in
            // Narrow: plain titles so all tabs fit; a dot still says the timeline has news.
            if !wide {
                let fresh = pane == .timeline && !file.newEvents(since: lastSeen, for: audience).isEmpty
                return TabItem(pane.title + (fresh ? "●" : ""))
            }
            switch pane {
            case .timeline:
                let fresh = file.newEvents(since: lastSeen, for: audience).count
                return TabItem(pane.title, count: fresh > 0 ? fresh : nil)
            case .messages: return TabItem(pane.title, count: file.dispute.messages.count)
            case .evidence: return TabItem(pane.title, count: file.dispute.evidence.count)
            case .flags:
                let count = file.dispute.caseFlags(order: file.order).count + file.dispute.sellerFlags.count
                return TabItem(count > 0 ? "Flags ⚑" : "Flags", count: count > 0 ? count : nil)
            case .notes: return TabItem(pane.title, count: file.dispute.internalNotes.count)
            default: return TabItem(pane.title)
            }
        }
        let selected = panes.firstIndex(of: state.pane) ?? 0
        Tabs(items, selected: selected).render(in: canvas.sub(Rect(row: 0, col: 0, height: 1, width: canvas.width)))
        let pane = panes.indices.contains(selected) ? panes[selected] : .timeline
        let inside = canvas.sub(Rect(row: 1, col: 0, height: canvas.height - 1, width: canvas.width)).box()
        let lines = LinesView(lines: file.lines(of: pane, width: inside.width, audience: audience, lastSeen: lastSeen, policy: policy, now: now),
                              offset: state.scroll[pane] ?? 0)
        lines.render(in: inside)
        state.drawn.record(pane, limit: lines.maxOffset(height: inside.height), scrolled: !(wide && state.pane == .order))
    }
}

/// The case view's first lines: the dispute, its stage, who it waits for, and the live countdown.
struct CaseHeader {
    var dispute: Dispute
    var audience: CaseFile.Audience
    var now: Date

    /// Draws and returns the rows used.
    func render(in canvas: Canvas) -> Int {
        var col = canvas.text("\(dispute.id)", row: 0, role: .title)
        col += canvas.text("  \(dispute.reason.title)  ", row: 0, col: col, role: .text)
        col += canvas.text(dispute.stage.title, row: 0, col: col, role: .stageCurrent)
        if audience == .staff, dispute.isEscalated {
            let who = dispute.mediation?.assignee.map { "taken by \($0)" } ?? (dispute.mediation != nil ? "not taken yet" : "")
            if !who.isEmpty { canvas.text("  · " + who, row: 0, col: col, role: dispute.mediation?.assignee == nil ? .warning : .muted) }
        }
        guard let deadline = dispute.pendingDeadline else {
            let outcome = dispute.outcome.map { "Outcome: \($0.summary) (\($0.decision.shortTitle.lowercased()), \(DateText.short($0.at)))" } ?? ""
            canvas.text(TextWidth.truncate(outcome, to: canvas.width), row: 1, role: .success)
            return 3
        }
        let seconds = Int(deadline.remaining(at: now).rounded(.down))
        let countdown = CountdownLabel(remainingSeconds: seconds, prefix: "")
        // The shop reads "you" where the deadline names the seller.
        let who = deadline.who.map { audience == .seller && $0 == .seller ? "you" : $0.noun }.joined(separator: " and ")
        let waiting = "Waiting on \(who) to \(deadline.expectedAction): "
        let used = canvas.text(TextWidth.truncate(waiting, to: max(0, canvas.width - 14)), row: 1, role: .text)
        countdown.render(in: canvas.sub(Rect(row: 1, col: used, height: 1, width: canvas.width - used)))
        canvas.text(TextWidth.truncate("then " + deadline.consequence, to: canvas.width), row: 2, role: .muted)
        return 4
    }
}
