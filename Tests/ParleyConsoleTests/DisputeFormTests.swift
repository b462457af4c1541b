import Foundation
import ParleyConsole
import ParleyCore
import Testing
import TerminalUI

@Suite("Dispute form")
struct DisputeFormTests {
    // MARK: Steps

    @Test("The form opens on 'received?' and shows every step in the tracker")
    func firstStep() {
        let console = ConsoleHarness().openForm("O-100231")
        let screen = console.screen
        #expect(screen.contains("Open a dispute · O-100231 Wireless earbuds, black"))
        #expect(screen.contains("● Received? › Reason › Resolution › Amount › Description › Evidence › Review"))
        #expect(screen.contains("Did you receive the goods?  *"))
        #expect(console.lines[38].contains("Orders › O-100231 › Open a dispute"))
    }

    @Test("Enter without an answer stays on 'received?' and says what is missing")
    func receivedRequired() {
        let console = ConsoleHarness().openForm("O-100231")
        console.press(.enter)
        #expect(console.screen.contains("✗ Say whether you received the goods."))
        #expect(console.screen.contains("● Received?"))
    }

    @Test("After 'yes' the reasons for received goods are offered, with the highlighted one's evidence hint")
    func receivedReasons() {
        let console = ConsoleHarness().openForm("O-100231")
        console.press(.char("y"), .enter)
        let screen = console.screen
        #expect(screen.contains("( ) Item damaged / broken"))
        #expect(!screen.contains("No tracking information"))
        #expect(screen.contains("Evidence that helps: Photos of the item next to the listing's description"))
    }

    @Test("After 'no', 'No tracking information' is dimmed with why when the parcel was seen in transit")
    func noTrackingDimmed() {
        let console = ConsoleHarness().openForm("O-100231")
        console.press(.char("n"), .enter)
        let screen = console.screen
        #expect(screen.contains("No tracking information — Not offered: the tracking number works"))
        let row = console.lines.firstIndex { $0.contains("No tracking information") } ?? 0
        let col = console.surface.column(of: "No tracking", row: row) ?? 0
        #expect(console.surface.role(at: Point(row: row, col: col)) == .muted)
    }

    @Test("Not received: 'return and refund' is dimmed because there is nothing to send back")
    func returnDimmedWhenNotReceived() {
        let console = ConsoleHarness().openForm("O-100231")
        console.press(.char("n"), .enter, .enter)
        #expect(console.screen.contains("Return the goods and refund — only when you received the goods"))
    }

    @Test("Choosing return and refund says the buyer pays the return postage")
    func returnPostageNote() {
        let console = ConsoleHarness().openForm("O-100231")
        console.press(.char("y"), .enter, .enter, .down)
        #expect(console.screen.contains("pay the return postage"))
    }

    @Test("The amount page shows the cap: the amount paid")
    func capShown() {
        let console = ConsoleHarness().fillToAmount()
        #expect(console.screen.contains("You can ask from US$ 0.01 up to US$ 39.00, the amount you paid."))
    }

    @Test("Jewellery claimed as not as described may ask up to twice the amount paid, and the form says why")
    func doubleCompensationCap() {
        let console = ConsoleHarness().openForm("O-100236")
        console.press(.char("y"), .enter, .enter, .enter, .down, .enter)
        #expect(console.screen.contains("up to €400.00: twice the €200.00 paid (double compensation"))
        console.type("350")
        #expect(!console.screen.contains("✗"))
        console.press(.ctrl("u")).type("401")
        #expect(console.screen.contains("✗ At most €400.00: twice the €200.00 paid (double compensation)."))
    }

    // MARK: Every bad amount of SPEC §3

    @Test("Bad amounts are refused beside the field with the domain's reason", arguments: [
        ("abc", "✗ \"abc\" is not an amount: use digits with an optional decimal point, like 12.50."),
        ("-5", "✗ The amount cannot be negative."),
        ("0.001", "✗ At most 2 digits are allowed after the decimal point."),
        ("0", "✗ Claim at least US$ 0.01."),
        ("39.01", "✗ At most US$ 39.00, the amount paid."),
        ("1e5", "exponent notation"),
    ])
    func badAmounts(typed: String, message: String) {
        let console = ConsoleHarness().fillToAmount()
        console.type(typed)
        #expect(console.screen.contains(message))
        console.press(.enter)
        // Refused: still on the amount page, the text kept as typed.
        #expect(console.screen.contains("● Amount"))
        #expect(console.screen.contains("Amount (USD): \(typed)"))
    }

    @Test("A good amount clears the error and Enter moves on to the description")
    func goodAmount() {
        let console = ConsoleHarness().fillToAmount()
        console.type("12,50").press(.enter)
        #expect(console.screen.contains("● Description"))
    }

    // MARK: Description

    @Test("The description has a counter and the English advice; Tab moves on and back without judging")
    func descriptionCounterAndLength() {
        let console = ConsoleHarness().fillToAmount()
        console.type("12").press(.enter)
        console.type("Broken")
        var screen = console.screen
        #expect(screen.contains("6/2000"))
        #expect(screen.contains("Write in English if you can: the seller and the mediator read English."))
        console.press(.tab)
        // Tab moves on without judging; the review lists the problem.
        #expect(console.screen.contains("● Evidence"))
        console.press(.backTab)
        console.type(" on arrival")
        screen = console.screen
        #expect(screen.contains("17/2000"))
    }

    @Test("Text in Cyrillic gets a visible warning, not a refusal")
    func notEnglishWarning() {
        let console = ConsoleHarness().fillToAmount()
        console.type("12").press(.enter)
        console.type("Наушники не работают совсем")
        #expect(console.screen.contains("! Sellers and mediators read English: this text does not look English"))
    }

    @Test("A 2 KB paste is kept whole; the counter turns red and the review refuses it with the limit")
    func longPaste() {
        let console = ConsoleHarness().fillToAmount()
        console.type("12").press(.enter)
        let paste = String(repeating: "The left earbud is silent. ", count: 76)  // 2052 characters
        console.type(paste)
        let screen = console.screen
        #expect(screen.contains("\(paste.count)/2000"))
        let row = console.lines.firstIndex { $0.contains("\(paste.count)/2000") } ?? 0
        let col = console.surface.column(of: "\(paste.count)/2000", row: row) ?? 0
        #expect(console.surface.role(at: Point(row: row, col: col)) == .error)
        console.press(.tab, .tab)
        #expect(console.screen.contains("✗ The description may be at most 2000 characters (now \(paste.trimmingCharacters(in: .whitespaces).count))."))
    }

    // MARK: Evidence

    @Test("Evidence is required when the goods arrived: the review says so and Enter jumps there")
    func evidenceRequired() {
        let console = ConsoleHarness().fillToAmount()
        console.type("12").press(.enter)
        console.type("The left earbud makes no sound at all.").press(.tab)
        console.press(.enter)   // empty path: next
        #expect(console.screen.contains("✗ Add at least one photo or video: it is required when you received the goods."))
        #expect(console.screen.contains("● Evidence"))
    }

    @Test("A file that is not a photo or video is refused by content, and the path stays to fix")
    func wrongTypeEvidence() {
        let data = Fixtures.data()
        data.addFile("/evidence/photo.jpg", bytes: Fixtures.textBytes)
        let console = ConsoleHarness(data: data).fillToAmount()
        console.type("12").press(.enter).type("The left earbud makes no sound at all.").press(.tab)
        console.type("/evidence/photo.jpg").press(.enter)
        let screen = console.screen
        #expect(screen.contains("\"photo.jpg\" is not a photo or video"))
        #expect(screen.contains("/evidence/photo.jpg"))
        #expect(screen.contains("none yet"))
    }

    @Test("A missing file is refused with a reason")
    func missingEvidence() {
        let console = ConsoleHarness().fillToAmount()
        console.type("12").press(.enter).type("The left earbud makes no sound at all.").press(.tab)
        console.type("/no/such/file.jpg").press(.enter)
        #expect(console.screen.contains("/no/such/file.jpg: no such file."))
    }

    @Test("A photo is added with its kind and size, and d removes it")
    func addAndRemoveEvidence() {
        let data = Fixtures.data()
        data.addFile("/evidence/earbud.jpg", bytes: Fixtures.jpegBytes)
        let console = ConsoleHarness(data: data).fillToAmount()
        console.type("12").press(.enter).type("The left earbud makes no sound at all.").press(.tab)
        console.type("/evidence/earbud.jpg").press(.enter)
        #expect(console.screen.contains("Files (1):"))
        #expect(console.screen.contains("earbud.jpg"))
        #expect(console.screen.contains("photo JPEG"))
        #expect(console.screen.contains("1 KB"))
        console.press(.down, .char("d"))
        #expect(console.screen.contains("Files (0):"))
    }

    @Test("Tab completes a path from the disk")
    func tabCompletion() throws {
        let folder = NSTemporaryDirectory() + "parley-completion-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(Fixtures.jpegBytes).write(to: URL(fileURLWithPath: folder + "/unboxing-photo.jpg"))
        let console = ConsoleHarness().fillToAmount()
        console.type("12").press(.enter).type("The left earbud makes no sound at all.").press(.tab)
        console.type(folder + "/unb").press(.tab)
        #expect(console.screen.contains("unboxing-photo.jpg"))
        console.press(.enter)
        #expect(console.screen.contains("Files (1):"))
    }

    // MARK: Moving around without losing anything

    @Test("Esc goes back a step and everything typed is still there")
    func escKeepsValues() {
        let console = ConsoleHarness().fillToAmount()
        console.type("12.5").press(.enter)
        console.type("The left earbud is silent.")
        console.press(.escape)
        #expect(console.screen.contains("Amount (USD): 12.5"))
        console.press(.escape, .escape, .escape)
        #expect(console.screen.contains("(•) Yes, it arrived"))
        console.press(.tab, .tab, .tab, .tab)
        #expect(console.screen.contains("The left earbud is silent."))
    }

    @Test("Leaving a filled form asks first; 'Stay' keeps it")
    func leavingAsks() {
        let console = ConsoleHarness().openForm("O-100231")
        console.press(.char("y"), .escape)
        #expect(console.screen.contains("Leave this form?"))
        console.press(.enter)  // focus starts on "Stay"
        #expect(console.screen.contains("(•) Yes, it arrived"))
        console.press(.escape, .char("y"))
        #expect(console.state.location == "Orders › O-100231")
    }

    @Test("Leaving an empty form does not ask")
    func leavingEmpty() {
        let console = ConsoleHarness().openForm("O-100231")
        console.press(.escape)
        #expect(console.state.location == "Orders › O-100231")
    }

    @Test("Ctrl-C mid-form asks before quitting and never loses the text")
    func ctrlCMidForm() {
        let console = ConsoleHarness().fillToAmount()
        console.type("12").press(.enter).type("Half of the description")
        #expect(console.interrupt() == .continue)
        #expect(console.screen.contains("Quit Parley?"))
        #expect(!console.state.isQuitting)
        console.press(.enter)   // "Keep typing" has focus
        #expect(console.screen.contains("Half of the description"))
        console.type(" and the rest.")
        #expect(console.screen.contains("Half of the description and the rest."))
        _ = console.interrupt()
        console.press(.char("y"))
        #expect(console.state.isQuitting)
    }

    @Test("Shrinking the terminal to 20x6 mid-form shows the size notice; growing it back shows the form with the text kept")
    func tinyTerminalMidForm() {
        let console = ConsoleHarness().fillToAmount()
        console.type("12").press(.enter).type("Typed before the resize")
        console.resize(rows: 6, cols: 20)
        #expect(console.screen.contains("too small"))
        console.type(" and after")
        console.resize(rows: 24, cols: 80)
        #expect(console.screen.contains("Typed before the resize and after"))
    }

    @Test("Q and q are typed into a text field, not taken as quit or back")
    func lettersInFieldsAreText() {
        let console = ConsoleHarness().fillToAmount()
        console.type("12").press(.enter).type("Quite quiet")
        #expect(!console.state.isQuitting)
        #expect(console.screen.contains("Quite quiet"))
    }

    // MARK: Review and submit

    @Test("The review lists every value; a number key jumps to its field")
    func review() {
        let data = Fixtures.data()
        data.addFile("/evidence/earbud.jpg", bytes: Fixtures.jpegBytes)
        let console = ConsoleHarness(data: data).fillToAmount()
        console.type("12.50").press(.enter).type("The left earbud makes no sound at all.").press(.tab)
        console.type("/evidence/earbud.jpg").press(.enter, .enter)
        let screen = console.screen
        #expect(screen.contains("1  Received the goods    Yes"))
        #expect(screen.contains("2  Reason                Differs in colour, size, design or material"))
        #expect(screen.contains("3  Resolution            Refund only (keep the item)"))
        #expect(screen.contains("4  Amount                US$ 12.50"))
        #expect(screen.contains("6  Evidence              earbud.jpg (2 KB)") || screen.contains("6  Evidence              earbud.jpg (1 KB)"))
        #expect(screen.contains("Everything is filled in."))
        console.press(.char("4"))
        #expect(console.screen.contains("● Amount"))
    }

    @Test("Submitting asks first; confirming opens the dispute and shows its page, and the order moves to 'In dispute'")
    func submit() throws {
        let data = Fixtures.data()
        data.addFile("/evidence/earbud.jpg", bytes: Fixtures.jpegBytes)
        let console = ConsoleHarness(data: data).fillToAmount()
        console.type("12.50").press(.enter).type("The left earbud makes no sound at all.").press(.tab)
        console.type("/evidence/earbud.jpg").press(.enter, .enter)
        console.press(.enter)
        #expect(console.screen.contains("Open the dispute?"))
        #expect(console.screen.contains("refund of US$ 12.50"))
        console.press(.char("y"))
        let screen = console.screen
        #expect(screen.contains("Dispute D-1002 · O-100231 Wireless earbuds, black"))
        #expect(screen.contains("● Seller response"))
        #expect(console.lines[39].contains("Dispute D-1002 opened."))
        #expect(data.storedOrder("O-100231")?.order.disputeIsOpen == true)
        console.press(.escape, .escape)
        console.press(.char("3"))
        #expect(console.screen.contains("O-100231"))
    }

    @Test("If the order changed meanwhile, submitting fails with a clear message and the form keeps everything")
    func conflict() {
        let data = Fixtures.data()
        data.addFile("/evidence/earbud.jpg", bytes: Fixtures.jpegBytes)
        let console = ConsoleHarness(data: data).fillToAmount()
        console.type("12.50").press(.enter).type("The left earbud makes no sound at all.").press(.tab)
        console.type("/evidence/earbud.jpg").press(.enter, .enter)
        if var order = data.storedOrder("O-100231")?.order {
            _ = try? order.apply(.requestExtension(days: 5), by: .buyer(Fixtures.buyer), at: Fixtures.now, policy: Fixtures.policy)
            data.updateOrder(order)
        }
        console.press(.enter, .char("y"))
        let screen = console.screen
        #expect(screen.contains("changed while you were filling in the form"))
        #expect(screen.contains("4  Amount                US$ 12.50"))
    }
}
