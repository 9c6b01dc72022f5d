package org.whosaid.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Builds WARC archives for tests with jwarc's writer, remembering where each record starts. */
final class Warcs {
    static final Instant DATE = Instant.parse("2024-03-08T06:15:30Z");

    final List<Long> offsets = new ArrayList<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final WarcWriter writer;

    Warcs(boolean gzip) throws IOException {
        writer = new WarcWriter(Channels.newChannel(bytes), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    Warcs add(WarcRecord record) throws IOException {
        offsets.add((long) bytes.size());
        writer.write(record);
        return this;
    }

    Warcs warcinfo() throws IOException {
        return add(new Warcinfo.Builder().filename("test.warc.gz").date(DATE)
                .body(MediaType.WARC_FIELDS, "software: whosaid tests\r\n".getBytes(StandardCharsets.UTF_8)).build());
    }

    Warcs request(String url) throws IOException {
        byte[] http = ("GET " + url.replaceFirst("https?://[^/]+", "") + " HTTP/1.1\r\nHost: example.org\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        return add(new WarcRequest.Builder(url).date(DATE).body(MediaType.HTTP_REQUEST, http).build());
    }

    Warcs response(String url, int status, String contentType, byte[] body) throws IOException {
        return add(new WarcResponse.Builder(url).date(DATE).body(MediaType.HTTP_RESPONSE, http(status, contentType, body))
                .build());
    }

    Warcs html(String url, String html) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] http(int status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    byte[] bytes() throws IOException {
        writer.close();
        return bytes.toByteArray();
    }

    /** A short news page with one quoted statement, for archives of many pages. */
    static String page(String title, String speaker, String quote) {
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + title + "</title>"
                + "<meta property=\"og:site_name\" content=\"Harbour Herald\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>" + title + "</h1>"
                + "<p>The harbour board met on Tuesday evening to discuss the winter timetable and the cost of "
                + "dredging the northern channel, which has silted up faster than engineers expected.</p>"
                + "<p>\u201C" + quote + "\u201D " + speaker + " said after the meeting.</p></article>"
                + "<div class=\"comments\"><p>Great news for the town!</p></div></body></html>";
    }
}
