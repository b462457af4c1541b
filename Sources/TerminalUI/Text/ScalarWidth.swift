import CNcursesw

/// Column width of one scalar per the C library's `wcwidth`, which ncursesw uses too.
enum ScalarWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        _ = LocaleSetup.isUTF8
        if scalar.value < 0x7F { return scalar.value >= 0x20 ? 1 : -1 }
        return Int(parley_wcwidth(scalar.value))
    }
}
