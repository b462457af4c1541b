import Foundation

/// Lays out the demo gallery: tabs on top, a page, the status bar at the bottom, overlays last.
struct DemoView {
    let program: DemoProgram

    func draw(on surface: any Surface) {
        let screen = Canvas(surface, surface.bounds)
        if TooSmallScreen.isTooSmall(surface.size, minimum: DemoProgram.minimumSize) {
            TooSmallScreen(minimum: DemoProgram.minimumSize).render(in: screen)
            return
        }
        let (top, rest) = Rect(size: surface.size).splitTop(1)
        let (body, bottom) = rest.splitBottom(1)
        Tabs([TabItem("Overview"), TabItem("Forms"), TabItem("Orders", count: program.source.count), TabItem("Charts")],
             selected: program.page.rawValue).render(on: surface, in: top)
        let page = Canvas(surface, body)
        switch program.page {
        case .overview: drawOverview(page, size: surface.size)
        case .forms: drawForms(page)
        case .table: drawTable(page)
        case .charts: drawCharts(page)
        }
        StatusBar(location: "demo › \(program.page)", hints: program.keymap.footerHints, message: program.message,
                  now: program.now).render(on: surface, in: bottom)
        if let dialog = program.dialog { dialog.render(in: page) }
        if program.showHelp { HelpOverlay(hints: program.keymap.helpHints).render(in: screen) }
    }

    static func formLabelWidth(totalWidth: Int) -> Int { min(13, totalWidth / 3) }
    static func formFieldWidth(totalWidth: Int) -> Int { max(1, totalWidth - formLabelWidth(totalWidth: totalWidth) - 1) }

    private var remaining: Int { Int(program.deadline.timeIntervalSince(program.now).rounded(.up)) }

    private func drawOverview(_ page: Canvas, size: Size) {
        let inside = page.box(title: "TerminalUI demo")
        let lines: [(String, Role)] = [
            ("wide: 日本語 😀 ok", .text),
            ("size: \(size)", .text),
            ("pid: \(getpid())", .muted),
            ("countdown: " + CountdownFormat.string(remainingSeconds: remaining), .deadlineSoon),
            ("resizes: \(program.resizes)  last key: \(program.lastKey)", .muted),
            ("theme: \(program.theme.name)  colours: \(program.depth.rawValue)", .muted),
            ("background: \(program.background)", .muted),
            ("user text: evil\u{1B}[2J name\u{202E}gpj.exe", .text),
        ]
        for (row, line) in lines.enumerated() {
            inside.text(TextWidth.truncate(line.0, to: inside.width), row: row, role: line.1)
        }
        let stages = [StageItem("Opened", .done), StageItem("Seller response", .current),
                      StageItem("Negotiation", .pending), StageItem("Mediation", .pending), StageItem("Closed", .pending)]
        StageDiagram(stages: stages, caption: "waiting on the seller",
                     countdown: CountdownLabel(remainingSeconds: remaining, prefix: "answer within "))
            .render(in: inside.sub(Rect(row: lines.count + 1, col: 0, height: max(0, inside.height - lines.count - 1),
                                        width: inside.width)))
    }

    private func drawForms(_ page: Canvas) {
        let focus = program.formFocus
        let labelWidth = DemoView.formLabelWidth(totalWidth: page.width)
        let fieldWidth = DemoView.formFieldWidth(totalWidth: page.width)
        var row = 0
        func label(_ text: String, _ field: DemoProgram.FormFocus) {
            page.text(TextWidth.fit(text, to: labelWidth), row: row, role: focus == field ? .focus : .text)
        }
        func area(_ height: Int) -> Canvas { page.sub(Rect(row: row, col: labelWidth + 1, height: height, width: fieldWidth)) }

        label("Name *", .name)
        TextField(state: program.name, placeholder: "your name", isFocused: focus == .name).render(in: area(1))
        row += 1
        label("Amount *", .amount)
        MoneyField(state: program.amount, currencyLabel: "USD", fieldWidth: 10, isFocused: focus == .amount,
                   validate: DemoProgram.validateAmount).render(in: area(2))
        row += 2
        label("Description", .description)
        TextArea(state: program.description, isFocused: focus == .description).render(in: area(4))
        row += 4
        label("Received? *", .received)
        YesNoToggle(value: program.received, isFocused: focus == .received).render(in: area(1))
        row += 1
        label("Resolution *", .resolution)
        SelectList(options: program.resolutions, state: program.resolution, isFocused: focus == .resolution)
            .render(in: area(4))
        row += 4
        ButtonRow([Button("Open dispute", isFocused: focus == .buttons && program.buttonFocus == 0),
                   Button("Discard", isFocused: focus == .buttons && program.buttonFocus == 1)])
            .render(in: page.sub(Rect(row: row, col: 0, height: 1, width: page.width)))
    }

    private func drawTable(_ page: Canvas) {
        Table(columns: [TableColumn("Order", width: .fixed(7)), TableColumn("Item", width: .flexible(min: 6)),
                        TableColumn("Paid", width: .fixed(6), alignment: .right),
                        TableColumn("Protection", width: .fixed(11), alignment: .right)],
              source: program.source, state: program.table).render(in: page)
    }

    private func drawCharts(_ page: Canvas) {
        let half = max(1, page.height / 2)
        page.text("Disputes by stage", row: 0, role: .title)
        BarChart([BarItem("Opened", 42), BarItem("Seller response", 17, role: .warning), BarItem("Negotiation", 9),
                  BarItem("Mediation", 5, role: .error), BarItem("Closed", 120, role: .success)])
            .render(in: page.sub(Rect(row: 1, col: 0, height: max(0, half - 1), width: page.width)))
        page.text("Opened per day", row: half, role: .title)
        let values = (0..<120).map { ($0 * 37 + Int(program.now.timeIntervalSince1970 / 10)) % 23 }
        Sparkline(values).render(in: page.sub(Rect(row: half + 1, col: 0, height: 1, width: page.width)))
        let deadlines = [("ok", 5 * 86_400), ("soon", 4 * 3_600), ("near", remaining), ("late", -7_200)]
        var col = 0
        for (name, seconds) in deadlines where half + 3 < page.height {
            let label = CountdownLabel(remainingSeconds: seconds, prefix: name + " ")
            col += page.text(label.text, row: half + 3, col: col, role: label.role) + 2
        }
        if half + 5 < page.height { page.text("press d for a confirm dialog", row: half + 5, role: .muted) }
    }
}
