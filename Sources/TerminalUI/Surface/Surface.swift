/// The one place that draws. A frame is `beginFrame()`, any number of `put`/`fill`, `endFrame()`.
/// All text is sanitized on the way in, so user text can never reach the terminal raw.
public protocol Surface: AnyObject {
    var size: Size { get }
    /// Where the terminal cursor is shown after the frame; nil hides it.
    var cursor: Point? { get set }
    func beginFrame()
    func endFrame()
    @discardableResult
    func put(_ text: String, at point: Point, role: Role, maxWidth: Int?) -> Int
    func fill(_ rect: Rect, role: Role)
    func cell(at point: Point) -> Cell?
}

extension Surface {
    @discardableResult
    public func put(_ text: String, at point: Point, role: Role) -> Int {
        put(text, at: point, role: role, maxWidth: nil)
    }

    public var bounds: Rect { Rect(size: size) }
}
