import Foundation

/// Lays out the demo screen with the library's own widgets.
struct DemoView {
    let program: DemoProgram

    func draw(on surface: any Surface) {
        let screen = Canvas(surface, surface.bounds)
        let remaining = Int(program.deadline.timeIntervalSince(program.now).rounded(.up))
        let lines: [(String, Role)] = [
            ("wide: 日本語 😀 ok", .text),
            ("size: \(surface.size)", .text),
            ("pid: \(getpid())", .muted),
            ("countdown: " + CountdownFormat.string(remainingSeconds: remaining), .deadlineSoon),
            ("resizes: \(program.resizes)  last key: \(program.lastKey)", .muted),
            ("theme: \(program.themeName)  colours: \(program.depth.rawValue)", .muted),
        ]
        let inside = screen.sub(Rect(row: 0, col: 0, height: screen.height - 1, width: screen.width))
            .box(title: "TerminalUI demo")
        for (row, line) in lines.enumerated() {
            inside.text(TextWidth.truncate(line.0, to: inside.width), row: row, role: line.1)
        }
        screen.fill(row: screen.height - 1, role: .statusBar)
        var col = 0
        for hint in program.keymap.footerHints {
            col += screen.text(hint.keys, row: screen.height - 1, col: col, role: .statusBarKey)
            col += screen.text(" " + hint.help + "  ", row: screen.height - 1, col: col, role: .statusBar)
        }
    }
}
