import Foundation
import Synchronization
import Testing
import TerminalUI

/// Issue 8, deliverable 1: random key streams on every screen of every role. The CI run is short;
/// `PARLEY_FUZZ_KEYS=1000000 swift test -c release --filter HardeningKeyFuzzTests` is the long one.
@Suite("Hardening: key fuzzing")
struct HardeningKeyFuzzTests {
    static let settings = FuzzSettings.fromEnvironment()

    @Test("Random keys, text, resizes and clock jumps: no crash or hang, every frame fits, access and dispute invariants hold",
          arguments: FuzzRole.all)
    func randomInputKeepsEveryInvariant(role: FuzzRole) throws {
        if let only = Self.settings.roleFilter, !role.description.contains(only) { return }
        let world = try FuzzWorld.shared.get()
        // Rounded up, so the roles together run at least the number of keys asked for.
        let keys = max(1, (Self.settings.totalKeys + FuzzRole.all.count - 1) / FuzzRole.all.count)
        let started = ContinuousClock.now
        let report = try ConsoleFuzzer(world: world, settings: Self.settings).run(role: role, keys: keys)
        #expect(report.keys == keys)
        print("fuzz \(role): \(report.keys) keys in \(ContinuousClock.now - started), \(report.episodes) episodes, "
              + "\(report.relaunches) relaunches, \(report.disputesChecked) dispute checks, \(report.verifications) verifies, "
              + "console \(report.consoleTime), checks \(report.checkTime), slowest step \(report.slowestStep); screens: \(report.screens.sorted().joined(separator: " "))")
        // A fuzzer that never leaves the first screen proves nothing: each role must get around.
        for screen in Self.screensReached(by: role) where keys >= 2_000 {
            #expect(report.screens.contains(screen), "\(role) never reached \(screen)")
        }
    }

    /// Screens a couple of thousand keys reach for each role (checked so the fuzzer keeps exploring).
    static func screensReached(by role: FuzzRole) -> [String] {
        switch role.signIn?.split(separator: ":").first {
        case "buyer": return ["OrdersScreen", "OrderScreen", "InboxScreen"]
        case "seller": return ["ShopDisputesScreen", "SellerDisputeScreen", "InboxScreen"]
        case "staff": return ["StaffQueueScreen", "StaffCaseScreen", "DashboardScreen"]
        default: return ["RolePickerScreen"]
        }
    }

    @Test("The same seed gives the same key stream; another seed gives another")
    func keyStreamIsReproducible() throws {
        let vocabulary = FuzzVocabulary(orderIDs: ["O-100001"], disputeIDs: ["D-1001"], evidencePaths: ["/tmp/x.jpg"])
        var first = FuzzKeyGenerator(seed: 42, vocabulary: vocabulary)
        var again = FuzzKeyGenerator(seed: 42, vocabulary: vocabulary)
        var other = FuzzKeyGenerator(seed: 43, vocabulary: vocabulary)
        let a = (0..<5_000).map { _ in first.next() }
        #expect(a == (0..<5_000).map { _ in again.next() })
        #expect(a != (0..<5_000).map { _ in other.next() })
        // The stream holds every kind of input the brief asks for.
        #expect(a.contains { if case .resize = $0 { return true } else { return false } })
        #expect(a.contains { if case .tick = $0 { return true } else { return false } })
        #expect(a.contains(.key(.escape)) && a.contains(.key(.enter)) && a.contains(.key(.char(":"))))
        #expect(a.contains { if case .key(.char(let c)) = $0 { return (c.unicodeScalars.first?.value ?? 0) > 0x2E80 } else { return false } })
    }

    @Test("Replaying an episode from its seed draws the same screens")
    func episodeReplaysExactly() throws {
        let world = try FuzzWorld.shared.get()
        var settings = FuzzSettings()
        settings.episodeKeys = 400
        let role = FuzzRole(signIn: "buyer:amara")
        var reports: [FuzzReport] = []
        for _ in 0..<2 {
            var report = FuzzReport()
            try ConsoleFuzzer(world: world, settings: settings).runEpisode(role: role, seed: 7, keys: 400, report: &report)
            reports.append(report)
        }
        #expect(reports[0].lastFrame == reports[1].lastFrame)
        #expect(!reports[0].lastFrame.isEmpty)
        #expect(reports[0].screens == reports[1].screens)
        #expect(reports[0].relaunches == reports[1].relaunches)
    }

    @Test("The access check reads order and dispute numbers as words, and skips quoted echoes of typed text")
    func accessCheckFindsNumbers() {
        let ids = AccessInvariant.ids(in: "O-100234 Shipped │ D-1042 open · XO-1 D- O-12a \"O-100001\" (D-7)")
        #expect(ids == ["O-100234", "D-1042", "D-7"])
    }

    @Test("A step that does not return is reported by the watchdog with its replay text")
    func watchdogReportsAHungStep() {
        let reports = Mutex<[String]>([])
        let watchdog = StepWatchdog(hangSeconds: 0.3) { text in reports.withLock { $0.append(text) } }
        defer { watchdog.stop() }
        watchdog.beginEpisode("role buyer:amara, episode seed 7")
        watchdog.begin(step: 12, input: .key(.enter))
        Thread.sleep(forTimeInterval: 1.5)
        watchdog.end()
        let report = reports.withLock { $0.first } ?? ""
        #expect(report.contains("episode seed 7, step 12"))
        #expect(report.contains("<Enter>"))
    }
}
