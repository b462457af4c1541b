import Foundation
import ParleyCore
import TerminalUI

/// One dispute: progress, who is waited on, proposals, timeline, messages, evidence, valid actions.
public struct DisputeScreen: ConsoleScreen {
    public enum Action: Sendable { case none }
    public let disputeID: DisputeID
    public let actor: Actor
    public init(disputeID: DisputeID, actor: Actor) {
        self.disputeID = disputeID
        self.actor = actor
    }
    public var location: String { "Dispute \(disputeID)" }
    public func keymap(in context: ScreenContext) -> Keymap<Action> { Keymap([]) }
    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] { [] }
    public func render(in canvas: Canvas, context: ScreenContext) {}
}
