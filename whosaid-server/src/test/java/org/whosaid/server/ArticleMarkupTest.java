package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.model.Cue;
import org.whosaid.model.CueClass;
import org.whosaid.model.Extraction;
import org.whosaid.model.Kind;
import org.whosaid.model.Rejected;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;
import org.whosaid.model.SpeakerType;
import org.whosaid.model.Statement;

/** The article markup nests even when spans cross, escapes text, and counts offsets in code points. */
class ArticleMarkupTest {

    private static Statement st(String id, String text, int start, int end, Span mention, Cue cue) {
        return new Statement(id, Kind.DIRECT, new Span(text, start, end),
                new Speaker("Ana", SpeakerType.PERSON, mention, null), cue, List.of(), 0.9, List.of());
    }

    @Test
    void crossingSpansAreSplitAndReopened() {
        // 0123456789
        // ab<cdefgh
        String text = "ab<cdefgh";
        Statement s = st("t#1", "b<cd", 1, 5, null, null);
        Rejected r = new Rejected("def", 3, 6, Rejected.Reason.SCARE_QUOTE);
        String html = ArticleMarkup.render(new Extraction(Article.of("t", text), List.of(s), List.of(r)));
        String mark = "class=\"st sp-0\" data-statement=\"1\" data-speaker=\"Ana\" title=\"#1 Ana (direct)\"";
        String rej = "<span class=\"rejected\" data-reason=\"scare-quote\" title=\"not a statement: scare-quote\">";
        assertEquals("a<mark id=\"s-1\" " + mark + ">b&lt;" + rej + "cd</span></mark>" + rej + "e</span>fgh", html);
    }

    @Test
    void offsetsAreCodePointsAndNestedSpansStayInside() {
        // an emoji before the quote takes two UTF-16 units but one code point
        String text = "\uD83D\uDE00 \u201CGo\u201D, Ana said.";
        Span mention = new Span("Ana", 8, 11);
        Cue cue = new Cue("said", 12, 16, CueClass.NEUTRAL);
        Statement s = st("t#1", "Go", 3, 5, mention, cue);
        String html = ArticleMarkup.render(new Extraction(Article.of("t", text), List.of(s), List.of()));
        assertEquals("\uD83D\uDE00 \u201C<mark id=\"s-1\" class=\"st sp-0\" data-statement=\"1\" data-speaker=\"Ana\" "
                + "title=\"#1 Ana (direct)\">Go</mark>\u201D, <span class=\"mention sp-0\" data-statement=\"1\">Ana</span> "
                + "<span class=\"cue\" data-statement=\"1\">said</span>.", html);
    }
}
