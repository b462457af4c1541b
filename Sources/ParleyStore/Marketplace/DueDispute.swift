import Foundation
import ParleyCore

/// A due dispute as a big sweep reads it, with its order, both still encoded: decoding is part of
/// the work that goes to the other core. A missing order (nil) fails the sweep only when a fired
/// event acts on it, as the one-by-one sweep does.
struct DueDispute: Sendable {
    let state: String
    let version: Int
    let orderState: String?
    let orderVersion: Int

    func sweep(to instant: Date, policy: Policy) throws -> DisputeSweep {
        let snapshot = DisputeSnapshot(dispute: try StateCoding.decode(Dispute.self, from: state), version: version)
        let order = { () throws -> OrderSnapshot in
            guard let orderState else { throw StoreError.notFound("There is no order \(snapshot.dispute.orderID).") }
            return OrderSnapshot(order: try StateCoding.decode(Order.self, from: orderState), version: orderVersion)
        }
        return try DisputeSweep(snapshot, order: order, to: instant, policy: policy)
    }
}
