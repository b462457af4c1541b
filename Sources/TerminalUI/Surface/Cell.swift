/// One terminal cell. A wide character occupies its lead cell (width 2) and a continuation cell
/// (width 0, empty text) to its right, so the grid always matches what the terminal shows.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var role: Role

    public init(text: String, width: Int, role: Role) {
        self.text = text
        self.width = width
        self.role = role
    }

    public static func blank(_ role: Role = .text) -> Cell { Cell(text: " ", width: 1, role: role) }
    public static func continuation(_ role: Role) -> Cell { Cell(text: "", width: 0, role: role) }
    public var isContinuation: Bool { width == 0 }
}
