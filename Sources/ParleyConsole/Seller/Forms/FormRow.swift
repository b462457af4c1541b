import TerminalUI

/// The input of one form row.
public enum FormInput: Sendable, Hashable {
    /// A radio list; disabled options say why.
    case choice([SelectOption], SelectListState)
    case line(TextFieldState, placeholder: String)
    case money(TextFieldState, currency: String)
    /// A multi-line text with a character counter; `rows` lines of text are shown.
    case text(TextAreaState, rows: Int)
    /// Items already added (evidence files); Delete removes the highlighted one.
    case list([String], highlighted: Int, empty: String)

    /// Whether keys type into it (then `q`, `Q` and `?` are letters, not commands).
    var takesTyping: Bool {
        switch self {
        case .line, .money, .text: return true
        case .choice, .list: return false
        }
    }
}

/// One labelled row of a form, with the message shown beside it.
public struct FormRow: Sendable, Hashable, Identifiable {
    public var id: String
    public var label: String
    public var input: FormInput
    public var isRequired: Bool
    public var isHidden: Bool
    /// Blocks submission; shown in the error role under the input.
    public var error: String?
    /// Shown but does not block (e.g. "does not look English").
    public var warning: String?
    /// A muted explanation under the input ("You pay the return postage").
    public var note: String?

    public init(id: String, label: String, input: FormInput, isRequired: Bool = true, note: String? = nil) {
        self.id = id
        self.label = label
        self.input = input
        self.isRequired = isRequired
        self.isHidden = false
        self.note = note
    }

    /// Rows this row takes on screen at a given input width.
    func height(inputWidth: Int) -> Int {
        var height: Int
        switch input {
        case .choice(let options, let state):
            let hint = options.indices.contains(state.highlighted) && options[state.highlighted].hint != nil
            height = options.count + (hint ? 1 : 0)
        case .line, .money: height = 1
        case .text(_, let rows): height = rows + 1
        case .list(let items, _, _): height = max(1, items.count)
        }
        for message in [error, warning, note] {
            if let message { height += TextWidth.wrap(message, width: max(1, inputWidth - 2)).count }
        }
        return height
    }

    /// The text of a line, money or text input.
    public var text: String {
        switch input {
        case .line(let state, _), .money(let state, _): return state.text
        case .text(let state, _): return state.text
        case .choice, .list: return ""
        }
    }

    /// The chosen option of a choice.
    public var chosen: Int? {
        if case .choice(_, let state) = input { return state.chosen }
        return nil
    }
}
