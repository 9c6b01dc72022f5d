package org.whosaid.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;
import org.whosaid.testkit.SpanChecks;

/**
 * For any text, extraction terminates and every reported span is the article text at its offsets; so it does for any
 * article made of the development set's paragraphs in any order, which reaches the resolver's look-backs across
 * speakers of unrelated stories (a name no person holds, a speaker with no head word).
 */
class SpanPropertiesTest {
    private final Extractor extractor = new Extractor();

    @Property(tries = 400)
    void spansAreTheTextAtTheirOffsets(@ForAll("newsLike") String text) {
        Extraction x = extractor.extract(Article.of("p", text));
        SpanChecks.assertValid(text, x);
    }

    @Property(tries = 500)
    void articlesOfRealParagraphsInAnyOrderExtract(@ForAll("devsetParagraphs") String text) {
        Extraction x = extractor.extract(Article.of("d", text));
        SpanChecks.assertValid(text, x);
    }

    /** The development set's paragraphs, read once. */
    private static final List<String> PARAGRAPHS = readParagraphs(Path.of("..", "devset"));

    private static List<String> readParagraphs(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().flatMap(f -> {
                try {
                    return Stream.of(Files.readString(f).split("\n"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> devsetParagraphs() {
        // joined by a line break, or by a space into one long paragraph, as a one-line text is
        return Arbitraries.of(PARAGRAPHS).list().ofMinSize(2).ofMaxSize(40)
                .flatMap(l -> Arbitraries.of("\n", " ").map(sep -> String.join(sep, l)));
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
