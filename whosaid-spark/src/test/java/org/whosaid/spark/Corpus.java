package org.whosaid.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The inputs the job is tested on, written into a folder: a gzipped WARC of news pages (a request
 * and a response each) with one damaged gzip member, a JSONL file with one line that is not JSON,
 * and a folder of plain-text articles, one of them in French. The same ferry quote is reported by
 * two outlets, and a surname alone ("Vasquez") appears in an article that gives no full name.
 */
final class Corpus {
    static final Instant CAPTURED = Instant.parse("2024-05-20T08:00:00Z");

    final Path warc;
    final Path jsonl;
    final Path texts;
    /** Byte offsets of the WARC's gzip members, in order. */
    final List<Long> offsets = new ArrayList<>();

    Corpus(Path dir) throws IOException {
        warc = dir.resolve("crawl.warc.gz");
        jsonl = dir.resolve("wire.jsonl");
        texts = dir.resolve("texts");
        writeWarc();
        Files.writeString(jsonl, String.join("\n",
                "{\"id\": \"wire-1\", \"url\": \"https://wire.example/ferry\", \"outlet\": \"Wire Service\", "
                        + "\"published\": \"2024-04-03\", \"text\": \"Ferry services to Kessin resume next week. "
                        + "\\\"The ferry will run again on Monday,\\\" Mirela Vasquez, director of the Kessin port "
                        + "authority, told Wire Service on Wednesday.\"}",
                "this line is not JSON",
                "{\"id\": \"wire-2\", \"url\": \"https://wire.example/budget\", \"outlet\": \"Wire Service\", "
                        + "\"published\": \"2024-04-04\", \"text\": \"The harbour budget was approved late on Thursday. "
                        + "Vasquez said the council had listened to the dock workers.\"}",
                ""), StandardCharsets.UTF_8);
        Files.createDirectories(texts);
        Files.writeString(texts.resolve("ministry.txt"), "The transport ministry said in a statement that the "
                + "new timetable would start in June.\n\n\u201CWe expect fewer delays,\u201D said Anton Leclair, "
                + "the ministry's chief engineer.\n", StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("paris.txt"), "Le ministre a d\u00E9clar\u00E9 que les travaux du port "
                + "commenceront au printemps, selon un communiqu\u00E9 publi\u00E9 mardi par la mairie de la ville.\n",
                StandardCharsets.UTF_8);
    }

    private void writeWarc() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.GZIP);
        List<Long> at = offsets;
        at.add((long) bytes.size());
        w.write(new Warcinfo.Builder().filename("crawl.warc.gz").date(CAPTURED)
                .body(MediaType.WARC_FIELDS, "software: whosaid tests\r\n".getBytes(StandardCharsets.UTF_8)).build());
        page(w, bytes, "https://herald.example/ferry", "Harbour Herald", "2024-03-05T09:30:00Z", "Ferry to resume",
                "<p>The ferry to Kessin has been idle for three weeks while engineers replaced its steering gear.</p>"
                        + "<p>\u201CThe ferry will run again on Monday,\u201D said Mirela Vasquez, the director of "
                        + "the Kessin port authority.</p>"
                        + "<p>Dock workers said the repairs had taken far longer than promised.</p>");
        page(w, bytes, "https://courier.example/ferry", "Coast Courier", "2024-04-02T16:00:00Z", "Kessin ferry back",
                "<p>Passengers on the Kessin route will soon have their crossing back.</p>"
                        + "<p>\u201CThe ferry will run again on Monday,\u201D Mirela Vasquez told the Coast Courier.</p>"
                        + "<p>Tomas Ekberg, the harbour master, said the new steering gear had passed its trials.</p>");
        long damaged = bytes.size();
        page(w, bytes, "https://herald.example/lost", "Harbour Herald", "2024-04-09T10:00:00Z", "Lost page",
                "<p>\u201CThis page is damaged,\u201D said Nobody Atall.</p>");
        page(w, bytes, "https://herald.example/yard", "Harbour Herald", "2024-04-10T11:00:00Z", "Yard stays open",
                "<p>The shipyard on the north quay will stay open through the winter.</p>"
                        + "<p>\u201CWe have no plans to close the yard,\u201D said Tomas Ekberg, the harbour master.</p>");
        w.close();
        byte[] all = bytes.toByteArray();
        // damage the response of the third page (its request member is left whole)
        int idx = offsets.indexOf(damaged);
        long from = offsets.get(idx + 1);
        long to = offsets.get(idx + 2);
        for (long i = from + 40; i < to - 20; i += 7) {
            all[(int) i] ^= 0x5A;
        }
        Files.write(warc, all);
    }

    private void page(WarcWriter w, ByteArrayOutputStream bytes, String url, String outlet, String published,
            String title, String body) throws IOException {
        String html = "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + outlet + "\">"
                + "<meta property=\"article:published_time\" content=\"" + published + "\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>" + title + "</h1>"
                + body + "</article><div class=\"comments\"><p>First!</p></div></body></html>";
        byte[] payload = html.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + payload.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] http = new byte[head.length + payload.length];
        System.arraycopy(head, 0, http, 0, head.length);
        System.arraycopy(payload, 0, http, head.length, payload.length);
        offsets.add((long) bytes.size());
        w.write(new WarcRequest.Builder(url).date(CAPTURED).body(MediaType.HTTP_REQUEST,
                ("GET / HTTP/1.1\r\nHost: example\r\n\r\n").getBytes(StandardCharsets.US_ASCII)).build());
        offsets.add((long) bytes.size());
        w.write(new WarcResponse.Builder(url).date(CAPTURED).body(MediaType.HTTP_RESPONSE, http).build());
    }
}
