import Foundation
import ParleyCore
@testable import ParleyConsole
import TerminalUI

/// Disputes at the stages the seller's and the staff screens show, built through the domain's own rules.
enum StaffFixtures {
    static let paidAt = Date(timeIntervalSince1970: 1_793_527_200) // 1 Nov 2026 10:00 UTC
    static let buyer = UserID("U-1")
    static let shop = ShopID("S-7")
    static let mediator = StaffID("M-3")
    static let policy = Policy.aliexpress2017

    static func day(_ days: Double) -> Date { paidAt.addingTimeInterval(days * 86_400) }
    static func usd(_ text: String) -> Money { (try? Money.parse(text, currency: .usd)) ?? .zero(.usd) }

    static let checksum = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    static let jpegBytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1]

    static func photo(_ name: String = "parcel.jpg") -> EvidenceUpload {
        EvidenceUpload(name: name, leadingBytes: jpegBytes, sizeBytes: 1_300_000, sha256: checksum)
    }

    static func order(delivered: Bool = false) -> Order {
        var order = Order(id: "O-100234", buyer: buyer, shop: shop, title: "Wireless earbuds, noise cancelling", category: .general,
                          amountPaid: usd("40.00"), paymentMethod: .card, paidAt: paidAt, shippingMethod: .standard)
        _ = try? order.apply(.ship(trackingNumber: "LP00123456CN", method: .standard), by: .seller(shop), at: day(1), policy: policy)
        _ = try? order.apply(.addTrackingEvent(TrackingEvent(at: day(2), kind: .inTransit, place: "Shenzhen", text: "Departed sorting centre")),
                             by: .system, at: day(2), policy: policy)
        if delivered {
            _ = try? order.apply(.addTrackingEvent(TrackingEvent(at: day(8), kind: .delivered, place: "Utrecht", text: "Delivered to mailbox")),
                                 by: .system, at: day(8), policy: policy)
        }
        return order
    }

    /// Opened on day 10 (damaged, US$ 40.00 refund, one photo): waiting for the seller.
    static func awaitingSeller(alternative: Bool = false) throws -> (Dispute, [DisputeEvent], Order) {
        let order = order(delivered: true)
        let draft = DisputeDraft(received: true, reason: .damaged, resolution: .refundOnly, amountText: "40.00",
                                 description: "The parcel arrived crushed and the case is broken.", evidence: [photo()])
        var (dispute, events) = try Dispute.open(id: "D-1042", order: order, draft: draft, by: .buyer(buyer), at: day(10), policy: policy)
        if alternative {
            events += try dispute.apply(.addAlternative(Proposal(resolution: .returnAndRefund, amount: usd("40.00"))),
                                        by: .buyer(buyer), at: day(10.5), order: order, policy: policy)
        }
        return (dispute, events, order)
    }

    /// Countered by the shop, escalated automatically, taken, two solutions proposed, messages and a note.
    static func inMediation(taken: Bool = true, solutions: Bool = true) throws -> (Dispute, [DisputeEvent], Order) {
        var (dispute, events, order) = try awaitingSeller()
        events += try dispute.apply(.rejectWithCounterProposal(Proposal(resolution: .returnAndRefund, amount: usd("25.00"),
                                                                         comment: "Packed with care; the courier must have dropped it."),
                                                                evidence: [photo("packing.jpg")]),
                                    by: .seller(shop), at: day(11), order: order, policy: policy)
        events += try dispute.apply(.sendMessage("Can you send a photo of the box?"), by: .seller(shop), at: day(11.2), order: order, policy: policy)
        events += try dispute.apply(.sendMessage("The box is in the photo already."), by: .buyer(buyer), at: day(11.5), order: order, policy: policy)
        events += dispute.advance(to: day(18), order: order, policy: policy)
        if taken {
            events += try dispute.apply(.takeCase, by: .staff(mediator), at: day(18.5), order: order, policy: policy)
            events += try dispute.apply(.writeNote("Courier damage likely; check the shop's packing."), by: .staff(mediator), at: day(18.6), order: order, policy: policy)
            if solutions {
                events += try dispute.apply(.proposeSolutions([Proposal(resolution: .refundOnly, amount: usd("30.00")),
                                                               Proposal(resolution: .returnAndRefund, amount: usd("40.00"))],
                                                              comment: "Either keep it with a partial refund, or return it for all."),
                                            by: .staff(mediator), at: day(19), order: order, policy: policy)
            }
        }
        return (dispute, events, order)
    }

    static func caseFile(_ built: (Dispute, [DisputeEvent], Order)) -> CaseFile {
        let (dispute, events, order) = built
        var paths: [String: String] = [:]
        for item in dispute.evidence { paths[item.sha256] = "/var/parley/evidence/\(item.sha256.prefix(2))/\(item.sha256)" }
        return CaseFile(dispute: dispute, version: events.count, order: order, events: events, buyerName: "Amara Diallo",
                        shopName: "Shenzhen Audio Store", evidencePaths: paths,
                        buyerHistory: PartyRecord(total: 3, open: 1, byReason: [.emptyPackage: 2, .damaged: 1], byDecision: [.sellerAccepted: 2]),
                        shopHistory: PartyRecord(total: 41, open: 6, byReason: [.damaged: 20], byDecision: [.sellerAccepted: 20, .mediatorRuling: 15]))
    }
}

/// Renders a widget into an in-memory surface and returns the text.
func screenText(_ widget: some Widget, cols: Int, rows: Int) -> String {
    let surface = InMemorySurface(rows: rows, cols: cols)
    surface.beginFrame()
    widget.render(on: surface, in: surface.bounds)
    surface.endFrame()
    return surface.dump()
}
