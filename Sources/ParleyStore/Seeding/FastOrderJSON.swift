import Foundation
import ParleyCore

/// Writes an order's JSON state by hand, in the shape its synthesized `Codable` reads, for bulk
/// seeding where `JSONEncoder` is most of the cost. Orders with extensions or a refund (never
/// generated in bulk) go through `JSONEncoder`. A test decodes the output and compares.
enum FastOrderJSON {
    static func encode(_ order: Order) throws -> String {
        guard order.extensions.isEmpty, order.refund == nil else { return try StateCoding.encode(order) }
        var json = "{"
        json.reserveCapacity(640)
        var first = true
        func key(_ name: String) {
            json += first ? "\"\(name)\":" : ",\"\(name)\":"
            first = false
        }
        func string(_ name: String, _ value: String) { key(name); json += quoted(value) }
        func date(_ name: String, _ value: Date) { key(name); json += number(value) }
        string("id", order.id.rawValue)
        string("buyer", order.buyer.rawValue)
        string("shop", order.shop.rawValue)
        string("title", order.title)
        string("category", order.category.rawValue)
        key("amountPaid"); json += "{\"minorUnits\":\(order.amountPaid.minorUnits),\"currency\":\"\(order.amountPaid.currency.rawValue)\"}"
        string("paymentMethod", order.paymentMethod.rawValue)
        date("paidAt", order.paidAt)
        string("shippingMethod", order.shippingMethod.rawValue)
        string("status", order.status.rawValue)
        if let number = order.trackingNumber { string("trackingNumber", number) }
        if let method = order.shippedWith { string("shippedWith", method.rawValue) }
        if let shipped = order.shippedAt { date("shippedAt", shipped) }
        key("tracking")
        json += "[" + order.tracking.map { event in
            "{\"at\":\(number(event.at)),\"kind\":\"\(event.kind.rawValue)\",\"place\":\(quoted(event.place)),\"text\":\(quoted(event.text))}"
        }.joined(separator: ",") + "]"
        if let delivered = order.deliveredAt { date("deliveredAt", delivered) }
        if let confirmed = order.confirmedAt { date("confirmedAt", confirmed) }
        key("confirmedByBuyer"); json += order.confirmedByBuyer ? "true" : "false"
        if let completed = order.completedAt { date("completedAt", completed) }
        key("extensions"); json += "[]"
        if let dispute = order.dispute { string("dispute", dispute.rawValue) }
        key("disputeIsOpen"); json += order.disputeIsOpen ? "true" : "false"
        if let closed = order.disputeClosedAt { date("disputeClosedAt", closed) }
        date("lastEventAt", order.lastEventAt)
        json += "}"
        return json
    }

    /// Dates as `JSONEncoder` writes them by default: seconds since 2001, shortest exact form.
    private static func number(_ date: Date) -> String {
        "\(date.timeIntervalSinceReferenceDate)"
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04x", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
