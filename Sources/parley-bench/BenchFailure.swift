/// A benchmark that could not run, with the reason (shown in the table as n/a).
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
