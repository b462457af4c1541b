import CNcursesw

/// `wcwidth` and ncursesw only know wide characters under a UTF-8 `LC_CTYPE`. The environment's
/// locale is used when it is UTF-8; otherwise (a bare `C` locale, as under tmux in CI) `C.UTF-8`.
enum LocaleSetup {
    static let isUTF8: Bool = {
        setlocale(LC_ALL, "")
        if currentCodesetIsUTF8() { return true }
        setlocale(LC_CTYPE, "C.UTF-8")
        return currentCodesetIsUTF8()
    }()

    private static func currentCodesetIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
