/// Horizontal placement of text inside a column.
public enum Alignment: Sendable {
    case left, right, center
}
