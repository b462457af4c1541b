import Foundation
import ParleyConsole
import ParleyCore
import ParleyStore

/// The demo marketplace every fuzz episode starts from: built once per test process, then each
/// episode works on its own sandbox copy, so episodes never see each other's changes.
final class FuzzWorld: Sendable {
    /// 24 Nov 2026 15:00 UTC, as the other console tests.
    static let now = Date(timeIntervalSince1970: 1_795_532_400)

    let template: Store
    let vocabulary: FuzzVocabulary
    let folder: String

    static let shared: Result<FuzzWorld, any Error> = Result { try FuzzWorld() }

    private init() throws {
        folder = NSTemporaryDirectory() + "parley-fuzz-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        template = try Store.open(DatabaseLocation(path: folder + "/parley.sqlite", source: .flag))
        _ = try DemoData.fill(template, now: Self.now)
        var orders: [String] = []
        var disputes: [String] = []
        for buyer in try template.buyers() {
            for row in try template.buyerOrders(UserID(buyer.id), window: .first(100_000)) {
                orders.append(row.id.rawValue)
                if let dispute = row.disputeID { disputes.append(dispute.rawValue) }
            }
        }
        let evidence = try Self.makeEvidenceFixtures(in: folder + "/files")
        vocabulary = FuzzVocabulary(orderIDs: orders.sorted(), disputeIDs: disputes.sorted(), evidencePaths: evidence)
        // The template lives as long as the test process; its folder goes with it.
        atexit {
            if case .success(let world) = FuzzWorld.shared { try? FileManager.default.removeItem(atPath: world.folder) }
        }
    }

    /// A fresh copy of the demo database for one episode (removed by `discard`).
    func copy() throws -> Store { try template.makeSandboxCopy() }

    func discard(_ store: Store) {
        try? FileManager.default.removeItem(atPath: (store.location.path as NSString).deletingLastPathComponent)
    }

    /// Files a person might offer as evidence: good ones, bad ones, and paths that are not files.
    private static func makeEvidenceFixtures(in folder: String) throws -> [String] {
        let files = FileManager.default
        try files.createDirectory(atPath: folder + "/photos", withIntermediateDirectories: true)
        let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1] + Array(repeating: 7, count: 4000)
        try Data(jpeg).write(to: URL(fileURLWithPath: folder + "/photos/parcel.jpg"))
        try Data(jpeg).write(to: URL(fileURLWithPath: folder + "/photos/box ü 漢字 \u{202E}gpj.exe"))
        try Data("not a photo\n".utf8).write(to: URL(fileURLWithPath: folder + "/notes.txt"))
        try Data().write(to: URL(fileURLWithPath: folder + "/empty.jpg"))
        // Larger than any limit, without using the disk (a sparse file).
        try Data(jpeg).write(to: URL(fileURLWithPath: folder + "/huge.jpg"))
        if let handle = FileHandle(forWritingAtPath: folder + "/huge.jpg") {
            try handle.truncate(atOffset: 3 << 30)
            try handle.close()
        }
        try? files.createSymbolicLink(atPath: folder + "/dangling.jpg", withDestinationPath: folder + "/gone.jpg")
        _ = mkfifo(folder + "/pipe.jpg", 0o600)
        return [
            folder + "/photos/parcel.jpg", folder + "/photos/", folder + "/photos/p", folder + "/photos/box ü 漢字 \u{202E}gpj.exe",
            folder + "/notes.txt", folder + "/empty.jpg", folder + "/huge.jpg", folder + "/dangling.jpg", folder + "/pipe.jpg",
            folder + "/", folder, "/dev/zero", "/dev/null", "/nonexistent/x.jpg", "/", "~", "~/", "relative.jpg", "",
        ]
    }
}

/// Who a fuzz episode signs in as: a buyer, a shop, a mediator (optionally in a sandbox, where
/// `:advance` moves the clock), or nobody yet (the role picker, which may pick anyone).
struct FuzzRole: Sendable, Hashable, CustomStringConvertible {
    var signIn: String?
    var sandbox = false

    var description: String { (signIn ?? "role picker") + (sandbox ? " (sandbox)" : "") }

    static let all: [FuzzRole] = [
        FuzzRole(signIn: "buyer:amara"), FuzzRole(signIn: "buyer:olga"), FuzzRole(signIn: "buyer:hiroshi"),
        FuzzRole(signIn: "seller:northwind"), FuzzRole(signIn: "seller:goldenthread"), FuzzRole(signIn: "seller:volga"),
        FuzzRole(signIn: "staff:mira", sandbox: true), FuzzRole(signIn: "staff:nadia"),
        FuzzRole(signIn: nil),
    ]
}
