/// Anything that draws itself into a rectangle of a surface. Widgets are values: they hold what to
/// show, and the state that keys change lives in a separate `...State` value owned by the screen.
public protocol Widget {
    func render(in canvas: Canvas)
}

extension Widget {
    public func render(on surface: any Surface, in rect: Rect) {
        render(in: Canvas(surface, rect))
    }
}
