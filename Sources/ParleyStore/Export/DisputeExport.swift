import Foundation
import GRDB
import ParleyCore

/// One dispute as exported: plain values, amounts in minor units with their currency.
public struct DisputeExportRow: Codable, Sendable, Equatable {
    public var id: String
    public var orderID: String
    public var buyerID: String
    public var buyerName: String
    public var shopID: String
    public var shopName: String
    public var reason: String
    public var stage: String
    public var isOpen: Bool
    public var currency: String
    public var claimedMinor: Int64
    public var refundMinor: Int64?
    public var decision: String?
    public var assignee: String?
    public var openedAt: String
    public var closedAt: String?
    public var nextDeadline: String?

    static let columns = ["id", "order_id", "buyer_id", "buyer_name", "shop_id", "shop_name", "reason", "stage", "is_open", "currency",
                          "claimed_minor", "refund_minor", "decision", "assignee", "opened_at", "closed_at", "next_deadline"]

    var fields: [String] {
        [id, orderID, buyerID, buyerName, shopID, shopName, reason, stage, isOpen ? "true" : "false", currency, String(claimedMinor),
         refundMinor.map(String.init) ?? "", decision ?? "", assignee ?? "", openedAt, closedAt ?? "", nextDeadline ?? ""]
    }
}

/// The export formats of `parley export disputes`.
public enum ExportFormat: String, Sendable, CaseIterable {
    case csv, json
}

extension Store {
    /// Writes every dispute, oldest first, in chunks through `write` (a million rows never sit in memory).
    public func exportDisputes(format: ExportFormat, write output: (String) -> Void) throws {
        let timestamp = ISO8601DateFormatter()
        func date(_ ms: Int64?) -> String? { ms.map { timestamp.string(from: Date(millisecondsSince1970: $0)) } }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        switch format {
        case .csv: output(CSV.line(DisputeExportRow.columns))
        case .json: output("[\n")
        }
        var first = true
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT d.*, b.name AS buyer_name, s.name AS shop_name FROM dispute d
                LEFT JOIN buyer b ON b.id = d.buyer_id LEFT JOIN shop s ON s.id = d.shop_id ORDER BY d.key
                """)
            while let row = try rows.next() {
                let item = DisputeExportRow(
                    id: row["id"], orderID: row["order_id"], buyerID: row["buyer_id"], buyerName: row["buyer_name"] ?? "",
                    shopID: row["shop_id"], shopName: row["shop_name"] ?? "", reason: row["reason"], stage: row["stage"],
                    isOpen: row["is_open"], currency: row["currency"], claimedMinor: row["claimed_minor"], refundMinor: row["refund_minor"],
                    decision: row["decision"], assignee: row["assignee"], openedAt: date(row["opened_at"]) ?? "",
                    closedAt: date(row["closed_at"]), nextDeadline: date(row["next_deadline"]))
                switch format {
                case .csv:
                    output(CSV.line(item.fields))
                case .json:
                    let text = String(decoding: try encoder.encode(item), as: UTF8.self)
                    output((first ? "  " : ",\n  ") + text)
                }
                first = false
            }
        }
        if format == .json { output(first ? "]\n" : "\n]\n") }
    }
}

/// RFC 4180 CSV: a field with a comma, quote or line break is quoted, quotes doubled.
public enum CSV {
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Reads CSV text back into rows of fields (for tests and tools).
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let value = pending { pending = nil; return value }
            return iterator.next()
        }
        while let scalar = next() {
            if quoted {
                if scalar == "\"" {
                    if let following = next() {
                        if following == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = following }
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
            } else if scalar == "\r" {
                continue
            } else if scalar == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }
}
