/// A loaded theme with whatever was ignored while loading it.
public struct LoadedTheme: Sendable {
    public var theme: Theme
    public var warnings: [ThemeWarning]
}
