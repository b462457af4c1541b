import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI
import Testing

@Suite(":theme NAME on the staff command line")
struct ThemeCommandTests {
    static let themes = ["default", "high-contrast", "light", "mono"]

    func staffConsole(cols: Int = 120, rows: Int = 40) throws -> StaffConsoleHarness {
        let console = StaffConsoleHarness.staff(try StoreConsoleTests.demoStore(), cols: cols, rows: rows)
        console.program.themeNames = Self.themes
        return console
    }

    @Test(":theme light switches the theme at once and says so; the name is matched regardless of case")
    func switchesByName() throws {
        let console = try staffConsole()
        console.press(.char(":")).type("theme light\n")
        #expect(console.state.themeName == "light")
        #expect(console.screen.split(separator: "\n").last?.contains("Theme: light") == true)
        console.press(.char(":")).type("theme High-Contrast\n")
        #expect(console.state.themeName == "high-contrast")
        // T cycles on from the theme :theme chose: one mechanism, one current theme.
        console.press(.char("T"))
        #expect(console.state.themeName == "light")
    }

    @Test("An unknown theme name changes nothing and the status line lists the themes there are")
    func unknownName() throws {
        let console = try staffConsole()
        console.press(.char(":")).type("theme light\n")
        console.press(.char(":")).type("theme neon\n")
        #expect(console.state.themeName == "light")
        let status = try #require(console.screen.split(separator: "\n").last)
        #expect(status.contains("No theme named \"neon\"; the themes are: default, high-contrast, light, mono."))
        #expect(!console.state.stack.contains { !($0 is StaffQueueScreen) })
    }

    @Test(":theme works on the case view and the dashboard too, and fits the status line at 80x24")
    func everyStaffScreen() throws {
        let console = try staffConsole(cols: 80, rows: 24)
        console.press(.char(":")).type("open D-1060\n")
        #expect(console.state.top is StaffCaseScreen)
        console.press(.char(":")).type("theme mono\n")
        #expect(console.state.themeName == "mono")
        #expect(console.state.top is StaffCaseScreen)
        console.press(.char(":")).type("dashboard\n")
        #expect(console.state.top is DashboardScreen)
        console.press(.char(":")).type("theme nope\n")
        #expect(console.state.themeName == "mono")
        #expect(console.screen.contains("No theme named \"nope\""))
        console.save("staff-theme-unknown-80x24")
    }

    @Test(":theme without a name says what to type")
    func missingName() throws {
        let console = try staffConsole()
        console.press(.char(":")).type("theme\n")
        #expect(console.state.themeName == "default")
        #expect(console.screen.contains(":theme needs an argument, e.g. :theme mono."))
    }

    @Test("Typed in the buyer's or the shop's console, :theme reaches no staff command and changes nothing")
    func nonStaffCannotUseIt() throws {
        let store = try StoreConsoleTests.demoStore()
        let buyer = StoreConsoleTests.console(store, signIn: "buyer:amara")
        buyer.program.themeNames = Self.themes
        buyer.type(":theme light\n")
        #expect(buyer.state.themeName == "default")
        let seller = StaffConsoleHarness.seller(store)
        seller.program.themeNames = Self.themes
        seller.type(":theme light\n")
        #expect(seller.state.themeName == "default")
        // A staff screen put in front of a shop does not run it either.
        let trespass = StaffConsoleHarness(store: store, root: StaffQueueScreen(staff: "mira"), session: .seller("northwind", name: "Northwind"))
        trespass.program.themeNames = Self.themes
        trespass.type(":theme light\n")
        #expect(trespass.state.themeName == "default")
    }
}
