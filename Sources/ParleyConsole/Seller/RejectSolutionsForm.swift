import ParleyCore
import TerminalUI

/// Rejecting the mediator's solutions (SPEC §4.5): a comment and at least one new piece of evidence.
public struct RejectSolutionsForm: Sendable, Hashable {
    public let disputeID: DisputeID
    public let maxEvidenceFiles: Int
    public let commentLimit: Int
    public var panel: FormPanel
    public private(set) var uploads: [EvidenceUpload] = []
    private var evidenceError: String?
    private var showsAllErrors = false

    public enum Row {
        public static let comment = "comment", evidencePath = "evidence-path", evidence = "evidence"
    }

    public init(dispute: Dispute, policy: Policy) {
        disputeID = dispute.id
        maxEvidenceFiles = policy.maxEvidenceFiles
        commentLimit = policy.descriptionLength.upperBound
        panel = FormPanel(rows: [
            FormRow(id: Row.comment, label: "Why you reject", input: .text(TextAreaState(limit: policy.descriptionLength.upperBound), rows: 4),
                    note: "In English: the mediator and the buyer read it."),
            FormRow(id: Row.evidencePath, label: "Add evidence", input: .line(TextFieldState(), placeholder: "path to a photo or video, Enter adds it")),
            FormRow(id: Row.evidence, label: "New evidence", input: .list([], highlighted: 0, empty: "none yet — at least one is required"), isRequired: false),
        ], submitTitle: "Reject the solutions")
    }

    public var hasUnsavedInput: Bool { panel.hasInput || !uploads.isEmpty }
    public var isTyping: Bool { panel.isTyping }

    public mutating func handle(_ key: Key) -> ShopFormOutcome {
        let result = panel.handle(key)
        defer { refresh() }
        switch result {
        case .handled: return .handled
        case .notHandled: return .notHandled
        case .enter:
            let path = (panel[Row.evidencePath]?.text ?? "").trimmingCharacters(in: .whitespaces)
            guard !path.isEmpty else { return .handled }
            guard uploads.count < maxEvidenceFiles else {
                evidenceError = EvidenceProblem.tooManyFiles(max: maxEvidenceFiles).message
                return .handled
            }
            return .attach(path: path)
        case .remove(_, let index):
            if uploads.indices.contains(index) { uploads.remove(at: index) }
            return .handled
        case .submit:
            showsAllErrors = true
            let problems = problems()
            if let first = [Row.comment, Row.evidencePath].first(where: { problems[$0] != nil }) {
                panel.focus(on: first)
                return .handled
            }
            let comment = (panel[Row.comment]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            return .submit(.rejectSolutions(comment: comment, evidence: uploads), confirmTitle: "Reject the mediator's solutions?",
                           confirmMessage: "The mediator reviews your reasons and evidence and may propose new solutions or rule.")
        }
    }

    public mutating func attach(_ upload: EvidenceUpload) {
        uploads.append(upload)
        evidenceError = nil
        panel.setText("", of: Row.evidencePath)
        refresh()
    }

    public mutating func attachFailed(_ message: String) {
        evidenceError = message
        refresh()
    }

    func problems() -> [String: String] {
        var problems: [String: String] = [:]
        let comment = (panel[Row.comment]?.text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if comment.isEmpty { problems[Row.comment] = "Say why you reject the mediator's solutions." }
        else if comment.count > commentLimit { problems[Row.comment] = "At most \(commentLimit) characters (now \(comment.count))." }
        if uploads.isEmpty { problems[Row.evidencePath] = DisputeError.rejectionNeedsEvidence.description }
        return problems
    }

    mutating func refresh() {
        let problems = problems()
        let commentTyped = !(panel[Row.comment]?.text.isEmpty ?? true)
        panel[Row.comment]?.error = showsAllErrors || commentTyped ? problems[Row.comment] : nil
        panel[Row.evidencePath]?.error = evidenceError ?? (showsAllErrors ? problems[Row.evidencePath] : nil)
        panel.setItems(uploads.map { "\($0.name)  \(ByteText.describe($0.sizeBytes))  sha256 \($0.sha256.prefix(12))…" }, of: Row.evidence)
    }
}

extension RejectSolutionsForm: ShopEvidenceForm {
    public static let location = "Reject solutions"
    public static let confirmLabel = "Reject"
    public var heading: [String] { ["Reject the mediator's solutions — \(disputeID)"] }
    public func doneMessage(_ done: DisputeActionDone) -> String {
        "You rejected the mediator's solutions on \(done.id)."
    }
}
