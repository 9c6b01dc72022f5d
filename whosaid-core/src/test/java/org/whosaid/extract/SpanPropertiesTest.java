package org.whosaid.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;
import org.whosaid.testkit.SpanChecks;

/** For any text, extraction terminates and every reported span is the article text at its offsets. */
class SpanPropertiesTest {
    private final Extractor extractor = new Extractor();

    @Property(tries = 400)
    void spansAreTheTextAtTheirOffsets(@ForAll("newsLike") String text) {
        Extraction x = extractor.extract(Article.of("p", text));
        SpanChecks.assertValid(text, x);
    }

    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.of(
                "“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‹", "›", " said ", " told Reuters ", ", ", ". ", "\n",
                "\n\n", "Maria Lopez", " he ", " the minister ", "According to ", " so-called ", ":", " 😀 ", "𝒜",
                "Dmitry Peskov, the spokesman,", " stressing that ", " quoted ", " as saying", "Ms. Berg", " — ",
                "the ministry said in a statement", "It was fine", " We will win ", "U.S.", " Lt. Gen. ", "\u00e9t\u00e9");
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
