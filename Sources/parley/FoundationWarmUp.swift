import Dispatch
import Foundation

/// Parts of Foundation set themselves up on their first use, and a console start uses several of them
/// one after another on its way to the first frame: GRDB opening the database asks for a file's size
/// through `URL.resourceValues` (0.7–0.9 ms the first time, 0.06 ms after, measured in a static
/// binary), and the theme search asks `Bundle` and `FileManager` where the program lives. Doing that
/// first use on another core while this one parses the command line and inspects the database takes
/// it off the path to the first frame.
enum FoundationWarmUp {
    static func start() {
        DispatchQueue.global(qos: .userInteractive).async {
            _ = try? URL(fileURLWithPath: "/").resourceValues(forKeys: [.fileSizeKey])
            _ = FileManager.default.fileExists(atPath: "/")
            _ = Bundle.main.executablePath
        }
    }
}
