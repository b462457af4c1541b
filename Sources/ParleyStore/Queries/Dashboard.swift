import Foundation
import GRDB
import ParleyCore

/// The staff dashboard's figures.
public struct DashboardFigures: Sendable, Equatable {
    public var byStage: [DisputeStage: Int] = [:]
    public var byReason: [ClaimReason: Int] = [:]
    public var byDecision: [Decision: Int] = [:]
    /// Open disputes whose pending deadline falls within the next 24 hours (overdue ones included).
    public var dueWithin24Hours = 0
    /// Median time from opening to outcome, over decided disputes.
    public var medianTimeToResolution: TimeInterval?
    /// New disputes per day, oldest first, for the last 30 days (the last entry is today).
    public var openedPerDay: [Int] = []
}

extension Store {
    public func dashboard(at instant: Date) throws -> DashboardFigures {
        try read { db in
            var figures = DashboardFigures()
            for row in try Row.fetchAll(db, sql: "SELECT stage, COUNT(*) FROM dispute GROUP BY stage") {
                if let stage = DisputeStage(rawValue: row[0]) { figures.byStage[stage] = row[1] }
            }
            for row in try Row.fetchAll(db, sql: "SELECT reason, COUNT(*) FROM dispute GROUP BY reason") {
                if let reason = ClaimReason(rawValue: row[0]) { figures.byReason[reason] = row[1] }
            }
            for row in try Row.fetchAll(db, sql: "SELECT decision, COUNT(*) FROM dispute WHERE decision IS NOT NULL GROUP BY decision") {
                if let decision = Decision(rawValue: row[0]) { figures.byDecision[decision] = row[1] }
            }
            let dayAhead = instant.addingTimeInterval(86_400).millisecondsSince1970
            figures.dueWithin24Hours = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM dispute WHERE next_deadline IS NOT NULL AND next_deadline <= ?",
                                                        arguments: [dayAhead]) ?? 0
            let decided = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM dispute WHERE closed_at IS NOT NULL") ?? 0
            if decided > 0 {
                let median = try Int64.fetchOne(db, sql: """
                    SELECT closed_at - opened_at AS took FROM dispute WHERE closed_at IS NOT NULL ORDER BY took LIMIT 1 OFFSET ?
                    """, arguments: [decided / 2])
                figures.medianTimeToResolution = median.map { Double($0) / 1000 }
            }
            let dayMs: Int64 = 86_400_000
            let today = instant.millisecondsSince1970 / dayMs
            var perDay = Array(repeating: 0, count: 30)
            for row in try Row.fetchAll(db, sql: "SELECT opened_at / ? AS day, COUNT(*) FROM dispute WHERE opened_at >= ? GROUP BY day",
                                        arguments: [dayMs, (today - 29) * dayMs]) {
                let index = Int((row[0] as Int64) - (today - 29))
                if perDay.indices.contains(index) { perDay[index] = row[1] }
            }
            figures.openedPerDay = perDay
            return figures
        }
    }
}
