import Testing

@testable import StripeCodegen

/// Doc comments wrap at the line length like a careful writer would: between words, never inside a
/// code span, counting characters rather than bytes.
struct DocCommentTests {
    @Test func wrapsBetweenWordsWithinTheWidth() {
        #expect(DocComment.wrap("one two three four five", width: 9) == ["one two", "three", "four five"])
        #expect(DocComment.wrap("  spaced \n out\twords  ", width: 80) == ["spaced out words"])
        #expect(DocComment.wrap("", width: 10).isEmpty)
    }

    @Test func aWordLongerThanTheWidthStandsAlone() {
        #expect(DocComment.wrap("a https://docs.stripe.com/api b", width: 5) == ["a", "https://docs.stripe.com/api", "b"])
    }

    @Test func neverBreaksInsideACodeSpan() {
        #expect(DocComment.wrap("Send `POST /v1/billing/meters` now", width: 12) == ["Send", "`POST /v1/billing/meters`", "now"])
        // A backtick that nothing closes opens no span.
        #expect(DocComment.wrap("a `b c d", width: 3) == ["a", "`b", "c d"])
    }

    @Test func countsCharactersNotBytes() {
        #expect(DocComment.wrap("café crème brûlée", width: 10) == ["café crème", "brûlée"])
    }

    @Test func keepsParagraphsAndIndentation() {
        // 100 columns, less the indent and `/// `, leave 12.
        let lines = DocComment.lines("First paragraph here.\n\nSecond one.", indent: 84)
        #expect(lines == ["/// First", "/// paragraph", "/// here.", "///", "/// Second one."])
    }
}
