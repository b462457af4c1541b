import Foundation
import ParleyCore
import TerminalUI

/// The lines of each pane, wrapped to a width. Pure: the same case file gives the same text.
extension CaseFile {
    public func lines(of pane: CasePane, width: Int, audience: Audience, lastSeen: Int?, policy: Policy, now: Date) -> [StyledLine] {
        switch pane {
        case .order: return orderLines(width: width, policy: policy, now: now)
        case .proposals: return proposalLines(width: width)
        case .timeline: return timelineLines(width: width, audience: audience, lastSeen: lastSeen)
        case .messages: return messageLines(width: width)
        case .evidence: return evidenceLines(width: width)
        case .flags: return flagLines(width: width)
        case .notes: return noteLines(width: width)
        case .why: return dispute.explain(events: events, policy: policy).flatMap { StyledLine.wrapped($0, width: width, prefix: "• ") }
        }
    }

    func orderLines(width: Int, policy: Policy, now: Date) -> [StyledLine] {
        var lines: [StyledLine] = []
        func fact(_ label: String, _ value: String, _ role: TerminalUI.Role = .text) {
            lines += StyledLine.wrapped(value, width: width, role: role, prefix: label.padding(toLength: 13, withPad: " ", startingAt: 0))
        }
        fact("Order", "\(order.id)  \(order.title)")
        fact("Buyer", "\(buyerName) (\(dispute.buyer))")
        fact("Shop", "\(shopName) (\(dispute.seller))")
        fact("Paid", "\(order.amountPaid.formatted) by \(order.paymentMethod.title), \(DateText.short(order.paidAt))", .money)
        fact("Category", order.category.title)
        fact("Status", order.status.title)
        let shipped = order.shippedWith.map { $0 == order.shippingMethod ? $0.title : "\($0.title) (buyer chose \(order.shippingMethod.title))" }
        fact("Shipping", shipped ?? "not shipped (chosen: \(order.shippingMethod.title))")
        if let number = order.trackingNumber { fact("Tracking", number + (order.trackingWorks ? "" : "  (no in-transit event)")) }
        fact("Protection", "ends \(DateText.short(order.protectionEnd(policy: policy))), grace until \(DateText.short(order.graceEnd(policy: policy)))")
        fact("Claim", "\(dispute.reason.title) — \(dispute.received ? "received" : "not received")")
        lines += StyledLine.wrapped("\u{201C}\(dispute.description)\u{201D}", width: width, role: .text, prefix: String(repeating: " ", count: 13))
        lines.append(.blank)
        lines.append(StyledLine("Tracking history", .title))
        if order.tracking.isEmpty { lines.append(StyledLine("  no tracking events", .muted)) }
        for event in order.tracking.sorted(by: { $0.at > $1.at }) {
            let role: TerminalUI.Role = event.kind == .delivered ? .success : event.kind == .exception || event.kind == .returnedToSender ? .warning : .text
            let text = [event.kind.rawValue, event.place, event.text].filter { !$0.isEmpty }.joined(separator: " · ")
            lines += StyledLine.wrapped(text, width: width, role: role, prefix: "  \(DateText.short(event.at))  ")
        }
        return lines
    }

    /// The buyer's, the shop's and the mediator's proposals side by side (stacked when narrow).
    func proposalLines(width: Int) -> [StyledLine] {
        let columns = [buyerColumn, shopColumn, mediatorColumn]
        guard width >= 60 else {
            return columns.flatMap { column in column(width).map { $0 } + [.blank] }
        }
        let each = (width - 6) / 3
        let built = columns.map { $0(each) }
        let height = built.map(\.count).max() ?? 0
        return (0..<height).map { row in
            var pieces: [(String, TerminalUI.Role)] = []
            for (index, column) in built.enumerated() {
                let line = row < column.count ? column[row] : .blank
                let text = line.text
                pieces += line.pieces.map { ($0.text, $0.role) }
                let pad = each - TextWidth.width(of: text)
                if index < built.count - 1 { pieces.append((String(repeating: " ", count: max(0, pad)) + " │ ", .border)) }
            }
            return StyledLine(pieces)
        }
    }

    private func proposalBlock(_ proposal: Proposal, label: String, width: Int, note: String? = nil) -> [StyledLine] {
        var lines = [StyledLine([(TextWidth.truncate(label, to: width), .muted)])]
        lines.append(StyledLine([(TextWidth.truncate(proposal.amount.formatted, to: width), .money)]))
        lines.append(StyledLine(TextWidth.truncate(proposal.resolution == .refundOnly ? "refund only, item kept" : "return, then refund", to: width)))
        if !proposal.comment.isEmpty {
            lines += TextWidth.wrap("\u{201C}\(proposal.comment)\u{201D}", width: width).prefix(4).map { StyledLine($0, .muted) }
        }
        if let note { lines += TextWidth.wrap(note, width: width).map { StyledLine($0, .info) } }
        return lines
    }

    func buyerColumn(_ width: Int) -> [StyledLine] {
        var lines = [StyledLine([(TextWidth.truncate("Buyer · \(buyerName)", to: width), .title)])]
        lines += proposalBlock(dispute.buyerProposal, label: "asks", width: width)
        for (index, alternative) in dispute.alternatives.enumerated() {
            lines += proposalBlock(alternative, label: "or alternative \(index + 1)", width: width)
        }
        return lines
    }

    func shopColumn(_ width: Int) -> [StyledLine] {
        var lines = [StyledLine([(TextWidth.truncate("Shop · \(shopName)", to: width), .title)])]
        if let proposal = dispute.sellerProposal {
            lines += proposalBlock(proposal, label: "offers", width: width)
        } else {
            lines.append(StyledLine(TextWidth.truncate(dispute.sellerHasAnswered ? "accepted" : "has not answered", to: width), .muted))
        }
        return lines
    }

    func mediatorColumn(_ width: Int) -> [StyledLine] {
        var lines = [StyledLine([(TextWidth.truncate("Mediator" + (dispute.mediation?.assignee.map { " · \($0)" } ?? ""), to: width), .title)])]
        guard let mediation = dispute.mediation else {
            if let outcome = dispute.outcome, outcome.decision.isMediation {
                lines += TextWidth.wrap("decided: \(outcome.summary)", width: width).map { StyledLine($0, .success) }
            } else {
                lines.append(StyledLine(TextWidth.truncate(dispute.isEscalated ? "no open mediation" : "not escalated", to: width), .muted))
            }
            return lines
        }
        if mediation.solutions.isEmpty { lines.append(StyledLine(TextWidth.truncate("no solution yet", to: width), .muted)) }
        for (index, solution) in mediation.solutions.enumerated() {
            var answers: [String] = []
            for (role, answer) in [("buyer", mediation.buyerAnswer), ("shop", mediation.sellerAnswer)] {
                switch answer {
                case .accepted(let chosen, let assumed)? where chosen == index: answers.append("\(role) accepts" + (assumed ? " (no answer)" : ""))
                case .rejected?: answers.append("\(role) rejected")
                default: break
                }
            }
            lines += proposalBlock(solution, label: "solution \(index + 1)", width: width, note: answers.isEmpty ? nil : answers.joined(separator: ", "))
        }
        if !mediation.solutionsComment.isEmpty {
            lines += TextWidth.wrap("\u{201C}\(mediation.solutionsComment)\u{201D}", width: width).prefix(3).map { StyledLine($0, .muted) }
        }
        return lines
    }

    func timelineLines(width: Int, audience: Audience, lastSeen: Int?) -> [StyledLine] {
        let shown = visibleEvents(for: audience)
        let fresh = newEvents(since: lastSeen, for: audience).count
        var lines: [StyledLine] = []
        if fresh > 0 { lines.append(StyledLine("\(fresh) new since you last looked (marked ●)", .info)) }
        // Newest first: what changed is what a returning mediator wants to read.
        for event in shown.reversed() {
            let isNew = lastSeen.map { event.sequence > $0 } ?? false
            let mark = isNew ? "● " : "  "
            let role: TerminalUI.Role = event.kind.isStaffOnly ? .warning : .text
            let wrapped = StyledLine.wrapped(event.summary, width: width, role: role, prefix: "\(mark)\(DateText.short(event.at).padding(toLength: 13, withPad: " ", startingAt: 0)) ")
            lines += wrapped.enumerated().map { index, line in index == 0 && isNew ? line.recoloured(first: .info) : line }
        }
        return lines
    }

    func messageLines(width: Int) -> [StyledLine] {
        guard !dispute.messages.isEmpty else { return [StyledLine("No messages yet.", .muted)] }
        return dispute.messages.flatMap { message -> [StyledLine] in
            let who: String
            switch message.author {
            case .buyer: who = "\(buyerName) (buyer)"
            case .seller: who = "\(shopName) (shop)"
            case .staff(let id): who = "Mediator \(id)"
            case .system: who = "Parley"
            }
            return [StyledLine([(DateText.short(message.at) + "  ", .muted), (who, .title)])]
                + StyledLine.wrapped(message.text, width: width, prefix: "  ") + [.blank]
        }
    }

    func evidenceLines(width: Int) -> [StyledLine] {
        guard !dispute.evidence.isEmpty else { return [StyledLine("No evidence.", .muted)] }
        return dispute.evidence.flatMap { item -> [StyledLine] in
            let who = item.addedBy.role == .buyer ? "buyer" : item.addedBy.role == .seller ? "shop" : item.addedBy.role.rawValue
            var lines = [StyledLine([("\(item.id)  ", .title), ("\(item.kind.rawValue)  ", .info), (ByteText.describe(item.sizeBytes), .text),
                                     ("  \(item.name)  by \(who), \(DateText.short(item.addedAt))", .muted)])]
            lines += StyledLine.wrapped(item.sha256, width: width, role: .muted, prefix: "    sha256 ")
            lines += StyledLine.wrapped(evidencePaths[item.sha256] ?? "(stored file not found)", width: width, prefix: "    open   ")
            return lines + [.blank]
        }
    }

    func flagLines(width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        let flags = dispute.caseFlags(order: order)
        if flags.isEmpty { lines.append(StyledLine("✓ The claim fits the evidence and the tracking.", .success)) }
        for flag in flags { lines += StyledLine.wrapped(flag.message, width: width, role: .warning, prefix: "⚑ ", prefixRole: .warning) }
        lines.append(.blank)
        lines += StyledLine.wrapped(buyerHistory.summary, width: width, prefix: "Buyer  ")
        for (reason, count) in buyerHistory.repeatedClaims {
            lines += StyledLine.wrapped("\(count) \"\(reason.title)\" claims by this buyer", width: width, role: .warning, prefix: "⚑ ", prefixRole: .warning)
        }
        lines += StyledLine.wrapped(shopHistory.summary, width: width, prefix: "Shop   ")
        for flag in dispute.sellerFlags {
            lines += StyledLine.wrapped("flagged: \(flag)", width: width, role: .warning, prefix: "⚑ ", prefixRole: .warning)
        }
        return lines
    }

    func noteLines(width: Int) -> [StyledLine] {
        guard !dispute.internalNotes.isEmpty else { return [StyledLine("No internal notes. Press n to write one.", .muted)] }
        return dispute.internalNotes.flatMap { note in
            [StyledLine([(DateText.short(note.at) + "  ", .muted), ("\(note.author)", .title)])]
                + StyledLine.wrapped(note.text, width: width, prefix: "  ") + [.blank]
        }
    }
}

extension StyledLine {
    /// The same text with its first piece in another role.
    func recoloured(first role: TerminalUI.Role) -> StyledLine {
        var copy = self
        if !copy.pieces.isEmpty { copy.pieces[0].role = role }
        return copy
    }
}

extension DisputeEventKind {
    /// Internal notes and flags: shown to staff in a warning colour, never to the parties.
    var isStaffOnly: Bool {
        switch self {
        case .internalNoteWritten, .sellerFlagged: return true
        default: return false
        }
    }
}
