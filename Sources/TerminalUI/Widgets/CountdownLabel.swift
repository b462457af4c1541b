/// A countdown to a deadline, coloured by urgency: ok, soon (under `soonThreshold`), overdue.
public struct CountdownLabel: Widget {
    public var remainingSeconds: Int
    public var soonThreshold: Int
    public var prefix: String

    public init(remainingSeconds: Int, soonThreshold: Int = 86_400, prefix: String = "") {
        self.remainingSeconds = remainingSeconds
        self.soonThreshold = soonThreshold
        self.prefix = prefix
    }

    public var text: String { prefix + CountdownFormat.string(remainingSeconds: remainingSeconds) }

    public var role: Role { CountdownLabel.role(remainingSeconds: remainingSeconds, soonThreshold: soonThreshold) }

    public static func role(remainingSeconds: Int, soonThreshold: Int = 86_400) -> Role {
        if remainingSeconds < 0 { return .deadlineOverdue }
        if remainingSeconds < soonThreshold { return .deadlineSoon }
        return .deadlineOK
    }

    public func render(in canvas: Canvas) {
        canvas.text(TextWidth.truncate(text, to: canvas.width), row: 0, role: role)
    }
}
