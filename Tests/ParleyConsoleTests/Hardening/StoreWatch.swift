import Foundation
import ParleyCore
import ParleyStore

/// Watches an episode's database: after a step that wrote to it, every dispute whose version moved
/// is checked against `DisputeInvariants`; `verify()` checks the whole hash chain at checkpoints.
final class StoreWatch {
    let store: Store
    private var stamp: [Int64] = []
    private var versions: [String: Int] = [:]
    private var outcomes: [String: Outcome] = [:]
    private let buyers: [UserID]
    private(set) var disputesChecked = 0

    init(store: Store) throws {
        self.store = store
        buyers = try store.buyers().map { UserID($0.id) }
    }

    /// Size and modification time of the database and its WAL: a commit changes at least one.
    /// Cheap (two `stat` calls), so it runs after every step; a periodic forced check covers
    /// the rare commit that lands within the file system's timestamp granularity.
    private func currentStamp() -> [Int64] {
        [store.location.path, store.location.path + "-wal"].flatMap { path -> [Int64] in
            var info = stat()
            guard stat(path, &info) == 0 else { return [-1, -1, -1] }
            return [Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec)]
        }
    }

    /// Problems with disputes changed since the last check (all of them on the first call).
    func check(force: Bool = false) throws -> [String] {
        let now = currentStamp()
        guard force || now != stamp else { return [] }
        stamp = now
        var problems: [String] = []
        for buyer in buyers {
            for row in try store.buyerDisputes(buyer, window: .first(100_000)) where versions[row.id.rawValue] != row.version {
                versions[row.id.rawValue] = row.version
                let detail = try store.disputeDetail(row.id)
                disputesChecked += 1
                problems += DisputeInvariants.problems(detail, firstOutcome: outcomes[row.id.rawValue])
                if outcomes[row.id.rawValue] == nil, let outcome = detail.dispute.outcome { outcomes[row.id.rawValue] = outcome }
                if detail.version != row.version { problems.append("\(row.id): the list says version \(row.version), the dispute \(detail.version)") }
            }
        }
        return problems
    }

    /// Breaks in the event log's hash chain or the evidence files.
    func verify() throws -> [String] {
        try store.verify().breaks.map { "verify: \($0.stream) \($0.seq.map { "#\($0) " } ?? "")\($0.problem)" }
    }
}
