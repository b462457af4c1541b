import Foundation
import ParleyConsole
import ParleyCore
import ParleyStore

/// `parley-bench console DB SIGN-IN NOW`: runs the same console `parley` runs (ConsoleApp over the
/// store), for the binary group while the `parley` executable does not start the console yet.
enum ConsoleHost {
    static let command = "console"
    /// The same, with `SignedInBuyerData`: the start-up fix proposed in the report, measured.
    static let experimentCommand = "console-signed-in"

    static func run(_ arguments: [String], signedInOnly: Bool = false) -> Int32 {
        guard arguments.count == 3, let now = ISO8601DateFormatter().date(from: arguments[2]) else {
            FileHandle.standardError.write(Data("usage: parley-bench console DB ROLE:NAME NOW(ISO 8601)\n".utf8))
            return 64
        }
        do {
            let store = try StoreData.open(arguments[0])
            let clock = MovableClock(now, running: true)
            guard signedInOnly else {
                return ConsoleApp.run(store: store, signIn: arguments[1], themeName: nil, policy: .default, clock: clock)
            }
            let request = SignInRequest(role: .buyer, name: String(arguments[1].drop(while: { $0 != ":" }).dropFirst()))
            let data = try SignedInBuyerData(store: store, buyer: UserID(request.name))
            return ConsoleApp.run(data: data, store: store, signIn: request, themeName: nil, policy: .default, clock: clock)
        } catch {
            FileHandle.standardError.write(Data("parley-bench console: \(error)\n".utf8))
            return 1
        }
    }

    /// This executable's own path, to start it again inside tmux.
    static var ownPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
