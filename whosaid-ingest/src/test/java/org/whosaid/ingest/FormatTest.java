package org.whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Format detection: conclusive content wins over the name, the name over a guess. */
class FormatTest {
    private static Format detect(String name, String head) {
        byte[] b = head.getBytes(StandardCharsets.UTF_8);
        return Format.detect(name, b, b.length);
    }

    @Test
    void contentThatCanOnlyBeOneFormatWinsOverTheName() {
        assertEquals(Format.HTML, detect("story.txt", "<!DOCTYPE html><html><body>"));
        assertEquals(Format.FEED, detect("page.html", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"));
        assertEquals(Format.FEED, detect(null, "\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        assertEquals(Format.WARC, detect("x.txt", "WARC/1.0\r\nWARC-Type: warcinfo\r\n"));
    }

    @Test
    void otherwiseTheNameDecidesAndThenTheFirstCharacter() {
        assertEquals(Format.TEXT, detect("notes.txt", "{not json, a brace in prose"));
        assertEquals(Format.JSONL, detect("batch.ndjson", "{\"id\":1}"));
        assertEquals(Format.JSONL, detect(null, "{\"id\":1}"));
        assertEquals(Format.FEED, detect(null, "<?xml version=\"1.0\"?><rdf:RDF>"));
        assertEquals(Format.TEXT, detect(null, "The mayor said on Monday."));
        assertEquals(Format.FEED, detect("feed.atom", "<?xml version=\"1.0\"?><!-- a comment -->"));
    }

    @Test
    void stemsDropTheFormatExtension() {
        assertEquals("crawl", Ingest.stem("crawl.warc.gz"));
        assertEquals("story", Ingest.stem("story.html"));
        assertEquals("notes.md", Ingest.stem("notes.md"));
    }
}
