import Testing
@testable import TerminalUI

@Suite struct TextFieldTests {
    @Test func scrollsToKeepTheCursorVisibleWithoutSplittingWideCharacters() {
        let surface = renderSurface(TextField(state: TextFieldState(text: "hello 日本語 world"), isFocused: true),
                                    rows: 1, cols: 10)
        #expect(surface.dump() == "語 world")
        #expect(surface.cursor == Point(row: 0, col: 8))
        #expect(surface.role(at: Point(row: 0, col: 9)) == .input)
    }

    @Test func homeEndAndWordJumps() {
        var state = TextFieldState(text: "open the box")
        _ = state.handle(.home)
        #expect(state.cursor == 0)
        _ = state.handle(.ctrlRight)
        #expect(state.cursor == 4)
        _ = state.handle(.ctrlRight)
        #expect(state.cursor == 8)
        _ = state.handle(.ctrlLeft)
        #expect(state.cursor == 5)
        _ = state.handle(.end)
        _ = state.handle(.ctrl("w"))
        #expect(state.text == "open the ")
    }

    @Test func editingAtTheCursorWithWideCharacters() {
        var state = TextFieldState(text: "日本")
        _ = state.handle(.left)
        _ = state.handle(.char("x"))
        #expect(state.text == "日x本")
        _ = state.handle(.backspace)
        _ = state.handle(.backspace)
        #expect(state.text == "本" && state.cursor == 0)
        _ = state.handle(.delete)
        #expect(state.text == "")
    }

    @Test func pasteOfLongTextKeepsEverythingOnOneLine() {
        var state = TextFieldState()
        let long = String(repeating: "abc def\n", count: 200)
        state.insert(long)
        #expect(state.characters.count == long.count)
        #expect(!state.text.contains("\n"))
        let surface = renderSurface(TextField(state: state, isFocused: true), rows: 1, cols: 12)
        #expect(surface.dump() == "ef abc def")
        #expect(surface.cursor == Point(row: 0, col: 11))
    }

    @Test func maxLengthDropsTheExcess() {
        var state = TextFieldState(text: "", maxLength: 4)
        state.insert("123456")
        #expect(state.text == "1234")
    }

    @Test func keysThatAreNotEditingKeysAreLeftForTheScreen() {
        var state = TextFieldState()
        let used = [Key.tab, .enter, .escape, .up].map { state.handle($0) }
        #expect(used == [false, false, false, false])
    }

    @Test func placeholderShowsWhenEmpty() {
        #expect(render(TextField(state: TextFieldState(), placeholder: "tracking number"), rows: 1, cols: 20)
                == "tracking number")
    }

    @Test func controlCharactersTypedOrPastedAreShownNotSent() {
        var state = TextFieldState()
        state.insert("a\u{1B}[2Jb")
        #expect(render(TextField(state: state), rows: 1, cols: 10) == "a\u{241B}[2Jb")
    }
}

@Suite struct TextAreaTests {
    let text = "The parcel arrived broken 壊れた and the box was wet."

    @Test func goldenAt20x6WrapsWordsAndCountsCharacters() {
        let surface = renderSurface(TextArea(state: TextAreaState(text: text, limit: 2000), isFocused: true),
                                    rows: 6, cols: 20)
        #expect(surface.dump() == """
        The parcel arrived
        broken 壊れた and
        the box was wet.


                     50/2000
        """)
        #expect(surface.cursor == Point(row: 2, col: 16))
    }

    @Test func overTheLimitTheCounterIsAnError() {
        let surface = renderSurface(TextArea(state: TextAreaState(text: "hello world", limit: 5)), rows: 3, cols: 12)
        #expect(surface.dump() == "hello world\n\n        11/5")
        #expect(surface.role(at: Point(row: 2, col: 11)) == .error)
    }

    @Test func upAndDownMoveByWrappedLine() {
        var state = TextAreaState(text: "aaaa bbbb cccc")
        _ = state.handle(.up, width: 5)
        #expect(state.cursor == 9)  // "cccc" at col 4 -> end of "bbbb " line
        _ = state.handle(.home, width: 5)
        #expect(state.cursor == 5)
        _ = state.handle(.down, width: 5)
        #expect(state.cursor == 10)
    }

    @Test func enterInsertsANewline() {
        var state = TextAreaState(text: "ab")
        _ = state.handle(.enter, width: 10)
        _ = state.handle(.char("c"), width: 10)
        #expect(state.text == "ab\nc")
        #expect(render(TextArea(state: state), rows: 3, cols: 10) == "ab\nc\n         4")
    }

    @Test func aLongPasteScrollsToTheCursor() {
        var state = TextAreaState(limit: 2000)
        state.insert((1...30).map { "line\($0)" }.joined(separator: "\n"))
        let text = render(TextArea(state: state, isFocused: true), rows: 4, cols: 12)
        #expect(text == "line28\nline29\nline30\n    200/2000")
    }
}

@Suite struct MoneyFieldTests {
    func field(_ text: String, width: Int = 8) -> MoneyField {
        MoneyField(state: TextFieldState(text: text), currencyLabel: "USD", fieldWidth: width) { text in
            text.contains(",") ? "use a dot for cents" : nil
        }
    }

    @Test func showsTheValidatorsMessageInlineAndKeepsTheText() {
        let surface = renderSurface(field("12,50"), rows: 1, cols: 40)
        #expect(surface.dump() == "USD 12,50    ✗ use a dot for cents")
        #expect(surface.role(at: Point(row: 0, col: 4)) == .inputInvalid)
        #expect(surface.role(at: Point(row: 0, col: 13)) == .error)
    }

    @Test func validTextShowsNoMessage() {
        let surface = renderSurface(field("12.50"), rows: 1, cols: 40)
        #expect(surface.dump() == "USD 12.50")
        #expect(surface.role(at: Point(row: 0, col: 4)) == .input)
    }

    @Test func whenNarrowTheMessageGoesBelow() {
        #expect(render(field("12,50"), rows: 2, cols: 20) == "USD 12,50\n✗ use a dot for cen…")
    }

    @Test func emptyIsNotJudgedYet() {
        #expect(field("").error == nil)
    }
}

@Suite struct ChoiceWidgetTests {
    let options = [SelectOption("Refund only", hint: "Keep the item"),
                   SelectOption("Return and refund", hint: "You pay return postage"),
                   SelectOption("No tracking", disabledReason: "parcel is moving")]

    @Test func selectListGoldenAt20x6() {
        let surface = renderSurface(SelectList(options: options, state: SelectListState(highlighted: 1, chosen: 0),
                                               isFocused: true), rows: 6, cols: 20)
        #expect(surface.dump() == """
        (•) Refund only
        ( ) Return and refu…
        ( ) No tracking — p…


        You pay return post…
        """)
        #expect(surface.role(at: Point(row: 1, col: 0)) == .selection)
        #expect(surface.role(at: Point(row: 2, col: 0)) == .muted)
    }

    @Test func disabledOptionsAreSkippedAndCannotBeChosen() {
        var state = SelectListState(highlighted: 1)
        _ = state.handle(.down, options: options)
        #expect(state.highlighted == 1)
        _ = state.handle(.enter, options: options)
        #expect(state.chosen == 1)
        var stuck = SelectListState(highlighted: 2)
        _ = stuck.handle(.char(" "), options: options)
        #expect(stuck.chosen == nil)
    }

    @Test func toggleShowsTheAnswer() {
        #expect(render(YesNoToggle(value: true), rows: 1, cols: 20) == "(•) Yes  ( ) No")
        #expect(render(YesNoToggle(value: nil), rows: 1, cols: 20) == "( ) Yes  ( ) No")
        #expect(YesNoToggle.handle(.char("n"), value: true) == .some(false))
        #expect(YesNoToggle.handle(.char(" "), value: nil) == .some(true))
        #expect(YesNoToggle.handle(.tab, value: nil) == nil)
    }

    @Test func buttonsAreRightAlignedAndFocusIsVisible() {
        let surface = renderSurface(ButtonRow([Button("Save", isFocused: true), Button("Cancel")]), rows: 1, cols: 24)
        #expect(surface.dump() == "    [ Save ]  [ Cancel ]")
        #expect(surface.role(at: Point(row: 0, col: 4)) == .buttonFocus)
        #expect(surface.role(at: Point(row: 0, col: 14)) == .button)
    }
}
