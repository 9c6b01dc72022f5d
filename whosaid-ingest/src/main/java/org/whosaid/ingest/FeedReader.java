package org.whosaid.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.whosaid.model.Article;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed to one article per item, read with Rome. An item's text is
 * its full content ({@code content:encoded}, Atom {@code content}) when present, else its
 * description or summary; its link, title and date are the article's, the feed's title is the
 * outlet. Document type declarations are refused, so no external entity is ever resolved.
 */
final class FeedReader {
    private final Timings timings;

    FeedReader(Timings timings) {
        this.timings = timings;
    }

    Records read(byte[] bytes, String stem, String source) {
        long t0 = System.nanoTime();
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            input.setXmlHealerOn(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), true));
        } catch (ParsingFeedException e) {
            return Records.of(new Item.Failed(source, -1, "not a feed: " + firstLine(e)
                    + " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")"));
        } catch (FeedException | IOException | RuntimeException e) {
            return Records.of(new Item.Failed(source, -1, "not a feed: " + firstLine(e)));
        } finally {
            timings.parse.add(System.nanoTime() - t0);
        }
        List<SyndEntry> entries = feed.getEntries();
        String outlet = blankToNull(feed.getTitle());
        String language = blankToNull(feed.getLanguage());
        return new Records() {
            private int i;

            @Override
            protected Item compute() {
                if (i >= entries.size()) {
                    return null;
                }
                int n = ++i;
                String where = source + "#" + n;
                try {
                    return entry(entries.get(n - 1), stem + "#" + n, where, n, outlet, language);
                } catch (StackOverflowError | RuntimeException e) {
                    return new Item.Failed(where, n, "cannot read item: " + e);
                }
            }
        };
    }

    private Item entry(SyndEntry e, String id, String source, long n, String outlet, String language) {
        long t0 = System.nanoTime();
        SyndContent body = null;
        for (SyndContent c : e.getContents()) {
            if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
                body = c;
                break;
            }
        }
        if (body == null && e.getDescription() != null && e.getDescription().getValue() != null) {
            body = e.getDescription();
        }
        String text = body == null ? "" : render(body);
        timings.boilerplate.add(System.nanoTime() - t0);
        if (text.isBlank()) {
            return new Item.Skipped(source, n, SkipReason.NO_TEXT, "no text: the item has neither content nor description");
        }
        String link = blankToNull(e.getLink());
        if (link == null && e.getUri() != null && e.getUri().startsWith("http")) {
            link = e.getUri();
        }
        String published = Dates.iso(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
        Article.Metadata meta = new Article.Metadata(link, blankToNull(e.getTitle()), outlet, published, language);
        return new Item.Accepted(new Article(id, source, text, meta), n, List.of());
    }

    /** Text of an item's content: HTML unless the feed says plain text. */
    private static String render(SyndContent c) {
        String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
        String value = c.getValue();
        if (type.equals("text") || type.equals("text/plain")) {
            return value.strip();
        }
        Document doc = Jsoup.parseBodyFragment(value);
        Boilerplate.strip(doc.body());
        return TextRenderer.render(doc.body());
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
