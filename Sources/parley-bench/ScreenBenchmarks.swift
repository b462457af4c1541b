import Foundation
import ParleyConsole
import ParleyCore
import ParleyStore
import TerminalUI

/// Frame figures: one full 120x40 frame of a screen drawn into the in-memory surface, its data
/// already loaded (what a keypress or a tick costs to draw).
struct ScreenBenchmarks {
    let context: BenchContext
    /// The big database's store, for screens that read the store directly (staff); nil if none.
    let store: Store?
    static let size = Size(rows: 40, cols: 120)
    /// Frames per sample: one frame is tens of microseconds, so a sample is the mean of several.
    static let framesPerSample = 20

    func run() {
        let now = StoreData.now
        do {
            let (data, disputeID) = try ScreenData.make(now: now)
            let backend = ConsoleBackend(buyer: data, store: store)
            frame(of: "orders list", screen: ConsoleHome.screen(for: ScreenData.session), session: ScreenData.session,
                  backend: backend, now: now)
            frame(of: "dispute page (200 events)", screen: DisputeScreen(disputeID: disputeID, actor: .buyer(ScreenData.buyer)),
                  session: ScreenData.session, backend: backend, now: now)
            let staff = ConsoleSession.staff(StaffID("M-1"), name: "Mira")
            if store == nil {
                context.record(Measurement(group: .screens, name: "staff queue frame 120x40", unit: "ms", target: .atMost(1),
                                           unavailable: "no seeded store (run with the store group)"))
            } else {
                frame(of: "staff queue", screen: ConsoleHome.screen(for: staff), session: staff, backend: backend, now: now)
            }
        } catch {
            context.record(Measurement(group: .screens, name: "screens", unit: "ms", target: .atMost(1), unavailable: "\(error)"))
        }
    }

    private func frame(of name: String, screen: any ConsoleScreen, session: ConsoleSession, backend: ConsoleBackend, now: Date) {
        let label = "\(name) frame 120x40"
        let state = ConsoleState(root: screen, session: session, now: now, size: Self.size, policy: DomainData.policy)
        let program = ConsoleProgram(state: state, runner: EffectRunner(backend: backend), clock: MovableClock(now),
                                     initialEffects: screen.reload(context: state.context))
        let surface = InMemorySurface(rows: Self.size.rows, cols: Self.size.cols)
        func draw() {
            surface.beginFrame()
            program.draw(on: surface)
            surface.endFrame()
        }
        draw()
        if let reason = Self.notBuilt(surface) {
            context.record(Measurement(group: .screens, name: label, unit: "ms", target: .atMost(1), unavailable: reason))
            return
        }
        let samples = Stopwatch.sample(runs: context.runs, scale: 1_000 / Double(Self.framesPerSample)) {
            for _ in 0..<Self.framesPerSample { draw() }
        }
        context.record(Measurement(group: .screens, name: label, unit: "ms", target: .atMost(1), samples: samples))
    }

    /// A screen that draws nothing above the two status rows, or says it is not in this build, is not measured.
    static func notBuilt(_ surface: InMemorySurface) -> String? {
        let lines = surface.dump().components(separatedBy: "\n")
        let body = lines.prefix(max(0, lines.count - 2))
        if body.contains(where: { $0.contains("not part of this build") }) { return "screen not built" }
        if body.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return "screen not built" }
        return nil
    }
}
