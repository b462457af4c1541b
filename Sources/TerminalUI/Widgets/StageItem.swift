/// One stage of a progress diagram.
public struct StageItem: Hashable, Sendable {
    public enum Status: Hashable, Sendable { case done, current, pending }
    public var name: String
    public var status: Status

    public init(_ name: String, _ status: Status) {
        self.name = name
        self.status = status
    }

    var marker: String {
        switch status {
        case .done: return "✓"
        case .current: return "●"
        case .pending: return "○"
        }
    }

    var role: Role {
        switch status {
        case .done: return .stageDone
        case .current: return .stageCurrent
        case .pending: return .stagePending
        }
    }
}
