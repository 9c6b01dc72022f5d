package org.whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Article;

/** JSON Lines: one article a line, bad lines reported by byte offset and line number, the rest read. */
class JsonlReaderTest {
    private static final String GOOD = "{\"id\": \"a1\", \"text\": \"The school will get a new roof before winter, "
            + "head teacher Sam Okoro said on Monday.\", \"url\": \"https://post.example/roof\", \"title\": \"New roof\", "
            + "\"outlet\": \"Valley Post\", \"published\": \"2024-02-01\", \"language\": \"en\"}";
    private static final String BAD = "{\"id\": \"a2\", \"text\": unquoted}";
    private static final String NO_ID = "{\"text\": \"The bakery on Mill Street closed after forty years, its owner said.\"}";
    private static final String FRENCH = "{\"id\": \"fr\", \"text\": \"Le maire a d\u00e9clar\u00e9 mardi que le pont "
            + "rouvrirait en mai, apr\u00e8s des mois de travaux sur les piles.\"}";

    @TempDir
    Path dir;

    @Test
    void linesBecomeArticlesAndABadLineIsReportedWhereItIs() throws Exception {
        String content = GOOD + "\n" + BAD + "\n\n" + NO_ID + "\n" + FRENCH + "\n";
        Path p = dir.resolve("batch.jsonl");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        List<Item> items = HtmlReaderTest.read(p);
        assertEquals(4, items.size(), items.toString());
        Article a = assertInstanceOf(Item.Accepted.class, items.get(0)).article();
        assertEquals("a1", a.id());
        assertEquals(p + "@0", a.source());
        assertEquals(new Article.Metadata("https://post.example/roof", "New roof", "Valley Post", "2024-02-01", "en"),
                a.metadata());
        Item.Failed f = assertInstanceOf(Item.Failed.class, items.get(1));
        int badAt = GOOD.getBytes(StandardCharsets.UTF_8).length + 1;
        assertEquals(p + "@" + badAt, f.source());
        assertEquals(badAt, f.offset());
        assertTrue(f.message().startsWith("line 2: not JSON: "), f.message());
        Article c = assertInstanceOf(Item.Accepted.class, items.get(2)).article();
        assertEquals("batch#3", c.id());
        Item.Skipped fr = assertInstanceOf(Item.Skipped.class, items.get(3));
        assertEquals(SkipReason.LANGUAGE, fr.reason());
        assertEquals("language fr not supported", fr.message());
    }

    @Test
    void standardInputIsToldByItsContent() {
        byte[] bytes = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        try (Stream<Item> s = new Ingest().read("-", new ByteArrayInputStream(bytes))) {
            Article a = assertInstanceOf(Item.Accepted.class, s.findFirst().orElseThrow()).article();
            assertEquals("a1", a.id());
            assertEquals("-@0", a.source());
        }
    }
}
