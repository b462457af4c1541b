import Foundation

/// A colour as a theme names it: the terminal default, one of the 256 indexed colours (0–15 are the
/// named ANSI colours), or true colour that is mapped to the nearest indexed one.
public enum Color: Hashable, Sendable {
    case terminalDefault
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    static let names: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "gray": 8, "grey": 8, "bright-black": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// Parses "red", "bright-blue", "default", "208", "#ff8700" or "#f80".
    public static func parse(_ text: String) -> Color? {
        let name = text.trimmingCharacters(in: .whitespaces).lowercased()
        if name == "default" || name == "none" { return .terminalDefault }
        if let index = names[name.replacingOccurrences(of: "_", with: "-")] { return .indexed(index) }
        if let number = Int(name), (0...255).contains(number) { return .indexed(UInt8(number)) }
        if name.hasPrefix("#") {
            var hex = String(name.dropFirst())
            if hex.count == 3 { hex = hex.map { "\($0)\($0)" }.joined() }
            guard hex.count == 6, let value = UInt32(hex, radix: 16) else { return nil }
            return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
        }
        return nil
    }

    /// The colour a terminal of the given depth can show; nil when it shows none (monochrome).
    public func degraded(to depth: ColorDepth) -> Color? {
        switch (self, depth) {
        case (_, .monochrome): return nil
        case (.terminalDefault, _): return self
        case (.rgb(let r, let g, let b), .colors256): return .indexed(Color.nearest256(r, g, b))
        case (.rgb(let r, let g, let b), _):
            return Color.indexed(Color.nearestANSI(r, g, b, count: depth == .colors16 ? 16 : 8))
        case (.indexed(let i), .colors256): return .indexed(i)
        case (.indexed(let i), .colors16):
            return .indexed(i < 16 ? i : Color.nearestANSI(rgbOf(i), count: 16))
        case (.indexed(let i), .colors8):
            if i < 8 { return .indexed(i) }
            if i < 16 { return .indexed(i - 8) }
            return .indexed(Color.nearestANSI(rgbOf(i), count: 8))
        }
    }

    /// The ncurses colour number (-1 for the terminal default).
    public var cursesNumber: Int16 {
        switch self {
        case .terminalDefault: return -1
        case .indexed(let i): return Int16(i)
        case .rgb(let r, let g, let b): return Int16(Color.nearest256(r, g, b))
        }
    }

    // MARK: - Nearest-colour mapping (xterm palette)

    private static let ansi: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
        (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
        (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    private static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    private func rgbOf(_ index: UInt8) -> (UInt8, UInt8, UInt8) {
        if index < 16 { return Color.ansi[Int(index)] }
        if index >= 232 {
            let level = UInt8(8 + 10 * (Int(index) - 232))
            return (level, level, level)
        }
        let n = Int(index) - 16
        let levels = Color.cubeLevels
        return (UInt8(levels[n / 36]), UInt8(levels[(n / 6) % 6]), UInt8(levels[n % 6]))
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let dr = Int(a.0) - Int(b.0), dg = Int(a.1) - Int(b.1), db = Int(a.2) - Int(b.2)
        return dr * dr + dg * dg + db * db
    }

    static func nearestANSI(_ r: UInt8, _ g: UInt8, _ b: UInt8, count: Int) -> UInt8 {
        nearestANSI((r, g, b), count: count)
    }

    static func nearestANSI(_ rgb: (UInt8, UInt8, UInt8), count: Int) -> UInt8 {
        // A grey must stay a grey: by plain distance a mid grey is "nearest" to yellow.
        let channels = [Int(rgb.0), Int(rgb.1), Int(rgb.2)]
        let isGrey = (channels.max() ?? 0) - (channels.min() ?? 0) < 32
        let candidates = isGrey ? [0, 7, 8, 15].filter { $0 < count } : Array(0..<count)
        var best = candidates[0]
        for index in candidates where distance(ansi[index], rgb) < distance(ansi[best], rgb) { best = index }
        return UInt8(best)
    }

    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        func level(_ v: UInt8) -> Int {
            cubeLevels.indices.min { abs(cubeLevels[$0] - Int(v)) < abs(cubeLevels[$1] - Int(v)) } ?? 0
        }
        let cube = (level(r), level(g), level(b))
        let cubeIndex = 16 + 36 * cube.0 + 6 * cube.1 + cube.2
        let cubeRGB = (UInt8(cubeLevels[cube.0]), UInt8(cubeLevels[cube.1]), UInt8(cubeLevels[cube.2]))
        let grayStep = min(23, max(0, (Int(r) + Int(g) + Int(b)) / 3 - 8) / 10)
        let grayLevel = UInt8(8 + 10 * grayStep)
        let gray = (grayLevel, grayLevel, grayLevel)
        return distance(gray, (r, g, b)) < distance(cubeRGB, (r, g, b)) ? UInt8(232 + grayStep) : UInt8(cubeIndex)
    }
}
