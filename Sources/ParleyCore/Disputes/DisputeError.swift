import Foundation

/// Why a dispute action was refused, in words the person who tried it understands.
public enum DisputeError: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    case wrongRole(action: String, allowed: [Role], actual: Role)
    case notYourDispute(Actor)
    case wrongStage(action: String, stage: DisputeStage)
    case deadlinePassed(Deadline)
    case invalidDraft([FieldProblem])
    case orderMismatch(OrderID)
    case amountBelowMinimum(amount: Money, minimum: Money)
    case amountOverCap(amount: Money, cap: Money)
    case currencyMismatch(expected: Currency, actual: Currency)
    case returnNeedsReceivedGoods
    case noSuchProposal(ProposalRef)
    case cannotAcceptOwnProposal(ProposalRef)
    case escalationNotAllowed(policy: String, automaticAt: Date?)
    case escalationNeedsSellerAnswer
    case caseNotTaken
    case caseTakenBy(StaffID)
    case solutionCount(Int)
    case noSolutionsToAnswer
    case alreadyAnswered(Role)
    case questionAlreadyOpen(to: Role, answerBy: Date)
    case questionTargetInvalid(Role)
    case answerDaysOutOfRange(days: Int, allowed: ClosedRange<Int>)
    case evidence(EvidenceProblem)
    case rejectionNeedsEvidence
    case emptyText(what: String)
    case textTooLong(what: String, max: Int)
    case trackingNumberMissing
    case returnNotShippedYet
    case notResumable(finalSince: Date)
    case nothingToMarkPaid
    case timeBeforeLastEvent(Date)

    public var message: String { description }

    public var description: String {
        switch self {
        case .wrongRole(let action, let allowed, let actual):
            let who = allowed.map(\.noun).joined(separator: " or ")
            return "Only \(who) can \(action); you are acting as \(actual.noun)."
        case .notYourDispute(let actor):
            return "This dispute is not yours (\(actor)); you can only act on disputes of your own orders."
        case .wrongStage(let action, let stage):
            return "You cannot \(action) while the dispute is at \"\(stage.title)\"."
        case .deadlinePassed(let deadline):
            return "Too late: the deadline was \(DateText.short(deadline.due)) and has passed (\(deadline.consequence))."
        case .invalidDraft(let problems):
            let errors = problems.filter(\.isError).map(\.message)
            return "The dispute cannot be opened: " + errors.joined(separator: " ")
        case .orderMismatch(let id):
            return "This dispute does not belong to order \(id)."
        case .amountBelowMinimum(let amount, let minimum):
            return "\(amount.formatted) is below the smallest amount, \(minimum.formatted)."
        case .amountOverCap(let amount, let cap):
            return "\(amount.formatted) is more than the most that can be refunded for this order, \(cap.formatted)."
        case .currencyMismatch(let expected, let actual):
            return "The amount is in \(actual.code) but the order was paid in \(expected.code)."
        case .returnNeedsReceivedGoods:
            return "Return and refund needs goods to send back; the buyer did not receive them."
        case .noSuchProposal(let ref):
            return "There is no \(ref) to accept."
        case .cannotAcceptOwnProposal(let ref):
            return "You cannot accept \(ref): it is your own; the other side has to accept it."
        case .escalationNotAllowed(let policy, let automaticAt):
            let when = automaticAt.map { " it escalates automatically on \(DateText.short($0))." } ?? ""
            return "Under the \(policy) rules neither side can escalate by hand;" + (when.isEmpty ? " wait for the automatic escalation." : when)
        case .escalationNeedsSellerAnswer:
            return "You can escalate once the seller has answered the dispute."
        case .caseNotTaken:
            return "Take the case first: a case is taken before it is worked."
        case .caseTakenBy(let staff):
            return "Mediator \(staff) has taken this case; only they can work on it."
        case .solutionCount(let count):
            return "Propose one or two solutions (not \(count))."
        case .noSolutionsToAnswer:
            return "The mediator has not proposed a solution to answer."
        case .alreadyAnswered(let role):
            return "\(role.noun.prefix(1).uppercased())\(role.noun.dropFirst()) has already answered the mediator's solutions."
        case .questionAlreadyOpen(let role, let by):
            return "A question to \(role.noun) is still waiting for an answer (until \(DateText.short(by)))."
        case .questionTargetInvalid(let role):
            return "Questions go to the buyer or the seller, not to \(role.noun)."
        case .answerDaysOutOfRange(let days, let allowed):
            return "\(days) days is not possible: give \(allowed.lowerBound) to \(allowed.upperBound) days to answer."
        case .evidence(let problem):
            return problem.description
        case .rejectionNeedsEvidence:
            return "Rejecting the mediator's solutions needs new evidence: add at least one photo or video."
        case .emptyText(let what):
            return "The \(what) is empty."
        case .textTooLong(let what, let max):
            return "The \(what) may be at most \(max) characters."
        case .trackingNumberMissing:
            return "Enter the tracking number of the return parcel."
        case .returnNotShippedYet:
            return "The buyer has not shipped the return yet."
        case .notResumable(let since):
            return "This dispute can no longer be resumed: protection and its grace window ended on \(DateText.short(since)), so the cancellation is final."
        case .nothingToMarkPaid:
            return "There is no refund waiting to be paid."
        case .timeBeforeLastEvent(let last):
            return "This happened before the dispute's last recorded event (\(DateText.short(last)))."
        }
    }
}
