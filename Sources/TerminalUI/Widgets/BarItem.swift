/// One bar: a label, a value, and optionally a role for the bar.
public struct BarItem: Hashable, Sendable {
    public var label: String
    public var value: Int
    public var role: Role

    public init(_ label: String, _ value: Int, role: Role = .focus) {
        self.label = label
        self.value = value
        self.role = role
    }
}
