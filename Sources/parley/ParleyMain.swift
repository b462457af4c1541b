/// The entry point: a plain console start skips ArgumentParser (see `ConsoleQuickStart`); everything
/// else, and every mistake, goes through `Parley`, the ArgumentParser command.
@main
enum ParleyMain {
    static func main() {
        if let request = ConsoleQuickStart.request(from: Array(CommandLine.arguments.dropFirst())) {
            do {
                try request.start()
            } catch {
                // The same exit ArgumentParser's `main()` takes for an error thrown from `run()`.
                Parley.exit(withError: error)
            }
            Parley.exit()
        }
        Parley.main()
    }
}
