import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI
import Testing

/// Tries every staff screen, key and `:` command as every role that is not staff.
@Suite("Access: non-staff never reach staff screens")
struct AccessTests {
    static let sessions: [ConsoleSession] = [.buyer("amara", name: "Amara Okafor"), .seller("northwind", name: "Northwind")]

    static func staffScreens() throws -> [any ConsoleScreen] {
        [StaffQueueScreen(staff: "mira"), StaffCaseScreen(id: "D-1060", staff: "mira"), DashboardScreen(),
         StaffSignInScreen(staff: "mira", options: StaffConsoleOptions()),
         StaffActionScreen(form: StaffActionForm(kind: .finalRuling, dispute: try StaffFixtures.inMediation().0, policy: .default), staff: "mira", version: 1)]
    }

    static let attempts: [String] = [":open D-1060\n", ":take\n", ":filter reason=counterfeit\n", ":advance 3d\n", "tpRnfaD/1060\n", "\t\t "]

    func isStaffScreen(_ screen: any ConsoleScreen) -> Bool {
        screen is StaffQueueScreen || screen is StaffCaseScreen || screen is DashboardScreen || screen is StaffActionScreen
    }

    @Test("Every staff screen, put in front of a buyer or a shop, shows nothing and does nothing")
    func staffScreensRefuseOthers() throws {
        let store = try StoreConsoleTests.demoStore()
        let before = try store.dispute("D-1060")
        for session in Self.sessions {
            for screen in try Self.staffScreens() {
                let console = StaffConsoleHarness(store: store, root: screen, session: session)
                for attempt in Self.attempts { console.type(attempt) }
                console.press(.ctrl("s"), .char("y"), .enter)
                let text = console.screen
                #expect(!text.contains("Escalated disputes"), "\(session) saw the queue")
                #expect(!text.contains("Outcomes"), "\(session) saw the dashboard")
                #expect(!console.program.effectLog.contains { $0.hasPrefix("load staff queue") || $0.hasPrefix("load dashboard") || $0.hasPrefix("load case") },
                        "\(session) made \(type(of: screen)) load staff data")
                #expect(!console.program.effectLog.contains { $0.contains("on D-1060") }, "\(session) acted through \(type(of: screen))")
            }
        }
        #expect(try store.dispute("D-1060").version == before.version)
        let refusals = try store.recentRefusals(limit: 500)
        #expect(refusals.contains { $0.actor == "buyer:amara" && $0.attempted == "open the staff queue" && $0.reason == "staff only" })
        #expect(refusals.contains { $0.actor == "seller:northwind" && $0.attempted == "open the dashboard" })
    }

    @Test("Typing staff commands in the buyer's and the shop's consoles never opens a staff screen")
    func commandsFromOtherConsoles() throws {
        let store = try StoreConsoleTests.demoStore()
        let buyer = StoreConsoleTests.console(store, signIn: "buyer:amara")
        for attempt in Self.attempts { buyer.type(attempt) }
        #expect(!buyer.state.stack.contains(where: isStaffScreen))
        let seller = StaffConsoleHarness.seller(store)
        for attempt in Self.attempts { seller.type(attempt) }
        seller.press(.escape, .escape)
        #expect(!seller.state.stack.contains(where: isStaffScreen))
    }

    @Test("A shop acting on another shop's dispute is refused by the domain and logged")
    func sellerActsOnOthers() throws {
        let store = try StoreConsoleTests.demoStore()
        let snapshot = try store.dispute("D-1007")
        let result = PerformDisputeActionEffect(action: .accept(.mediator(0)), id: "D-1007", actor: .seller("northwind"),
                                                at: StoreConsoleTests.now, expectedVersion: snapshot.version)
            .run(ConsoleBackend(buyer: StoreBuyerData(store: store, policy: store.policy), store: store))
        #expect(result is DisputeActionRefused)
        #expect(try store.dispute("D-1007").version == snapshot.version)
        #expect(try store.recentRefusals().contains { $0.actor == "seller:northwind" })
    }

    @Test("Only the mediator who took a case may rule on it")
    func mediatorsCannotWorkOthersCases() throws {
        let store = try StoreConsoleTests.demoStore()
        let snapshot = try store.dispute("D-1007")
        let result = PerformDisputeActionEffect(action: .finalRuling(Proposal(resolution: .refundOnly, amount: snapshot.dispute.amountPaid), comment: "x"),
                                                id: "D-1007", actor: .staff("mira"), at: StoreConsoleTests.now, expectedVersion: snapshot.version)
            .run(ConsoleBackend(buyer: StoreBuyerData(store: store, policy: store.policy), store: store))
        #expect((result as? DisputeActionRefused)?.message.contains("nadia") == true)
    }
}

@Suite("Access: a shop sees only its own")
struct ShopAccessTests {
    @Test("Another shop's screens, put in front of a shop, show nothing, load nothing, and log the attempt")
    func otherShopsScreens() throws {
        let store = try StoreConsoleTests.demoStore()
        let screens: [any ConsoleScreen] = [ShopDisputesScreen(shop: "polar"), ExtensionRequestsScreen(shop: "polar"),
                                            SellerDisputeScreen(id: "D-1007", shop: "polar")]
        for screen in screens {
            let console = StaffConsoleHarness(store: store, root: screen, session: .seller("northwind", name: "Northwind"))
            console.press(.enter, .char("a"), .char("1"), .char("y"), .char("e"))
            #expect(console.screen.contains("Only the shop's own people"), "\(type(of: screen))")
            #expect(!console.program.effectLog.contains { $0.hasPrefix("load") }, "\(type(of: screen)) loaded data")
        }
        let refusals = try store.recentRefusals()
        #expect(refusals.filter { $0.actor == "seller:northwind" && $0.reason == "not this shop" }.count == 3)
    }

    @Test("After five wrong passwords the staff gate stays shut")
    func passwordAttemptsAreLimited() throws {
        let folder = NSTemporaryDirectory() + "parley-lock-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = try Store.open(DatabaseLocation(path: folder + "/parley.sqlite", source: .flag))
        try store.addStaff(StaffAccount(name: "mira", displayName: "Mira"), password: "correct horse")
        let console = StaffConsoleHarness.staff(store)
        for attempt in 1...StaffSignInScreen.maxAttempts { console.type("guess \(attempt)").press(.enter) }
        console.type("correct horse").press(.enter)
        #expect(console.state.top is StaffSignInScreen)
        #expect(console.screen.contains("Too many wrong passwords"))
        #expect(try store.recentRefusals().filter { $0.reason == "wrong password" }.count == StaffSignInScreen.maxAttempts)
    }
}
