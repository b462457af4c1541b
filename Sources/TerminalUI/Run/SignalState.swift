import CNcursesw
import Synchronization

/// Set by signal handlers, read by the run loop: a handler may only do async-signal-safe work, so it
/// records the signal and the loop (woken because get_wch returns ERR) acts on it.
let pendingTermination = Atomic<Int32>(0)
let pendingSuspend = Atomic<Bool>(false)
let pendingContinue = Atomic<Bool>(false)

enum SignalState {
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    static let fatal: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

    static func install() {
        _ = parley_unblock_terminal_signals()
        for signal in terminating {
            _ = parley_install_handler(signal) { pendingTermination.store($0, ordering: .relaxed) }
        }
        installSuspendHandler()
        _ = parley_install_handler(SIGCONT) { _ in pendingContinue.store(true, ordering: .relaxed) }
        // A crash must not leave the terminal in curses mode: restore it, then die as before.
        for signal in fatal {
            _ = parley_install_handler(signal) { signal in
                endwin()
                _ = parley_default_handler(signal)
                raise(signal)
            }
        }
    }

    static func installSuspendHandler() {
        _ = parley_install_handler(SIGTSTP) { _ in pendingSuspend.store(true, ordering: .relaxed) }
    }

    static func uninstall() {
        for signal in terminating + fatal + [SIGTSTP, SIGCONT] { _ = parley_default_handler(signal) }
    }

    static func reset() {
        pendingTermination.store(0, ordering: .relaxed)
        pendingSuspend.store(false, ordering: .relaxed)
        pendingContinue.store(false, ordering: .relaxed)
    }
}
