package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;
import org.whosaid.testkit.SpanChecks;

/**
 * Every article the project is measured on extracts, whole, with valid spans: the development set and PolNeAR's news. A
 * rule that reads past the last token fails here on the articles that reach it, not only on the random joins of
 * {@link SpanPropertiesTest}.
 */
class AllArticlesTest {
    private final Extractor extractor = new Extractor();

    @Test
    void everyDevelopmentSetAndPolnearArticleExtracts() throws IOException {
        List<Path> files = new ArrayList<>(texts(Path.of("..", "devset")));
        int devset = files.size();
        for (String part : List.of("train", "dev")) {
            files.addAll(texts(Path.of("..", "..", "shared", "data", "polnear", part, "text")));
        }
        assertTrue(devset >= 1000, "the development set holds " + devset + " articles");
        List<String> failed = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f);
            try {
                Extraction x = extractor.extract(Article.of(f.getFileName().toString(), text));
                SpanChecks.assertValid(text, x);
            } catch (RuntimeException | AssertionError e) {
                failed.add(f.getFileName() + ": " + e);
            }
        }
        assertEquals(List.of(), failed);
    }

    private static List<Path> texts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
