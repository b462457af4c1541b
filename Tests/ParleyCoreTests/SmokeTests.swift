import Testing
import Foundation
import ParleyCore

@Test func actorNameIsUsableFromClients() {
    let actor: Actor = .buyer(UserID("U-1"))
    #expect(actor.role == .buyer)
}
