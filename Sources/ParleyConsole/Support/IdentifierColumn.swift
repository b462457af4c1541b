/// The width of a list's order or dispute number column. The demo's numbers ("O-100120") fit the
/// usual width, but a big marketplace's ("O-S1-0025430") were cut to "O-S1-00…", the same for every
/// row: the part that tells them apart was gone. The column takes the widest number among the rows
/// shown, up to a bound, and gives up the columns' room to it first (the item or reason column is
/// the flexible one).
enum IdentifierColumn {
    static func width(usual: Int, identifiers: some Sequence<String>, most: Int = 16) -> Int {
        // Identifiers are ASCII: one cell per byte.
        let widest = identifiers.reduce(0) { max($0, $1.utf8.count) }
        return min(most, max(usual, widest))
    }
}
