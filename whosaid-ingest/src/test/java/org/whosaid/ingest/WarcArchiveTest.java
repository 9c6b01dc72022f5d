package org.whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Article;

/** WARC archives written with jwarc: which records become articles, and damage kept to its record. */
class WarcArchiveTest {
    private static final String PAGE_A = Warcs.page("Dredging to start in May", "Harbour master Ines Falk",
            "We will start dredging in May and finish before the autumn storms,");
    private static final String PAGE_B = Warcs.page("Ferry fares frozen", "Council leader Omar Reyes",
            "Nobody on the island will pay more to cross the water this year,");

    @TempDir
    Path dir;

    private List<Item> read(Path p) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Stream<Item> s = new Ingest().read(p)) {
                return s.toList();
            }
        });
    }

    private Warcs mixed(boolean gzip) throws Exception {
        return new Warcs(gzip).warcinfo()
                .request("https://herald.example/dredging")
                .html("https://herald.example/dredging", PAGE_A)
                .response("https://herald.example/gone", 404, "text/html", "<html><body><p>Not here</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8))
                .response("https://herald.example/report.pdf", 200, "application/pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))
                .html("https://herald.example/fares", PAGE_B);
    }

    @Test
    void responsesWithHtmlBecomeArticlesAndTheRestIsSkippedWithReasons() throws Exception {
        Warcs w = mixed(true);
        Path p = dir.resolve("crawl.warc.gz");
        Files.write(p, w.bytes());
        List<Item> items = read(p);
        assertEquals(6, items.size(), items.toString());
        assertSkipped(items.get(0), SkipReason.NOT_RESPONSE, p + "@" + w.offsets.get(0), "not a response: WARC-Type warcinfo");
        assertSkipped(items.get(1), SkipReason.NOT_RESPONSE, p + "@" + w.offsets.get(1), "not a response: WARC-Type request");
        Article a = ((Item.Accepted) items.get(2)).article();
        assertEquals("crawl#3", a.id());
        assertEquals(p + "@" + w.offsets.get(2), a.source());
        assertEquals("The harbour board met on Tuesday evening to discuss the winter timetable and the cost of dredging "
                + "the northern channel, which has silted up faster than engineers expected.\n\n"
                + "\u201CWe will start dredging in May and finish before the autumn storms,\u201D Harbour master Ines Falk "
                + "said after the meeting.", a.text());
        assertEquals(new Article.Metadata("https://herald.example/dredging", "Dredging to start in May", "Harbour Herald",
                "2024-03-08T06:15:30Z", "en"), a.metadata());
        assertSkipped(items.get(3), SkipReason.HTTP_STATUS, p + "@" + w.offsets.get(3), "HTTP status 404");
        assertSkipped(items.get(4), SkipReason.NOT_HTML, p + "@" + w.offsets.get(4), "payload is application/pdf, not HTML");
        assertEquals("crawl#6", ((Item.Accepted) items.get(5)).article().id());
    }

    @Test
    void uncompressedArchiveReadsTheSame() throws Exception {
        Warcs w = mixed(false);
        Path p = dir.resolve("crawl.warc");
        Files.write(p, w.bytes());
        List<Item> items = read(p);
        assertEquals(6, items.size(), items.toString());
        assertEquals(p + "@" + w.offsets.get(5), ((Item.Accepted) items.get(5)).article().source());
    }

    @Test
    void truncatedGzipMemberIsReportedAndTheRecordsBeforeItKept() throws Exception {
        Warcs w = new Warcs(true).html("https://herald.example/a", PAGE_A).html("https://herald.example/b", PAGE_B)
                .html("https://herald.example/c", PAGE_A);
        byte[] all = w.bytes();
        long last = w.offsets.get(2);
        Path p = dir.resolve("cut.warc.gz");
        Files.write(p, Arrays.copyOf(all, (int) (last + (all.length - last) / 2)));
        List<Item> items = read(p);
        assertEquals(3, items.size(), items.toString());
        assertInstanceOf(Item.Accepted.class, items.get(0));
        assertInstanceOf(Item.Accepted.class, items.get(1));
        Item.Failed f = assertInstanceOf(Item.Failed.class, items.get(2));
        assertEquals(p + "@" + last, f.source(), f.toString());
    }

    @Test
    void corruptGzipMemberInTheMiddleIsSkippedAndReadingResumes() throws Exception {
        Warcs w = new Warcs(true).html("https://herald.example/a", PAGE_A).html("https://herald.example/b", PAGE_B)
                .html("https://herald.example/c", PAGE_A);
        byte[] all = w.bytes();
        long second = w.offsets.get(1);
        long third = w.offsets.get(2);
        for (long i = second + 40; i < third - 20; i += 7) {
            all[(int) i] ^= 0x5A;
        }
        Path p = dir.resolve("corrupt.warc.gz");
        Files.write(p, all);
        List<Item> items = read(p);
        assertEquals(3, items.size(), items.toString());
        assertEquals("corrupt#1", ((Item.Accepted) items.get(0)).article().id());
        Item.Failed f = assertInstanceOf(Item.Failed.class, items.get(1));
        assertEquals(p + "@" + second, f.source(), f.toString());
        assertEquals(p + "@" + third, ((Item.Accepted) items.get(2)).article().source());
    }

    @Test
    void recordWhoseContentLengthIsTooShortIsDroppedAndTheNextOneRead() throws Exception {
        assertLyingLength(-25);
    }

    @Test
    void recordWhoseContentLengthIsTooLongIsDroppedAndTheNextOneRead() throws Exception {
        assertLyingLength(+60);
    }

    private void assertLyingLength(int delta) throws Exception {
        Warcs w = new Warcs(false).html("https://herald.example/a", PAGE_A).html("https://herald.example/b", PAGE_B)
                .html("https://herald.example/c", PAGE_A);
        String all = new String(w.bytes(), StandardCharsets.ISO_8859_1);
        int second = w.offsets.get(1).intValue();
        int third = w.offsets.get(2).intValue();
        int at = all.indexOf("Content-Length: ", second) + "Content-Length: ".length();
        int end = all.indexOf("\r\n", at);
        int declared = Integer.parseInt(all.substring(at, end));
        String lying = all.substring(0, at) + (declared + delta) + all.substring(end);
        int shift = String.valueOf(declared + delta).length() - String.valueOf(declared).length();
        Path p = dir.resolve("lies.warc");
        Files.write(p, lying.getBytes(StandardCharsets.ISO_8859_1));
        List<Item> items = read(p);
        assertEquals(3, items.size(), items.toString());
        assertEquals("lies#1", ((Item.Accepted) items.get(0)).article().id());
        Item.Failed f = assertInstanceOf(Item.Failed.class, items.get(1));
        assertEquals(p + "@" + second, f.source(), f.toString());
        assertTrue(f.message().startsWith("record length does not match its content"), f.message());
        Item.Accepted c = assertInstanceOf(Item.Accepted.class, items.get(2));
        assertEquals(p + "@" + (third + shift), c.article().source());
        assertTrue(c.article().text().contains("Ines Falk"), c.article().text());
    }

    @Test
    void payloadOverTheLimitIsSkipped() throws Exception {
        Warcs w = new Warcs(true).html("https://herald.example/big", "<html><body><p>" + "word ".repeat(4000) + "</p></body></html>")
                .html("https://herald.example/b", PAGE_B);
        Path p = dir.resolve("big.warc.gz");
        Files.write(p, w.bytes());
        List<Item> items;
        try (Stream<Item> s = new Ingest(new Ingest.Options(10_000, 1_000_000, java.util.Set.of("en"))).read(p)) {
            items = s.toList();
        }
        assertSkipped(items.get(0), SkipReason.TOO_LARGE, p + "@" + w.offsets.get(0),
                "HTML payload over the 10000-byte limit for one article");
        assertInstanceOf(Item.Accepted.class, items.get(1));
    }

    static void assertSkipped(Item item, SkipReason reason, String source, String message) {
        Item.Skipped s = assertInstanceOf(Item.Skipped.class, item);
        assertEquals(reason, s.reason(), s.toString());
        assertEquals(source, s.source());
        assertEquals(message, s.message());
    }
}
