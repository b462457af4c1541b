import ArgumentParser
import Foundation

/// The entry point: a plain console start skips ArgumentParser (see `ConsoleQuickStart`); everything
/// else, and every mistake, goes through `Parley`, the ArgumentParser command.
@main
enum ParleyMain {
    static func main() {
        if let request = ConsoleQuickStart.request(from: Array(CommandLine.arguments.dropFirst())) {
            do {
                try request.start()
            } catch let code as ExitCode {
                // Already reported; ArgumentParser would only build its help tables to print nothing.
                exit(code.rawValue)
            } catch {
                // The same exit ArgumentParser's `main()` takes for an error thrown from `run()`.
                Parley.exit(withError: error)
            }
            exit(0)
        }
        Parley.main()
    }
}
