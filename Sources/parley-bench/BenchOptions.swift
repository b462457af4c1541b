/// The command line of `parley-bench`: how many runs, how big, which groups.
struct BenchOptions: Sendable {
    /// Samples per measurement; the table shows their median, min and max.
    var runs = 5
    /// A small-scale smoke run (seconds, not minutes): sizes shrink, targets are shown but not judged.
    var quick = false
    /// Only these groups (domain, store, screens, binary); empty means all.
    var only: Set<BenchGroup> = []
    /// Where the release `parley` binary is, for the binary group.
    var binaryPath = ".build/release/parley"
    /// A big database kept from an earlier run (`--keep-data`) for the binary and screen groups,
    /// instead of seeding a new one.
    var database: String?
    /// Keep the generated databases (their paths are printed) instead of deleting them.
    var keepData = false

    static let usage = """
    usage: parley-bench [--runs N] [--quick] [--only GROUP[,GROUP...]] [--binary PATH] [--keep-data] [--database PATH]
      --runs N       samples per measurement (default 5); the table shows median, min and max
      --quick        small sizes for a smoke run; targets are shown but not judged
      --only GROUP   one or more of: \(BenchGroup.allCases.map(\.rawValue).joined(separator: ", "))
      --binary PATH  the parley executable for the binary group (default .build/release/parley)
      --keep-data    keep the generated databases and print where they are
      --database P   with --only screens,binary: use big.sqlite kept by an earlier run (seed 1) instead of seeding
    """

    /// Parses the arguments after the program name; every mistake says what was wrong.
    static func parse(_ arguments: [String]) throws(BenchOptionsError) -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        func value(for flag: String) throws(BenchOptionsError) -> String {
            guard let next = rest.popFirst() else { throw .missingValue(flag) }
            return next
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--runs":
                let text = try value(for: argument)
                guard let runs = Int(text), runs >= 1 else { throw .badRuns(text) }
                options.runs = runs
            case "--quick":
                options.quick = true
            case "--only":
                for name in try value(for: argument).split(separator: ",") {
                    guard let group = BenchGroup(rawValue: String(name)) else { throw .unknownGroup(String(name)) }
                    options.only.insert(group)
                }
            case "--binary":
                options.binaryPath = try value(for: argument)
            case "--database":
                options.database = try value(for: argument)
            case "--keep-data":
                options.keepData = true
            case "-h", "--help":
                throw .helpRequested
            default:
                throw .unknownArgument(argument)
            }
        }
        return options
    }

    func includes(_ group: BenchGroup) -> Bool { only.isEmpty || only.contains(group) }
}
