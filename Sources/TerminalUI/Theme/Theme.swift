/// A named mapping from every role to a style. Lookups of roles a theme lacks fall back to `ui.text`.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    public func style(for role: Role) -> Style {
        styles[role] ?? styles[.text] ?? Style()
    }

    /// The style as the terminal can show it. Without colour, each role keeps its own modifiers plus
    /// the built-in monochrome emphasis, so selection, errors and deadlines still stand out.
    public func style(for role: Role, depth: ColorDepth) -> Style {
        let style = style(for: role)
        guard depth != .monochrome else {
            let fallback = BuiltinThemes.monochrome.styles[role]?.modifiers ?? []
            return Style(modifiers: style.modifiers.union(fallback))
        }
        var modifiers = style.modifiers
        // An 8-colour terminal has no bright colours; bold is how they traditionally show.
        if depth == .colors8, case .indexed(let i)? = style.foreground, (8...15).contains(i) {
            modifiers.insert(.bold)
        }
        return Style(foreground: style.foreground?.degraded(to: depth),
                     background: style.background?.degraded(to: depth),
                     modifiers: modifiers)
    }
}
