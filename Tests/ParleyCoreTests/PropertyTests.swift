import Testing
import Foundation
import PropertyBased
import ParleyCore

/// Random sequences of actions by random actors with random clock advances (issue 2, "Tests").
@Suite("Properties of the dispute lifecycle")
struct PropertyTests {
    static let scenarios = Gen.int(in: 0...39)
    static let steps = Gen.int(in: 0...99_999).array(of: 1...40)

    @Test("A refund never exceeds its cap")
    func refundNeverExceedsCap() async {
        await propertyCheck(count: 200, input: Self.scenarios, Self.steps) { scenario, codes in
            guard var sim = Simulation(scenario: scenario) else { Issue.record("scenario \(scenario) did not open"); return }
            for code in codes {
                sim.step(code)
                if let outcome = sim.dispute.outcome { #expect(outcome.refund <= sim.dispute.cap) }
                if let refund = sim.dispute.refund { #expect(refund.amount <= sim.dispute.cap) }
                #expect(sim.dispute.cap <= sim.dispute.amountPaid.times(2))
            }
        }
    }

    @Test("A dispute has at most one outcome, and an outcome is final")
    func atMostOneFinalOutcome() async {
        await propertyCheck(count: 200, input: Self.scenarios, Self.steps) { scenario, codes in
            guard var sim = Simulation(scenario: scenario) else { Issue.record("scenario \(scenario) did not open"); return }
            var first: Outcome? = nil
            for code in codes {
                sim.step(code)
                if let first { #expect(sim.dispute.outcome == first) }
                first = first ?? sim.dispute.outcome
            }
            let decided = sim.events.filter { if case .outcomeDecided = $0.kind { return true } else { return false } }
            #expect(decided.count <= 1)
        }
    }

    @Test("Every open dispute has exactly one pending action with a deadline after its last event")
    func openDisputeHasOnePendingDeadline() async {
        await propertyCheck(count: 200, input: Self.scenarios, Self.steps) { scenario, codes in
            guard var sim = Simulation(scenario: scenario) else { Issue.record("scenario \(scenario) did not open"); return }
            for code in codes {
                sim.step(code)
                if sim.dispute.isOpen {
                    let deadline = sim.dispute.pendingDeadline
                    #expect(deadline != nil)
                    if let deadline { #expect(deadline.due > sim.dispute.lastEventAt) }
                } else {
                    #expect(sim.dispute.pendingDeadline == nil)
                }
            }
        }
    }

    @Test("Replaying the events equals the state")
    func replayEqualsState() async {
        await propertyCheck(count: 200, input: Self.scenarios, Self.steps) { scenario, codes in
            guard var sim = Simulation(scenario: scenario) else { Issue.record("scenario \(scenario) did not open"); return }
            for code in codes { sim.step(code) }
            #expect(Dispute.replay(sim.events) == sim.dispute)
            #expect(sim.events.map(\.sequence) == Array(1...sim.events.count))
            #expect(zip(sim.events, sim.events.dropFirst()).allSatisfy { $0.at <= $1.at })
        }
    }

    @Test("Advancing the clock in one step equals advancing it in many small steps")
    func advanceOneStepEqualsManySteps() async {
        await propertyCheck(count: 200, input: Self.scenarios, Self.steps, Gen.int(in: 1...24).array(of: 1...30)) { scenario, codes, gaps in
            guard var sim = Simulation(scenario: scenario) else { Issue.record("scenario \(scenario) did not open"); return }
            for code in codes { sim.step(code) }
            var once = sim.dispute
            var stepwise = sim.dispute
            let end = gaps.reduce(sim.now) { $0.addingTimeInterval(Double($1) * 86_400 / 4) }
            let all = once.advance(to: end, policy: sim.policy)
            var collected: [DisputeEvent] = []
            var clock = sim.now
            for gap in gaps {
                clock = clock.addingTimeInterval(Double(gap) * 86_400 / 4)
                collected += stepwise.advance(to: clock, policy: sim.policy)
                collected += stepwise.advance(to: clock, policy: sim.policy) // idempotent
            }
            #expect(all == collected)
            #expect(once == stepwise)
        }
    }
}
