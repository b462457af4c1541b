import Testing
import Foundation
import ParleyCore

@Test func actorNameIsUsableFromClients() {
    let actor: Actor = .buyer(UserID("U-1"))
    #expect(actor.role == .buyer)
}

@Test func notificationNameIsUsableNextToFoundation() {
    let note = Notification(recipient: .system, disputeID: "D-1", eventSequence: 1, at: Date(timeIntervalSince1970: 0), title: "t", text: "x")
    #expect(note.title == "t")
}
