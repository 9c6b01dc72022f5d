package org.whosaid.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.whosaid.model.Extraction;
import org.whosaid.model.Rejected;
import org.whosaid.model.Span;
import org.whosaid.model.Statement;

/**
 * Offset invariants every extraction must keep, checked inside assertions: each span lies inside the
 * text and its text equals the article text between its code-point offsets.
 */
public final class SpanChecks {
    private SpanChecks() {
    }

    public static void assertValid(String text, Extraction x) {
        int length = text.codePointCount(0, text.length());
        int previous = -1;
        for (Statement s : x.statements()) {
            check(text, length, s.quote(), s.id() + " quote");
            assertTrue(s.quote().start() >= previous, "statements sorted by start: " + s.id());
            previous = s.quote().start();
            if (s.speaker().mention() != null) {
                check(text, length, s.speaker().mention(), s.id() + " mention");
            }
            if (s.cue() != null) {
                assertTrue(s.cue().start() >= 0 && s.cue().end() <= length && s.cue().start() < s.cue().end(),
                        s.id() + " cue inside text");
            }
            s.via().forEach(v -> assertEquals(v.name(), cp(text, v.start(), v.end()), s.id() + " via text"));
            assertTrue(s.confidence() > 0 && s.confidence() < 1, s.id() + " confidence in (0,1)");
        }
        for (Rejected r : x.rejected()) {
            check(text, length, new Span(r.text(), r.start(), r.end()), "rejected");
        }
    }

    private static void check(String text, int length, Span s, String what) {
        assertTrue(s.start() >= 0 && s.end() <= length && s.start() <= s.end(), what + " inside the text: " + s);
        assertEquals(s.text(), cp(text, s.start(), s.end()), what + " text equals the text at its offsets");
    }

    private static String cp(String text, int start, int end) {
        int from = text.offsetByCodePoints(0, start);
        return text.substring(from, text.offsetByCodePoints(from, end - start));
    }
}
