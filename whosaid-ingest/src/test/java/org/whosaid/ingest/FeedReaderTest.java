package org.whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.model.Article;

/** RSS 2.0 and Atom feeds written for these tests; feeds that are not XML; external entities. */
class FeedReaderTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel>
              <title>Valley Post</title>
              <link>https://valley.example/</link>
              <language>en-us</language>
              <item>
                <title>Library to stay open late</title>
                <link>https://valley.example/library</link>
                <pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate>
                <description>Short teaser that must not be used.</description>
                <content:encoded><![CDATA[<p>The town library will stay open until ten on weekdays from April, the council said on Monday.</p>
                <p>&ldquo;Students asked for it and we listened,&rdquo; head librarian Noor Haddad said.</p>
                <figure><img src="x.jpg"><figcaption>The reading room. Photo: Valley Post</figcaption></figure>]]></content:encoded>
              </item>
              <item>
                <title>Bus fares unchanged</title>
                <link>https://valley.example/bus</link>
                <description>Bus fares in the valley will not rise this year, the transport board said after a long meeting on Friday.</description>
              </item>
              <item><title>Photo gallery</title><link>https://valley.example/gallery</link></item>
            </channel>
            </rss>
            """;

    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Harbour Herald</title>
              <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
              <updated>2024-03-08T10:00:00Z</updated>
              <entry>
                <title>Lighthouse repainted</title>
                <link href="https://herald.example/lighthouse"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <published>2024-03-08T09:00:00+00:00</published>
                <updated>2024-03-08T09:45:00Z</updated>
                <summary>Lighthouse gets a coat of paint.</summary>
                <content type="html">&lt;p&gt;The old lighthouse on the north pier has been repainted red and white for the first time in twenty years, the harbour trust said.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    private List<Item> read(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return HtmlReaderTest.read(p);
    }

    @Test
    void rssItemsFromFullContentOrDescription() throws Exception {
        List<Item> items = read("valley.rss", RSS);
        Path p = dir.resolve("valley.rss");
        assertEquals(3, items.size(), items.toString());
        Article a = assertInstanceOf(Item.Accepted.class, items.get(0)).article();
        assertEquals("valley#1", a.id());
        assertEquals(p + "#1", a.source());
        assertEquals("The town library will stay open until ten on weekdays from April, the council said on Monday.\n\n"
                + "\u201CStudents asked for it and we listened,\u201D head librarian Noor Haddad said.", a.text());
        assertEquals(new Article.Metadata("https://valley.example/library", "Library to stay open late", "Valley Post",
                "2024-03-05T08:30:00Z", "en"), a.metadata());
        Article b = assertInstanceOf(Item.Accepted.class, items.get(1)).article();
        assertEquals("Bus fares in the valley will not rise this year, the transport board said after a long meeting on Friday.",
                b.text());
        assertEquals(null, b.metadata().published());
        Item.Skipped c = assertInstanceOf(Item.Skipped.class, items.get(2));
        assertEquals(SkipReason.NO_TEXT, c.reason());
        assertEquals(p + "#3", c.source());
    }

    @Test
    void atomEntryFromItsContent() throws Exception {
        List<Item> items = read("herald.xml", ATOM);
        Article a = assertInstanceOf(Item.Accepted.class, items.get(0)).article();
        assertEquals("The old lighthouse on the north pier has been repainted red and white for the first time in twenty "
                + "years, the harbour trust said.", a.text());
        assertEquals(new Article.Metadata("https://herald.example/lighthouse", "Lighthouse repainted", "Harbour Herald",
                "2024-03-08T09:00:00Z", "en"), a.metadata());
    }

    @Test
    void feedThatIsNotXmlIsReportedByName() throws Exception {
        List<Item> items = read("broken.rss", "<rss version=\"2.0\"><channel><title>Oops</title><item><title>x</ti");
        Item.Failed f = assertInstanceOf(Item.Failed.class, items.get(0));
        assertEquals(dir.resolve("broken.rss").toString(), f.source());
        assertTrue(f.message().startsWith("not a feed: "), f.message());
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-PASSWORD-1234");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>Evil &xxe;</title><item><title>t</title>"
                + "<description>The quarry will close in June, the owners said, and &xxe; was read.</description>"
                + "</item></channel></rss>";
        List<Item> items = read("evil.xml", xxe);
        assertEquals(1, items.size(), items.toString());
        assertInstanceOf(Item.Failed.class, items.get(0));
        assertFalse(items.toString().contains("TOP-SECRET"), items.toString());
    }
}
