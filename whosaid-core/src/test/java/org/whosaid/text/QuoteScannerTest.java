package org.whosaid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Pairing of quotation marks across styles, paragraphs, apostrophes and stray marks. */
class QuoteScannerTest {

    private static List<String> quoted(String text) {
        Analysis a = Analysis.of(text);
        return a.quotes().stream().map(q -> text.substring(q.contentStart(), q.contentEnd())).toList();
    }

    @Test
    void curlyStraightGuillemetsAndLowHigh() {
        assertEquals(List.of("One,", "two"), quoted("“One,” she said. \"two\""));
        assertEquals(List.of("trois", "vier"), quoted("«trois» and „vier“"));
        assertEquals(List.of("a ‹b› c", "b"), quoted("«a ‹b› c»"));
    }

    @Test
    void straightAndCurlyDoubleMarksMixedByEditingStillPair() {
        assertEquals(List.of("We are ready,", "We have waited long enough."),
                quoted("“We are ready,\" she said. \"We have waited long enough.”"));
        assertEquals(List.of("It is over."), quoted("He said: “It is over.\" Then he left."));
    }

    @Test
    void twoApostrophesStandForADoubleMarkAcrossParagraphs() {
        assertEquals(List.of("We will win,", "It's close.\n''Very close."),
                quoted("''We will win,'' she said.\n''It's close.\n''Very close.'' Then she left."));
    }

    @Test
    void apostrophesAreNotSingleQuotes() {
        assertEquals(List.of("We don’t know what Ukraine’s leaders’ plans are"),
                quoted("‘We don’t know what Ukraine’s leaders’ plans are’, he said."));
        assertEquals(List.of("It's done"), quoted("The mayor's aide said 'It's done' on Monday."));
    }

    @Test
    void aMarkAfterAnSClosesItsQuoteWhenAnotherQuoteOpensBeforeTheNextCloser() {
        assertEquals(List.of("serious concerns", "part of the ward"),
                quoted("He had ‘serious concerns’ about traffic, and the building was ‘part of the ward’."));
        // with no other opening mark, the same mark is a plural possessive inside the quotation
        assertEquals(List.of("the leaders’ union is wrong"), quoted("He said ‘the leaders’ union is wrong’ on Monday."));
    }

    @Test
    void multiParagraphQuoteContinuesWhenTheNextParagraphOpensWithAMark() {
        String text = "“First paragraph.\n“Second paragraph.”\nAfter.";
        Analysis a = Analysis.of(text);
        assertEquals(1, a.quotes().size());
        Quote q = a.quotes().get(0);
        assertEquals("First paragraph.\n“Second paragraph.", text.substring(q.contentStart(), q.contentEnd()));
        assertEquals(2, q.paragraphs());
    }

    @Test
    void strayOpeningMarkIsDroppedAndTheRestStillPairs() {
        String text = "He said “this never closes.\nThen “a proper quote,” she said.";
        assertEquals(List.of("a proper quote,"), quoted(text));
        assertEquals(1, Analysis.of(text).strayMarks());
    }
}
