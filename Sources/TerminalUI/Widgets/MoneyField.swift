/// An amount input that keeps exactly what was typed and shows the validator's message beside it.
/// It knows nothing of currencies: the screen passes a validator (nil = valid).
public struct MoneyField: Widget {
    public var state: TextFieldState
    public var currencyLabel: String
    public var fieldWidth: Int
    public var isFocused: Bool
    public var validate: (String) -> String?

    public init(state: TextFieldState, currencyLabel: String = "", fieldWidth: Int = 12, isFocused: Bool = false,
                validate: @escaping (String) -> String?) {
        self.state = state
        self.currencyLabel = currencyLabel
        self.fieldWidth = fieldWidth
        self.isFocused = isFocused
        self.validate = validate
    }

    /// The message to show, if the current text is not acceptable. Empty text is not judged yet.
    public var error: String? { state.text.isEmpty ? nil : validate(state.text) }

    public func render(in canvas: Canvas) {
        var col = 0
        if !currencyLabel.isEmpty {
            col += canvas.text(currencyLabel + " ", row: 0, role: .money)
        }
        let width = min(fieldWidth, canvas.width - col)
        let error = self.error
        TextField(state: state, isFocused: isFocused, isInvalid: error != nil)
            .render(in: canvas.sub(Rect(row: 0, col: col, height: 1, width: width)))
        col += width
        guard let error else { return }
        let message = "✗ " + error
        let room = canvas.width - col - 1
        if room >= 8 {
            canvas.text(TextWidth.truncate(message, to: room), row: 0, col: col + 1, role: .error)
        } else if canvas.height > 1 {
            canvas.text(TextWidth.truncate(message, to: canvas.width), row: 1, role: .error)
        }
    }
}
