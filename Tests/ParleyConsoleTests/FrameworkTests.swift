import Foundation
import ParleyConsole
import ParleyCore
import Testing
import TerminalUI

@Suite("Console framework")
struct FrameworkTests {
    @Test("Without --as the console opens on the role picker listing buyer, seller and staff accounts")
    func rolePickerOnStart() {
        let console = ConsoleHarness(signIn: nil)
        let screen = console.screen
        #expect(screen.contains("Who are you today?"))
        #expect(screen.contains("Amara Diallo"))
        #expect(screen.contains("Northwind Gadgets"))
        #expect(screen.contains("Mira Okafor"))
        #expect(console.lines[38].contains("Sign in"))
    }

    @Test("Enter on the role picker signs in and the status bar says who you are")
    func signInFromPicker() {
        let console = ConsoleHarness(signIn: nil)
        console.press(.enter)
        #expect(console.state.session == .buyer(Fixtures.buyer, name: "Amara Diallo"))
        #expect(console.lines[38].contains("Amara Diallo (buyer)"))
        #expect(console.lines[38].contains("Orders"))
    }

    @Test("--as with an unknown name stays on the picker and says so")
    func unknownSignIn() {
        let console = ConsoleHarness(signIn: "buyer:nobody")
        #expect(console.state.session == nil)
        #expect(console.screen.contains("No buyer account named \"nobody\""))
    }

    @Test("The status bar shows unread notifications and the hints come from the screen's keymap")
    func statusBar() {
        let data = Fixtures.data()
        let before = (try? data.notificationCount(for: .buyer(Fixtures.buyer)))?.unread ?? 0
        data.addNotification(for: .buyer(Fixtures.buyer), dispute: nil, at: Fixtures.now, title: "Hello", text: "Welcome")
        let console = ConsoleHarness(data: data)
        #expect(console.lines[38].contains("✉ \(before + 1) unread"))
        #expect(console.lines[39].contains("Enter Open"))
        #expect(console.lines[39].contains("/ Filter"))
        #expect(console.lines[39].contains("? Help"))
    }

    @Test("? opens the help overlay listing every key of the screen, any key closes it")
    func helpOverlay() {
        let console = ConsoleHarness()
        console.press(.char("?"))
        let screen = console.screen
        #expect(screen.contains("Keys — Orders"))
        #expect(screen.contains("Last order"))
        #expect(screen.contains("Quit"))
        console.press(.char("x"))
        #expect(!console.screen.contains("Keys — Orders"))
    }

    @Test("A terminal of 20x6 shows how big it must be instead of a broken layout")
    func tooSmall() {
        let console = ConsoleHarness(rows: 6, cols: 20)
        #expect(console.screen.contains("too small"))
    }

    @Test("Q quits at once when nothing typed would be lost")
    func quit() {
        let console = ConsoleHarness()
        console.press(.char("Q"))
        #expect(console.state.isQuitting)
    }

    @Test("The status-line message expires with the injected clock")
    func statusExpires() {
        let console = ConsoleHarness(signIn: nil)
        console.press(.enter)
        #expect(console.lines[39].contains("Signed in as"))
        for _ in 0..<7 { console.tick() }
        #expect(!console.lines[39].contains("Signed in as"))
    }

    @Test("T cycles the colour themes and says which one is on")
    func themeKey() {
        let console = ConsoleHarness()
        console.program.themeNames = ["default", "light", "mono"]
        console.press(.char("T"))
        #expect(console.state.themeName == "light")
        #expect(console.lines[39].contains("Theme: light"))
        console.press(.char("T"), .char("T"))
        #expect(console.state.themeName == "default")
    }

    @Test("Non-staff never reach staff screens: there is no key for them and the inbox shows only your notifications")
    func noStaffScreensForBuyers() {
        let data = Fixtures.data()
        data.addNotification(for: .staff("mira"), dispute: "D-1001", at: Fixtures.now, title: "Staff only", text: "internal")
        let console = ConsoleHarness(data: data)
        console.press(.char(":"))
        #expect(console.state.stack.count == 1)
        console.press(.char("i"))
        #expect(!console.screen.contains("Staff only"))
    }
}
