import Foundation
import ParleyCore
import TerminalUI

/// One dispute: the progress diagram with who is waited on and a live countdown to what happens
/// then, the proposals side by side, and the timeline, messages and evidence. Only the actions the
/// domain accepts now are offered; money-moving ones are confirmed first.
public struct DisputeScreen: ConsoleScreen {
    public enum Action: Sendable, Equatable {
        case acceptShop, acceptBuyer, acceptSolution(Int), editProposal, addAlternative, addEvidence, removeEvidence
        case message, cancelDispute, resume, escalate, shipReturn, rejectSolutions, confirmReturn
        case nextPane, previousPane, up, down, reload
    }

    public enum Pane: Int, Sendable, CaseIterable {
        case timeline, messages, evidence
        var title: String {
            switch self {
            case .timeline: return "Timeline"
            case .messages: return "Messages"
            case .evidence: return "Evidence"
            }
        }
    }

    public let disputeID: DisputeID
    public let actor: Actor
    var detail: DisputeDetailView?
    var loadError: String?
    var pane: Pane = .timeline
    var scroll = 0

    public init(disputeID: DisputeID, actor: Actor) {
        self.disputeID = disputeID
        self.actor = actor
    }

    public var location: String { "Dispute \(disputeID)" }

    public func reload(context: ScreenContext) -> [any ConsoleEffect] {
        [LoadDisputeEffect(id: disputeID, actor: actor)]
    }

    // MARK: Actions valid now

    /// The actions on offer, each with the domain action used to ask whether it is allowed now.
    func offers(_ context: ScreenContext) -> [(key: Key, action: Action, help: String)] {
        guard let detail else { return [] }
        let dispute = detail.dispute
        let sample = DisputeOffers.sampleUpload
        var candidates: [(Key, Action, String, DisputeAction)] = [
            (.char("a"), .acceptShop, "Accept shop's proposal", .accept(.seller)),
            (.char("a"), .acceptBuyer, "Accept buyer's proposal", .accept(.buyer)),
        ]
        for (index, _) in (dispute.mediation?.solutions ?? []).enumerated() {
            candidates.append((.char(Character(String(index + 1))), .acceptSolution(index), "Accept solution \(index + 1)", .accept(.mediator(index))))
        }
        candidates += [
            (.char("R"), .rejectSolutions, "Reject solutions", .rejectSolutions(comment: "x", evidence: [sample])),
            (.char("e"), .editProposal, "Edit your proposal", .editProposal(dispute.buyerProposal)),
            (.char("l"), .addAlternative, "Add alternative", .addAlternative(dispute.buyerProposal)),
            (.char("t"), .shipReturn, "Enter return tracking", .shipReturn(trackingNumber: "X")),
            (.char("r"), .confirmReturn, "Confirm return arrived", .confirmReturnArrived),
            (.char("m"), .message, "Message", .sendMessage("x")),
            (.char("+"), .addEvidence, "Add evidence", .addEvidence(sample)),
            (.char("E"), .escalate, "Escalate", .escalate),
            (.char("c"), .cancelDispute, "Cancel dispute", .cancel),
            (.char("u"), .resume, "Resume dispute", .resume),
        ]
        // A dispute keeps the rules it was opened under.
        let policy = Policy.named(dispute.policyName) ?? context.policy
        return candidates.filter { candidate in
            DisputeOffers.isOffered(candidate.3, dispute: dispute, order: detail.order, actor: actor, at: context.now, policy: policy)
        }.map { (key: $0.0, action: $0.1, help: $0.2) }
    }

    public func keymap(in context: ScreenContext) -> Keymap<Action> {
        var bindings = offers(context).map { KeyBinding([$0.key], $0.action, help: $0.help) }
        if pane == .evidence, let item = selectedEvidence, item.addedBy == actor,
           let detail, DisputeOffers.isOffered(.removeEvidence(item.id), dispute: detail.dispute, order: detail.order, actor: actor, at: context.now, policy: context.policy) {
            bindings.append(KeyBinding([.char("x"), .delete], .removeEvidence, help: "Remove this file"))
        }
        bindings += [
            KeyBinding([.tab], .nextPane, help: "Next pane"),
            KeyBinding([.backTab], .previousPane, help: "Previous pane", inFooter: false),
            KeyBinding([.down, .char("j")], .down, help: "Scroll down", inFooter: false),
            KeyBinding([.up, .char("k")], .up, help: "Scroll up", inFooter: false),
            KeyBinding([.ctrl("r")], .reload, help: "Reload", inFooter: false),
        ]
        return Keymap(bindings)
    }

    var selectedEvidence: Evidence? {
        guard let evidence = detail?.dispute.evidence, evidence.indices.contains(scroll) else { return nil }
        return evidence[scroll]
    }

    public mutating func perform(_ action: Action, context: ScreenContext) -> [ScreenCommand] {
        guard let detail else { return [] }
        let dispute = detail.dispute
        func run(_ domain: DisputeAction, _ done: String) -> ScreenCommand {
            .run(DisputeActionEffect(id: dispute.id, action: domain, actor: actor, at: context.now, version: detail.version, done: done))
        }
        func confirm(_ title: String, _ message: String, _ yes: String, _ domain: DisputeAction, _ done: String) -> [ScreenCommand] {
            [.confirm(ConfirmRequest(title: title, message: message, confirm: yes, cancel: "Cancel", onConfirm: [run(domain, done)]))]
        }
        func form(_ title: String, _ intro: String, text: String?, proposal: Bool = false, evidence: ActionFormScreen.EvidenceNeed = .none,
                  start: Proposal? = nil, done: String, build: @escaping @Sendable (ActionFormValues) -> DisputeAction) -> [ScreenCommand] {
            [.push(ActionFormScreen(title: title, intro: intro, textLabel: text, withProposal: proposal, evidence: evidence, dispute: dispute,
                                    version: detail.version, actor: actor, start: start, done: done, build: build))]
        }
        let currency = dispute.currency
        switch action {
        case .acceptShop:
            guard let proposal = dispute.sellerProposal else { return [] }
            return confirm("Accept the shop's proposal?", "You agree to: \(proposal.summary). The dispute closes with this agreement.",
                           "Accept", .accept(.seller), "You accepted the shop's proposal.")
        case .acceptBuyer:
            return confirm("Accept the buyer's proposal?", "You agree to: \(dispute.buyerProposal.summary).", "Accept", .accept(.buyer), "Accepted.")
        case .acceptSolution(let index):
            guard let solution = dispute.mediation?.solutions[safe: index] else { return [] }
            return confirm("Accept solution \(index + 1)?", "You agree to the mediator's solution: \(solution.summary).",
                           "Accept", .accept(.mediator(index)), "You accepted solution \(index + 1).")
        case .rejectSolutions:
            return form("Reject the mediator's solutions", "Say why, and add at least one new photo or video that supports it.",
                        text: "Why", evidence: .required, done: "You rejected the solutions.") { values in
                .rejectSolutions(comment: values.text, evidence: values.evidence)
            }
        case .editProposal:
            return form("Edit your proposal", "Change what you ask for; the shop sees the new proposal at once.", text: "Comment", proposal: true,
                        start: dispute.buyerProposal, done: "Your proposal was changed.") { values in
                .editProposal(Proposal(resolution: values.resolution, amount: values.amount ?? .zero(currency), comment: values.text))
            }
        case .addAlternative:
            return form("Add an alternative solution", "Offer the shop another solution it may accept instead.", text: "Comment", proposal: true,
                        start: dispute.buyerProposal, done: "Alternative added.") { values in
                .addAlternative(Proposal(resolution: values.resolution, amount: values.amount ?? .zero(currency), comment: values.text))
            }
        case .shipReturn:
            let due = dispute.returnShipment.map { " by \(DateText.short($0.shipBy))" } ?? ""
            return form("Enter the return tracking number", "Ship the item back to the shop\(due) and enter the carrier's tracking number.",
                        text: "Tracking no.", done: "Return tracking number saved.") { .shipReturn(trackingNumber: $0.text) }
        case .confirmReturn:
            return confirm("Confirm the return arrived?", "The refund is then issued to the buyer.", "Confirm", .confirmReturnArrived, "Return confirmed.")
        case .message:
            return form("Message", "Your message goes to the other side and, once escalated, to the mediator.", text: "Message",
                        done: "Message sent.") { .sendMessage($0.text) }
        case .addEvidence:
            return form("Add evidence", "Photos and videos are stored with the dispute; the original file may go away afterwards.",
                        text: nil, evidence: .required, done: "Evidence added.") { values in
                values.evidence.first.map { .addEvidence($0) } ?? .addEvidence(DisputeOffers.sampleUpload)
            }
        case .removeEvidence:
            guard let item = selectedEvidence else { return [] }
            return confirm("Remove \(item.name)?", "It no longer counts as evidence (the audit trail keeps a copy).", "Remove",
                           .removeEvidence(item.id), "Removed \(item.name).")
        case .escalate:
            return confirm("Escalate to a mediator?", "A mediator reviews messages and evidence and proposes a solution; this cannot be undone.",
                           "Escalate", .escalate, "Escalated to mediation.")
        case .cancelDispute:
            let until = detail.order.graceEnd(policy: context.policy)
            return confirm("Cancel the dispute?", "You can resume it until \(DateText.short(until)); after that the cancellation is final and the order can no longer be disputed.",
                           "Cancel dispute", .cancel, "Dispute cancelled.")
        case .resume:
            return confirm("Resume the dispute?", "The seller gets \(context.policy.sellerResponseDays) days to answer again.", "Resume", .resume, "Dispute resumed.")
        case .nextPane, .previousPane:
            let all = Pane.allCases
            pane = all[(pane.rawValue + (action == .nextPane ? 1 : all.count - 1)) % all.count]
            scroll = 0
        case .up:
            scroll = max(0, scroll - 1)
        case .down:
            scroll = min(scroll + 1, max(0, paneCount - 1))
        case .reload:
            return reload(context: context).map { .run($0) }
        }
        return []
    }

    var paneCount: Int {
        guard let detail else { return 0 }
        switch pane {
        case .timeline: return detail.events.count
        case .messages: return detail.dispute.messages.count
        case .evidence: return detail.dispute.evidence.count
        }
    }

    public mutating func receive(_ result: any EffectResult, context: ScreenContext) -> [ScreenCommand] {
        switch result {
        case let loaded as DisputeLoaded where loaded.detail.dispute.id == disputeID:
            detail = loaded.detail
            loadError = nil
            scroll = min(scroll, max(0, paneCount - 1))
        case let done as ActionDone:
            return [.status(done.message, tone: .success)] + reload(context: context).map { .run($0) }
        case let failure as EffectFailure where failure.effect.hasPrefix("load dispute"):
            loadError = failure.message
        case is EffectFailure:
            // A refused action: the status line says why; reload in case the dispute moved on.
            return reload(context: context).map { .run($0) }
        default:
            break
        }
        return []
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
