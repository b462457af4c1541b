import Foundation
import ParleyConsole
import ParleyCore
import ParleyStore

/// "A buyer sees only their orders, a shop only its own": every order and dispute number drawn on
/// the screen must belong to the signed-in party (staff see all; nobody signed in sees none).
/// What the fuzzer typed is echoed back and is not a leak, so these are skipped: numbers it typed
/// whole (a filter, a `:open`), the row of the focused input (the cursor's row: while a number is
/// typed key by key, it and the text after the cursor can spell someone else's number), and
/// numbers in double quotes (messages quoting a filter: No order matches "…").
final class AccessInvariant {
    private struct Owner { var buyer: UserID; var shop: ShopID }
    private let store: Store
    private var owners: [String: Owner?] = [:]

    init(store: Store) { self.store = store }

    func problems(frame: String, cursorRow: Int?, session: ConsoleSession?, typed: Set<String>) -> [String] {
        if case .staff? = session { return [] }
        var problems: [String] = []
        var shown: Set<String> = []
        for (row, line) in frame.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where row != cursorRow {
            shown.formUnion(Self.ids(in: String(line)))
        }
        for id in shown where !typed.contains(id) {
            guard let owner = owner(of: id) else { continue }
            switch session {
            case .buyer(let buyer, _)?:
                if owner.buyer != buyer { problems.append("buyer \(buyer) is shown \(id) of buyer \(owner.buyer)") }
            case .seller(let shop, _)?:
                if owner.shop != shop { problems.append("shop \(shop) is shown \(id) of shop \(owner.shop)") }
            case nil:
                problems.append("\(id) is shown before anyone signed in")
            case .staff?:
                break
            }
        }
        return problems
    }

    /// Whose order or dispute a number is; nil when no such thing exists (nothing to leak).
    private func owner(of id: String) -> Owner? {
        if let known = owners[id] { return known }
        var found: Owner?
        if id.hasPrefix("O-"), let order = try? store.order(OrderID(id)).order {
            found = Owner(buyer: order.buyer, shop: order.shop)
        } else if id.hasPrefix("D-"), let dispute = try? store.dispute(DisputeID(id)).dispute {
            found = Owner(buyer: dispute.buyer, shop: dispute.seller)
        }
        owners[id] = found
        return found
    }

    /// "O-100234" and "D-1042" words: the letter, a hyphen, digits, not inside a longer word nor
    /// right after a double quote.
    static func ids(in text: String) -> Set<String> {
        var found: Set<String> = []
        let bytes = Array(text.utf8)
        var index = 0
        while index + 2 < bytes.count {
            let letter = bytes[index]
            let startsWord = index == 0 || (!Self.isWordByte(bytes[index - 1]) && bytes[index - 1] != UInt8(ascii: "\""))
            if (letter == UInt8(ascii: "O") || letter == UInt8(ascii: "D")) && startsWord && bytes[index + 1] == UInt8(ascii: "-") {
                var end = index + 2
                while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
                if end > index + 2 && (end == bytes.count || !Self.isWordByte(bytes[end])) {
                    found.insert(String(decoding: bytes[index..<end], as: UTF8.self))
                }
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || byte == UInt8(ascii: "-") || byte >= 0x80
    }
}
