// swift-tools-version: 6.1
import PackageDescription

/// How the release `parley` is linked, for a small and quick start on a big database:
/// - position-dependent: the loader has no 100,000 relocations to apply at every start, and the pages
///   they would dirty stay shared (measured: peak memory 31.7 -> 27.1 MB, first frame ~5 ms sooner);
/// - by lld, with the functions a console runs to its first frame laid side by side
///   (Linker/startup.order, written by Linker/record-startup-order.sh): the kernel maps code 64 KB
///   around each fault, so scattered start-up code brought most of the 22 MB of code into memory
///   (measured: peak memory 26.8 -> 21.1 MB). Names missing from a stale list are skipped quietly.
/// - with SQLite, ncursesw and libstdc++ from their static archives (Linker/static holds links to
///   Debian's; where one is missing, the shared library is used as before): the dynamic loader no
///   longer maps them and resolves their thousands of symbols at every start (measured: first frame
///   ~1.3 ms sooner in a pty, 3 x 30 starts A/B). `-ltinfo`: the static ncursesw needs it named.
let releaseLinkFlags = [
    "-L", "\(Context.packageDirectory)/Linker/static", "-ltinfo",
    "-Xlinker", "-no-pie",
    "-use-ld=lld",
    "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Linker/startup.order",
    "-Xlinker", "--no-warn-symbol-ordering",
]

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "ParleyCore", targets: ["ParleyCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // ncursesw with the shims Swift 6 needs (attribute macros, C globals).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The dispute domain: pure Swift, no I/O, no clock reads.
        .target(name: "ParleyCore"),
        // The ncurses-wrapped view layer; knows nothing of disputes.
        .target(
            name: "TerminalUI",
            dependencies: ["CNcursesw", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Persistence over GRDB/SQLite; knows nothing of screens.
        .target(
            name: "ParleyStore",
            dependencies: [
                "ParleyCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // The application: buyer, seller and staff screens.
        .target(name: "ParleyConsole", dependencies: ["ParleyCore", "ParleyStore", "TerminalUI"]),
        .executableTarget(
            name: "parley",
            dependencies: [
                "ParleyCore", "ParleyStore", "ParleyConsole", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.unsafeFlags(releaseLinkFlags, .when(configuration: .release))]
        ),
        // glibc's pseudo-terminal calls, for the benchmark's bare-pty rows.
        .systemLibrary(name: "CPseudoTerminal", path: "Sources/CPseudoTerminal"),
        // The benchmark executable (issue 7): builds its own data, prints medians.
        .executableTarget(
            name: "parley-bench",
            dependencies: ["ParleyCore", "ParleyStore", "ParleyConsole", "TerminalUI", "CPseudoTerminal"]
        ),
        .testTarget(
            name: "ParleyCoreTests",
            dependencies: ["ParleyCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(
            name: "ParleyStoreTests",
            dependencies: ["ParleyStore", "ParleyCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "ParleyConsoleTests", dependencies: ["ParleyConsole", "ParleyStore", "ParleyCore", "TerminalUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["ParleyCore", "TerminalUI"]),
        .testTarget(name: "CommandLineTests", dependencies: ["parley", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    ],
    swiftLanguageModes: [.v6]
)
