import ArgumentParser

/// Reserved for the terminal layer's widget demo (hidden from help).
struct UIDemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui-demo",
        abstract: "Show the terminal widgets.",
        shouldDisplay: false
    )

    func run() throws {
        print("The widget demo is not built yet.")
    }
}
