import Foundation
import ParleyCore
import ParleyStore

/// Domain figures: how fast the pure rules run, with no I/O.
struct DomainBenchmarks {
    let context: BenchContext

    func run() {
        context.note("domain: preparing \(context.scale.lifecycleDisputes) orders for the lifecycle and \(context.scale.advancedDisputes) open disputes")
        context.record(actionsPerSecond())
        context.record(advanceOverDays())
        coding()
    }

    /// The store keeps each dispute and order as JSON; these bound what a sweep or a seed can do per
    /// row, so they are shown beside the store figures: Foundation's coders against the store's own
    /// streaming ones (`StateCoding`), on the same values.
    private func coding() {
        do {
            let order = try DomainData.shippedOrder(1)
            var dispute = try DomainData.openedDispute(1, on: order)
            let offer = Proposal(resolution: .refundOnly, amount: Money(minorUnits: 2_000, currency: .usd))
            try dispute.apply(.rejectWithCounterProposal(offer, evidence: []), by: .seller(order.shop),
                              at: dispute.openedAt.adding(days: 1), order: order, policy: DomainData.policy)
            try measureCoding(of: dispute, named: "dispute")
            try measureCoding(of: order, named: "order")
        } catch {
            context.record(Measurement(group: .domain, name: "JSON coding", unit: "µs", target: .none, unavailable: "\(error)"))
        }
    }

    private func measureCoding<Value: Codable>(of value: Value, named name: String) throws {
        let repeats = 200
        let scale = 1e6 / Double(repeats)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let decoder = JSONDecoder()
        let foundationJSON = try encoder.encode(value)
        let stateJSON = try StateCoding.encode(value)
        let foundationEncode = try Stopwatch.sample(runs: context.runs, scale: scale) { for _ in 0..<repeats { _ = try encoder.encode(value) } }
        let stateEncode = try Stopwatch.sample(runs: context.runs, scale: scale) { for _ in 0..<repeats { _ = try StateCoding.encode(value) } }
        let foundationDecode = try Stopwatch.sample(runs: context.runs, scale: scale) {
            for _ in 0..<repeats { _ = try decoder.decode(Value.self, from: foundationJSON) }
        }
        let stateDecode = try Stopwatch.sample(runs: context.runs, scale: scale) {
            for _ in 0..<repeats { _ = try StateCoding.decode(Value.self, from: stateJSON) }
        }
        context.record(Measurement(group: .domain, name: "encode one \(name), JSONEncoder (\(foundationJSON.count) bytes)", unit: "µs", target: .none, samples: foundationEncode))
        context.record(Measurement(group: .domain, name: "encode one \(name), the store's StateCoding (\(stateJSON.utf8.count) bytes)", unit: "µs", target: .none, samples: stateEncode))
        context.record(Measurement(group: .domain, name: "decode one \(name), JSONDecoder", unit: "µs", target: .none, samples: foundationDecode))
        context.record(Measurement(group: .domain, name: "decode one \(name), the store's StateCoding", unit: "µs", target: .none, samples: stateDecode))
    }

    /// Each dispute goes through open, counter-proposal, two messages and acceptance: five actions.
    private func actionsPerSecond() -> Measurement {
        let name = "actions applied (open, counter-offer, 2 messages, accept)"
        let count = context.scale.lifecycleDisputes
        do {
            let orders = try (0..<count).map(DomainData.shippedOrder)
            var failure: (any Error)?
            let samples = Stopwatch.sample(runs: context.runs, scale: 1) {
                do { try Self.lifecycles(orders) } catch { failure = error }
            }.map { seconds in Double(count * Self.actionsPerLifecycle) / seconds }
            if let failure { throw failure }
            return Measurement(group: .domain, name: name, unit: "actions/s", target: .none, samples: samples)
        } catch {
            return Measurement(group: .domain, name: name, unit: "actions/s", target: .none, unavailable: "\(error)")
        }
    }

    static let actionsPerLifecycle = 5

    private static func lifecycles(_ orders: [Order]) throws {
        let policy = DomainData.policy
        for (index, order) in orders.enumerated() {
            var dispute = try DomainData.openedDispute(index, on: order)
            let seller = Actor.seller(order.shop), buyer = Actor.buyer(order.buyer)
            let opened = dispute.openedAt
            let offer = Proposal(resolution: .refundOnly, amount: Money(minorUnits: 2_000, currency: .usd), comment: "Half back?")
            try dispute.apply(.rejectWithCounterProposal(offer, evidence: []), by: seller, at: opened.adding(days: 1), order: order, policy: policy)
            try dispute.apply(.sendMessage("The box was crushed, see the photo."), by: buyer, at: opened.adding(days: 2), order: order, policy: policy)
            try dispute.apply(.sendMessage("The courier must have dropped it."), by: seller, at: opened.adding(days: 2), order: order, policy: policy)
            try dispute.apply(.accept(.seller), by: buyer, at: opened.adding(days: 3), order: order, policy: policy)
        }
    }

    /// Open disputes (half awaiting the seller, half negotiating) advanced once a day for a month;
    /// along the way seller-response deadlines settle and negotiations escalate.
    private func advanceOverDays() -> Measurement {
        let count = context.scale.advancedDisputes, days = context.scale.advanceDays
        let name = "advance(to:) \(count.formatted()) open disputes, daily for \(days) days"
        do {
            let policy = DomainData.policy
            var disputes: [Dispute] = []
            disputes.reserveCapacity(count)
            for index in 0..<count {
                let order = try DomainData.shippedOrder(index)
                var dispute = try DomainData.openedDispute(index, on: order)
                if index.isMultiple(of: 2) {
                    let offer = Proposal(resolution: .refundOnly, amount: Money(minorUnits: 1_000, currency: .usd))
                    try dispute.apply(.rejectWithCounterProposal(offer, evidence: []), by: .seller(order.shop),
                                      at: dispute.openedAt.adding(days: 1), order: order, policy: policy)
                }
                disputes.append(dispute)
            }
            let start = disputes.map(\.lastEventAt).max() ?? DomainData.epoch
            var fired = 0
            let samples = Stopwatch.sample(runs: context.runs, scale: 1_000) {
                var working = disputes
                fired = 0
                for day in 1...days {
                    let instant = start.adding(days: day)
                    for index in working.indices {
                        fired += working[index].advance(to: instant, policy: policy).count
                    }
                }
            }
            context.note("  (\(fired) events fired per run)")
            return Measurement(group: .domain, name: name, unit: "ms", target: .none, samples: samples)
        } catch {
            return Measurement(group: .domain, name: name, unit: "ms", target: .none, unavailable: "\(error)")
        }
    }
}
