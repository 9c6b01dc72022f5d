package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.bank.QuoteBank;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;

/**
 * Escaping, static files, size limits, headers and the token, against a real server whose bank holds
 * an article written to break out of HTML: script tags and attribute-breaking quotes in the text, the
 * title, the outlet and the speaker's name and role.
 */
class SecurityTest {
    static final String TOKEN = "s3cret-token-for-tests";
    static final String HOSTILE_URL = "https://evil.example/\"><script>alert(1)</script>";

    @TempDir
    static Path dir;
    static QuoteBank bank;
    static Server server;

    @BeforeAll
    static void start() {
        bank = QuoteBank.open(dir);
        String text = """
                Officials met on Monday <script>alert('text')</script> in the "town" hall.

                “We will not <script>alert(\"quote\")</script> back down \" onmouseover=\"alert(2)\" '><img src=x onerror=alert(3)>,” said Ada <b>Krell</b>, the "mayor's" <i>aide</i>.

                She called the plan “<iframe src=javascript:alert(4)>”.
                """;
        Article a = new Article("hostile", "hostile.txt", text, new Article.Metadata(HOSTILE_URL,
                "<script>alert('title')</script>\" onload=\"x", "<img src=x onerror=alert(5)>", "2024-04-01", "en"));
        bank.add(new Extractor().extract(a));
        bank.commit();
        server = Server.start(bank, ServerOptions.onPort(0).withToken(TOKEN).withMaxBodyBytes(64 * 1024));
    }

    @AfterAll
    static void stop() {
        server.close();
        bank.close();
    }

    private static void assertInert(String html) {
        for (String bad : List.of("<script>alert", "<img src=x", "<iframe", "<b>Krell", "\" onmouseover=\"",
                "\" onload=\"", "<i>aide")) {
            assertFalse(html.contains(bad), "unescaped " + bad);
        }
        // the only script elements are the page's own external script
        assertEquals(1, html.split("<script", -1).length - 1);
        assertTrue(html.contains("<script src=\"/static/whosaid.js\" defer></script>"));
    }

    @Test
    void articleTextRendersAsText() throws Exception {
        String ref = Refs.of(HOSTILE_URL);
        HttpResponse<String> r = Fixture.get(server, "/articles/" + ref);
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertInert(html);
        // the word "text" in quote marks is set aside as a scare quote, so it sits in a span of its own
        assertTrue(html.contains("Officials met on Monday &lt;script&gt;alert(&#39;<span class=\"rejected\""), html);
        assertTrue(html.contains("&lt;script&gt;alert(&quot;quote&quot;)&lt;/script&gt; back down &quot; "
                + "onmouseover=&quot;alert(2)&quot; &#39;&gt;&lt;img src=x onerror=alert(3)&gt;,</mark>"), html);
        assertTrue(html.contains("&lt;img src=x onerror=alert(3)&gt;"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;&quot; onload=&quot;x"));
        for (String page : List.of("/?q=" + Fixture.enc("<script>alert(1)</script>"), "/?q=will", "/speakers",
                "/?speaker=" + Fixture.enc("\"><script>alert(1)</script>"))) {
            HttpResponse<String> p = Fixture.get(server, page);
            assertInert(p.body());
        }
        JsonNode hit = JsonViews.JSON.readTree(Fixture.get(server, "/api/search?q=will").body()).get("hits").get(0);
        assertInert(Fixture.get(server, "/statements/" + hit.get("ref").asText()).body());
        String speaker = hit.get("statement").get("speaker").get("id").textValue();
        if (speaker != null) {
            assertInert(Fixture.get(server, "/speakers/" + speaker).body());
        }
    }

    @Test
    void headersOnEveryResponse() throws Exception {
        for (String path : List.of("/", "/api/stats", "/static/whosaid.css", "/nothing", "/api/nothing")) {
            HttpResponse<String> r = Fixture.get(server, path);
            assertEquals(Guard.CSP, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertFalse(Guard.CSP.contains("unsafe-inline"));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertTrue(r.headers().firstValue("Server").isEmpty(), path);
        }
    }

    @Test
    void staticFilesCannotReachOtherFiles() throws Exception {
        HttpResponse<String> css = Fixture.get(server, "/static/whosaid.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        for (String path : List.of("/static/../api/openapi.json", "/static/%2e%2e/%2e%2e/pom.xml",
                "/static/..%2f..%2fopenapi.json", "/static/..%5c..%5copenapi.json", "/static/whosaid.css/../../Server.class",
                "/static//etc/passwd", "/static/%2fetc%2fpasswd", "/static/static/whosaid.css", "/static/")) {
            HttpResponse<String> r = Fixture.CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + server.port() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " gave " + r.statusCode());
            assertFalse(r.body().contains("openapi") && r.body().contains("paths\""), path);
            assertFalse(r.body().contains("root:"), path);
            assertFalse(r.body().contains("Exception"), path);
        }
    }

    @Test
    void sizeLimits() throws Exception {
        String big = "word ".repeat(20_000);
        HttpResponse<String> r = Fixture.post(server, "/api/extract", "text/plain", big, null);
        assertEquals(413, r.statusCode());
        assertEquals("the request body is larger than 65536 bytes",
                JsonViews.JSON.readTree(r.body()).get("error").get("message").asText());
        // a streamed body with no declared length is cut off at the limit too
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/extract"))
                .header("Content-Type", "text/plain").timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes())))
                .build();
        assertEquals(413, Fixture.CLIENT.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> q = Fixture.get(server, "/api/search?q=" + "a".repeat(5000));
        assertEquals(414, q.statusCode());
        assertEquals("the query string is longer than 4096 characters",
                JsonViews.JSON.readTree(q.body()).get("error").get("message").asText());
    }

    @Test
    void addingNeedsTheToken() throws Exception {
        String article = "“The ferry will run all winter,” said Ines Arrow, the harbour master.";
        for (String wrong : new String[] {null, "", "s3cret-token-for-test", TOKEN + "x", "Basic " + TOKEN}) {
            HttpResponse<String> r = Fixture.post(server, "/api/articles", "text/plain", article, wrong);
            assertEquals(401, r.statusCode(), String.valueOf(wrong));
            assertEquals("Bearer realm=\"whosaid\"", r.headers().firstValue("WWW-Authenticate").orElse(null));
        }
        long before = bank.stats().articles();
        HttpResponse<String> ok = Fixture.post(server, "/api/articles", "text/plain", article, TOKEN);
        assertEquals(202, ok.statusCode(), ok.body());
        JsonNode job = JsonViews.JSON.readTree(ok.body());
        String id = job.get("id").asText();
        assertEquals("/api/jobs/" + id, ok.headers().firstValue("Location").orElse(null));
        JsonNode state = job;
        for (int i = 0; i < 100 && !state.get("state").asText().equals("done"); i++) {
            Thread.sleep(100);
            state = JsonViews.JSON.readTree(Fixture.get(server, "/api/jobs/" + id).body());
        }
        assertEquals("done", state.get("state").asText(), state.toString());
        assertEquals(1, state.get("indexed").asInt());
        assertEquals(1, state.get("statements").asInt());
        assertEquals(before + 1, bank.stats().articles());
        String articleRef = state.get("article_refs").get(0).asText();
        JsonNode stored = JsonViews.JSON.readTree(Fixture.get(server, "/api/articles/" + articleRef).body());
        assertEquals("Ines Arrow", stored.get("statements").get(0).get("speaker").get("name").asText());
        String page = Fixture.get(server, "/jobs/" + id).body();
        assertTrue(page.contains("<dd class=\"state\" aria-live=\"polite\">done</dd>"), page);
        assertTrue(Fixture.get(server, "/jobs").body().contains("href=\"/jobs/" + id + "\""));
    }
}
