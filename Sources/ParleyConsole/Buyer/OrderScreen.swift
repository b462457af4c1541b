import Foundation
import ParleyCore
import TerminalUI

/// One order: facts, tracking, protection, payments, and the actions allowed now.
public struct OrderScreen: ConsoleScreen {
    public enum Action: Sendable { case none }
    public let orderID: OrderID
    public let buyer: UserID
    public init(orderID: OrderID, buyer: UserID) {
        self.orderID = orderID
        self.buyer = buyer
    }
    public var location: String { orderID.rawValue }
    public func keymap(in context: ScreenContext) -> Keymap<Action> { Keymap([]) }
    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] { [] }
    public func render(in canvas: Canvas, context: ScreenContext) {}
}
