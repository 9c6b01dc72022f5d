package org.whosaid.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.whosaid.model.Article;

/**
 * One HTML page to one article: decodes the bytes ({@link Charsets}), parses them with jsoup, reads
 * the metadata ({@link HtmlMeta}), removes the boilerplate ({@link Boilerplate}) and renders the rest
 * as paragraphs ({@link TextRenderer}). Used for saved pages and for WARC response payloads.
 */
final class HtmlReader {
    private final Timings timings;

    HtmlReader(Timings timings) {
        this.timings = timings;
    }

    /** Where a page came from: the names to give its article and what its container knows. */
    record Origin(String id, String source, long offset, String url, String date) {
    }

    Item page(byte[] bytes, int length, String httpCharset, Origin origin) {
        long t0 = System.nanoTime();
        List<String> notes = new ArrayList<>(1);
        Charsets.Decoded decoded = Charsets.decode(bytes, length, httpCharset);
        if (decoded.note() != null) {
            notes.add(decoded.note());
        }
        Document doc = Jsoup.parse(decoded.text(), origin.url() == null ? "" : origin.url());
        Article.Metadata meta = HtmlMeta.read(doc, origin.url(), origin.date());
        long t1 = System.nanoTime();
        timings.parse.add(t1 - t0);
        Boilerplate.Result main = Boilerplate.mainContent(doc, meta.url());
        String text = main.content() == null ? "" : TextRenderer.render(main.content());
        timings.boilerplate.add(System.nanoTime() - t1);
        if (main.note() != null) {
            notes.add(main.note());
        }
        if (text.isBlank()) {
            return new Item.Skipped(origin.source(), origin.offset(), SkipReason.NO_TEXT,
                    doc.body() == null || doc.body().childrenSize() == 0 ? "no article text: the page has no body"
                            : "no article text left once navigation, ads and comments are removed");
        }
        return new Item.Accepted(new Article(origin.id(), origin.source(), text, meta), origin.offset(), notes);
    }
}
