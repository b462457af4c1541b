import ArgumentParser
import ParleyStore

/// `parley sweep`: applies every deadline consequence that is due, for unattended use (cron).
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Apply every deadline that has passed (refunds, escalations, releases) and say what happened."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        _ = try StoreLauncher.open(global)
        print("Sweeping is not built yet.")
    }
}
