import Foundation
import ParleyCore
import ParleyStore

/// The lifecycle properties of Tests/ParleyCoreTests/PropertyTests.swift, checked against disputes
/// as the store holds them (state and event log), after the console changed them.
enum DisputeInvariants {
    /// What is wrong with one stored dispute; empty when nothing is. `firstOutcome` is the outcome
    /// seen at an earlier check, which must never change.
    static func problems(_ detail: DisputeDetail, firstOutcome: Outcome?) -> [String] {
        let dispute = detail.dispute
        let events = detail.events
        var problems: [String] = []
        if let outcome = dispute.outcome, !(outcome.refund <= dispute.cap) {
            problems.append("outcome refund \(outcome.refund.formatted) exceeds the cap \(dispute.cap.formatted)")
        }
        if let refund = dispute.refund, !(refund.amount <= dispute.cap) {
            problems.append("refund \(refund.amount.formatted) exceeds the cap \(dispute.cap.formatted)")
        }
        if !(dispute.cap <= dispute.amountPaid.times(2)) {
            problems.append("cap \(dispute.cap.formatted) exceeds twice the \(dispute.amountPaid.formatted) paid")
        }
        if let firstOutcome, dispute.outcome != firstOutcome {
            problems.append("the outcome changed after it was decided: \(firstOutcome) became \(String(describing: dispute.outcome))")
        }
        let decided = events.filter { if case .outcomeDecided = $0.kind { return true } else { return false } }
        if decided.count > 1 { problems.append("\(decided.count) outcomes were decided") }
        if dispute.isOpen {
            if let deadline = dispute.pendingDeadline {
                if !(deadline.due > dispute.lastEventAt) { problems.append("the pending deadline is not after the last event") }
            } else {
                problems.append("an open dispute has no pending deadline")
            }
        } else if dispute.pendingDeadline != nil {
            problems.append("a closed dispute still has a pending deadline")
        }
        if Dispute.replay(events) != dispute { problems.append("replaying the \(events.count) stored events does not give the stored state") }
        if events.map(\.sequence) != events.indices.map({ $0 + 1 }) {
            problems.append("event sequence numbers are not 1...\(events.count)")
        }
        if !zip(events, events.dropFirst()).allSatisfy({ $0.at <= $1.at }) { problems.append("events go back in time") }
        return problems.map { "\(dispute.id): \($0)" }
    }
}
