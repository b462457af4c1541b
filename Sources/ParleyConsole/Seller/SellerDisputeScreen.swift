import Foundation
import ParleyCore
import TerminalUI

/// A dispute from the shop's side: the case panes the parties may see, and the shop's actions that
/// are valid now — answer, confirm the return arrived, accept one of the mediator's solutions.
public struct SellerDisputeScreen: ConsoleScreen {
    public enum Action: Sendable, Equatable {
        case nextPane, previousPane, up, down, pageUp, pageDown
        case answer, confirmReturn, acceptSolution(Int), rejectSolutions, message, addEvidence, reload
    }

    public let id: DisputeID
    public let shop: ShopID
    public internal(set) var file: CaseFile?
    public internal(set) var view = CaseViewState(pane: .proposals)
    var lastSeen: Int?
    var firstLoad = true
    var refusal: String?

    public init(id: DisputeID, shop: ShopID) {
        self.id = id
        self.shop = shop
    }

    public var location: String { "Dispute \(id)" }

    /// The actions the shop can take at this stage, in the order they are offered.
    public var validActions: [Action] {
        guard let dispute = file?.dispute else { return [] }
        var actions: [Action] = []
        switch dispute.phase {
        case .awaitingSeller, .negotiation: actions.append(.answer)
        case .returnInProgress(let shipment) where shipment.shippedAt != nil: actions.append(.confirmReturn)
        case .mediation(let mediation) where mediation.answersDue != nil && mediation.sellerAnswer == nil:
            actions += mediation.solutions.indices.map { .acceptSolution($0) }
            actions.append(.rejectSolutions)
        default: break
        }
        // Talking and evidence stay open while the dispute runs (not once decided or cancelled).
        if dispute.outcome == nil, dispute.stage != .cancelled { actions += [.message, .addEvidence] }
        return actions
    }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        var bindings: [KeyBinding<Action>] = []
        for action in validActions {
            switch action {
            case .answer:
                bindings.append(KeyBinding([.char("a")], .answer, help: file?.dispute.sellerProposal == nil ? "Answer" : "Accept / counter"))
            case .confirmReturn: bindings.append(KeyBinding([.char("c")], .confirmReturn, help: "Return arrived"))
            case .rejectSolutions: bindings.append(KeyBinding([.char("x")], .rejectSolutions, help: "Reject solutions"))
            case .message: bindings.append(KeyBinding([.char("m")], .message, help: "Message buyer"))
            case .addEvidence: bindings.append(KeyBinding([.char("v")], .addEvidence, help: "Add evidence"))
            case .acceptSolution(let index):
                bindings.append(KeyBinding([.char(Character(String(index + 1)))], .acceptSolution(index), help: "Accept solution \(index + 1)"))
            default: break
            }
        }
        bindings += [
            KeyBinding([.tab], .nextPane, help: "Pane"),
            KeyBinding([.backTab], .previousPane, help: "Previous pane", inFooter: false),
            KeyBinding([.char("r")], .reload, help: "Reload", inFooter: false),
            KeyBinding([.down, .char("j")], .down, help: "Scroll down", inFooter: false),
            KeyBinding([.up, .char("k")], .up, help: "Scroll up", inFooter: false),
            KeyBinding([.pageDown], .pageDown, help: "Page down", inFooter: false),
            KeyBinding([.pageUp], .pageUp, help: "Page up", inFooter: false),
        ]
        return Keymap(bindings)
    }

    public func reload(context: ScreenContext) -> [any ConsoleEffect] {
        guard context.shopID == shop else { return StaffOnly.refusal(context, attempted: "open dispute \(id) as shop \(shop)", reason: "not this shop") }
        return [LoadCaseFileEffect(id: id, viewer: .seller(shop), at: context.now)]
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        guard context.shopID == shop else { return [] }
        let panes = CaseView.tabs(audience: .seller, width: context.size.cols)
        switch action {
        case .nextPane, .previousPane:
            let index = panes.firstIndex(of: view.pane) ?? 0
            view.pane = panes[(index + (action == .nextPane ? 1 : -1) + panes.count) % panes.count]
        case .up: view.scroll(by: -1)
        case .down: view.scroll(by: 1)
        case .pageUp: view.scroll(by: -10)
        case .pageDown: view.scroll(by: 10)
        case .reload: return [.run(LoadCaseFileEffect(id: id, viewer: .seller(shop), at: context.now))]
        case .answer:
            guard let file else { return [] }
            return [.push(SellerAnswerScreen(form: SellerAnswerForm(dispute: file.dispute, policy: context.policy), shop: shop, version: file.version))]
        case .message:
            guard let file, validActions.contains(.message) else { return [] }
            // The buyer's console's small action form serves the shop too: same checks, same effect.
            return [.push(ActionFormScreen(title: "Message the buyer", intro: "Write in English: the buyer and any mediator read it.",
                                           textLabel: "Message", dispute: file.dispute, version: file.version, actor: .seller(shop),
                                           done: "Message sent.", build: { .sendMessage($0.text) }))]
        case .addEvidence:
            guard let file, validActions.contains(.addEvidence) else { return [] }
            return [.push(ActionFormScreen(title: "Add evidence", intro: "A photo or video for this dispute; it is stored with it.",
                                           textLabel: nil, evidence: .required, dispute: file.dispute, version: file.version,
                                           actor: .seller(shop), done: "Evidence added.",
                                           // The form requires a file; without one the empty message is refused by the domain.
                                           build: { values in values.evidence.first.map { .addEvidence($0) } ?? .sendMessage(values.text) }))]
        case .rejectSolutions:
            guard let file, validActions.contains(.rejectSolutions) else { return [] }
            return [.push(RejectSolutionsScreen(form: RejectSolutionsForm(dispute: file.dispute, policy: context.policy), shop: shop, version: file.version))]
        case .confirmReturn:
            guard let file, let shipment = file.dispute.returnShipment else { return [] }
            let effect = PerformDisputeActionEffect(action: .confirmReturnArrived, id: id, actor: .seller(shop), at: context.now, expectedVersion: file.version)
            return [.confirm(ConfirmRequest(title: "Confirm the return arrived?",
                                            message: "The buyer's parcel \(shipment.trackingNumber ?? "") reached you. \(shipment.agreement.proposal.amount.formatted) is then refunded to the buyer.",
                                            confirm: "It arrived", cancel: "Not yet", onConfirm: [.run(effect)]))]
        case .acceptSolution(let index):
            guard let file, let solution = file.dispute.mediation?.solutions[safe: index] else { return [] }
            let effect = PerformDisputeActionEffect(action: .accept(.mediator(index)), id: id, actor: .seller(shop), at: context.now, expectedVersion: file.version)
            return [.confirm(ConfirmRequest(title: "Accept solution \(index + 1)?",
                                            message: "You accept the mediator's solution: \(solution.summary). If the buyer accepts the same one, the dispute closes with it.",
                                            confirm: "Accept", cancel: "Back", onConfirm: [.run(effect)]))]
        }
        return []
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let loaded as CaseFileLoaded where loaded.file.dispute.id == id:
            file = loaded.file
            if firstLoad {
                lastSeen = loaded.lastSeen
                firstLoad = false
            }
        case let refused as CaseAccessRefused:
            refusal = refused.message
            return [.status(refused.message, tone: .error)]
        case let done as DisputeActionDone:
            return [.status("Done: \(done.action.title). The dispute is now at \"\(done.stage.title)\".", tone: .success),
                    .run(LoadCaseFileEffect(id: id, viewer: .seller(shop), at: context.now))]
        case let refused as DisputeActionRefused:
            return [.status(refused.message, tone: .error), .run(LoadCaseFileEffect(id: id, viewer: .seller(shop), at: context.now))]
        case let failure as EffectFailure where file == nil:
            refusal = failure.message
        default: break
        }
        return []
    }

    public func render(in canvas: Canvas, context: ScreenContext) {
        guard context.shopID == shop, refusal == nil, let file else {
            canvas.text(refusal ?? (context.shopID == shop ? "Loading \(id)…" : "Only the shop's own people see this dispute."),
                        row: 1, col: 2, role: refusal == nil && context.shopID == shop ? .muted : .error)
            return
        }
        var state = view
        let panes = CaseView.tabs(audience: .seller, width: canvas.width)
        if !panes.contains(state.pane) { state.pane = panes.first ?? .timeline }
        CaseView(file: file, state: state, audience: .seller, lastSeen: lastSeen, policy: context.policy, now: context.now).render(in: canvas)
    }
}
