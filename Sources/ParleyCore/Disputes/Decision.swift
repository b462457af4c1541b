import Foundation

/// How a dispute's result came about; recorded with every agreement and outcome (SPEC §4.9).
public enum Decision: String, Codable, Sendable, Hashable {
    case sellerAccepted = "seller-accepted"
    case buyerAccepted = "buyer-accepted"
    case sellerDidNotRespond = "seller-did-not-respond"
    case bothAcceptedMediatorSolution = "both-accepted-mediator-solution"
    case mediatorRuling = "mediator-ruling"
    case mediatorMissedLimit = "mediator-missed-limit"
    case buyerDidNotAnswerQuestion = "buyer-did-not-answer-question"
    case sellerDidNotAnswerQuestion = "seller-did-not-answer-question"
    case returnNotShipped = "return-not-shipped"
    case returnArrived = "return-arrived"
    case returnArrivalAssumed = "return-arrival-assumed"
    case buyerWithdrew = "buyer-withdrew"

    /// Whether the decision came from mediation (refunds then take longer, SPEC §4.8).
    public var isMediation: Bool {
        switch self {
        case .bothAcceptedMediatorSolution, .mediatorRuling, .mediatorMissedLimit,
             .buyerDidNotAnswerQuestion, .sellerDidNotAnswerQuestion:
            return true
        default:
            return false
        }
    }
}
