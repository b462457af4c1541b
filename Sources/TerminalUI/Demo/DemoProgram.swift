import CNcursesw
import Foundation

/// The demo's state and its answers to events: a small gallery of every widget in four pages.
final class DemoProgram: TerminalProgram {
    enum Action: Sendable { case quit, help, previousPage, nextPage, nextTheme, confirm }
    enum Page: Int, CaseIterable { case overview, forms, table, charts }
    enum FormFocus: Int, CaseIterable { case name, amount, description, received, resolution, buttons }

    let keymap = Keymap<Action>([
        KeyBinding([.function(1), .char("?")], .help, help: "Help"),
        KeyBinding([.function(2)], .previousPage, help: "Prev page"),
        KeyBinding([.function(3)], .nextPage, help: "Next page"),
        KeyBinding([.function(5)], .nextTheme, help: "Theme"),
        KeyBinding([.char("d")], .confirm, help: "Dialog", inFooter: false),
        KeyBinding([.function(10), .char("q"), .escape], .quit, help: "Quit"),
    ])
    static let minimumSize = Size(rows: 6, cols: 20)

    let deadline: Date
    let depth: ColorDepth
    let themes: [Theme]
    let applyTheme: (Theme) -> Void
    var themeIndex = 0
    var now = Date()
    var lastKey = "none"
    var resizes = 0
    var showHelp = false
    var page = Page.overview
    var message: StatusMessage?
    var dialog: ConfirmDialog?
    /// The size of the last frame, so paging and wrapping keys match what is on screen.
    var lastSize = Size(rows: 24, cols: 80)
    var crashAtFirstTick = false
    var inbox: TerminalInbox<String>?
    var background = "waiting…"

    // Forms page
    var formFocus = FormFocus.name
    var name = TextFieldState(text: "Zhang Wei 张伟")
    var amount = TextFieldState(text: "12,50")
    var description = TextAreaState(text: "The lamp arrived with a cracked base 壊れた and no bulb.", limit: 2000)
    var received: Bool? = true
    var resolution = SelectListState(highlighted: 0, chosen: 0)
    var buttonFocus = 0
    let resolutions = [
        SelectOption("Refund only", hint: "You keep the item"),
        SelectOption("Return and refund", hint: "You pay the return postage"),
        SelectOption("Replacement", disabledReason: "the seller has no stock"),
    ]

    // Table page
    var table = TableState()
    let source = DemoOrders(count: 10_000)

    init(deadline: Date, depth: ColorDepth, themes: [Theme], applyTheme: @escaping (Theme) -> Void) {
        self.deadline = deadline
        self.depth = depth
        self.themes = themes
        self.applyTheme = applyTheme
    }

    var theme: Theme { themes[themeIndex] }
    var isTyping: Bool { page == .forms && [.name, .amount, .description].contains(formFocus) || table.isEditingFilter }

    func handle(_ event: TerminalEvent) -> LoopDecision {
        switch event {
        case .tick(let date):
            now = date
            if crashAtFirstTick { raise(SIGSEGV) }
        case .resize: resizes += 1
        case .wake: background = inbox?.drain().last ?? background
        case .interrupt: return isTyping ? .continue : .quit(code: 130)
        case .key(let key):
            lastKey = key.description
            return handle(key)
        }
        return .continue
    }

    private func handle(_ key: Key) -> LoopDecision {
        if showHelp {
            showHelp = false
            return .continue
        }
        if var open = dialog {
            let answer = open.handle(key)
            dialog = answer == nil ? open : nil
            if let answer {
                message = StatusMessage(answer == .confirm ? "Confirmed" : "Cancelled", role: .success,
                                        expires: now.addingTimeInterval(3))
            }
            return .continue
        }
        // Function keys always work; plain letters go to the field being typed in first.
        let action = keymap.action(for: key)
        let isFunctionKey: Bool = if case .function = key { true } else { false }
        if isFunctionKey || !isTyping && !pageConsumes(key) {
            switch action {
            case .quit: return .quit(code: 0)
            case .help: showHelp = true
            case .previousPage: page = Page(rawValue: (page.rawValue + Page.allCases.count - 1) % Page.allCases.count) ?? .overview
            case .nextPage: page = Page(rawValue: (page.rawValue + 1) % Page.allCases.count) ?? .overview
            case .nextTheme:
                themeIndex = (themeIndex + 1) % themes.count
                applyTheme(theme)
                message = StatusMessage("Theme: \(theme.name)", expires: now.addingTimeInterval(3))
            case .confirm:
                dialog = ConfirmDialog(title: "Cancel the dispute?",
                                       message: "You can resume it while protection still runs.")
            case nil: _ = pageHandles(key)
            }
            return .continue
        }
        if !pageHandles(key), key == .escape { return .quit(code: 0) }
        return .continue
    }

    /// Keys the current page wants before the global keymap sees them.
    private func pageConsumes(_ key: Key) -> Bool {
        switch page {
        case .table: return key == .char("/") || key == .escape && !table.filter.isEmpty
        case .forms: return key == .tab || key == .backTab
        default: return false
        }
    }

    private func pageHandles(_ key: Key) -> Bool {
        switch page {
        case .overview, .charts: return false
        case .table:
            return table.handle(key, rowCount: source.rowCount(matching: table.filter), pageSize: table.pageSize(height: max(1, lastSize.rows - 2)))
        case .forms:
            switch key {
            case .tab:
                formFocus = FormFocus(rawValue: (formFocus.rawValue + 1) % FormFocus.allCases.count) ?? .name
                return true
            case .backTab:
                formFocus = FormFocus(rawValue: (formFocus.rawValue + FormFocus.allCases.count - 1) % FormFocus.allCases.count) ?? .name
                return true
            default: break
            }
            switch formFocus {
            case .name: return name.handle(key)
            case .amount: return amount.handle(key)
            case .description: return description.handle(key, width: DemoView.formFieldWidth(totalWidth: lastSize.cols))
            case .received:
                guard let value = YesNoToggle.handle(key, value: received) else { return false }
                received = value
                return true
            case .resolution: return resolution.handle(key, options: resolutions)
            case .buttons:
                if key == .left || key == .right { buttonFocus = 1 - buttonFocus; return true }
                if key == .enter {
                    dialog = ConfirmDialog(title: buttonFocus == 0 ? "Open the dispute?" : "Discard the form?",
                                           message: "Nothing is sent; this is the widget demo.")
                    return true
                }
                return false
            }
        }
    }

    func draw(on surface: any Surface) {
        lastSize = surface.size
        DemoView(program: self).draw(on: surface)
    }

    /// Accepts "12" or "12.50"; anything else gets a message, as a console's validator would.
    static func validateAmount(_ text: String) -> String? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return "use digits and a dot, e.g. 12.50" }
        if parts.count == 2 && parts[1].count > 2 { return "at most 2 decimals" }
        return nil
    }
}

/// Ten thousand generated orders, filtered by substring; only the visible window is built.
struct DemoOrders: TableDataSource {
    let count: Int
    static let items = ["Desk lamp", "Phone case 😀", "Chair", "折り畳み傘", "USB cable", "Кружка", "Backpack"]

    func row(_ index: Int) -> [String] {
        ["#\(100_000 + index)", DemoOrders.items[index % DemoOrders.items.count],
         "\(index % 97 + 1).\(index % 10)0", CountdownFormat.string(remainingSeconds: (index * 7_919) % 2_000_000 - 200_000)]
    }

    func matches(_ filter: String) -> [Int] {
        (0..<count).filter { row($0).joined(separator: " ").localizedCaseInsensitiveContains(filter) }
    }

    func rowCount(matching filter: String) -> Int { filter.isEmpty ? count : matches(filter).count }

    func rows(in range: Range<Int>, matching filter: String) -> [[String]] {
        if filter.isEmpty { return range.map(row) }
        let all = matches(filter)
        return range.filter { $0 < all.count }.map { row(all[$0]) }
    }
}
