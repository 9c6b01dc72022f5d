package org.whosaid.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.whosaid.bank.QuoteBank;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;

/**
 * A real bank on disk for the server tests: the bundled examples plus three dated articles written
 * for these tests (one statement reported by two outlets, a month apart), and a real HTTP client.
 */
final class Fixture {
    static final String HERALD = "https://coastherald.example/ferry-fares";
    static final String POST = "https://islandpost.example/fares-row";
    static final String LATER = "https://coastherald.example/fares-vote";

    private Fixture() {
    }

    static List<Article> dated() {
        return List.of(
                new Article("ferry-fares", HERALD, """
                        Ferry fares to the outer islands will rise by a fifth in April, the harbour board said on Monday.

                        “Nobody on these islands can afford another winter of cancelled sailings,” said Mara Vell, the harbour commissioner.

                        The board blamed fuel costs.
                        """, new Article.Metadata(HERALD, "Ferry fares to rise", "Coast Herald", "2024-03-02", "en")),
                new Article("fares-row", POST, """
                        Island councillors have called an emergency meeting on ferry fares.

                        “Nobody on these islands can afford another winter of cancelled sailings,” harbour commissioner Mara Vell said, according to the Coast Herald.

                        The meeting is on Thursday.
                        """, new Article.Metadata(POST, "Councillors meet on fares", "Island Post", "2024-03-05", "en")),
                new Article("fares-vote", LATER, """
                        The harbour board has delayed its vote on ferry fares until the summer.

                        “We listened, and we will look at the figures again,” Mara Vell, the harbour commissioner, told reporters.
                        """, new Article.Metadata(LATER, "Fares vote delayed", "Coast Herald", "2024-05-20", "en")));
    }

    /** A bank in {@code dir} holding the bundled examples and the dated articles. */
    static QuoteBank bank(Path dir) {
        QuoteBank bank = QuoteBank.open(dir);
        ExampleBank.fill(bank);
        Extractor ex = new Extractor();
        for (Article a : dated()) {
            bank.add(ex.extract(a));
        }
        bank.commit();
        return bank;
    }

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<String> get(Server s, String pathAndQuery) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + pathAndQuery))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(Server s, String path, String contentType, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
