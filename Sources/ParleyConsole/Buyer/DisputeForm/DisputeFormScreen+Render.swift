import Foundation
import ParleyCore
import TerminalUI

extension DisputeFormScreen {
    public func render(in canvas: Canvas, context: ScreenContext) {
        let width = min(canvas.width - 4, 100)
        let page = canvas.sub(Rect(row: 0, col: 2, height: canvas.height, width: width))
        page.text(TextWidth.truncate("Open a dispute · \(order.id) \(order.title)", to: page.width), row: 0, role: .title)
        drawProgress(page, row: 1)
        let body = page.sub(Rect(row: 3, col: 0, height: page.height - 3, width: page.width))
        body.text(step.question + (step == .review ? "" : "  *"), row: 0, role: .focus)
        let field = body.sub(Rect(row: 2, col: 0, height: body.height - 2, width: body.width))
        switch step {
        case .received: drawReceived(field, context)
        case .reason: drawReason(field, context)
        case .resolution: drawResolution(field, context)
        case .amount: drawAmount(field, context)
        case .description: drawDescription(field, context)
        case .evidence: drawEvidence(field, context)
        case .review: drawReview(field, context)
        }
    }

    /// "✓ Received? › ✓ Reason › ● Resolution › Amount …", or "Step 3 of 7" when narrow.
    private func drawProgress(_ canvas: Canvas, row: Int) {
        let steps = DisputeFormStep.allCases
        let labels = steps.map { item -> String in
            let mark = item == step ? "● " : (isFilled(item) ? "✓ " : "")
            return mark + item.title
        }
        let total = labels.reduce(0) { $0 + TextWidth.width(of: $1) } + 3 * (labels.count - 1)
        guard total <= canvas.width else {
            canvas.text("Step \(step.rawValue + 1) of \(steps.count): \(step.title)   (* required)", row: row, role: .muted)
            return
        }
        var col = 0
        for (index, item) in steps.enumerated() {
            if index > 0 { col += canvas.text(" › ", row: row, col: col, role: .border) }
            let role: TerminalUI.Role = item == step ? .stageCurrent : (isFilled(item) ? .stageDone : .stagePending)
            col += canvas.text(labels[index], row: row, col: col, role: role)
        }
    }

    func isFilled(_ item: DisputeFormStep) -> Bool {
        switch item {
        case .received: return received != nil
        case .reason: return reason != nil
        case .resolution: return resolution != nil
        case .amount: return amountMode == .full || (amountMode == .partial && !amountField.text.isEmpty)
        case .description: return !descriptionArea.text.isEmpty
        case .evidence: return !evidence.isEmpty || received == false
        case .review: return false
        }
    }

    /// Errors (✗) and warnings (!) of a page, wrapped, from `row`; returns the next free row.
    @discardableResult
    private func drawProblems(_ problems: [FieldProblem], _ canvas: Canvas, row: Int) -> Int {
        var row = row
        for problem in problems {
            let mark = problem.isError ? "✗ " : "! "
            for (index, line) in TextWidth.wrap(problem.message, width: max(10, canvas.width - 2)).enumerated() where row < canvas.height {
                canvas.text((index == 0 ? mark : "  ") + line, row: row, role: problem.isError ? .error : .warning)
                row += 1
            }
        }
        return row
    }

    private func drawWrapped(_ text: String, _ canvas: Canvas, row: Int, role: TerminalUI.Role, indent: Int = 0) -> Int {
        var row = row
        for line in TextWidth.wrap(text, width: max(10, canvas.width - indent)) where row < canvas.height {
            canvas.text(line, row: row, col: indent, role: role)
            row += 1
        }
        return row
    }

    private func drawReceived(_ canvas: Canvas, _ context: ScreenContext) {
        YesNoToggle(value: received, isFocused: true, yesLabel: "Yes, it arrived", noLabel: "No, it did not arrive")
            .render(in: canvas.sub(Rect(row: 0, col: 2, height: 1, width: canvas.width - 2)))
        var row = 2
        row = drawWrapped("Your answer decides which reasons, resolutions and evidence apply. Press y or n, then Enter.",
                          canvas, row: row, role: .muted)
        drawProblems(shownErrors(for: .received, context), canvas, row: row + 1)
    }

    private func drawReason(_ canvas: Canvas, _ context: ScreenContext) {
        let options = reasonSelectOptions
        let listHeight = min(options.count + 2, max(3, canvas.height - 4))
        let list = canvas.sub(Rect(row: 0, col: 2, height: listHeight, width: canvas.width - 2))
        // The hint goes under the list, wrapped, rather than on the list's last row.
        SelectList(options: options.map { SelectOption($0.label, disabledReason: $0.disabledReason) }, state: reasonList, isFocused: true)
            .render(in: list.sub(Rect(row: 0, col: 0, height: listHeight - 2, width: list.width)))
        var row = listHeight - 1
        if options.indices.contains(reasonList.highlighted), let hint = options[reasonList.highlighted].hint {
            row = drawWrapped("Evidence that helps: " + hint, canvas, row: row, role: .info, indent: 2)
        }
        drawProblems(shownErrors(for: .reason, context), canvas, row: row + 1)
    }

    private func drawResolution(_ canvas: Canvas, _ context: ScreenContext) {
        let options = resolutionOptions
        SelectList(options: options.map { SelectOption($0.label, disabledReason: $0.disabledReason) }, state: resolutionList, isFocused: true)
            .render(in: canvas.sub(Rect(row: 0, col: 2, height: options.count, width: canvas.width - 2)))
        var row = options.count + 1
        if options.indices.contains(resolutionList.highlighted), let hint = options[resolutionList.highlighted].hint {
            row = drawWrapped(hint, canvas, row: row, role: .info, indent: 2)
        }
        drawProblems(shownErrors(for: .resolution, context), canvas, row: row + 1)
    }

    private func drawAmount(_ canvas: Canvas, _ context: ScreenContext) {
        let policy = context.policy
        let options = amountOptions(policy)
        SelectList(options: options, state: amountList, isFocused: amountFocus == .choice)
            .render(in: canvas.sub(Rect(row: 0, col: 2, height: options.count, width: canvas.width - 2)))
        var row = options.count + 1
        if amountMode == .partial {
            let label = "Amount (\(order.currency.code)): "
            canvas.text(label, row: row, col: 4, role: .text)
            let fieldCol = 4 + TextWidth.width(of: label)
            let invalid = !shownErrors(for: .amount, context).isEmpty
            TextField(state: amountField, placeholder: "e.g. \(order.amountPaid.plainText)", isFocused: amountFocus == .field, isInvalid: invalid)
                .render(in: canvas.sub(Rect(row: row, col: fieldCol, height: 1, width: 16)))
            row += 2
        }
        let minimum = order.currency.smallestClaim
        let cap = self.cap(policy)
        var capText = "You can ask from \(minimum.formatted) up to \(cap.formatted)"
        if cap > order.amountPaid {
            capText += ": twice the \(order.amountPaid.formatted) paid (double compensation for \(order.category.title.lowercased()) claimed as \"\(reason?.title ?? "")\")."
        } else {
            capText += ", the amount you paid."
        }
        row = drawWrapped(capText, canvas, row: row, role: .money, indent: 2)
        drawProblems(shownErrors(for: .amount, context), canvas, row: row + 1)
    }

    private func drawDescription(_ canvas: Canvas, _ context: ScreenContext) {
        let areaHeight = max(3, min(10, canvas.height - 6))
        let area = canvas.sub(Rect(row: 0, col: 2, height: areaHeight, width: canvas.width - 2))
        TextArea(state: descriptionArea, isFocused: true).render(in: area)
        var row = areaHeight + 1
        let range = context.policy.descriptionLength
        row = drawWrapped("Write in English if you can: the seller and the mediator read English. \(range.lowerBound)–\(range.upperBound) characters; Enter starts a new line, Tab goes on.",
                          canvas, row: row, role: .muted, indent: 2)
        var problems = shownErrors(for: .description, context)
        if let warning = DescriptionRules.languageWarning(descriptionArea.text), !descriptionArea.text.isEmpty { problems.append(warning) }
        drawProblems(problems, canvas, row: row + 1)
    }

    private func drawEvidence(_ canvas: Canvas, _ context: ScreenContext) {
        let policy = context.policy
        var row = 0
        let rule = received == false
            ? "Optional, because the goods did not arrive; a screenshot of the tracking page helps."
            : "At least one photo or video is required because you received the goods."
        row = drawWrapped(rule, canvas, row: row, role: received == false ? .muted : .text)
        row = drawWrapped("jpg, png, gif, webp, mp4, mov or webm (checked by content) · images up to \(ByteText.describe(policy.maxImageBytes)), videos up to \(ByteText.describe(policy.maxVideoBytes)) · at most \(policy.maxEvidenceFiles) files.",
                          canvas, row: row, role: .muted)
        row += 1
        canvas.text("Add a file:", row: row, col: 0, role: .text)
        TextField(state: pathField, placeholder: "path to a photo or video, Tab completes", isFocused: evidenceFocus == .path, isInvalid: pathError != nil)
            .render(in: canvas.sub(Rect(row: row, col: 12, height: 1, width: canvas.width - 12)))
        row += 1
        if let pathError {
            row = drawProblems([.error(.evidence, pathError)], canvas.sub(Rect(row: 0, col: 12, height: canvas.height, width: canvas.width - 12)), row: row)
        }
        if !completions.isEmpty {
            let shown = completions.prefix(8).joined(separator: "  ") + (completions.count > 8 ? "  … \(completions.count - 8) more" : "")
            row = drawWrapped(shown, canvas.sub(Rect(row: 0, col: 12, height: canvas.height, width: canvas.width - 12)), row: row, role: .muted)
        }
        row += 1
        canvas.text("Files (\(evidence.count)):", row: row, role: .text)
        row += 1
        if evidence.isEmpty {
            canvas.text("none yet", row: row, col: 2, role: .muted)
            row += 1
        }
        let columns = [Column("Name", .flexible(min: 12)), Column("Kind", .fixed(12)), Column("Size", .fixed(9), .right)]
        let listCanvas = canvas.sub(Rect(row: 0, col: 2, height: canvas.height, width: canvas.width - 2))
        let widths = Column.layout(columns, width: listCanvas.width)
        for (index, upload) in evidence.enumerated() where row < canvas.height {
            let isSelected = evidenceFocus == .list && index == evidenceSelected
            if isSelected { listCanvas.fill(row: row, role: .selection) }
            let kind = EvidenceKind.detect(leadingBytes: upload.leadingBytes).map(Self.kindTitle) ?? "?"
            listCanvas.row([StyledCell(upload.name), StyledCell(kind, .muted), StyledCell(ByteText.describe(upload.sizeBytes), .muted)],
                           columns: columns, widths: widths, row: row, role: isSelected ? .selection : .text)
            row += 1
        }
        drawProblems(shownErrors(for: .evidence, context), canvas, row: row + 1)
    }

    static func kindTitle(_ kind: EvidenceKind) -> String {
        (kind.isVideo ? "video " : "photo ") + kind.rawValue.uppercased()
    }

    private func drawReview(_ canvas: Canvas, _ context: ScreenContext) {
        let all = problems(context)
        let labelWidth = 22
        var row = 0
        func line(_ number: Int, _ label: String, _ value: String, role: TerminalUI.Role = .text) {
            guard row < canvas.height else { return }
            canvas.text("\(number)  " + label, row: row, role: .muted)
            let lines = TextWidth.wrap(value.isEmpty ? "—" : value, width: max(10, canvas.width - labelWidth - 3))
            for (index, text) in lines.prefix(3).enumerated() where row < canvas.height {
                canvas.text(text, row: row, col: labelWidth + 3, role: value.isEmpty ? .error : role)
                if index < min(lines.count, 3) - 1 { row += 1 }
            }
            row += 1
        }
        line(1, "Received the goods", received.map { $0 ? "Yes" : "No" } ?? "")
        line(2, "Reason", reason?.title ?? "")
        line(3, "Resolution", resolution.map { $0.title + ($0.note.map { " — " + $0 } ?? "") } ?? "")
        let amount: String
        switch amountMode {
        case .full?: amount = order.amountPaid.formatted + " (the full amount)"
        case .partial?:
            amount = (try? Money.parse(amountField.text, currency: order.currency))?.formatted ?? amountField.text
        case nil: amount = ""
        }
        line(4, "Amount", amount, role: .money)
        let text = descriptionArea.text.replacingOccurrences(of: "\n", with: " ")
        line(5, "Description", text.isEmpty ? "" : "\(DescriptionRules.length(text)) characters: \(TextWidth.truncate(text, to: 160))")
        let files = evidence.map { "\($0.name) (\(ByteText.describe($0.sizeBytes)))" }.joined(separator: ", ")
        line(6, "Evidence", files.isEmpty ? (received == false ? "none (optional)" : "") : files)
        row += 1
        let errors = all.filter(\.isError)
        if errors.isEmpty {
            canvas.text("Everything is filled in. Enter submits (you confirm first); a number edits that field.", row: row, role: .success)
            row += 1
        } else {
            canvas.text("Not ready yet — press the number of a field to fix it:", row: row, role: .error)
            row += 1
        }
        row = drawProblems(all, canvas, row: row)
        if let submitError {
            drawProblems([.error(.order, "Not opened: " + submitError)], canvas, row: row + 1)
        }
    }
}
