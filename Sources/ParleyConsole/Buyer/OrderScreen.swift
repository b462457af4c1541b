import Foundation
import ParleyCore
import TerminalUI

/// One order: facts, tracking timeline, protection countdown with its grace window, payments and
/// refunds, and the actions allowed now (those not allowed say why, and when they will be).
public struct OrderScreen: ConsoleScreen {
    public enum Action: Sendable, Equatable {
        case openDispute, viewDispute, requestExtension, confirmReceipt, messageShop, reload
    }

    public let orderID: OrderID
    public let buyer: UserID
    var detail: OrderDetail?
    var loadError: String?

    public init(orderID: OrderID, buyer: UserID) {
        self.orderID = orderID
        self.buyer = buyer
    }

    public var location: String { orderID.rawValue }

    public func reload(context: ScreenContext) -> [any ConsoleEffect] {
        [LoadOrderEffect(id: orderID, actor: .buyer(buyer))]
    }

    // MARK: What can be done now

    /// One action of the order page: allowed now, or why not (and when it will be).
    struct Offer: Sendable {
        var key: Character
        var action: Action
        var title: String
        /// nil when allowed.
        var whyNot: String?
        /// A short note beside an allowed action.
        var note: String?
    }

    func offers(_ context: ScreenContext) -> [Offer] {
        guard let detail else { return [] }
        let order = detail.order
        let policy = context.policy
        var offers: [Offer] = []
        switch order.disputeOpeningWindow(at: context.now, policy: policy) {
        case .open(let closesAt):
            offers.append(Offer(key: "d", action: .openDispute, title: "Open a dispute", note: "possible until \(DateText.short(closesAt))"))
        case .notYet(let opensAt, let why):
            let when = opensAt.map { "disputes can be opened from \(policy.earliestOpeningAfterShipmentDays) days after shipment: in \(Countdown(to: $0, now: context.now).text)" }
            offers.append(Offer(key: "d", action: .openDispute, title: "Open a dispute", whyNot: when ?? why))
        case .closed(_, let why):
            offers.append(Offer(key: "d", action: .openDispute, title: "Open a dispute", whyNot: why))
        case .alreadyDisputed(let id, _):
            let stage = detail.dispute?.stage.title ?? "open"
            offers.append(Offer(key: "v", action: .viewDispute, title: "View dispute \(id)", note: stage))
        }
        offers.append(extensionOffer(order, context))
        let canConfirm = order.status == .shipped || order.status == .delivered
        offers.append(Offer(key: "c", action: .confirmReceipt, title: "Confirm receipt",
                            whyNot: canConfirm ? nil : (order.status == .placed ? "the seller has not shipped yet" : "already \(order.status.title.lowercased())"),
                            note: canConfirm ? "releases the funds after the grace window" : nil))
        if let dispute = order.dispute {
            offers.append(Offer(key: "m", action: .messageShop, title: "Message the shop", note: "in dispute \(dispute)"))
        } else {
            offers.append(Offer(key: "m", action: .messageShop, title: "Message the shop",
                                whyNot: "messages to the shop are part of a dispute; open one to write"))
        }
        return offers
    }

    private func extensionOffer(_ order: Order, _ context: ScreenContext) -> Offer {
        let title = "Request an extension"
        if let pending = order.pendingExtension {
            return Offer(key: "e", action: .requestExtension, title: title, whyNot: "\(pending.days) days asked on \(DateText.short(pending.requestedAt)), waiting for the seller")
        }
        guard [.placed, .shipped, .delivered].contains(order.status) else {
            return Offer(key: "e", action: .requestExtension, title: title, whyNot: "only before receipt is confirmed")
        }
        let end = order.protectionEnd(policy: context.policy)
        guard context.now < end else {
            return Offer(key: "e", action: .requestExtension, title: title, whyNot: "protection ended on \(DateText.short(end))")
        }
        let advice: String
        if order.shippedAt == nil {
            advice = "makes sense once the parcel moves"
        } else {
            advice = order.extensionAdvice(at: context.now, policy: context.policy) != nil ? "the parcel has not moved lately" : "the parcel is moving"
        }
        return Offer(key: "e", action: .requestExtension, title: title, note: advice)
    }

    // MARK: Keys

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        var bindings = offers(context).map { offer in
            KeyBinding([.char(offer.key)], offer.action, help: offer.whyNot == nil ? offer.title : offer.title + " (not now)",
                       inFooter: offer.whyNot == nil)
        }
        if detail?.order.dispute != nil { bindings.append(KeyBinding([.enter], .viewDispute, help: "View dispute", inFooter: false)) }
        bindings.append(KeyBinding([.char("r")], .reload, help: "Reload", inFooter: false))
        return Keymap(bindings)
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        guard let detail else { return [] }
        let order = detail.order
        if action == .reload { return reload(context: context).map { .run($0) } }
        if let offer = offers(context).first(where: { $0.action == action }), let whyNot = offer.whyNot {
            return [.status("\(offer.title): not now — \(whyNot).", tone: .warning)]
        }
        switch action {
        case .openDispute:
            return [.push(DisputeFormScreen(order: order, orderVersion: detail.version, shopName: detail.shopName, policy: context.policy))]
        case .viewDispute, .messageShop:
            guard let id = order.dispute else { return [] }
            return [.push(DisputeScreen(disputeID: id, actor: .buyer(buyer)))]
        case .requestExtension:
            return [.push(ExtensionFormScreen(order: order, orderVersion: detail.version))]
        case .confirmReceipt:
            let grace = context.policy.graceDays
            let effect = OrderActionEffect(id: order.id, action: .confirmReceipt, actor: .buyer(buyer), at: context.now,
                                           version: detail.version, done: "Receipt confirmed.")
            return [.confirm(ConfirmRequest(
                title: "Confirm receipt?",
                message: "Confirm only if \"\(order.title)\" arrived and is as described. The funds go to the seller after the \(grace)-day grace window; until then you can still open a dispute.",
                confirm: "Confirm receipt", cancel: "Cancel", onConfirm: [.run(effect)]))]
        case .reload:
            return []
        }
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let loaded as OrderLoaded where loaded.detail.order.id == orderID:
            detail = loaded.detail
            loadError = nil
        case let done as ActionDone:
            return [.status(done.message, tone: .success)] + reload(context: context).map { .run($0) }
        case let failure as EffectFailure where failure.effect.hasPrefix("load order"):
            loadError = failure.message
        default:
            break
        }
        return []
    }

    // MARK: Drawing

    public func render(in canvas: Canvas, context: ScreenContext) {
        guard let detail else {
            canvas.text(loadError ?? "Loading order \(orderID)…", row: 1, col: 2, role: loadError == nil ? .muted : .error)
            return
        }
        let order = detail.order
        let status = order.disputeIsOpen ? "In dispute" : order.status.title
        canvas.text(TextWidth.truncate("\(order.id) · \(order.title)", to: canvas.width - TextWidth.width(of: status) - 4), row: 0, col: 1, role: .title)
        canvas.text(status, row: 0, col: canvas.width - TextWidth.width(of: status) - 1, role: order.disputeIsOpen ? .warning : .focus)

        let inner = canvas.sub(Rect(row: 2, col: 1, height: canvas.height - 2, width: canvas.width - 2))
        let half = (inner.width - 2) / 2
        let left = inner.sub(Rect(row: 0, col: 0, height: inner.height, width: half))
        let right = inner.sub(Rect(row: 0, col: half + 2, height: inner.height, width: inner.width - half - 2))

        var row = section("Order", left, row: 0)
        row = facts([
            ("Item", order.title, .text), ("Shop", detail.shopName, .text), ("Category", order.category.title, .text),
            ("Price", order.amountPaid.formatted, .money),
            ("Paid", "\(DateText.short(order.paidAt)) by \(order.paymentMethod.title)", .text),
            ("Shipping", shippingText(order), .text),
            ("Tracking", order.trackingNumber ?? "not shipped yet", order.trackingNumber == nil ? .muted : .text),
        ], left, row: row)

        var rightRow = section("Buyer protection", right, row: 0)
        rightRow = protection(order, right, row: rightRow, context)
        rightRow = section("Payment", right, row: rightRow + 1)
        rightRow = payment(detail, right, row: rightRow)

        let lowerTop = max(row, rightRow) + 1
        let lowerLeft = left.sub(Rect(row: lowerTop, col: 0, height: left.height - lowerTop, width: left.width))
        let lowerRight = right.sub(Rect(row: lowerTop, col: 0, height: right.height - lowerTop, width: right.width))
        tracking(order, lowerLeft)
        actions(lowerRight, context)
    }

    private func section(_ title: String, _ canvas: Canvas, row: Int) -> Int {
        canvas.text(title, row: row, role: .title)
        return row + 1
    }

    private func facts(_ items: [(String, String, TerminalUI.Role)], _ canvas: Canvas, row: Int) -> Int {
        var row = row
        for (label, value, role) in items where row < canvas.height {
            canvas.text(label, row: row, col: 1, role: .muted)
            canvas.text(TextWidth.truncate(value, to: canvas.width - 12), row: row, col: 11, role: role)
            row += 1
        }
        return row
    }

    private func shippingText(_ order: Order) -> String {
        guard let used = order.shippedWith else { return order.shippingMethod.title }
        if used == order.shippingMethod { return used.title }
        return "\(used.title) (you chose \(order.shippingMethod.title.lowercased()))"
    }

    private func protection(_ order: Order, _ canvas: Canvas, row: Int, _ context: ScreenContext) -> Int {
        let policy = context.policy
        let end = order.protectionEnd(policy: policy)
        let grace = order.graceEnd(policy: policy)
        var row = row
        let ended = [.completed, .closed].contains(order.status)
        if ended {
            row = facts([("Status", "ended: the funds went to the seller", .muted)], canvas, row: row)
            return row
        }
        let countdown = Countdown(to: end, now: context.now, soonSeconds: Countdown.protectionSoonSeconds)
        canvas.text("Ends", row: row, col: 1, role: .muted)
        var col = 11 + canvas.text(DateText.short(end), row: row, col: 11, role: .text)
        if countdown.remainingSeconds >= 0 {
            col += canvas.text("  in ", row: row, col: col, role: .muted)
            canvas.text(countdown.text, row: row, col: col, role: countdown.role)
        } else {
            canvas.text("  ended", row: row, col: col, role: .muted)
        }
        row += 1
        let graceCountdown = Countdown(to: grace, now: context.now, soonSeconds: Countdown.protectionSoonSeconds)
        if graceCountdown.remainingSeconds >= 0 {
            canvas.text("Grace", row: row, col: 1, role: .muted)
            let used = canvas.text(DateText.short(grace), row: row, col: 11, role: .text)
            canvas.text(TextWidth.truncate("  disputes still possible", to: max(0, canvas.width - 11 - used)), row: row, col: 11 + used, role: .muted)
            row += 1
            row = facts([("", "\(policy.graceDays) days after \(order.confirmedByBuyer ? "your confirmation" : "protection ends")", .muted)], canvas, row: row)
        } else {
            row = facts([("Grace", "ended \(DateText.short(grace))", .muted)], canvas, row: row)
        }
        if let last = order.extensions.last {
            let text: String
            switch last.status {
            case .requested: text = "\(last.days) days asked, waiting for the seller"
            case .confirmed: text = "\(last.days) days added by the seller"
            case .declined: text = "\(last.days) days declined by the seller"
            }
            row = facts([("Extension", text, last.status == .declined ? .warning : .text)], canvas, row: row)
        }
        return row
    }

    private func payment(_ detail: OrderDetail, _ canvas: Canvas, row: Int) -> Int {
        let order = detail.order
        var items: [(String, String, TerminalUI.Role)] = [("Paid", "\(order.amountPaid.formatted) by \(order.paymentMethod.title)", .money)]
        if let refund = order.refund {
            let when = refund.paidAt.map { "paid \(DateText.day($0))" } ?? "expected by \(DateText.day(refund.expectedBy))"
            items.append(("Refund", "\(refund.amount.formatted) to \(refund.method.title), \(when)", .success))
        } else if let dispute = detail.dispute, let refund = dispute.refund {
            items.append(("Refund", "\(refund.amount.formatted), expected by \(DateText.day(refund.expectedBy))", .success))
        } else if order.disputeIsOpen {
            items.append(("Funds", "frozen while the dispute runs", .warning))
        } else if order.status == .completed {
            items.append(("Funds", "released to the seller", .muted))
        }
        return facts(items, canvas, row: row)
    }

    private func tracking(_ order: Order, _ canvas: Canvas) {
        guard canvas.height > 0 else { return }
        canvas.text("Tracking", row: 0, role: .title)
        let events = order.tracking.sorted { $0.at > $1.at }
        if events.isEmpty {
            canvas.text(order.shippedAt == nil ? "Not shipped yet." : "No tracking events yet.", row: 1, col: 1, role: .muted)
            return
        }
        for (index, event) in events.prefix(max(0, canvas.height - 1)).enumerated() {
            let role: TerminalUI.Role = index == 0 ? .text : .muted
            let text = [event.place, event.text.isEmpty ? event.kind.rawValue : event.text].filter { !$0.isEmpty }.joined(separator: " · ")
            canvas.text(DateText.short(event.at), row: index + 1, col: 1, role: role)
            canvas.text(TextWidth.truncate(text, to: canvas.width - 15), row: index + 1, col: 15, role: role)
        }
    }

    private func actions(_ canvas: Canvas, _ context: ScreenContext) {
        guard canvas.height > 0 else { return }
        canvas.text("What you can do", row: 0, role: .title)
        var row = 1
        for offer in offers(context) where row < canvas.height {
            let allowed = offer.whyNot == nil
            canvas.text(String(offer.key), row: row, col: 1, role: allowed ? .statusBarKey : .muted)
            canvas.text(offer.title, row: row, col: 3, role: allowed ? .text : .muted)
            row += 1
            if let detail = offer.whyNot ?? offer.note, row < canvas.height {
                for line in TextWidth.wrap(detail, width: max(10, canvas.width - 5)).prefix(2) where row < canvas.height {
                    canvas.text(line, row: row, col: 5, role: .muted)
                    row += 1
                }
            }
        }
    }
}
