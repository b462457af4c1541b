import ParleyCore

/// Reads the console's own command line (`parley [console] [--db P] [--as R:N] [--now T] [--policy N]
/// [--theme N] [--sandbox]`) without ArgumentParser, because ArgumentParser's set-up (reflecting every
/// option, checking for completion-script requests) cost ~3 ms of CPU at every start (`perf`), a sixth
/// of the first-frame budget. Only arguments it can read exactly are taken; anything else (help,
/// `--version`, a subcommand, a repeated, unknown or malformed option, a value that would be refused)
/// returns nil and goes to ArgumentParser, which parses it and words any error as always. A test
/// checks that whatever this accepts, ArgumentParser reads the same way.
enum ConsoleQuickStart {
    static func request(from arguments: [String]) -> ConsoleRequest? {
        var request = ConsoleRequest()
        var rest = arguments[...]
        if rest.first == "console" { rest = rest.dropFirst() }
        var seen: Set<String> = []
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("--") else { return nil }
            let name: String
            var value: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                name = argument
            }
            guard seen.insert(name).inserted else { return nil }
            if name == "--sandbox" {
                guard value == nil else { return nil }
                request.sandbox = true
                continue
            }
            if value == nil { value = rest.popFirst() }
            // A value that looks like an option is "missing" to ArgumentParser; an empty one is left to it too.
            guard let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "--db": request.global.db = value
            case "--policy":
                guard Policy.named(value) != nil else { return nil }
                request.global.policy = value
            case "--now":
                guard DateText.instant(from: value) != nil else { return nil }
                request.global.now = value
            case "--theme": request.theme = value
            case "--as":
                guard let signIn = SignInRequest(argument: value) else { return nil }
                request.signIn = signIn
            default: return nil
            }
        }
        return request
    }
}
