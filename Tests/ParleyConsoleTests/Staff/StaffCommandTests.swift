import Foundation
import ParleyCore
@testable import ParleyConsole
import Testing

@Suite struct StaffCommandTests {
    let me = StaffID("M-3")

    func parse(_ text: String, sandbox: Bool = false) throws -> StaffCommand {
        try StaffCommand.parse(text, me: me, sandbox: sandbox)
    }

    @Test func openTakesADisputeNumberInAnyCase() throws {
        #expect(try parse(":open D-1042") == .open("D-1042"))
        #expect(try parse("open d-77") == .open("D-77"))
        #expect(try parse(":o 1042") == .open("D-1042"))
    }

    @Test func openRefusesWhatIsNotADisputeNumber() {
        #expect(throws: StaffCommandError.badDisputeID("O-100234")) { try parse(":open O-100234") }
        #expect(throws: StaffCommandError.missingArgument(command: "open", example: ":open D-1042")) { try parse(":open") }
        #expect(throws: StaffCommandError.badDisputeID("D-")) { try parse(":open D-") }
    }

    @Test func filterSetsOneKeyAndBareFilterClearsAll() throws {
        #expect(try parse(":filter reason=counterfeit") == .filter(.reason(.counterfeit)))
        #expect(try parse(":filter stage=mediation") == .filter(.stage(.mediation)))
        #expect(try parse(":filter shop=S-7") == .filter(.shop("S-7")))
        #expect(try parse(":filter assignee=me") == .filter(.assignee(.staff(me))))
        #expect(try parse(":filter assignee=none") == .filter(.assignee(.unassigned)))
        #expect(try parse(":filter reason=any") == .filter(.reason(nil)))
        #expect(try parse(":filter") == .clearFilters)
    }

    @Test func filterValuesMayBeAbbreviatedWhenUnambiguous() throws {
        #expect(try parse(":filter reason=counter") == .filter(.reason(.counterfeit)))
        #expect(try parse(":filter reason=empty") == .filter(.reason(.emptyPackage)))
        #expect(throws: StaffCommandError.self) { try parse(":filter reason=no") }
    }

    @Test func filterRefusesUnknownKeysAndValuesWithTheChoices() {
        #expect(throws: StaffCommandError.unknownFilterKey("colour")) { try parse(":filter colour=red") }
        do {
            _ = try parse(":filter stage=limbo")
            Issue.record("limbo is no stage")
        } catch {
            #expect("\(error)".contains("mediation"))
        }
    }

    @Test func advanceWorksOnlyInTheSandbox() throws {
        #expect(throws: StaffCommandError.sandboxOnly) { try parse(":advance 3d") }
        #expect(try parse(":advance 3d", sandbox: true) == .advance(seconds: 3 * 86_400))
        #expect(try parse(":advance 1d12h", sandbox: true) == .advance(seconds: 36 * 3_600))
        #expect(try parse(":advance 30m", sandbox: true) == .advance(seconds: 1_800))
    }

    @Test func advanceRefusesSpansThatAreNotForward() {
        for bad in ["3", "-3d", "0d", "3x", "d", "400d"] {
            #expect(throws: StaffCommandError.badDuration(bad)) { try parse(":advance \(bad)", sandbox: true) }
        }
    }

    @Test func themeTakeAndUnknownCommands() throws {
        #expect(try parse(":theme mono") == .theme("mono"))
        #expect(try parse(":take") == .take)
        #expect(throws: StaffCommandError.unexpectedArgument(command: "take")) { try parse(":take D-1") }
        #expect(throws: StaffCommandError.unknownCommand("rm")) { try parse(":rm -rf") }
        #expect(throws: StaffCommandError.empty) { try parse(":") }
    }
}
