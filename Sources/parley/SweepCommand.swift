import ArgumentParser
import Foundation
import ParleyStore

/// `parley sweep`: applies every deadline consequence that is due, for unattended use (cron).
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Apply every deadline that has passed (refunds, escalations, releases) and say what happened."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let now = try global.instant()
        let store = try StoreLauncher.open(global, mayCreate: false)
        let report: SweepReport
        do {
            report = try store.sweep(to: now)
        } catch {
            throw StoreLauncher.fail(error)
        }
        if report.didNothing {
            print("Nothing was due.")
        } else {
            for line in report.lines { print(line) }
            if report.eventsWritten > report.lines.count {
                print("… and \(report.eventsWritten - report.lines.count) more events.")
            }
            print("Changed \(report.disputesChanged) disputes and \(report.ordersChanged) orders (\(report.eventsWritten) events).")
        }
        if let next = try? store.nextDeadline() {
            print("Next deadline: \(ISO8601DateFormatter().string(from: next)).")
        }
    }
}
