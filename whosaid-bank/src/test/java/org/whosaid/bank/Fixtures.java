package org.whosaid.bank;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.model.Article;
import org.whosaid.model.Cue;
import org.whosaid.model.CueClass;
import org.whosaid.model.Extraction;
import org.whosaid.model.Kind;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;
import org.whosaid.model.SpeakerType;
import org.whosaid.model.Statement;
import org.whosaid.model.Via;

/** Extractions built straight from records, for tests that need exact control of speakers and dates. */
final class Fixtures {
    private Fixtures() {
    }

    /** One statement to put in an article: who, in what role, the quote, and an optional relay. */
    record Said(String speaker, SpeakerType type, String role, String quote, String via) {
        static Said person(String speaker, String role, String quote) {
            return new Said(speaker, SpeakerType.PERSON, role, quote, null);
        }
    }

    static Extraction article(String url, String outlet, String published, String title, Said... said) {
        StringBuilder text = new StringBuilder(title == null ? "" : title + "\n\n");
        List<int[]> at = new ArrayList<>();
        for (Said s : said) {
            int start = text.length() + 1;
            text.append('\u201C').append(s.quote()).append("\u201D, ").append(s.speaker()).append(" said");
            if (s.via() != null) {
                text.append(", according to ").append(s.via());
            }
            text.append(".\n\n");
            at.add(new int[] {start, start + s.quote().length()});
        }
        String t = text.toString();
        String id = url == null ? "a" + Integer.toHexString(t.hashCode()) : url.substring(url.lastIndexOf('/') + 1);
        Article a = new Article(id, url, t, new Article.Metadata(url, title, outlet, published, "en"));
        List<Statement> sts = new ArrayList<>();
        for (int i = 0; i < said.length; i++) {
            Said s = said[i];
            int qs = at.get(i)[0];
            int qe = at.get(i)[1];
            int ms = qe + 3;
            Span mention = new Span(s.speaker(), ms, ms + s.speaker().length());
            Cue cue = new Cue("said", mention.end() + 1, mention.end() + 5, CueClass.NEUTRAL);
            List<Via> via = new ArrayList<>();
            if (s.via() != null) {
                int vs = t.indexOf(s.via(), cue.end());
                via.add(new Via(s.via(), vs, vs + s.via().length()));
            }
            sts.add(new Statement(id + "#" + (i + 1), Kind.DIRECT, new Span(s.quote(), qs, qe),
                    new Speaker(s.speaker(), s.type(), mention, s.role()), cue, via, 0.9, List.of("test")));
        }
        return new Extraction(a, sts, List.of());
    }
}
