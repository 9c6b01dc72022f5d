package org.whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;
import org.whosaid.model.Statement;

/** Saved HTML pages: the article text without boilerplate, its metadata, charsets and hostile pages. */
class HtmlReaderTest {
    private static final String CAFE = "Caf\u00e9 owner Zo\u00eb Brandt said the caf\u00e9 would reopen on Monday. "
            + "\u201CWe have waited long enough,\u201D she told the Harbour Herald.";

    @TempDir
    Path dir;

    static List<Item> read(Path p) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Stream<Item> s = new Ingest().read(p)) {
                return s.toList();
            }
        });
    }

    private Item one(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        List<Item> items = read(p);
        assertEquals(1, items.size(), items.toString());
        return items.get(0);
    }

    private static Article article(Item item) {
        return assertInstanceOf(Item.Accepted.class, item, item.toString()).article();
    }

    @Test
    void articleTextWithoutNavigationAdsCaptionsRelatedLinksOrComments() throws Exception {
        Path p = dir.resolve("ferry-strike.html");
        Files.writeString(p, Pages.FERRY, StandardCharsets.UTF_8);
        Item.Accepted a = assertInstanceOf(Item.Accepted.class, read(p).get(0));
        assertEquals(Pages.FERRY_TEXT, a.article().text());
        assertEquals("ferry-strike", a.article().id());
        assertEquals(p.toString(), a.article().source());
        assertEquals(List.of(), a.notes());
    }

    @Test
    void metadataFromJsonLdOpenGraphAndTheCanonicalLink() throws Exception {
        Article a = article(one("ferry.html", Pages.FERRY.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Article.Metadata("https://coastal-times.example/news/2024/03/ferry-strike-ends",
                "Ferry strike ends after two-week stoppage", "Coastal Times", "2024-03-07T17:05:00Z", "en"), a.metadata());
    }

    @Test
    void metadataFromMetaTagsAloneWhenThereIsNoJsonLd() throws Exception {
        String html = "<html lang=\"en-US\"><head><title>Tram line opens | Valley Post</title>"
                + "<meta name=\"twitter:title\" content=\"Tram line opens\">"
                + "<meta property=\"article:published_time\" content=\"2024-05-02T08:00:00+0200\">"
                + "<meta property=\"og:url\" content=\"https://valley.example/tram\"></head><body><article>"
                + "<p>The first tram on the new valley line left the depot at dawn on Thursday, carrying commuters "
                + "and a small brass band, transport manager Lea Novak said.</p></article></body></html>";
        Article a = article(one("tram.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new Article.Metadata("https://valley.example/tram", "Tram line opens", null,
                "2024-05-02T08:00:00+02:00", "en"), a.metadata());
    }

    @Test
    void aStatementIsExtractedFromTheArticleText() throws Exception {
        Article a = article(one("ferry.html", Pages.FERRY.getBytes(StandardCharsets.UTF_8)));
        Extraction x = new Extractor().extract(a);
        Statement lind = x.statements().stream().filter(s -> s.quote().text().startsWith("We got most"))
                .findFirst().orElseThrow(() -> new AssertionError(x.statements().toString()));
        assertEquals("Marta Lind", lind.speaker().name());
        assertEquals(lind.quote().text(), a.text().substring(lind.quote().start(), lind.quote().end()));
        assertTrue(x.statements().stream().anyMatch(s -> "Petra Vos".equals(s.speaker().name())), x.statements().toString());
    }

    @Test
    void theOutletNameIsCutFromTheEndOfATitle() throws Exception {
        String html = "<html lang=\"en\"><head><title>Harbour fees to rise | The Coastal Herald</title>"
                + "<meta property=\"og:site_name\" content=\"The Coastal Herald\"></head><body><article>"
                + "<p>Harbour fees will rise by a tenth from May, the port authority said on Monday, blaming the cost "
                + "of dredging the channel.</p></article></body></html>";
        Article a = article(one("fees.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Harbour fees to rise", a.metadata().title());
        assertEquals("The Coastal Herald", a.metadata().outlet());
        assertEquals("Storm - what we know", HtmlMeta.withoutOutlet("Storm - what we know", "Valley Post"));
    }

    private static byte[] page(String charsetMeta, String body, Charset encoding) {
        return ("<html><head><meta charset=\"" + charsetMeta + "\"><title>Caf\u00e9</title></head><body><p>" + body
                + "</p></body></html>").getBytes(encoding);
    }

    @Test
    void windows1252PageWithItsCharsetDeclared() throws Exception {
        Article a = article(one("cafe.html", page("windows-1252", CAFE, Charset.forName("windows-1252"))));
        assertEquals(CAFE, a.text());
    }

    @Test
    void iso88591DeclaredIsReadAsWindows1252() throws Exception {
        Article a = article(one("cafe.html", page("ISO-8859-1", CAFE, Charset.forName("windows-1252"))));
        assertEquals(CAFE, a.text());
    }

    @Test
    void pageLabelledUtf8ButWrittenInWindows1252() throws Exception {
        Item item = one("cafe.html", page("utf-8", CAFE, Charset.forName("windows-1252")));
        assertEquals(CAFE, article(item).text());
        assertEquals(List.of("declared charset utf-8 does not match the bytes; read as windows-1252"),
                ((Item.Accepted) item).notes());
    }

    @Test
    void pageLabelledLatin1ButWrittenInUtf8() throws Exception {
        assertEquals(CAFE, article(one("cafe.html", page("iso-8859-1", CAFE, StandardCharsets.UTF_8))).text());
    }

    @Test
    void pageWithNoBodyIsSkippedByName() throws Exception {
        Item.Skipped s = assertInstanceOf(Item.Skipped.class,
                one("empty.html", "<html><head><title>Nothing</title></head></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(SkipReason.NO_TEXT, s.reason());
        assertEquals(dir.resolve("empty.html").toString(), s.source());
        assertEquals("no article text: the page has no body", s.message());
    }

    @Test
    void tenThousandNestedElementsFallBackToTheBodyText() throws Exception {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div>".repeat(10_000));
        sb.append("<p>The river rose two metres overnight, the flood warden Ada Kerr said.</p>");
        sb.append("</div>".repeat(10_000)).append("</body></html>");
        Item.Accepted a = assertInstanceOf(Item.Accepted.class, one("deep.html", sb.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals("The river rose two metres overnight, the flood warden Ada Kerr said.", a.article().text());
        assertEquals(1, a.notes().size(), a.notes().toString());
        assertTrue(a.notes().get(0).startsWith("boilerplate removal skipped: elements nested 10"), a.notes().toString());
    }

    @Test
    void quotationMarkupBecomesQuotationMarks() throws Exception {
        String html = "<html><body><article><p>The mayor called the plan <q>bold but <q>affordable</q></q>, aides said.</p>"
                + "<blockquote>\u201CWe will build it,\u201D she wrote.</blockquote>"
                + "<blockquote><p>Roads first.</p></blockquote></article></body></html>";
        assertEquals("The mayor called the plan \u201Cbold but \u2018affordable\u2019\u201D, aides said.\n\n"
                + "\u201CWe will build it,\u201D she wrote.\n\n\u201CRoads first.\u201D",
                article(one("marks.html", html.getBytes(StandardCharsets.UTF_8))).text());
    }

    @Test
    void binaryDataNamedHtmlIsRefused() throws Exception {
        Item.Failed f = assertInstanceOf(Item.Failed.class, one("photo.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}));
        assertEquals("binary data: NUL byte at offset 4", f.message());
    }
}
