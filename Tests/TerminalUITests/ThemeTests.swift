import Foundation
import Testing
@testable import TerminalUI

/// The repository's `themes/` folder, found from this file's location.
let themesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

@Suite struct ThemeLintTests {
    static let themeFiles: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: themesFolder.path)) ?? [])
        .filter { $0.hasSuffix(".toml") }.sorted()

    @Test func theRequiredThemesExist() {
        for name in ["default", "light", "high-contrast", "mono"] {
            #expect(Self.themeFiles.contains(name + ".toml"), "missing themes/\(name).toml")
        }
    }

    @Test(arguments: themeFiles)
    func everyThemeFileLoadsWithoutWarningsAndDefinesEveryRole(file: String) throws {
        let text = try String(contentsOf: themesFolder.appendingPathComponent(file), encoding: .utf8)
        let loaded = try ThemeParser.parse(text, source: file, base: nil)
        #expect(loaded.warnings == [], "\(loaded.warnings)")
        for role in Role.all { #expect(loaded.theme.styles[role] != nil, "\(file) lacks \(role)") }
    }

    @Test(arguments: themeFiles)
    func everyRoleReadsWithoutColour(file: String) throws {
        let library = ThemeLibrary(directory: themesFolder)
        let theme = try library.load(String(file.dropLast(5))).theme
        let emphasised: [Role] = [.selection, .statusBar, .buttonFocus, .stageCurrent, .deadlineOverdue,
                                  .error, .inputInvalid]
        for role in emphasised {
            let style = theme.style(for: role, depth: .monochrome)
            #expect(style.foreground == nil && style.background == nil)
            #expect(!style.modifiers.isEmpty, "\(role) would be invisible without colour in \(file)")
        }
        // Selection must differ from plain text, or the cursor row disappears.
        #expect(theme.style(for: .selection, depth: .monochrome) != theme.style(for: .text, depth: .monochrome))
    }

    @Test func theBuiltInThemesMatchTheirFiles() throws {
        let defaultFile = try String(contentsOf: themesFolder.appendingPathComponent("default.toml"), encoding: .utf8)
        let monoFile = try String(contentsOf: themesFolder.appendingPathComponent("mono.toml"), encoding: .utf8)
        #expect(defaultFile == BuiltinThemes.defaultTOML + "\n")
        #expect(monoFile == BuiltinThemes.monochromeTOML + "\n")
        #expect(BuiltinThemes.default.styles.count == Role.all.count)
    }

    /// The default theme is compiled in as a value (no TOML parsed at start); it must say exactly
    /// what its TOML text says.
    @Test func theCompiledDefaultThemeIsItsTOMLText() throws {
        let parsed = try ThemeParser.parse(BuiltinThemes.defaultTOML, source: "default.toml", base: nil)
        #expect(parsed.warnings.isEmpty)
        for role in Role.all {
            #expect(parsed.theme.styles[role] == BuiltinThemes.default.styles[role], "\(role)")
        }
        #expect(parsed.theme == BuiltinThemes.default)
    }
}

@Suite struct ThemeParserTests {
    @Test func coloursAsNamesNumbersAndHex() {
        #expect(Color.parse("red") == .indexed(1))
        #expect(Color.parse("bright-blue") == .indexed(12))
        #expect(Color.parse("208") == .indexed(208))
        #expect(Color.parse("#ff8700") == .rgb(255, 135, 0))
        #expect(Color.parse("#f80") == .rgb(255, 136, 0))
        #expect(Color.parse("default") == .terminalDefault)
        #expect(Color.parse("256") == nil)
        #expect(Color.parse("#12345") == nil)
        #expect(Color.parse("purple-ish") == nil)
    }

    @Test func unknownKeysAreReportedAndIgnoredAndMissingRolesInherited() throws {
        let toml = """
        name = "partial"
        flavour = "mint"
        [roles]
        "ui.text" = { fg = "red", sparkle = true }
        "ui.nonsense" = "blue"
        "error" = { fg = "not-a-colour", modifiers = ["bold", "blink"] }
        """
        let loaded = try ThemeParser.parse(toml, source: "partial.toml", base: BuiltinThemes.default)
        let messages = loaded.warnings.map(\.message)
        #expect(messages.contains { $0.contains("flavour") })
        #expect(messages.contains { $0.contains("sparkle") })
        #expect(messages.contains { $0.contains("ui.nonsense") })
        #expect(messages.contains { $0.contains("not-a-colour") })
        #expect(messages.contains { $0.contains("blink") })
        #expect(loaded.theme.styles[.text]?.foreground == .indexed(1))
        #expect(loaded.theme.styles[.error]?.modifiers == .bold)
        #expect(loaded.theme.styles[.money] == BuiltinThemes.default.styles[.money])
    }

    @Test func nestedTablesNameDottedRoles() throws {
        let toml = """
        [roles.ui.statusbar]
        fg = "white"
        key = { fg = "yellow" }
        """
        let theme = try ThemeParser.parse(toml, source: "nested", base: nil).theme
        #expect(theme.styles[.statusBar]?.foreground == .indexed(7))
        #expect(theme.styles[.statusBarKey]?.foreground == .indexed(3))
    }

    @Test func paletteNamesResolve() throws {
        let toml = """
        [palette]
        accent = "#5fafd7"
        [roles]
        "ui.focus" = { fg = "accent" }
        """
        let theme = try ThemeParser.parse(toml, source: "palette", base: nil).theme
        #expect(theme.styles[.focus]?.foreground == .rgb(0x5F, 0xAF, 0xD7))
    }

    @Test func brokenTOMLIsATypedError() {
        #expect(throws: ThemeError.self) { try ThemeParser.parse("[roles\n", source: "bad", base: nil) }
    }
}

@Suite struct ColourDegradationTests {
    @Test func trueColourBecomesTheNearestIndexedColour() {
        #expect(Color.rgb(0x5F, 0xAF, 0xD7).degraded(to: .colors256) == .indexed(74))
        #expect(Color.rgb(255, 0, 0).degraded(to: .colors16) == .indexed(9))
        #expect(Color.rgb(200, 0, 0).degraded(to: .colors8) == .indexed(1))
    }

    @Test func greysStayGreyOnSmallPalettes() {
        #expect(Color.indexed(243).degraded(to: .colors8) == .indexed(7))
        #expect(Color.indexed(236).degraded(to: .colors8) == .indexed(0))
        #expect(Color.indexed(244).degraded(to: .colors16) == .indexed(8))
        #expect(Color.rgb(0x80, 0x80, 0x80).degraded(to: .colors16) == .indexed(8))
    }

    @Test func eightColourTerminalsFoldBrightColours() {
        #expect(Color.indexed(9).degraded(to: .colors8) == .indexed(1))
        #expect(Color.indexed(244).degraded(to: .colors16) == .indexed(8))
        let theme = Theme(name: "t", styles: [.error: Style(foreground: .indexed(9))])
        #expect(theme.style(for: .error, depth: .colors8) == Style(foreground: .indexed(1), modifiers: .bold))
    }

    @Test func noColorMeansMonochrome() {
        #expect(ColorDepth.detect(colors: 256, hasColors: true, environment: ["NO_COLOR": "1"]) == .monochrome)
        #expect(ColorDepth.detect(colors: 256, hasColors: true, environment: ["NO_COLOR": ""]) == .colors256)
        #expect(ColorDepth.detect(colors: 8, hasColors: true, environment: [:]) == .colors8)
        #expect(ColorDepth.detect(colors: 0, hasColors: false, environment: [:]) == .monochrome)
    }
}

@Suite struct ThemeLibraryTests {
    @Test func findsTheThemesFolderUpwardFromADirectory() {
        let nested = themesFolder.deletingLastPathComponent().appendingPathComponent("Sources/TerminalUI").path
        let library = ThemeLibrary.locate(executablePath: nil, currentDirectory: nested)
        #expect(library.directory?.standardizedFileURL.path == themesFolder.standardizedFileURL.path)
        #expect(library.names.contains("high-contrast"))
    }

    @Test func findsTheThemesFolderUpwardFromAnExecutablePathWithDotDots() throws {
        let root = themesFolder.deletingLastPathComponent().path
        // The executable need not exist: its path is walked as written, `..` taken away.
        let library = ThemeLibrary.locate(executablePath: root + "/Sources/../.build/./no-such-folder/parley", currentDirectory: "/")
        #expect(library.folder == themesFolder.standardizedFileURL.path)
        #expect(try library.load("light").theme != BuiltinThemes.default)
    }

    @Test func anEditedDefaultFileIsReadAndTheShippedOneIsTheBuiltIn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("parley-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("default.toml")
        try (BuiltinThemes.defaultTOML + "\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try ThemeLibrary(directory: folder).load("default").theme == BuiltinThemes.default)
        let edit = BuiltinThemes.defaultTOML.replacingOccurrences(of: #""error" = { fg = "bright-red", modifiers = ["bold"] }"#, with: #""error" = { fg = 13 }"#)
        #expect(edit != BuiltinThemes.defaultTOML)
        try (edit + "\n").write(to: file, atomically: true, encoding: .utf8)
        let edited = try ThemeLibrary(directory: folder).load("default").theme
        #expect(edited.styles[.error]?.foreground == .indexed(13))
        #expect(edited.styles[.text] == BuiltinThemes.default.styles[.text])
    }

    @Test func withNoFolderTheBuiltInDefaultStillLoads() throws {
        let library = ThemeLibrary.locate(executablePath: "/nonexistent/bin/parley", currentDirectory: "/")
        #expect(library.directory == nil)
        #expect(try library.load("default").theme == BuiltinThemes.default)
        #expect(throws: ThemeError.self) { try library.load("light") }
    }
}
