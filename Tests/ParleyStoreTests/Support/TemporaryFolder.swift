import Foundation
@testable import ParleyStore

/// A fresh folder per test, removed when the test is done with it.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "parley-store-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        // Give back write permission first, in case a test removed it.
        chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func location(_ name: String = "parley.sqlite") -> DatabaseLocation {
        DatabaseLocation(path: file(name), source: .flag)
    }

    func openStore(_ name: String = "parley.sqlite") throws -> Store {
        try Store.open(location(name))
    }

    /// Every file in the folder with its size and modification time, to prove nothing was touched.
    func snapshot() throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: path) {
            let attributes = try FileManager.default.attributesOfItem(atPath: file(name))
            let data = FileManager.default.contents(atPath: file(name)) ?? Data()
            result[name] = "\(attributes[.size] ?? 0) \(attributes[.modificationDate] ?? "") \(data.hashValue)"
        }
        return result
    }
}

/// A store in its own temporary folder; the folder lives as long as the fixture.
struct StoreFixture {
    let folder: TemporaryFolder
    let store: Store

    init() throws {
        folder = try TemporaryFolder()
        store = try folder.openStore()
    }
}
