import Foundation
import ParleyCore
import TerminalUI

extension DisputeScreen {
    public func render(in canvas: Canvas, context: ScreenContext) {
        guard let detail else {
            canvas.text(loadError ?? "Loading dispute \(disputeID)…", row: 1, col: 2, role: loadError == nil ? .muted : .error)
            return
        }
        let dispute = detail.dispute
        let page = canvas.sub(Rect(row: 0, col: 1, height: canvas.height, width: canvas.width - 2))
        let stage = dispute.stage.title
        page.text(TextWidth.truncate("Dispute \(dispute.id) · \(detail.order.id) \(detail.order.title)", to: page.width - TextWidth.width(of: stage) - 2),
                  row: 0, role: .title)
        page.text(stage, row: 0, col: page.width - TextWidth.width(of: stage), role: .stageCurrent)
        let facts = "\(dispute.reason.title) · \(dispute.received ? "received" : "not received") · opened \(DateText.short(dispute.openedAt)) · shop \(detail.shopName) · \(dispute.policyName) rules"
        page.text(TextWidth.truncate(facts, to: page.width), row: 1, role: .muted)

        var row = 3
        StageDiagram(stages: stageItems(dispute)).render(in: page.sub(Rect(row: row, col: 0, height: 1, width: page.width)))
        if TextWidth.width(of: stageItems(dispute).map { "● " + $0.name }.joined(separator: " ── ")) > page.width {
            row += stageItems(dispute).count
        } else {
            row += 1
        }
        row = waiting(dispute, page, row: row, context)
        row += 1
        page.text("Proposals", row: row, role: .title)
        row += 1
        let boxHeight = 6
        proposals(dispute, page.sub(Rect(row: row, col: 0, height: boxHeight, width: page.width)))
        row += boxHeight + 1
        panes(detail, page.sub(Rect(row: row, col: 0, height: page.height - row, width: page.width)), context)
    }

    /// The main path, with the side stages (cancelled, return, refund) where they apply.
    func stageItems(_ dispute: Dispute) -> [StageItem] {
        let stage = dispute.stage
        let mediated = dispute.isEscalated || stage == .mediation
        let pastNegotiation = [.returnInProgress, .refund, .closed].contains(stage)
        var path: [DisputeStage] = [.opened, .sellerResponse, .negotiation]
        if mediated || !pastNegotiation { path.append(.mediation) }
        let returned = stage == .returnInProgress || dispute.outcome?.decision == .returnArrived || dispute.outcome?.decision == .returnArrivalAssumed
            || dispute.outcome?.decision == .returnNotShipped
        if returned { path.append(.returnInProgress) }
        if stage == .refund || dispute.refund != nil { path.append(.refund) }
        path.append(stage == .cancelled ? .cancelled : .closed)
        let current = path.firstIndex(of: stage) ?? path.count - 1
        return path.enumerated().map { index, item in
            StageItem(item.title, index < current ? .done : (index == current ? .current : .pending))
        }
    }

    /// Who is waited on, the live countdown, and what happens when it runs out; or the outcome.
    private func waiting(_ dispute: Dispute, _ canvas: Canvas, row: Int, _ context: ScreenContext) -> Int {
        var row = row
        let label = 14
        func line(_ title: String, _ text: String, _ role: TerminalUI.Role) {
            guard row < canvas.height else { return }
            canvas.text(title, row: row, col: 1, role: .muted)
            canvas.text(TextWidth.truncate(text, to: canvas.width - label - 1), row: row, col: label, role: role)
            row += 1
        }
        if let deadline = dispute.pendingDeadline {
            let me = actor.role
            let who = deadline.who.map { $0 == me ? "you" : $0.noun }.joined(separator: " and ")
            line("Waiting for", "\(who) to \(deadline.expectedAction)", .text)
            let countdown = Countdown(to: deadline.due, now: context.now)
            canvas.text("Time left", row: row, col: 1, role: .muted)
            let used = canvas.text(countdown.text, row: row, col: label, role: countdown.role)
            canvas.text("  until \(DateText.short(deadline.due))", row: row, col: label + used, role: .muted)
            row += 1
            line("Then", deadline.consequence, .warning)
        } else if let outcome = dispute.outcome {
            line("Outcome", outcome.summary, outcome.refund.isZero ? .text : .success)
            line("Why", outcome.why + (outcome.mediatorComment.map { " Mediator: \($0)" } ?? ""), .muted)
            if let refund = dispute.refund {
                let when = refund.paidAt.map { "paid \(DateText.day($0))" } ?? "expected by \(DateText.day(refund.expectedBy))"
                line("Refund", "\(refund.amount.formatted) to \(refund.method.title), \(when)", .success)
            }
        }
        return row
    }

    /// The proposals side by side: yours (and alternatives), the shop's, the mediator's.
    private func proposals(_ dispute: Dispute, _ canvas: Canvas) {
        let mine = actor.role == .buyer
        var boxes: [(String, Proposal?)] = [(mine ? "Your proposal" : "Buyer's proposal", dispute.buyerProposal)]
        for (index, alternative) in dispute.alternatives.enumerated() { boxes.append(("Alternative \(index + 1)", alternative)) }
        boxes.append((mine ? "Shop's proposal" : "Your proposal", dispute.sellerProposal))
        for (index, solution) in (dispute.mediation?.solutions ?? []).enumerated() { boxes.append(("Mediator \(index + 1)", solution)) }
        if let agreement = dispute.agreement, dispute.outcome == nil || dispute.stage == .returnInProgress {
            boxes.append(("Agreed", agreement.proposal))
        }
        let shown = Array(boxes.prefix(max(1, canvas.width / 24)))
        let width = (canvas.width - (shown.count - 1)) / shown.count
        for (index, box) in shown.enumerated() {
            let frame = canvas.sub(Rect(row: 0, col: index * (width + 1), height: canvas.height, width: width))
            let inside = frame.box(title: box.0)
            guard let proposal = box.1 else {
                inside.text(dispute.sellerHasAnswered ? "accepted yours" : "no answer yet", row: 0, col: 1, role: .muted)
                continue
            }
            inside.text(proposal.resolution == .refundOnly ? "Refund only" : "Return and refund", row: 0, col: 1, role: .text)
            inside.text(proposal.amount.isZero ? "no refund" : proposal.amount.formatted, row: 1, col: 1, role: .money)
            inside.text(proposal.resolution == .returnAndRefund ? "buyer returns it, pays postage" : "buyer keeps the item", row: 2, col: 1, role: .muted)
            if !proposal.comment.isEmpty {
                inside.text(TextWidth.truncate("“\(proposal.comment)”", to: inside.width - 1), row: 3, col: 1, role: .muted)
            }
        }
        if shown.count < boxes.count {
            canvas.text("+\(boxes.count - shown.count) more", row: canvas.height - 1, col: max(0, canvas.width - 8), role: .muted)
        }
    }

    private func panes(_ detail: DisputeDetailView, _ canvas: Canvas, _ context: ScreenContext) {
        guard canvas.height > 1 else { return }
        let dispute = detail.dispute
        let counts = [detail.events.count, dispute.messages.count, dispute.evidence.count]
        Tabs(Pane.allCases.map { TabItem($0.title, count: counts[$0.rawValue]) }, selected: pane.rawValue)
            .render(in: canvas.sub(Rect(row: 0, col: 0, height: 1, width: canvas.width)))
        let list = canvas.sub(Rect(row: 1, col: 0, height: canvas.height - 1, width: canvas.width))
        switch pane {
        case .timeline:
            // Lazily: only the lines on screen are formatted, however long the history.
            let events = detail.events.reversed().lazy.map { (DateText.short($0.at), $0.summary) }
            if events.isEmpty { list.text("Nothing yet.", row: 0, col: 1, role: .muted) }
            rows(events, list)
        case .messages:
            if dispute.messages.isEmpty {
                list.text("No messages yet. Press m to write one (in English if you can: sellers and mediators read English).", row: 0, col: 1, role: .muted)
            }
            let messages = dispute.messages.reversed().lazy.map { message -> (String, String) in
                let who = message.author == actor ? "You" : message.author.role.noun.capitalizedFirstLetter
                return (DateText.short(message.at), "\(who): \(message.text)")
            }
            rows(messages, list)
        case .evidence:
            if dispute.evidence.isEmpty { list.text("No evidence yet.", row: 0, col: 1, role: .muted) }
            let columns = [Column("File", .flexible(min: 12)), Column("Kind", .fixed(11)), Column("Size", .fixed(8), .right),
                           Column("Added by", .fixed(12)), Column("When", .fixed(12))]
            let widths = Column.layout(columns, width: list.width - 1)
            for (index, item) in dispute.evidence.enumerated() where index < list.height {
                let selected = index == scroll
                if selected { list.fill(row: index, role: .focus) }
                let by = item.addedBy == actor ? "you" : item.addedBy.role.noun.replacingOccurrences(of: "the ", with: "")
                list.row([StyledCell(item.name), StyledCell(DisputeFormScreen.kindTitle(item.kind), .muted), StyledCell(ByteText.describe(item.sizeBytes), .muted),
                          StyledCell(by, .muted), StyledCell(DateText.short(item.addedAt), .muted)],
                         columns: columns, widths: widths, row: index, role: selected ? .focus : .text, indent: 1)
            }
        }
    }

    /// Dated lines, newest first, wrapped, from the scroll position.
    private func rows(_ items: some Collection<(String, String)>, _ canvas: Canvas) {
        var row = 0
        for (date, text) in items.dropFirst(scroll) where row < canvas.height {
            canvas.text(date, row: row, col: 1, role: .muted)
            for line in TextWidth.wrap(text, width: max(10, canvas.width - 16)).prefix(3) where row < canvas.height {
                canvas.text(line, row: row, col: 15, role: .text)
                row += 1
            }
        }
    }
}

extension String {
    var capitalizedFirstLetter: String { prefix(1).uppercased() + dropFirst() }
}
