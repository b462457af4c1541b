/// Supplies table rows on demand: the table asks for the count and for the rows it shows, never all.
public protocol TableDataSource {
    func rowCount(matching filter: String) -> Int
    func rows(in range: Range<Int>, matching filter: String) -> [[String]]
}
