import TerminalUI

/// Draws a form panel: labels on the left (a required one marked "*"), inputs on the right, the row's
/// error, warning and note under its input, and the submit button last.
public struct FormPanelView: Widget {
    public var panel: FormPanel

    public init(panel: FormPanel) { self.panel = panel }

    public func render(in canvas: Canvas) {
        guard canvas.width > 20, canvas.height > 1 else { return }
        let labelWidth = min(FormPanel.labelWidth, canvas.width / 4)
        let inputWidth = canvas.width - labelWidth - 1
        let visible = panel.rows.indices.filter { !panel.rows[$0].isHidden }
        // Heights with one blank line between rows when everything fits, none when it does not.
        let heights = visible.map { panel.rows[$0].height(inputWidth: inputWidth) }
        let natural = heights.reduce(0, +) + visible.count + 2
        let gap = natural <= canvas.height ? 1 : 0
        var tops: [Int] = []
        var y = 0
        for height in heights {
            tops.append(y)
            y += height + gap
        }
        let buttonTop = y + (gap == 0 ? 0 : 0)
        let total = buttonTop + 1
        // Scroll so the focused row (or the button) is fully in view.
        var offset = 0
        if total > canvas.height {
            let focusTop: Int, focusBottom: Int
            if let position = visible.firstIndex(of: panel.focus) {
                focusTop = tops[position]
                focusBottom = tops[position] + heights[position]
            } else {
                focusTop = buttonTop
                focusBottom = buttonTop + 1
            }
            offset = max(0, min(focusTop, focusBottom - canvas.height))
            offset = min(offset, total - canvas.height)
        }
        for (position, index) in visible.enumerated() {
            let top = tops[position] - offset
            guard top + heights[position] > 0, top < canvas.height else { continue }
            draw(panel.rows[index], focused: index == panel.focus, top: top, height: heights[position],
                 labelWidth: labelWidth, inputWidth: inputWidth, canvas: canvas)
        }
        let buttonRow = buttonTop - offset
        if buttonRow >= 0 && buttonRow < canvas.height {
            let hint = "Tab next field · Ctrl-S submit"
            canvas.text(TextWidth.truncate(hint, to: max(0, canvas.width - 24)), row: buttonRow, col: labelWidth + 1, role: .muted)
            ButtonRow([Button(panel.submitTitle, isFocused: panel.isOnSubmit)])
                .render(in: canvas.sub(Rect(row: buttonRow, col: 0, height: 1, width: canvas.width)))
        }
        if offset > 0 { canvas.text("↑ more", row: 0, col: canvas.width - 6, role: .muted) }
        if total - offset > canvas.height { canvas.text("↓ more", row: canvas.height - 1, col: canvas.width - 6, role: .muted) }
    }

    private func draw(_ row: FormRow, focused: Bool, top: Int, height: Int, labelWidth: Int, inputWidth: Int, canvas: Canvas) {
        let area = canvas.sub(Rect(row: top, col: 0, height: height, width: canvas.width))
        let label = TextWidth.truncate(row.label + (row.isRequired ? " *" : ""), to: labelWidth)
        area.text(label, row: 0, role: focused ? .focus : (row.error != nil ? .error : .text))
        let input = area.sub(Rect(row: 0, col: labelWidth + 1, height: height, width: inputWidth))
        var used = 0
        switch row.input {
        case .choice(let options, let state):
            let hint = options.indices.contains(state.highlighted) && options[state.highlighted].hint != nil
            used = options.count + (hint ? 1 : 0)
            SelectList(options: options, state: state, isFocused: focused)
                .render(in: input.sub(Rect(row: 0, col: 0, height: used, width: inputWidth)))
        case .line(let state, let placeholder):
            used = 1
            TextField(state: state, placeholder: placeholder, isFocused: focused, isInvalid: row.error != nil)
                .render(in: input.sub(Rect(row: 0, col: 0, height: 1, width: inputWidth)))
        case .money(let state, let currency):
            used = 1
            let labelUsed = input.text(currency + " ", row: 0, role: .money)
            TextField(state: state, isFocused: focused, isInvalid: row.error != nil)
                .render(in: input.sub(Rect(row: 0, col: labelUsed, height: 1, width: min(16, inputWidth - labelUsed))))
        case .text(let state, let rows):
            used = rows + 1
            TextArea(state: state, isFocused: focused).render(in: input.sub(Rect(row: 0, col: 0, height: used, width: inputWidth)))
        case .list(let items, let highlighted, let empty):
            used = max(1, items.count)
            if items.isEmpty { input.text(empty, row: 0, role: .muted) }
            for (index, item) in items.enumerated() {
                let selected = focused && index == highlighted
                if selected { input.fill(row: index, role: .selection) }
                input.text(TextWidth.truncate(item, to: inputWidth), row: index, role: selected ? .selection : .text)
            }
        }
        for (message, mark, role) in [(row.error, "✗ ", Role.error), (row.warning, "! ", Role.warning), (row.note, "", Role.muted)] {
            guard let message else { continue }
            for line in TextWidth.wrap(mark + message, width: max(1, inputWidth - 2)) {
                input.text(line, row: used, role: role)
                used += 1
            }
        }
    }
}
