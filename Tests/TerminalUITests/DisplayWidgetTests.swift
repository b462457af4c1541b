import Foundation
import Testing
@testable import TerminalUI

@Suite struct CountdownTests {
    @Test func daysAndHoursWhenFar() {
        #expect(CountdownFormat.string(remainingSeconds: 12 * 86_400 + 4 * 3_600 + 59) == "12d 04h")
        #expect(CountdownFormat.string(remainingSeconds: 86_400) == "1d 00h")
    }

    @Test func hoursAndMinutesUnderADay() {
        #expect(CountdownFormat.string(remainingSeconds: 4 * 3_600 + 12 * 60 + 30) == "4h 12m")
        #expect(CountdownFormat.string(remainingSeconds: 3_600) == "1h 00m")
    }

    @Test func secondsUnderAnHour() {
        #expect(CountdownFormat.string(remainingSeconds: 4 * 60 + 59) == "00:04:59")
        #expect(CountdownFormat.string(remainingSeconds: 3_599) == "00:59:59")
        #expect(CountdownFormat.string(remainingSeconds: 0) == "00:00:00")
    }

    @Test func overdueIsShownAsSuch() {
        #expect(CountdownFormat.string(remainingSeconds: -2 * 3_600 - 5) == "overdue 2h")
        #expect(CountdownFormat.string(remainingSeconds: -3 * 86_400) == "overdue 3d")
        #expect(CountdownFormat.string(remainingSeconds: -90) == "overdue 1m")
        #expect(CountdownFormat.string(remainingSeconds: -1) == "overdue 1s")
        #expect(CountdownFormat.string(remaining: .milliseconds(-500)) == "overdue 1s")
    }

    @Test func urgencyPicksTheRole() {
        #expect(CountdownLabel(remainingSeconds: 3 * 86_400).role == .deadlineOK)
        #expect(CountdownLabel(remainingSeconds: 5 * 3_600).role == .deadlineSoon)
        #expect(CountdownLabel(remainingSeconds: -1).role == .deadlineOverdue)
        let surface = renderSurface(CountdownLabel(remainingSeconds: 299, prefix: "answer in "), rows: 1, cols: 20)
        #expect(surface.dump() == "answer in 00:04:59")
        #expect(surface.role(at: Point(row: 0, col: 10)) == .deadlineSoon)
    }
}

@Suite struct StageDiagramTests {
    let stages = [StageItem("Opened", .done), StageItem("Seller", .current), StageItem("Mediation", .pending)]

    @Test func horizontalWithCaptionAndCountdownUnderTheCurrentStage() {
        let diagram = StageDiagram(stages: stages, caption: "waiting on seller",
                                   countdown: CountdownLabel(remainingSeconds: 4 * 86_400 + 3 * 3_600, prefix: "answer within "))
        let surface = renderSurface(diagram, rows: 3, cols: 60)
        #expect(surface.dump() == """
        ✓ Opened ── ● Seller ── ○ Mediation
                    waiting on seller
                    answer within 4d 03h
        """)
        #expect(surface.role(at: Point(row: 0, col: 0)) == .stageDone)
        #expect(surface.role(at: Point(row: 0, col: 12)) == .stageCurrent)
        #expect(surface.role(at: Point(row: 0, col: 24)) == .stagePending)
        #expect(surface.role(at: Point(row: 2, col: 12)) == .deadlineOK)
    }

    @Test func verticalAt20x6() {
        let diagram = StageDiagram(stages: stages, caption: "waiting on seller",
                                   countdown: CountdownLabel(remainingSeconds: -7_200))
        let surface = renderSurface(diagram, rows: 6, cols: 20)
        #expect(surface.dump() == """
        ✓ Opened
        ● Seller
          waiting on seller
          overdue 2h
        ○ Mediation

        """)
        #expect(surface.role(at: Point(row: 3, col: 2)) == .deadlineOverdue)
    }
}

@Suite struct ChartTests {
    @Test func barChartScalesToTheLargestValueWithWideLabels() {
        let text = render(BarChart([BarItem("Opened", 12), BarItem("Mediation", 5), BarItem("閉じた", 1)]), rows: 3, cols: 30)
        #expect(text == """
        Opened    █████████████████ 12
        Mediation ███████▏           5
        閉じた    █▍                 1
        """)
    }

    @Test func barChartAt20x6() {
        let text = render(BarChart([BarItem("Seller response", 40), BarItem("Mediation", 10)]), rows: 6, cols: 20)
        #expect(text == "Selle… ██████████ 40\nMedia… ██▌        10\n\n\n\n")
    }

    @Test func sparklineKeepsTheLatestValues() {
        #expect(render(Sparkline([1, 5, 3, 8, 2, 9, 4]), rows: 1, cols: 5) == "▂▇▁█▃")
        #expect(render(Sparkline([3, 3, 3]), rows: 1, cols: 5) == "▁▁▁")
        #expect(render(Sparkline([]), rows: 1, cols: 5) == "")
    }
}

@Suite struct ChromeWidgetTests {
    let now = Date(timeIntervalSince1970: 1_000)

    @Test func tabsShowCountsAndShrinkWhenNarrow() {
        let tabs = Tabs([TabItem("Orders", count: 12), TabItem("Disputes", count: 3), TabItem("注文")], selected: 1)
        let surface = renderSurface(tabs, rows: 1, cols: 40)
        #expect(surface.dump() == " Orders (12) │ Disputes (3) │ 注文")
        #expect(surface.role(at: Point(row: 0, col: 15)) == .focus)
        #expect(surface.role(at: Point(row: 0, col: 1)) == .muted)
        #expect(render(tabs, rows: 1, cols: 20) == " Orde…│ Disp…│ 注文")
    }

    /// At 80 columns the buyer's five tabs do not fit whole: a tab's short title is used first, then
    /// the longest titles give way, and no count is ever cut (they were: "Awaiting del…│ Delivered (2…").
    @Test func narrowTabsUseShortTitlesThenShortenTheLongestAndKeepEveryCount() {
        let tabs = Tabs([TabItem("All", count: 11), TabItem("Awaiting delivery", short: "Awaiting", count: 1), TabItem("Delivered", count: 2),
                         TabItem("In dispute", count: 3), TabItem("Completed", count: 2)], selected: 0)
        #expect(render(tabs, rows: 1, cols: 78) == " All (11) │ Awaiting (1) │ Delivered (2) │ In dispute (3) │ Completed (2)")
        #expect(render(tabs, rows: 1, cols: 70) == " All (11) │ Awaiting (1) │ Deliver… (2) │ In disp… (3) │ Complet… (2)")
        // Wide enough: nothing is shortened.
        #expect(render(tabs, rows: 1, cols: 83) == " All (11) │ Awaiting delivery (1) │ Delivered (2) │ In dispute (3) │ Completed (2)")
        // Without a short title the longest title gives way first.
        var long = tabs
        long.items[1].shortTitle = nil
        #expect(render(long, rows: 1, cols: 78) == " All (11) │ Awaiting de… (1) │ Delivered (2) │ In dispute (3) │ Completed (2)")
    }

    @Test func statusBarShowsWhereYouAreAndTheKeys() {
        let bar = StatusBar(location: "Orders › 1002", hints: [KeyHint(keys: "q", help: "Back"), KeyHint(keys: "?", help: "Help")], now: now)
        let surface = renderSurface(bar, rows: 1, cols: 40)
        #expect(surface.dump() == "Orders › 1002 │ q Back  ? Help")
        #expect(surface.role(at: Point(row: 0, col: 16)) == .statusBarKey)
        #expect(surface.role(at: Point(row: 0, col: 39)) == .statusBar)
    }

    @Test func aStatusMessageShowsUntilItExpires() {
        let message = StatusMessage("Saved", role: .success, expires: now.addingTimeInterval(3))
        let hints = [KeyHint(keys: "q", help: "Back")]
        #expect(render(StatusBar(location: "Orders", hints: hints, message: message, now: now), rows: 1, cols: 30)
                == "Orders │ Saved")
        #expect(render(StatusBar(location: "Orders", hints: hints, message: message, now: now.addingTimeInterval(3)),
                       rows: 1, cols: 30) == "Orders │ q Back")
    }

    @Test func hintsThatDoNotFitAreLeftOutWhole() {
        let hints = [KeyHint(keys: "q", help: "Back"), KeyHint(keys: "Enter", help: "Open")]
        #expect(render(KeyHintsBar(hints), rows: 1, cols: 12) == "q Back")
    }

    @Test func confirmDialogAt20x6() {
        let dialog = ConfirmDialog(title: "Cancel dispute?", message: "You can resume it while protection runs.")
        let surface = renderSurface(dialog, rows: 6, cols: 20)
        #expect(surface.dump() == """
        ┌─ Cancel disput… ─┐
        │ You can resume   │
        │ it while         │
        │ protection runs. │
        │  [ Yes ]  [ No ] │
        └──────────────────┘
        """)
        #expect(surface.role(at: Point(row: 4, col: 12)) == .buttonFocus)
    }

    @Test func confirmDialogCentredWithRoomToSpare() {
        let dialog = ConfirmDialog(title: "Refund?", message: "Refund 12.50 USD now.", confirmTitle: "Refund",
                                   cancelTitle: "Back", focus: .confirm)
        let text = render(dialog, rows: 9, cols: 40)
        #expect(text == """


               ┌─ Refund? ─────────────┐
               │ Refund 12.50 USD now. │
               │                       │
               │  [ Refund ]  [ Back ] │
               └───────────────────────┘


        """)
    }

    @Test func confirmDialogKeys() {
        var dialog = ConfirmDialog(title: "t", message: "m")
        #expect(dialog.handle(.enter) == .cancel)  // destructive questions start on "No"
        #expect(dialog.handle(.tab) == nil)
        #expect(dialog.handle(.enter) == .confirm)
        #expect(dialog.handle(.escape) == .cancel)
        #expect(dialog.handle(.char("y")) == .confirm)
    }

    @Test func tooSmallScreenSaysWhatIsNeeded() {
        #expect(TooSmallScreen.isTooSmall(Size(rows: 6, cols: 20), minimum: Size(rows: 24, cols: 80)))
        #expect(!TooSmallScreen.isTooSmall(Size(rows: 24, cols: 80), minimum: Size(rows: 24, cols: 80)))
        #expect(render(TooSmallScreen(minimum: Size(rows: 24, cols: 80)), rows: 6, cols: 20) == """
        Terminal too small:
        20x6, needs at least
         80x24. Enlarge the
        window or press q to
               quit.

        """)
    }
}

@Suite struct KeymapViewTests {
    enum Action: Sendable { case back, help, next, previous, open }
    let keymap = Keymap<Action>([
        KeyBinding([.char("q"), .escape], .back, help: "Back"),
        KeyBinding([.enter], .open, help: "Open"),
        KeyBinding([.char("?")], .help, help: "Help"),
        KeyBinding([.char("j"), .down], .next, help: "Next", inFooter: false),
        KeyBinding([.char("k"), .up], .previous, help: "Previous", inFooter: false),
    ])

    @Test func footerIsGeneratedFromTheKeymap() {
        #expect(render(KeyHintsBar(keymap: keymap), rows: 1, cols: 40) == "q/Esc Back  Enter Open  ? Help")
    }

    @Test func helpOverlayListsEveryBinding() {
        let surface = renderSurface(HelpOverlay(keymap: keymap), rows: 10, cols: 40)
        #expect(surface.dump() == """

                  ┌─ Keys ──────────┐
                  │ q/Esc  Back     │
                  │ Enter  Open     │
                  │ ?      Help     │
                  │ j/↓    Next     │
                  │ k/↑    Previous │
                  │ any key closes  │
                  └─────────────────┘

        """)
        for binding in keymap.bindings {
            #expect(surface.dump().contains(binding.keyLabel))
            #expect(surface.dump().contains(binding.help))
        }
    }

    @Test func helpOverlayAt20x6SaysHowManyAreHidden() {
        #expect(render(HelpOverlay(hints: keymap.helpHints), rows: 6, cols: 20) == """
        ┌─ Keys ──────────┐
        │ q/Esc  Back     │
        │ Enter  Open     │
        │ … 3 more        │
        │ any key closes  │
        └─────────────────┘
        """)
    }
}
