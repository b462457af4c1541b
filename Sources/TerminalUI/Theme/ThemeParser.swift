import TOMLKit

/// Reads a theme from TOML text:
///
///     name = "Light"
///     [palette]
///     accent = "#005f87"
///     [roles]
///     "ui.selection" = { fg = "white", bg = "accent", modifiers = ["bold"] }
///     "ui.muted" = "gray"          # a bare colour is the foreground
///
/// Roles may also be written as nested tables (`[roles.ui.statusbar] key = {...}`). Unknown roles,
/// fields, colours and modifiers are reported as warnings and ignored; roles the file leaves out are
/// inherited from `base` (the default theme).
public enum ThemeParser {
    public static func parse(_ toml: String, source: String, base: Theme?) throws(ThemeError) -> LoadedTheme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: toml)
        } catch {
            throw .invalidTOML(source: source, reason: String(describing: error))
        }
        var warnings: [ThemeWarning] = []
        func warn(_ message: String) { warnings.append(ThemeWarning(source: source, message: message)) }

        let name = table["name"]?.string ?? source
        var palette: [String: Color] = [:]
        if let paletteTable = table["palette"]?.table {
            for key in paletteTable.keys {
                let value = paletteTable[key]
                if let text = value?.string ?? value?.int.map(String.init), let color = Color.parse(text) {
                    palette[key.lowercased()] = color
                } else {
                    warn("palette colour '\(key)' is not a colour name, 0-255 or #hex; ignored")
                }
            }
        }
        for key in table.keys where !["name", "description", "palette", "roles"].contains(key) {
            warn("unknown key '\(key)' ignored")
        }

        var styles = base?.styles ?? [:]
        if let roles = table["roles"]?.table {
            for (key, value) in flatten(roles, prefix: "") {
                let role = Role(key)
                guard Role.all.contains(role) else {
                    warn("unknown role '\(key)' ignored")
                    continue
                }
                styles[role] = style(from: value, role: key, palette: palette, warn: warn)
            }
        } else {
            warn("no [roles] table; every role inherited")
        }
        return LoadedTheme(theme: Theme(name: name, styles: styles), warnings: warnings)
    }

    private static let styleFields: Set<String> = ["fg", "bg", "modifiers"]

    /// Dotted role names may arrive as nested tables; a table holding style fields is a style.
    private static func flatten(_ table: TOMLTable, prefix: String, skipping: Set<String> = [])
        -> [(String, TOMLValueConvertible)]
    {
        var result: [(String, TOMLValueConvertible)] = []
        for key in table.keys.sorted() where !skipping.contains(key) {
            guard let value = table[key] else { continue }
            let path = prefix.isEmpty ? key : prefix + "." + key
            if let inner = value.table {
                let hasStyle = inner.keys.contains { styleFields.contains($0) }
                let hasChildren = inner.keys.contains { !styleFields.contains($0) }
                if hasStyle || !hasChildren { result.append((path, value)) }
                if hasChildren { result += flatten(inner, prefix: path, skipping: styleFields) }
            } else {
                result.append((path, value))
            }
        }
        return result
    }

    private static func style(from value: TOMLValueConvertible, role: String, palette: [String: Color],
                              warn: (String) -> Void) -> Style {
        func color(_ text: String, field: String) -> Color? {
            if let named = palette[text.lowercased()] { return named }
            if let parsed = Color.parse(text) { return parsed }
            warn("'\(role)' \(field) '\(text)' is not a colour name, 0-255, #hex or palette name; ignored")
            return nil
        }
        func colorValue(_ value: TOMLValueConvertible?, field: String) -> Color? {
            guard let value else { return nil }
            if let text = value.string { return color(text, field: field) }
            if let number = value.int { return color(String(number), field: field) }
            warn("'\(role)' \(field) must be a string or a number; ignored")
            return nil
        }
        if value.string != nil || value.int != nil {
            return Style(foreground: colorValue(value, field: "fg"))
        }
        guard let table = value.table else {
            warn("'\(role)' must be a colour or a table with fg, bg, modifiers; ignored")
            return Style()
        }
        var style = Style(foreground: colorValue(table["fg"], field: "fg"),
                          background: colorValue(table["bg"], field: "bg"))
        if let list = table["modifiers"]?.array {
            for item in list {
                if let text = item.string, let modifier = Modifiers.names[text.lowercased()] {
                    style.modifiers.insert(modifier)
                } else {
                    warn("'\(role)' has unknown modifier \(item.debugDescription); ignored")
                }
            }
        } else if table["modifiers"] != nil {
            warn("'\(role)' modifiers must be a list such as [\"bold\"]; ignored")
        }
        for key in table.keys where !styleFields.contains(key) && table[key]?.table == nil {
            warn("'\(role)' has unknown field '\(key)'; ignored")
        }
        return style
    }
}
