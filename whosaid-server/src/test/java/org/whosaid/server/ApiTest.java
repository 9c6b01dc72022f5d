package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.bank.QuoteBank;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;
import org.whosaid.write.ContractJson;

/** The JSON API over a real bank on disk, through a real server on a loopback port. */
class ApiTest {

    @TempDir
    static Path dir;
    static QuoteBank bank;
    static Server server;

    @BeforeAll
    static void start() {
        bank = Fixture.bank(dir);
        server = Server.start(bank, ServerOptions.onPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
        bank.close();
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        return JsonViews.JSON.readTree(r.body());
    }

    static String harbourStrike() throws IOException {
        return Files.readString(Path.of("../examples/harbour-strike.txt"), StandardCharsets.UTF_8);
    }

    @Test
    void extractsPostedTextExactlyAsTheLibraryDoes() throws Exception {
        String text = harbourStrike();
        HttpResponse<String> r = Fixture.post(server, "/api/extract", "text/plain; charset=utf-8", text, null);
        assertEquals(200, r.statusCode());
        JsonNode got = json(r);
        JsonNode want = ContractJson.toNode(new Extractor().extract(Article.of("posted", text)), false);
        assertEquals(want.get("statements"), got.get("statements"));
        assertEquals(want.get("rejected"), got.get("rejected"));
        assertEquals(8, got.get("statements").size());
        assertEquals("Long Night", got.get("rejected").get(0).get("text").asText());
        assertEquals("title", got.get("rejected").get(0).get("reason").asText());
        assertEquals("en", got.get("article").get("language").asText());
        // not stored
        assertEquals(bank.stats().articles(), json(Fixture.get(server, "/api/stats")).get("articles").asLong());
    }

    @Test
    void extractsPostedHtmlAndJson() throws Exception {
        String html = "<!doctype html><html><head><title>Pier closed</title></head><body><article><h1>Pier closed</h1>"
                + "<p>The old pier at Wexcombe will stay shut all summer, the town council said on Tuesday.</p>"
                + "<p>“The timbers are rotten from end to end,” said Jonah Pell, the council's chief engineer.</p>"
                + "</article></body></html>";
        JsonNode h = json(Fixture.post(server, "/api/extract?with_text=true", "text/html", html, null));
        assertEquals("Pier closed", h.get("article").get("title").asText());
        List<String> speakers = new ArrayList<>();
        h.get("statements").forEach(s -> speakers.add(s.get("speaker").get("name").asText()));
        assertEquals(List.of("the town council", "Jonah Pell"), speakers);
        String text = h.get("article").get("text").asText();
        JsonNode q = h.get("statements").get(1).get("quote");
        assertEquals(q.get("text").asText(), new String(text.codePoints().toArray(), q.get("start").asInt(),
                q.get("end").asInt() - q.get("start").asInt()));

        String body = "{\"id\": \"pier\", \"title\": \"Pier\", \"published\": \"2024-06-01\", \"text\": "
                + JsonViews.JSON.writeValueAsString("“The timbers are rotten from end to end,” said Jonah Pell.") + "}";
        JsonNode j = json(Fixture.post(server, "/api/extract", "application/json", body, null));
        assertEquals("pier", j.get("article").get("id").asText());
        assertEquals("2024-06-01", j.get("article").get("published").asText());
        assertEquals("Jonah Pell", j.get("statements").get(0).get("speaker").get("name").asText());
    }

    @Test
    void badBodiesAreClear400s() throws Exception {
        HttpResponse<String> r = Fixture.post(server, "/api/extract", "application/json", "{\"text\": \"a\",", null);
        assertEquals(400, r.statusCode());
        assertTrue(json(r).get("error").get("message").asText().startsWith("malformed JSON at line 1"), r.body());
        r = Fixture.post(server, "/api/extract", "application/json", "{\"title\": \"no text\"}", null);
        assertEquals(400, r.statusCode());
        assertEquals("article 1: expected an object with a non-empty string field 'text'",
                json(r).get("error").get("message").asText());
        r = Fixture.post(server, "/api/extract", "application/json", "{\"text\": \"hi\", \"url\": 3}", null);
        assertEquals("article 1: field 'url' must be a string", json(r).get("error").get("message").asText());
        r = Fixture.post(server, "/api/extract", "application/pdf", "%PDF", null);
        assertEquals(415, r.statusCode());
        r = Fixture.post(server, "/api/extract", "text/plain", "", null);
        assertEquals(400, r.statusCode());
        assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow()
                .replace(" ", ""));
    }

    @Test
    void pagesWalkEveryStatementOnceInOrder() throws Exception {
        long total = bank.stats().statements();
        for (String q : List.of("*", "the", "will OR would")) {
            List<String> all = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                JsonNode page = json(Fixture.get(server, "/api/search?q=" + Fixture.enc(q) + "&limit=7"
                        + (cursor == null ? "" : "&cursor=" + cursor)));
                page.get("hits").forEach(h -> all.add(h.get("id").asText()));
                cursor = page.get("next").isNull() ? null : page.get("next").asText();
                pages++;
            } while (cursor != null && pages <= total / 7 + 1); // a bound on a broken cursor, not a limit of the walk
            Set<String> unique = new HashSet<>(all);
            assertEquals(all.size(), unique.size(), "no hit repeated for " + q);
            long expected = json(Fixture.get(server, "/api/search?q=" + Fixture.enc(q) + "&limit=1")).get("total").asLong();
            assertEquals(expected, all.size(), "no hit skipped for " + q);
            if (q.equals("*")) {
                assertEquals(total, all.size());
            }
            List<String> oneGo = new ArrayList<>();
            json(Fixture.get(server, "/api/search?q=" + Fixture.enc(q) + "&limit=100")).get("hits")
                    .forEach(h -> oneGo.add(h.get("id").asText()));
            assertEquals(oneGo, all.subList(0, oneGo.size()));
        }
    }

    @Test
    void cursorsAndLimitsAreChecked() throws Exception {
        JsonNode page = json(Fixture.get(server, "/api/search?q=the&limit=5"));
        assertTrue(page.get("total").asInt() > 5);
        String next = page.get("next").asText();
        HttpResponse<String> other = Fixture.get(server, "/api/search?q=strike&limit=5&cursor=" + next);
        assertEquals(400, other.statusCode());
        assertEquals("the cursor belongs to another query: page on with the same query and filters",
                json(other).get("error").get("message").asText());
        HttpResponse<String> bad = Fixture.get(server, "/api/search?q=the&limit=5&cursor=" + next.substring(2) + "xx");
        assertEquals(400, bad.statusCode());
        assertEquals(400, Fixture.get(server, "/api/search?limit=101").statusCode());
        assertEquals(400, Fixture.get(server, "/api/search?limit=0").statusCode());
        assertEquals("unknown parameter 'speakr' (known: about, cursor, facets, kind, limit, outlet, q, role, since, "
                + "speaker, until)", json(Fixture.get(server, "/api/search?speakr=x")).get("error").get("message").asText());
        assertEquals("kind must be direct, indirect or mixed, not 'quoted'",
                json(Fixture.get(server, "/api/search?kind=quoted")).get("error").get("message").asText());
        assertEquals("since is not a date: '2024-13' (YYYY-MM-DD, YYYY-MM or YYYY)",
                json(Fixture.get(server, "/api/search?since=2024-13")).get("error").get("message").asText());
    }

    @Test
    void searchFiltersAndFacetsMatchTheBank() throws Exception {
        JsonNode r = json(Fixture.get(server, "/api/search?q=*&speaker=" + Fixture.enc("Mara Vell") + "&facets=true"));
        assertEquals(3, r.get("total").asInt());
        assertEquals(List.of("speaker", "outlet", "month", "kind"), fieldNames(r.get("facets")));
        JsonNode months = r.get("facets").get("month");
        assertEquals("2024-03", months.get(0).get("value").asText());
        assertEquals(2, months.get(0).get("count").asInt());
        assertEquals("2024-05", months.get(1).get("value").asText());
        JsonNode outlets = r.get("facets").get("outlet");
        assertEquals("Coast Herald", outlets.get(0).get("value").asText());
        assertEquals(2, outlets.get(0).get("count").asInt());
        // newest first when listing every statement
        assertEquals("2024-05-20", r.get("hits").get(0).get("article").get("published").asText());
        JsonNode may = json(Fixture.get(server, "/api/search?speaker=Vell&since=2024-04&until=2024"));
        assertEquals(1, may.get("total").asInt());
        assertEquals("We listened, and we will look at the figures again,",
                may.get("hits").get(0).get("statement").get("quote").get("text").asText());
        JsonNode viaHerald = json(Fixture.get(server, "/api/search?outlet=" + Fixture.enc("Coast Herald")
                + "&kind=direct&q=" + Fixture.enc("\"another winter of cancelled sailings\"")));
        assertEquals(2, viaHerald.get("total").asInt(), "published by the Herald, or relayed from it");
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> out = new ArrayList<>();
        o.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void speakerClusterAndArticle() throws Exception {
        JsonNode hit = json(Fixture.get(server, "/api/search?q=" + Fixture.enc("\"another winter of cancelled sailings\""))).get("hits").get(0);
        String speakerId = hit.get("statement").get("speaker").get("id").asText();
        JsonNode sp = json(Fixture.get(server, "/api/speakers/" + speakerId));
        assertEquals("Mara Vell", sp.get("name").asText());
        assertEquals(3, sp.get("statements").asInt());
        assertEquals("harbour commissioner", sp.get("roles").get(0).get("role").asText());
        assertEquals("2024-03-02", sp.get("roles").get(0).get("first").asText());
        assertEquals("2024-05-20", sp.get("roles").get(0).get("last").asText());
        assertEquals("[{\"month\":\"2024-03\",\"statements\":2},{\"month\":\"2024-04\",\"statements\":0},"
                + "{\"month\":\"2024-05\",\"statements\":1}]", sp.get("months").toString());

        JsonNode cl = json(Fixture.get(server, "/api/clusters/" + hit.get("cluster").get("id").asText()));
        assertEquals(2, cl.get("appearances").size());
        assertEquals(Fixture.HERALD, cl.get("first").get("article").get("url").asText());
        assertEquals("[\"Coast Herald\",\"Island Post\"]", cl.get("outlets").toString());
        assertEquals("[\"Coast Herald\"]", cl.get("appearances").get(1).get("via").toString());
        assertEquals(cl, json(Fixture.get(server, "/api/statements/" + hit.get("ref").asText())));

        JsonNode art = json(Fixture.get(server, "/api/articles/" + Refs.of(QuoteBank.articleKey(Article.of("x",
                harbourStrike())))));
        assertEquals("harbour-strike", art.get("article").get("id").asText());
        assertEquals(8, art.get("statements").size());
        assertEquals("Long Night", art.get("rejected").get(0).get("text").asText());
        assertEquals(harbourStrike(), art.get("article").get("text").asText());
        assertNotNull(art.get("statements").get(1).get("speaker").get("id").textValue());
    }

    @Test
    void notFoundIsJsonWithoutInternals() throws Exception {
        for (String path : List.of("/api/speakers/nobody-000000", "/api/clusters/c-000", "/api/articles/AAAA",
                "/api/articles/%25%25", "/api/jobs/j-1", "/api/nothing")) {
            HttpResponse<String> r = Fixture.get(server, path);
            assertEquals(404, r.statusCode(), path);
            JsonNode e = json(r);
            assertEquals(404, e.get("error").get("status").asInt());
            assertFalse(r.body().contains("Exception") || r.body().contains("at org."), r.body());
        }
        assertEquals(403, Fixture.post(server, "/api/articles", "text/plain", "x", "t").statusCode());
    }

    @Test
    void openApiDescribesExactlyTheRoutes() throws Exception {
        JsonNode spec = json(Fixture.get(server, "/api/openapi.json"));
        assertEquals("3.0.3", spec.get("openapi").asText());
        Set<String> described = new TreeSet<>();
        spec.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> described.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        assertEquals(new TreeSet<>(Api.ROUTES), described);
        // and each described GET answers something other than "no such page"
        for (String route : described) {
            if (route.startsWith("GET ")) {
                String path = route.substring(4).replaceAll("\\{[^}]+}", "x");
                HttpResponse<String> r = Fixture.get(server, path);
                assertFalse(r.body().contains("no such page"), route);
            }
        }
        // every $ref points at a schema that exists
        String text = spec.toString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#/components/schemas/(\\w+)").matcher(text);
        while (m.find()) {
            assertTrue(spec.get("components").get("schemas").has(m.group(1)), m.group(1));
        }
    }
}
