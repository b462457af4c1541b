/// Something a person (or the system) does to an order.
public enum OrderAction: Codable, Sendable, Hashable {
    /// Seller: hands the parcel to the carrier.
    case ship(trackingNumber: String, method: ShippingMethod)
    /// Carrier feed (system) or seller: a new tracking line.
    case addTrackingEvent(TrackingEvent)
    /// Carrier feed (system): the parcel was delivered.
    case markDelivered
    /// Buyer: confirms the goods arrived (a dispute stays possible for the grace window).
    case confirmReceipt
    /// Buyer: asks for more protection days; counts once the seller confirms.
    case requestExtension(days: Int)
    /// Seller: grants the pending extension.
    case confirmExtension
    /// Seller: refuses the pending extension.
    case declineExtension
    /// System: a dispute was opened or resumed on this order; funds stay frozen.
    case disputeOpened(DisputeID)
    /// System: the dispute reached an outcome or a final cancellation; funds may be released.
    case disputeClosed(DisputeID)
    /// System: a refund was decided and sent to the payment method.
    case recordRefund(OrderRefund)
    /// System: the payment provider reports the refund as paid out.
    case refundPaid
}
