import Foundation
@testable import ParleyConsole
import ParleyStore
import TerminalUI

/// A storm of terminal resizes fed to a console exactly as the run loop does (the surface takes
/// the new size, then the console gets `.resize`), with a frame drawn and checked at every size.
struct ResizeStorm {
    static let home = Size(rows: 40, cols: 120)
    var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    /// `count` random sizes from 10x3 to 250x80 (both extremes included), then back to 120x40.
    /// Returns the problems any frame had.
    mutating func blow(_ count: Int, on program: ConsoleProgram, surface: InMemorySurface) -> [String] {
        var sizes = [Size(rows: 3, cols: 10), Size(rows: 80, cols: 250)]
        while sizes.count < count {
            sizes.append(random.chance(0.5) ? Size(rows: random.int(3...80), cols: random.int(10...250))
                                            : Size(rows: random.int(3...14), cols: random.int(10...60)))
        }
        sizes.shuffle(using: &random)
        var problems: [String] = []
        for size in sizes + [Self.home] {
            surface.resize(rows: size.rows, cols: size.cols)
            _ = program.handle(.resize(size))
            surface.beginFrame()
            program.draw(on: surface)
            surface.endFrame()
            problems += FrameInvariants.problems(surface, frame: surface.frameText, state: program.state).map { "at \(size): \($0)" }
        }
        return problems
    }
}
