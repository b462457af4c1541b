import Foundation

/// The item travelling back to the seller after a return-and-refund agreement.
public struct ReturnShipment: Codable, Sendable, Hashable {
    public var agreement: Agreement
    public var shipBy: Date
    public var trackingNumber: String?
    public var shippedAt: Date?
    public var arrivalDue: Date?

    public init(agreement: Agreement, shipBy: Date) {
        self.agreement = agreement
        self.shipBy = shipBy
    }
}
