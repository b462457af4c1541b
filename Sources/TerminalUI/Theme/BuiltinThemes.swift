/// The default and monochrome themes compiled in, so a missing or broken `themes/` folder never stops
/// the program. A test checks they match `themes/default.toml` and `themes/mono.toml` exactly.
public enum BuiltinThemes {
    /// `defaultTOML` as a value, written out so that a start does not parse TOML before its first frame
    /// (~0.5 ms of every start: TOMLKit plus Foundation's whitespace tables, perf). A test checks that
    /// parsing `defaultTOML` gives exactly this.
    public static let `default` = Theme(name: "default", styles: {
        let accent = Color.rgb(0x5F, 0xAF, 0xD7), subtle = Color.indexed(244), terminal = Color.terminalDefault
        let black = Color.indexed(0), red = Color.indexed(1), green = Color.indexed(2), yellow = Color.indexed(3)
        let cyan = Color.indexed(6), brightRed = Color.indexed(9), brightGreen = Color.indexed(10), brightWhite = Color.indexed(15)
        return [
            .text: Style(foreground: terminal, background: terminal),
            .muted: Style(foreground: subtle),
            .border: Style(foreground: .indexed(240)),
            .focus: Style(foreground: accent, modifiers: .bold),
            .title: Style(foreground: accent, modifiers: .bold),
            .statusBar: Style(foreground: .indexed(252), background: .indexed(236)),
            .statusBarKey: Style(foreground: accent, background: .indexed(236), modifiers: .bold),
            .selection: Style(foreground: black, background: accent),
            .input: Style(foreground: terminal, background: .indexed(237), modifiers: .underline),
            .inputInvalid: Style(foreground: brightWhite, background: .indexed(124), modifiers: .underline),
            .button: Style(foreground: .indexed(252), background: .indexed(238)),
            .buttonFocus: Style(foreground: black, background: accent, modifiers: .bold),
            .dialog: Style(foreground: terminal, background: .indexed(235)),
            .info: Style(foreground: cyan),
            .warning: Style(foreground: yellow, modifiers: .bold),
            .error: Style(foreground: brightRed, modifiers: .bold),
            .success: Style(foreground: green),
            .stageDone: Style(foreground: green),
            .stageCurrent: Style(foreground: black, background: yellow, modifiers: .bold),
            .stagePending: Style(foreground: subtle),
            .deadlineOK: Style(foreground: green),
            .deadlineSoon: Style(foreground: yellow, modifiers: .bold),
            .deadlineOverdue: Style(foreground: brightWhite, background: red, modifiers: .bold),
            .money: Style(foreground: brightGreen, modifiers: .bold),
        ]
    }())
    public static let monochrome: Theme = parse(monochromeTOML, name: "mono")

    private static func parse(_ toml: String, name: String) -> Theme {
        // Only fails if the literal below is broken, which the theme lint test would catch.
        (try? ThemeParser.parse(toml, source: "built-in \(name)", base: nil).theme)
            ?? Theme(name: name, styles: [:])
    }

    static let defaultTOML = #"""
# Parley default theme: terminal background, calm accents. Colours: names, 0-255 or #hex.
name = "default"
description = "Terminal background with blue accents; degrades to 16, 8 and no colours."

[palette]
accent = "#5fafd7"
subtle = 244

[roles]
"ui.text" = { fg = "default", bg = "default" }
"ui.muted" = { fg = "subtle" }
"ui.border" = { fg = 240 }
"ui.focus" = { fg = "accent", modifiers = ["bold"] }
"ui.title" = { fg = "accent", modifiers = ["bold"] }
"ui.statusbar" = { fg = 252, bg = 236 }
"ui.statusbar.key" = { fg = "accent", bg = 236, modifiers = ["bold"] }
"ui.selection" = { fg = "black", bg = "accent" }
"ui.input" = { fg = "default", bg = 237, modifiers = ["underline"] }
"ui.input.invalid" = { fg = "bright-white", bg = 124, modifiers = ["underline"] }
"ui.button" = { fg = 252, bg = 238 }
"ui.button.focus" = { fg = "black", bg = "accent", modifiers = ["bold"] }
"ui.dialog" = { fg = "default", bg = 235 }
"info" = { fg = "cyan" }
"warning" = { fg = "yellow", modifiers = ["bold"] }
"error" = { fg = "bright-red", modifiers = ["bold"] }
"success" = { fg = "green" }
"dispute.stage.done" = { fg = "green" }
"dispute.stage.current" = { fg = "black", bg = "yellow", modifiers = ["bold"] }
"dispute.stage.pending" = { fg = "subtle" }
"deadline.ok" = { fg = "green" }
"deadline.soon" = { fg = "yellow", modifiers = ["bold"] }
"deadline.overdue" = { fg = "bright-white", bg = "red", modifiers = ["bold"] }
"money" = { fg = "bright-green", modifiers = ["bold"] }
"""#

    static let monochromeTOML = #"""
# No colours at all: every role is told apart by bold, dim, underline and reverse only.
# This is also the emphasis every theme falls back to under NO_COLOR or a colourless terminal.
name = "mono"
description = "Monochrome: bold, dim, underline and reverse only."

[roles]
"ui.text" = { modifiers = [] }
"ui.muted" = { modifiers = ["dim"] }
"ui.border" = { modifiers = [] }
"ui.focus" = { modifiers = ["bold", "underline"] }
"ui.title" = { modifiers = ["bold"] }
"ui.statusbar" = { modifiers = ["reverse"] }
"ui.statusbar.key" = { modifiers = ["reverse", "bold"] }
"ui.selection" = { modifiers = ["reverse"] }
"ui.input" = { modifiers = ["underline"] }
"ui.input.invalid" = { modifiers = ["underline", "bold"] }
"ui.button" = { modifiers = [] }
"ui.button.focus" = { modifiers = ["reverse", "bold"] }
"ui.dialog" = { modifiers = [] }
"info" = { modifiers = [] }
"warning" = { modifiers = ["bold"] }
"error" = { modifiers = ["bold", "underline"] }
"success" = { modifiers = ["bold"] }
"dispute.stage.done" = { modifiers = ["bold"] }
"dispute.stage.current" = { modifiers = ["reverse", "bold"] }
"dispute.stage.pending" = { modifiers = ["dim"] }
"deadline.ok" = { modifiers = [] }
"deadline.soon" = { modifiers = ["bold"] }
"deadline.overdue" = { modifiers = ["reverse", "bold"] }
"money" = { modifiers = ["bold"] }
"""#
}
