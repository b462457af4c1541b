import Foundation
@testable import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI

/// How much to fuzz, from the environment: `PARLEY_FUZZ_KEYS` (all roles together, default
/// 20,000), `PARLEY_FUZZ_SEED`, `PARLEY_FUZZ_STEP_LIMIT` (seconds one step may take, default 2).
struct FuzzSettings: Sendable {
    var totalKeys = 20_000
    var seed: UInt64 = 20_261_124
    var stepLimit: Duration = .seconds(2)
    /// Keys per episode: each episode starts from a fresh copy of the demo database, so deadlines
    /// that the moving clock used up are there again.
    var episodeKeys = 2_500
    /// `PARLEY_FUZZ_ROLE`: run only the roles whose name contains this ("buyer:olga", "staff"), to replay one.
    var roleFilter: String?
    /// Every this many steps all disputes are re-checked and the hash chain verified.
    var checkpointEvery = 500

    static func fromEnvironment() -> FuzzSettings {
        let environment = ProcessInfo.processInfo.environment
        var settings = FuzzSettings()
        if let keys = environment["PARLEY_FUZZ_KEYS"].flatMap({ Int($0.replacingOccurrences(of: "_", with: "")) }), keys > 0 {
            settings.totalKeys = keys
        }
        if let text = environment["PARLEY_FUZZ_SEED"], let seed = UInt64(text) ?? UInt64(text.dropFirst(text.hasPrefix("0x") ? 2 : 0), radix: 16) {
            settings.seed = seed
        }
        settings.roleFilter = environment["PARLEY_FUZZ_ROLE"].flatMap { $0.isEmpty ? nil : $0 }
        if let limit = environment["PARLEY_FUZZ_STEP_LIMIT"].flatMap(Double.init), limit > 0 {
            settings.stepLimit = .milliseconds(Int(limit * 1000))
        }
        return settings
    }

    /// The seed of one role's stream: stable across runs and machines (FNV-1a of the role's name).
    func seed(for role: FuzzRole) -> UInt64 {
        role.description.utf8.reduce(0xCBF2_9CE4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 } ^ seed
    }
}

/// A fuzz run that broke an invariant: what broke, and everything needed to replay it.
struct FuzzFailure: Error, CustomStringConvertible {
    var description: String
}

/// What a fuzz run did, for the test's own checks and its log line.
struct FuzzReport: Sendable {
    var keys = 0
    var episodes = 0
    /// The console quit (Q, q on the first screen...) and was started again this many times.
    var relaunches = 0
    var disputesChecked = 0
    var verifications = 0
    var slowestStep: Duration = .zero
    /// Time in the console (update, effects, drawing) and in this fuzzer's checks.
    var consoleTime: Duration = .zero
    var checkTime: Duration = .zero
    /// The type names of the screens reached.
    var screens: Set<String> = []
    /// The last frame drawn, as text (replaying a seed must draw it again).
    var lastFrame = ""
}

/// Drives the real console program (`ConsoleApp.makeProgram`: the same update, effects and view
/// the app runs) over a sandbox copy of the demo database with a movable clock, one input at a
/// time, and checks the frame, access and the stored disputes after every step.
final class ConsoleFuzzer {
    let world: FuzzWorld
    let settings: FuzzSettings
    let watchdog: StepWatchdog

    init(world: FuzzWorld, settings: FuzzSettings) {
        self.world = world
        self.settings = settings
        // Far above the step limit: only a step that truly never returns ends the process.
        watchdog = StepWatchdog(hangSeconds: max(60, Double(settings.stepLimit.components.seconds) * 30))
    }

    deinit { watchdog.stop() }

    /// Runs `keys` inputs as `role` in episodes of `settings.episodeKeys`; throws at the first failure.
    func run(role: FuzzRole, keys: Int) throws -> FuzzReport {
        var report = FuzzReport()
        var seeds = SeededRandom(seed: settings.seed(for: role))
        while report.keys < keys {
            let episodeSeed = seeds.next()
            try runEpisode(role: role, seed: episodeSeed, keys: min(settings.episodeKeys, keys - report.keys), report: &report)
            report.episodes += 1
        }
        return report
    }

    /// One episode: a fresh database copy, the console started as `role`, `keys` inputs from `seed`.
    func runEpisode(role: FuzzRole, seed: UInt64, keys: Int, report: inout FuzzReport) throws {
        let store = try world.copy()
        defer { world.discard(store) }
        let clock = MovableClock(FuzzWorld.now)
        let surface = InMemorySurface(rows: 40, cols: 120)
        let backend = ConsoleBackend(buyer: StoreBuyerData(store: store, policy: store.policy), store: store)
        let options = role.sandbox ? StaffConsoleOptions(sandboxClock: clock) : StaffConsoleOptions()
        func launch() -> ConsoleProgram {
            ConsoleApp.makeProgram(backend: backend, signIn: role.signIn.flatMap(SignInRequest.init), policy: store.policy,
                                   clock: clock, size: surface.size, staffOptions: options)
        }
        var program = launch()
        var generator = FuzzKeyGenerator(seed: seed, vocabulary: world.vocabulary)
        let storeWatch = try StoreWatch(store: store)
        let access = AccessInvariant(store: store)
        let episode = "PARLEY_FUZZ_SEED=\(settings.seed), role \(role), episode seed \(seed)"
        watchdog.beginEpisode(episode)

        func fail(_ problems: [String], step: Int) -> FuzzFailure {
            FuzzFailure(description: """
                \(problems.joined(separator: "\n"))
                Replay: \(watchdog.replay())
                Run again: PARLEY_FUZZ_SEED=\(settings.seed) PARLEY_FUZZ_KEYS=\(settings.totalKeys) PARLEY_FUZZ_ROLE='\(role)' swift test --filter HardeningKeyFuzzTests
                (fails in the episode with seed \(seed), at step \(step)).
                Screen (\(surface.size)):
                \(surface.dump())
                """)
        }

        let baseline = try storeWatch.check(force: true)
        if !baseline.isEmpty { throw fail(["the demo database breaks an invariant before any key:"] + baseline, step: 0) }
        for step in 1...max(1, keys) {
            let input = generator.next()
            watchdog.begin(step: step, input: input)
            let started = ContinuousClock.now
            switch input {
            case .key(let key): _ = program.handle(.key(key))
            case .interrupt: _ = program.handle(.interrupt)
            case .resize(let size):
                surface.resize(rows: size.rows, cols: size.cols)
                _ = program.handle(.resize(size))
            case .tick(let seconds):
                clock.advance(by: seconds)
                _ = program.handle(.tick(clock.now()))
            }
            surface.beginFrame()
            program.draw(on: surface)
            surface.endFrame()
            let elapsed = ContinuousClock.now - started
            watchdog.end()
            report.keys += 1
            report.slowestStep = max(report.slowestStep, elapsed)
            if elapsed > settings.stepLimit {
                throw fail(["one step took \(elapsed), over the limit of \(settings.stepLimit)"], step: step)
            }
            report.consoleTime += elapsed
            let state = program.state
            let frame = surface.frameText
            var problems = FrameInvariants.problems(surface, frame: frame, state: state)
            problems += access.problems(frame: frame, cursorRow: surface.cursor?.row, session: state.session, typed: generator.typedWords)
            let checkpoint = step % settings.checkpointEvery == 0 || step == keys
            problems += try storeWatch.check(force: checkpoint)
            if checkpoint {
                problems += try storeWatch.verify()
                report.verifications += 1
            }
            report.checkTime += ContinuousClock.now - started - elapsed
            if !problems.isEmpty { throw fail(problems, step: step) }
            report.screens.insert(String(describing: type(of: state.top)))
            if state.isQuitting {
                program = launch()
                report.relaunches += 1
            }
        }
        report.disputesChecked += storeWatch.disputesChecked
        report.lastFrame = surface.dump()
    }
}
