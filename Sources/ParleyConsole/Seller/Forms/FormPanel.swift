import TerminalUI

/// What a key did to a form panel.
public enum FormKeyResult: Sendable, Hashable {
    /// Used by the form (typing, moving); nothing for the screen to do.
    case handled
    /// Not a form key: the screen's keymap may use it.
    case notHandled
    /// Enter in a one-line field (e.g. "add this evidence path").
    case enter(rowID: String)
    /// Delete on an item of a list row.
    case remove(rowID: String, index: Int)
    /// The submit button was pressed (Enter on it, or Ctrl-S anywhere).
    case submit
}

/// A vertical form: a label column, inputs, messages under each input, and a submit button at the end.
/// Tab / Shift-Tab move between rows; the panel scrolls to keep the focused row in view. Typed text is
/// never thrown away by the panel: validation only sets the rows' messages.
public struct FormPanel: Sendable, Hashable {
    public var rows: [FormRow]
    /// Index of the focused row; `rows.count` is the submit button.
    public private(set) var focus: Int
    public var submitTitle: String
    /// Width the text areas wrap at, remembered from the last render (for up/down in a text area).
    public var textWidth: Int = 60

    public static let labelWidth = 18

    public init(rows: [FormRow], submitTitle: String) {
        self.rows = rows
        self.submitTitle = submitTitle
        self.focus = 0
        if rows.first?.isHidden == true { moveFocus(by: 1) }
    }

    public subscript(id: String) -> FormRow? {
        get { rows.first { $0.id == id } }
        set {
            guard let newValue, let index = rows.firstIndex(where: { $0.id == id }) else { return }
            rows[index] = newValue
        }
    }

    public var focusedRow: FormRow? { rows.indices.contains(focus) ? rows[focus] : nil }
    public var isOnSubmit: Bool { focus == rows.count }
    /// True while the focused row takes typed letters.
    public var isTyping: Bool { focusedRow?.input.takesTyping ?? false }
    /// Whether anything was typed or chosen (leaving then asks first).
    public var hasInput: Bool {
        rows.contains { row in
            switch row.input {
            case .line(let s, _), .money(let s, _): return !s.text.isEmpty
            case .text(let s, _): return !s.text.isEmpty
            case .choice(_, let s): return s.chosen != nil
            case .list(let items, _, _): return !items.isEmpty
            }
        }
    }

    public mutating func focus(on id: String) {
        if let index = rows.firstIndex(where: { $0.id == id && !$0.isHidden }) { focus = index }
    }

    /// Moves to the next (or previous) visible row, wrapping through the submit button.
    public mutating func moveFocus(by step: Int) {
        let stops = rows.indices.filter { !rows[$0].isHidden } + [rows.count]
        let current = stops.firstIndex(of: focus) ?? 0
        focus = stops[(current + step + stops.count) % stops.count]
    }

    public mutating func handle(_ key: Key) -> FormKeyResult {
        switch key {
        case .tab: moveFocus(by: 1); return .handled
        case .backTab: moveFocus(by: -1); return .handled
        case .ctrl("s"): return .submit
        default: break
        }
        if isOnSubmit {
            switch key {
            case .enter, .char(" "): return .submit
            case .up: moveFocus(by: -1); return .handled
            default: return .notHandled
            }
        }
        guard rows.indices.contains(focus) else { return .notHandled }
        var row = rows[focus]
        let (result, advance) = FormPanel.handle(key, in: &row, textWidth: textWidth)
        rows[focus] = row
        if advance { moveFocus(by: 1) }
        return result
    }

    /// A key for one row's input; `advance` when Enter should move on to the next row.
    private static func handle(_ key: Key, in row: inout FormRow, textWidth: Int) -> (FormKeyResult, advance: Bool) {
        switch row.input {
        case .choice(let options, var state):
            if key == .enter, state.chosen == state.highlighted { return (.handled, true) }
            let before = state
            guard state.handle(key, options: options) else { return (.notHandled, false) }
            row.input = .choice(options, state)
            // At the end of the list an arrow leaves the list, like Tab.
            if before == state && (key == .up || key == .down) { return (.notHandled, false) }
            return (.handled, false)
        case .line(var state, let placeholder):
            if key == .enter { return (.enter(rowID: row.id), false) }
            guard state.handle(key) else { return (.notHandled, false) }
            row.input = .line(state, placeholder: placeholder)
            return (.handled, false)
        case .money(var state, let currency):
            if key == .enter { return (.handled, true) }
            guard state.handle(key) else { return (.notHandled, false) }
            row.input = .money(state, currency: currency)
            return (.handled, false)
        case .text(var state, let shown):
            guard state.handle(key, width: textWidth) else { return (.notHandled, false) }
            row.input = .text(state, rows: shown)
            return (.handled, false)
        case .list(let items, var highlighted, let empty):
            switch key {
            case .up, .char("k"): highlighted = max(0, highlighted - 1)
            case .down, .char("j"): highlighted = min(max(0, items.count - 1), highlighted + 1)
            case .delete, .backspace, .char("x"):
                guard items.indices.contains(highlighted) else { return (.handled, false) }
                return (.remove(rowID: row.id, index: highlighted), false)
            default: return (.notHandled, false)
            }
            row.input = .list(items, highlighted: highlighted, empty: empty)
            return (.handled, false)
        }
    }

    /// Sets the text of a line field (e.g. clears the evidence path once attached).
    public mutating func setText(_ text: String, of id: String) {
        guard var row = self[id] else { return }
        switch row.input {
        case .line(var state, let placeholder): state.setText(text); row.input = .line(state, placeholder: placeholder)
        case .money(var state, let currency): state.setText(text); row.input = .money(state, currency: currency)
        case .text(let state, let rows): row.input = .text(TextAreaState(text: text, limit: state.limit), rows: rows)
        default: return
        }
        self[id] = row
    }

    public mutating func setItems(_ items: [String], of id: String) {
        guard var row = self[id], case .list(_, let highlighted, let empty) = row.input else { return }
        row.input = .list(items, highlighted: min(highlighted, max(0, items.count - 1)), empty: empty)
        self[id] = row
    }

    public mutating func setOptions(_ options: [SelectOption], of id: String) {
        guard var row = self[id], case .choice(_, var state) = row.input else { return }
        if let chosen = state.chosen, !(options.indices.contains(chosen) && options[chosen].isEnabled) { state.chosen = nil }
        state.highlighted = min(state.highlighted, max(0, options.count - 1))
        row.input = .choice(options, state)
        self[id] = row
    }
}
