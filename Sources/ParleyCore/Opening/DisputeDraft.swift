import Foundation

/// The dispute form's values as typed (SPEC §3). Validation reports every problem at once.
public struct DisputeDraft: Codable, Sendable, Hashable {
    public var received: Bool?
    public var reason: ClaimReason?
    public var resolution: Resolution?
    /// The amount as typed, e.g. "12,50"; empty means not filled in.
    public var amountText: String
    public var description: String
    public var evidence: [EvidenceUpload]

    public init(
        received: Bool? = nil, reason: ClaimReason? = nil, resolution: Resolution? = nil,
        amountText: String = "", description: String = "", evidence: [EvidenceUpload] = []
    ) {
        self.received = received
        self.reason = reason
        self.resolution = resolution
        self.amountText = amountText
        self.description = description
        self.evidence = evidence
    }
}

extension DisputeDraft {
    /// Every problem with the draft for this order at this instant, each naming its field.
    /// Errors block opening; warnings do not.
    public func validate(order: Order, policy: Policy, at instant: Date) -> [FieldProblem] {
        check(order: order, policy: policy, at: instant).problems
    }

    /// The parsed claim when there are no errors, plus all problems (warnings included).
    public func check(order: Order, policy: Policy, at instant: Date) -> (claim: Claim?, problems: [FieldProblem]) {
        var problems: [FieldProblem] = []

        let window = order.disputeOpeningWindow(at: instant, policy: policy)
        if !window.isOpen { problems.append(.error(.order, window.explanation)) }

        if received == nil { problems.append(.error(.received, "Say whether you received the goods.")) }

        if let reason {
            if let received, reason.requiresReceivedGoods != received {
                problems.append(.error(.reason, received
                    ? "\"\(reason.title)\" is a reason for goods that did not arrive; you said you received them."
                    : "\"\(reason.title)\" is a reason for goods that arrived; you said you did not receive them."))
            } else if let why = order.whyReasonNotOffered(reason) {
                problems.append(.error(.reason, why))
            }
        } else {
            problems.append(.error(.reason, "Choose a reason."))
        }

        if let resolution {
            if resolution == .returnAndRefund && received == false {
                problems.append(.error(.resolution, "Return and refund needs goods to send back; you said you did not receive them."))
            }
        } else {
            problems.append(.error(.resolution, "Choose refund only, or return and refund."))
        }

        var amount: Money? = nil
        do throws(MoneyParseError) {
            let parsed = try Money.parse(amountText, currency: order.currency)
            let minimum = order.currency.smallestClaim
            let cap = reason.map { policy.claimCap(order: order, reason: $0) } ?? order.amountPaid
            if parsed < minimum {
                problems.append(.error(.amount, "Claim at least \(minimum.formatted)."))
            } else if parsed > cap {
                problems.append(.error(.amount, cap > order.amountPaid
                    ? "At most \(cap.formatted): twice the \(order.amountPaid.formatted) paid (double compensation)."
                    : "At most \(cap.formatted), the amount paid."))
            } else {
                amount = parsed
            }
        } catch {
            problems.append(.error(.amount, error.description))
        }

        problems += DescriptionRules.problems(description, policy: policy)

        var kinds: [EvidenceKind] = []
        for upload in evidence {
            switch EvidenceRules.check(upload, policy: policy) {
            case .success(let kind): kinds.append(kind)
            case .failure(let problem): problems.append(.error(.evidence, problem.description))
            }
        }
        if evidence.count > policy.maxEvidenceFiles {
            problems.append(.error(.evidence, EvidenceProblem.tooManyFiles(max: policy.maxEvidenceFiles).description))
        }
        if evidence.isEmpty && received != false {
            problems.append(.error(.evidence, EvidenceProblem.required.description))
        }

        guard !problems.contains(where: \.isError),
              let received, let reason, let resolution, let amount else {
            return (nil, problems)
        }
        let claim = Claim(
            received: received, reason: reason, resolution: resolution, amount: amount,
            description: description.trimmingSpaces, evidence: evidence, evidenceKinds: kinds,
            warnings: problems
        )
        return (claim, problems)
    }
}
