package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** extract over the formats whosaid-ingest reads: offsets into the extracted text, messages, summary, exit status. */
class IngestInputsTest {
    private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Bridge to reopen</title>"
            + "<meta property=\"og:site_name\" content=\"Valley Post\"></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<article><h1>Bridge to reopen</h1><p>The old stone bridge over the Elm will reopen in May after repairs, "
            + "the council said on Tuesday.</p><p>\u201CWe will reopen the bridge in May,\u201D Mayor Ilse Brandt said.</p>"
            + "</article><div class=\"comments\"><p>Finally!</p></div></body></html>";

    @TempDir
    Path dir;

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(m.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void htmlOffsetsReferToTheExtractedTextGivenWithText() throws Exception {
        Path p = dir.resolve("bridge.html");
        Files.writeString(p, PAGE);
        CliRun r = CliRun.of("extract", "--format", "jsonl", "--with-text", p.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode node = lines(r.out()).get(0);
        JsonNode article = node.get("article");
        String text = article.get("text").asText();
        assertEquals("The old stone bridge over the Elm will reopen in May after repairs, the council said on Tuesday."
                + "\n\n\u201CWe will reopen the bridge in May,\u201D Mayor Ilse Brandt said.", text);
        assertEquals("Valley Post", article.get("outlet").asText());
        assertEquals("Bridge to reopen", article.get("title").asText());
        assertEquals("en", article.get("language").asText());
        JsonNode brandt = node.get("statements").get(1);
        assertEquals("Ilse Brandt", brandt.get("speaker").get("name").asText());
        JsonNode q = brandt.get("quote");
        assertEquals(q.get("text").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
        assertEquals("whosaid: read 1, extracted 1, skipped 0, failed 0", r.err().strip());
    }

    @Test
    void warcRecordsSkippedAndFailedAreCountedAndTheRestExtracted() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP)) {
            for (int status : new int[] {200, 404, 200}) {
                offsets.add((long) bytes.size());
                byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
                byte[] http = ("HTTP/1.1 " + status + " X\r\nContent-Type: text/html\r\nContent-Length: " + body.length
                        + "\r\n\r\n" + PAGE).getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder("https://valley.example/bridge").date(Instant.parse("2024-05-01T00:00:00Z"))
                        .body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
        byte[] all = bytes.toByteArray();
        // cut the last record in half: it fails, the first is still extracted
        Path p = dir.resolve("crawl.warc.gz");
        Files.write(p, java.util.Arrays.copyOf(all, (int) (offsets.get(2) + (all.length - offsets.get(2)) / 2)));
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of("extract", "--format", "jsonl", p.toString()));
        assertEquals(1, r.status(), r.err());
        List<JsonNode> nodes = lines(r.out());
        assertEquals(1, nodes.size(), r.out());
        assertEquals("crawl#1", nodes.get(0).get("article").get("id").asText());
        assertEquals(p + "@0", nodes.get(0).get("article").get("source").asText());
        assertTrue(r.err().contains("whosaid: " + p + "@" + offsets.get(2) + ": "), r.err());
        assertTrue(r.err().endsWith("whosaid: read 3, extracted 1, skipped 1 (http-status: 1), failed 1\n"), r.err());
    }

    @Test
    void foldersAreReadForEveryFormatAndLanguagesNotHandledAreReportedNotFailed() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("news"));
        Files.writeString(folder.resolve("a-bridge.html"), PAGE);
        Files.writeString(folder.resolve("b-batch.jsonl"), "{\"id\": \"fr1\", \"text\": \"Le maire a d\u00e9clar\u00e9 mardi que "
                + "le pont rouvrirait en mai, apr\u00e8s des mois de travaux sur les piles.\"}\n{oops\n");
        Files.writeString(folder.resolve("c-notes.md"), "not read");
        CliRun r = CliRun.of("extract", "--format", "jsonl", folder.toString());
        assertEquals(1, r.status(), r.err());
        assertEquals(1, lines(r.out()).size(), r.out());
        Path jsonl = folder.resolve("b-batch.jsonl");
        assertTrue(r.err().contains("whosaid: " + jsonl + "@0: skipped: language fr not supported"), r.err());
        assertTrue(r.err().contains("whosaid: " + jsonl + "@"), r.err());
        assertTrue(r.err().contains(": line 2: not JSON: "), r.err());
        assertTrue(r.err().endsWith("whosaid: read 3, extracted 1, skipped 1 (language: 1), failed 1\n"), r.err());
    }

    @Test
    void skippedRecordsAloneDoNotFailTheRun() throws Exception {
        Path p = dir.resolve("fr.jsonl");
        Files.writeString(p, "{\"id\": \"fr1\", \"text\": \"Le maire a d\u00e9clar\u00e9 mardi que le pont rouvrirait "
                + "en mai, apr\u00e8s des mois de travaux sur les piles.\"}\n");
        CliRun r = CliRun.of("extract", p.toString());
        assertEquals(0, r.status(), r.err());
    }
}
