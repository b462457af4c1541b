import ParleyCore
import TerminalUI

/// What a key did in a shop's evidence form; the screen turns `.submit` into a confirmation and
/// `.attach` into an evidence load.
public enum ShopFormOutcome: Sendable, Hashable {
    case handled, notHandled
    case attach(path: String)
    /// The action to send, and the question to confirm it with.
    case submit(DisputeAction, confirmTitle: String, confirmMessage: String)
}

/// A shop's form of text and evidence files that ends in one dispute action: the answer to a
/// dispute, or the rejection of a mediator's solutions. `ShopFormScreen` runs either.
public protocol ShopEvidenceForm: Sendable {
    var disputeID: DisputeID { get }
    var panel: FormPanel { get }
    var isTyping: Bool { get }
    var hasUnsavedInput: Bool { get }
    mutating func handle(_ key: Key) -> ShopFormOutcome
    /// The evidence file at the path was read and accepted by the store.
    mutating func attach(_ upload: EvidenceUpload)
    /// The file could not be used; the path stays so it can be corrected.
    mutating func attachFailed(_ message: String)

    /// Where the status bar says the shop is ("Answer").
    static var location: String { get }
    /// The confirmation's button ("Send").
    static var confirmLabel: String { get }
    /// The lines above the form: a title, then any context.
    var heading: [String] { get }
    /// The status line once the action went through.
    func doneMessage(_ done: DisputeActionDone) -> String
}
