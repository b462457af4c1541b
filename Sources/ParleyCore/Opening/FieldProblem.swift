/// One problem with a form value: an error blocks submission, a warning is shown but does not.
public struct FieldProblem: Codable, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable, Hashable {
        case error, warning
    }

    public var field: FormField
    public var severity: Severity
    public var message: String

    public init(field: FormField, severity: Severity = .error, message: String) {
        self.field = field
        self.severity = severity
        self.message = message
    }

    public static func error(_ field: FormField, _ message: String) -> FieldProblem {
        FieldProblem(field: field, severity: .error, message: message)
    }

    public static func warning(_ field: FormField, _ message: String) -> FieldProblem {
        FieldProblem(field: field, severity: .warning, message: message)
    }

    public var isError: Bool { severity == .error }

    public var description: String { "\(field.rawValue) (\(severity.rawValue)): \(message)" }
}
