import Testing
@testable import ParleyStore

@Suite struct DatabaseLocationTests {
    @Test func theDbFlagWinsOverTheEnvironment() throws {
        let location = try DatabaseLocation.resolve(flag: "/data/mine.sqlite", environment: ["PARLEY_DB": "/env/p.sqlite"], homeDirectory: "/home/u")
        #expect(location == DatabaseLocation(path: "/data/mine.sqlite", source: .flag))
    }

    @Test func parleyDbIsUsedWithoutAFlag() throws {
        let location = try DatabaseLocation.resolve(flag: nil, environment: ["PARLEY_DB": "/env/p.sqlite", "XDG_DATA_HOME": "/xdg"], homeDirectory: "/home/u")
        #expect(location == DatabaseLocation(path: "/env/p.sqlite", source: .environment))
    }

    @Test func xdgDataHomeComesNext() throws {
        let location = try DatabaseLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "/xdg"], homeDirectory: "/home/u")
        #expect(location == DatabaseLocation(path: "/xdg/parley/parley.sqlite", source: .xdgDataHome))
    }

    @Test func theHomeFolderIsTheLastResort() throws {
        // A relative XDG_DATA_HOME is invalid by the XDG rules and is ignored, as is an empty PARLEY_DB.
        let location = try DatabaseLocation.resolve(flag: nil, environment: ["XDG_DATA_HOME": "relative", "PARLEY_DB": ""], homeDirectory: "/home/u")
        #expect(location == DatabaseLocation(path: "/home/u/.local/share/parley/parley.sqlite", source: .homeDefault))
    }

    /// Without a folder given, $HOME decides, as for every XDG program, not the account's home folder.
    @Test func theHomeFolderIsHomeFromTheEnvironment() throws {
        let location = try DatabaseLocation.resolve(flag: nil, environment: ["HOME": "/home/elsewhere"])
        #expect(location == DatabaseLocation(path: "/home/elsewhere/.local/share/parley/parley.sqlite", source: .homeDefault))
    }

    @Test func anEmptyDbFlagIsRefused() {
        #expect(throws: StoreOpeningError.emptyPath(source: "--db")) {
            try DatabaseLocation.resolve(flag: "", environment: [:], homeDirectory: "/home/u")
        }
    }

    @Test func aRelativeFlagIsMadeAbsolute() throws {
        let location = try DatabaseLocation.resolve(flag: "some/dir/../p.sqlite", environment: [:], homeDirectory: "/home/u")
        #expect(location.path.hasPrefix("/"))
        #expect(location.path.hasSuffix("/some/p.sqlite"))
    }
}
