import CNcursesw

/// Turns theme roles into ncurses attributes and colour pairs for one colour depth, allocating a
/// pair per distinct (foreground, background) the first time it is needed.
struct CursesStyles {
    let theme: Theme
    let depth: ColorDepth
    /// Pairs allocated so far: one per distinct colour combination of the theme's roles, a few dozen
    /// at most, so a list is searched (a dictionary keyed by `Int16` made the Swift runtime scan every
    /// conformance in the binary for `Int16: Hashable` at start, ~0.1 ms).
    private var pairs: [(foreground: Int16, background: Int16, pair: Int16)] = []
    private var resolved: [Role: (attributes: attr_t, pair: Int16)] = [:]
    private var nextPair: Int16 = 1

    init(theme: Theme, depth: ColorDepth) {
        self.theme = theme
        self.depth = depth
    }

    mutating func attributes(for role: Role) -> (attributes: attr_t, pair: Int16) {
        if let known = resolved[role] { return known }
        let style = theme.style(for: role, depth: depth)
        var attributes = parley_a_normal()
        if style.modifiers.contains(.bold) { attributes |= parley_a_bold() }
        if style.modifiers.contains(.dim) { attributes |= parley_a_dim() }
        if style.modifiers.contains(.underline) { attributes |= parley_a_underline() }
        if style.modifiers.contains(.reverse) { attributes |= parley_a_reverse() }
        if style.modifiers.contains(.italic) { attributes |= parley_a_italic() }
        var pair: Int16 = 0
        if depth != .monochrome {
            let fg = style.foreground?.cursesNumber ?? -1
            let bg = style.background?.cursesNumber ?? -1
            if fg != -1 || bg != -1 { pair = pairNumber(fg: fg, bg: bg) }
        }
        resolved[role] = (attributes, pair)
        return (attributes, pair)
    }

    private mutating func pairNumber(fg: Int16, bg: Int16) -> Int16 {
        if let known = pairs.first(where: { $0.foreground == fg && $0.background == bg }) { return known.pair }
        guard Int32(nextPair) < parley_color_pairs() else { return 0 }
        let pair = nextPair
        nextPair += 1
        init_pair(pair, fg, bg)
        pairs.append((fg, bg, pair))
        return pair
    }
}
