import ArgumentParser
import ParleyStore

/// `parley verify`: recomputes the event log's hash chain and checks the stored evidence files.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that the event log and the evidence files are intact."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = try StoreLauncher.open(global, mayCreate: false)
        let report: VerificationReport
        do {
            report = try store.verify()
        } catch {
            throw StoreLauncher.fail(error)
        }
        print("Checked \(report.eventsChecked) events in \(report.streamsChecked) streams and \(report.evidenceFilesChecked) evidence files.")
        if report.isIntact {
            print("The event log is intact.")
            return
        }
        print("Found \(report.breaks.count) break(s):")
        for line in report.breaks { print("  \(line)") }
        throw ExitCode(3)
    }
}
