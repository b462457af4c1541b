import Foundation
import ParleyCore
import ParleyStore

/// Store figures on the scale: seeding, 50-row windows at both ends of big lists, a long
/// dispute, and the sweep (with nothing due, and with every dispute due).
struct StoreBenchmarks {
    let context: BenchContext
    static let windowRows = 50

    /// The seeded big database, kept for the binary group.
    var bigDatabase: String { context.scratch + "/big.sqlite" }

    /// Seeds the big database once, unmeasured, and sweeps it as the measured run does (for the
    /// binary and screen groups alone).
    func prepareOnly() -> SeedSummary? {
        do {
            context.note("store: seeding the big database (not measured)")
            let (summary, _) = try StoreData.seed(at: bigDatabase, orders: context.scale.orders, disputes: context.scale.disputes)
            try escalate(try StoreData.open(bigDatabase))
            return summary
        } catch {
            context.note("store: cannot seed (\(error))")
            return nil
        }
    }

    /// Returns the summary of the big database (nil when it could not be made).
    func run() -> SeedSummary? {
        let scale = context.scale
        guard let summary = seeding(orders: scale.orders, disputes: scale.disputes) else { return nil }
        do {
            let store = try StoreData.open(bigDatabase)
            if let buyer = summary.busiestBuyer {
                windows(of: "buyer's orders", count: "\(scale.orders / 10)") { window in try store.buyerOrders(buyer, window: window).count }
            }
            if let shop = summary.busiestShop {
                windows(of: "shop's disputes", count: "\(scale.disputes / 10)") { window in try store.shopDisputes(shop, window: window).count }
            }
            longDispute(in: store)
            sweepCheck(in: store)
            try escalate(store)
            windows(of: "staff queue", count: "escalated") { window in try store.staffQueue(window: window).count }
        } catch {
            context.record(Measurement(group: .store, name: "store queries", unit: "ms", target: .atMost(1), unavailable: "\(error)"))
        }
        sweepFiring()
        return summary
    }

    // MARK: Seeding

    private func seeding(orders: Int, disputes: Int) -> SeedSummary? {
        let name = "seed \(orders.formatted()) orders + \(disputes.formatted()) disputes"
        // A full seed takes half a minute: three samples give a median without an hour-long run.
        let runs = context.options.quick ? context.runs : min(context.runs, 3)
        var samples: [Double] = []
        var summary: SeedSummary?
        do {
            for run in 0..<runs {
                let path = run == 0 ? bigDatabase : context.scratch + "/seed-\(run).sqlite"
                var shown = -1
                let (made, seconds) = try StoreData.seed(at: path, orders: orders, disputes: disputes) { progress in
                    let percent = progress.done * 100 / max(1, progress.total)
                    if percent / 10 != shown { shown = percent / 10; context.note("  seeding \(run + 1)/\(runs): \(percent)%") }
                }
                samples.append(seconds)
                if run == 0 { summary = made } else { StoreData.remove(path) }
            }
            context.record(Measurement(group: .store, name: name, unit: "s", target: .atMost(30), samples: samples))
        } catch {
            context.record(Measurement(group: .store, name: name, unit: "s", target: .atMost(30), unavailable: "\(error)"))
        }
        return summary
    }

    // MARK: Windows

    /// The first and the last 50-row window of one list; a window that comes back short is reported, not hidden.
    private func windows(of list: String, count: String, _ fetch: (WindowRequest<ListCursor>) throws -> Int) {
        for (end, request) in [("first", WindowRequest<ListCursor>.first(Self.windowRows)), ("last", .last(Self.windowRows))] {
            let name = "\(end) 50-row window of \(list) (\(count) rows)"
            do {
                var rows = 0
                let samples = try Stopwatch.sample(runs: context.runs, scale: 1_000) { rows = try fetch(request) }
                if rows < Self.windowRows {
                    context.record(Measurement(group: .store, name: name, unit: "ms", target: .atMost(1),
                                               unavailable: "only \(rows) rows came back"))
                } else {
                    context.record(Measurement(group: .store, name: name, unit: "ms", target: .atMost(1), samples: samples))
                }
            } catch {
                context.record(Measurement(group: .store, name: name, unit: "ms", target: .atMost(1), unavailable: "\(error)"))
            }
        }
    }

    // MARK: One long dispute

    /// A negotiating dispute grown to 200 events with messages, then loaded whole (dispute, order, events).
    private func longDispute(in store: Store) {
        let target = context.scale.longDisputeEvents
        let name = "load one dispute with \(target) events"
        do {
            // Every third generated dispute is negotiating; the third is the first of them.
            let id = DisputeID("D-S1-0000003")
            var snapshot = try store.dispute(id)
            var detail = try store.disputeDetail(id)
            var instant = snapshot.dispute.lastEventAt
            var message = 0
            while detail.events.count < target {
                let needed = target - detail.events.count
                for _ in 0..<needed {
                    instant = instant.addingTimeInterval(1)
                    message += 1
                    let author: Actor = message.isMultiple(of: 2) ? .seller(snapshot.dispute.seller) : .buyer(snapshot.dispute.buyer)
                    snapshot = try store.perform(.sendMessage("Message \(message) about the parcel and the photos."), onDispute: id,
                                                 by: author, at: min(instant, StoreData.now), expectedVersion: snapshot.version)
                }
                detail = try store.disputeDetail(id)
            }
            var events = 0
            let samples = try Stopwatch.sample(runs: context.runs, scale: 1_000) { events = try store.disputeDetail(id).events.count }
            context.note("  (\(events) events loaded)")
            // The issue asks for this figure without a target (it is not a 50-row window): shown as info.
            context.record(Measurement(group: .store, name: name, unit: "ms", target: .none, samples: samples))
        } catch {
            context.record(Measurement(group: .store, name: name, unit: "ms", target: .none, unavailable: "\(error)"))
        }
    }

    // MARK: Sweep

    /// What the console does on every tick: ask whether anything is due (nothing is, at `now`).
    private func sweepCheck(in store: Store) {
        let name = "sweep check, nothing due (\(context.scale.orders.formatted()) orders)"
        do {
            var report: SweepReport?
            let samples = try Stopwatch.sample(runs: context.runs, scale: 1_000) { report = try store.sweep(to: StoreData.now) }
            if let report, report.didNothing {
                context.record(Measurement(group: .store, name: name, unit: "ms", target: .atMost(0.1), samples: samples))
            } else {
                context.record(Measurement(group: .store, name: name, unit: "ms", target: .atMost(0.1),
                                           unavailable: "something was due at seed time (\(report?.eventsWritten ?? 0) events)"))
            }
        } catch {
            context.record(Measurement(group: .store, name: name, unit: "ms", target: .atMost(0.1), unavailable: "\(error)"))
        }
    }

    /// Eight days on, every generated dispute is past its deadline: negotiations escalate (filling the
    /// staff queue), unanswered ones settle for the buyer.
    static let sweepHorizon = StoreData.now.adding(days: 8)

    /// Where the binary group's consoles start their clocks (`--now`), a minute after the horizon.
    static let consoleNow = sweepHorizon.addingTimeInterval(60)

    /// The big database is swept two minutes past `consoleNow`, so that nothing falls due while the
    /// binary group's consoles run (each starts at `consoleNow` and lives well under a minute). Swept
    /// only to the horizon, the first console swept what had fallen due since then before its first
    /// frame, and its runs did not all measure the same thing (42.9 ms against 12.7 on 6 Dec).
    private func escalate(_ store: Store) throws {
        let (report, seconds) = try Stopwatch.time { try store.sweep(to: Self.consoleNow.addingTimeInterval(120)) }
        context.note("  big database swept to +8 days in \(NumberText.format(seconds)) s: \(report.disputesChanged) disputes, \(report.ordersChanged) orders changed")
    }

    /// A database where every one of N orders has a dispute, copied fresh for each run, swept 8 days on.
    /// Counterfeit claims (a seventh) are escalated at seed time and their mediator's deadline lies
    /// further out, so the row names how many disputes the sweep actually moved.
    private func sweepFiring() {
        let due = context.scale.dueDeadlines
        var name = "sweep firing the due deadlines of \(due.formatted()) disputes"
        let template = context.scratch + "/sweep-template.sqlite", working = context.scratch + "/sweep.sqlite"
        do {
            context.note("  seeding \(due) disputed orders for the sweep")
            _ = try StoreData.seed(at: template, orders: due, disputes: due)
            var samples: [Double] = []
            var report: SweepReport?
            for _ in 0..<context.runs {
                try StoreData.copy(template, to: working)
                let store = try StoreData.open(working)
                let (made, seconds) = try Stopwatch.time { try store.sweep(to: Self.sweepHorizon) }
                report = made
                samples.append(seconds)
            }
            StoreData.remove(working)
            StoreData.remove(template)
            guard let report, !report.didNothing else {
                context.record(Measurement(group: .store, name: name, unit: "s", target: .atMost(2), unavailable: "nothing was due"))
                return
            }
            name += " (\(report.disputesChanged.formatted()) disputes and \(report.ordersChanged.formatted()) orders changed, \(report.eventsWritten.formatted()) events)"
            context.record(Measurement(group: .store, name: name, unit: "s", target: .atMost(2), samples: samples))
        } catch {
            context.record(Measurement(group: .store, name: name, unit: "s", target: .atMost(2), unavailable: "\(error)"))
        }
    }
}
