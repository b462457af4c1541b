import Foundation
import GRDB

extension Store {
    /// A copy of this database in a fresh temporary folder, for training with a movable clock
    /// (`parley --sandbox`): nothing done there reaches the real database. The copy's evidence
    /// folder links to the real one, so stored files open as usual.
    public func makeSandboxCopy() throws -> Store {
        let folder = NSTemporaryDirectory() + "parley-sandbox-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let copy = try DatabaseQueue(path: folder + "/parley.sqlite")
            try database.backup(to: copy)
            try copy.close()
            if FileManager.default.fileExists(atPath: evidence.root) {
                try FileManager.default.createSymbolicLink(atPath: folder + "/evidence", withDestinationPath: evidence.root)
            }
        } catch let error as DatabaseError {
            throw StoreError(error)
        } catch {
            throw StoreError.database("the sandbox copy could not be made in \(folder): \(error.localizedDescription)")
        }
        do {
            return try Store.open(DatabaseLocation(path: folder + "/parley.sqlite", source: .flag), policy: policy)
        } catch {
            throw StoreError.database(error.description)
        }
    }
}
