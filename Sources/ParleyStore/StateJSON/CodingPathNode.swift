/// A coder that knows its parent and the key it was made for. The coding path is assembled from
/// these links only when an error or a type asks for it, instead of an array copied per nested value.
protocol CodingPathNode: AnyObject {
    var parent: Self? { get }
    var pathKey: (any CodingKey)? { get }
}

extension CodingPathNode {
    var codingPath: [any CodingKey] {
        var path: [any CodingKey] = []
        var node: Self? = self
        while let current = node {
            if let key = current.pathKey { path.append(key) }
            node = current.parent
        }
        return path.reversed()
    }

    /// The coding path of a value under `key` in this one (of this one itself when `key` is nil).
    func path(appending key: (any CodingKey)?) -> [any CodingKey] {
        codingPath + (key.map { [$0] } ?? [])
    }
}
