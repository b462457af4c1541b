import CNcursesw
import Foundation

/// `wcwidth` and ncursesw only know wide characters under a UTF-8 `LC_CTYPE`. The environment's
/// locale is used when it is UTF-8; otherwise (a bare `C` locale, as under tmux in CI) `C.UTF-8`.
/// Which glyphs reach the terminal is decided from the user's own locale, before that fallback.
/// Only `LC_CTYPE` is taken from the environment: nothing else here reads the C locale, and loading
/// every category (a file each where there is no locale archive) cost ~0.25 ms of every start.
enum LocaleSetup {
    private static let decided: (isUTF8: Bool, glyphs: GlyphSet) = {
        let accepted = setlocale(LC_CTYPE, "") != nil
        let userIsUTF8 = accepted && currentCodesetIsUTF8()
        let glyphs = GlyphSet.forLocale(named: userLocaleName(localeVariables()), codesetIsUTF8: userIsUTF8)
        if userIsUTF8 { return (true, glyphs) }
        setlocale(LC_CTYPE, "C.UTF-8")
        return (currentCodesetIsUTF8(), glyphs)
    }()

    static var isUTF8: Bool { decided.isUTF8 }
    static var glyphs: GlyphSet { decided.glyphs }

    private static let precedence = ["LC_ALL", "LC_CTYPE", "LANG"]

    /// The locale the user asked for, by POSIX precedence: LC_ALL, then LC_CTYPE, then LANG.
    static func userLocaleName(_ environment: [String: String]) -> String? {
        for variable in precedence {
            if let value = environment[variable], !value.isEmpty { return value }
        }
        return nil
    }

    /// The three variables `userLocaleName` looks at, read one by one (`ProcessInfo`'s copy of the
    /// whole environment is not needed for three names).
    private static func localeVariables() -> [String: String] {
        var variables: [String: String] = [:]
        for name in precedence {
            if let value = getenv(name) { variables[name] = String(cString: value) }
        }
        return variables
    }

    private static func currentCodesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
