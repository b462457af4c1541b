/// A semantic drawing role ("ui.selection", "deadline.soon"); a theme maps each role to colours and
/// modifiers, so widgets never name a colour.
public struct Role: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let name: String
    public init(_ name: String) { self.name = name }
    public init(stringLiteral value: String) { self.name = value }
    public var description: String { name }
    public static func < (lhs: Role, rhs: Role) -> Bool { lhs.name < rhs.name }

    public static let text: Role = "ui.text"
    public static let muted: Role = "ui.muted"
    public static let border: Role = "ui.border"
    public static let focus: Role = "ui.focus"
    public static let title: Role = "ui.title"
    public static let statusBar: Role = "ui.statusbar"
    public static let statusBarKey: Role = "ui.statusbar.key"
    public static let selection: Role = "ui.selection"
    public static let input: Role = "ui.input"
    public static let inputInvalid: Role = "ui.input.invalid"
    public static let button: Role = "ui.button"
    public static let buttonFocus: Role = "ui.button.focus"
    public static let dialog: Role = "ui.dialog"
    public static let info: Role = "info"
    public static let warning: Role = "warning"
    public static let error: Role = "error"
    public static let success: Role = "success"
    public static let stageDone: Role = "dispute.stage.done"
    public static let stageCurrent: Role = "dispute.stage.current"
    public static let stagePending: Role = "dispute.stage.pending"
    public static let deadlineOK: Role = "deadline.ok"
    public static let deadlineSoon: Role = "deadline.soon"
    public static let deadlineOverdue: Role = "deadline.overdue"
    public static let money: Role = "money"

    /// Every role a theme defines; a theme file may not add others.
    public static let all: [Role] = [
        .text, .muted, .border, .focus, .title, .statusBar, .statusBarKey, .selection, .input,
        .inputInvalid, .button, .buttonFocus, .dialog, .info, .warning, .error, .success,
        .stageDone, .stageCurrent, .stagePending, .deadlineOK, .deadlineSoon, .deadlineOverdue, .money,
    ]
}
