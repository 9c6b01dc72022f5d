package org.whosaid.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.whosaid.cli.BenchArticles;
import org.whosaid.extract.Extractor;
import org.whosaid.ingest.Ingest;
import org.whosaid.ingest.Item;
import org.whosaid.ingest.Timings;
import org.whosaid.model.Article;
import org.whosaid.text.Paragraph;

/**
 * Ingest plus extraction over a generated WARC archive, the way Common Crawl News is published:
 * gzip per record, a request and a response per page. The pages are the bundled bench articles
 * (about 700 words each, see {@link BenchArticles}) wrapped in the clutter of a news site
 * (navigation, an ad, a caption, related links, comments, JSON-LD and OpenGraph metadata). One
 * warm-up pass, then a measured pass, single-threaded; the time of each stage is reported.
 *
 * <pre>java -cp whosaid-bench/target/benchmarks.jar org.whosaid.bench.IngestBench [PAGES] [WARC]</pre>
 */
public final class IngestBench {
    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path warc = args.length > 1 ? Path.of(args[1]) : Files.createTempFile("whosaid-bench", ".warc.gz");
        List<Article> articles = BenchArticles.load(List.of()).articles();
        long htmlBytes = write(warc, pages, articles);
        long fileBytes = Files.size(warc);
        System.out.printf(Locale.ROOT, "archive: %s, %,d pages, %.1f MB gzipped, %.1f MB of HTML%n", warc, pages,
                fileBytes / 1e6, htmlBytes / 1e6);
        run(warc, new Extractor(), false);
        Result r = run(warc, new Extractor(), true);
        double s = r.totalNanos / 1e9;
        System.out.printf(Locale.ROOT, "measured pass: %,d articles, %,d statements, %,d skipped, %,d failed in %.2f s%n",
                r.articles, r.statements, r.skipped, r.failed, s);
        System.out.printf(Locale.ROOT, "throughput: %.0f pages/s, %.2f MB/s of gzipped WARC, %.2f MB/s of HTML%n",
                r.articles / s, fileBytes / 1e6 / s, htmlBytes / 1e6 / s);
        Timings.Snapshot t = r.timings;
        long rest = r.totalNanos - t.parseNanos() - t.boilerplateNanos() - t.languageNanos() - r.extractNanos;
        System.out.println("where the time goes:");
        share("  WARC reading, gunzip (rest)", rest, r.totalNanos);
        share("  charset, jsoup parse, metadata", t.parseNanos(), r.totalNanos);
        share("  boilerplate removal + text", t.boilerplateNanos(), r.totalNanos);
        share("  language detection", t.languageNanos(), r.totalNanos);
        share("  statement extraction", r.extractNanos, r.totalNanos);
        if (args.length < 2) {
            Files.deleteIfExists(warc);
        }
    }

    private static void share(String what, long nanos, long total) {
        System.out.printf(Locale.ROOT, "%-34s %8.2f s  %5.1f %%%n", what, nanos / 1e9, 100.0 * nanos / total);
    }

    private record Result(long articles, long statements, long skipped, long failed, long totalNanos, long extractNanos,
            Timings.Snapshot timings) {
    }

    private static Result run(Path warc, Extractor extractor, boolean measured) {
        Ingest ingest = new Ingest();
        long articles = 0;
        long statements = 0;
        long skipped = 0;
        long failed = 0;
        long extractNanos = 0;
        long t0 = System.nanoTime();
        try (Stream<Item> items = ingest.read(warc)) {
            for (Item item : (Iterable<Item>) items::iterator) {
                if (item instanceof Item.Accepted a) {
                    long e0 = System.nanoTime();
                    statements += extractor.extract(a.article()).statements().size();
                    extractNanos += System.nanoTime() - e0;
                    articles++;
                } else if (item instanceof Item.Skipped) {
                    skipped++;
                } else {
                    failed++;
                }
            }
        }
        long total = System.nanoTime() - t0;
        if (!measured) {
            System.out.printf(Locale.ROOT, "warm-up pass: %,d articles in %.2f s%n", articles, total / 1e9);
        }
        return new Result(articles, statements, skipped, failed, total, extractNanos, ingest.timings().snapshot());
    }

    /** Writes the archive; returns the bytes of HTML in it. */
    private static long write(Path warc, int pages, List<Article> articles) throws IOException {
        long html = 0;
        Instant date = Instant.parse("2024-03-08T06:00:00Z");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
                WarcCompression.GZIP)) {
            for (int i = 0; i < pages; i++) {
                Article a = articles.get(i % articles.size());
                String url = "https://news.example/2024/03/story-" + i;
                byte[] body = page(a, i).getBytes(StandardCharsets.UTF_8);
                html += body.length;
                byte[] req = ("GET /2024/03/story-" + i + " HTTP/1.1\r\nHost: news.example\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII);
                w.write(new WarcRequest.Builder(url).date(date).body(MediaType.HTTP_REQUEST, req).build());
                byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] http = new byte[head.length + body.length];
                System.arraycopy(head, 0, http, 0, head.length);
                System.arraycopy(body, 0, http, head.length, body.length);
                w.write(new WarcResponse.Builder(url).date(date).body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
        return html;
    }

    private static String page(Article a, int i) {
        StringBuilder sb = new StringBuilder(16_384);
        sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Story ").append(i)
                .append(" | The Example News</title><meta property=\"og:site_name\" content=\"The Example News\">")
                .append("<meta property=\"og:title\" content=\"Story ").append(i).append("\">")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"Story ").append(i).append("\",\"datePublished\":\"2024-03-07T10:00:00Z\"}</script>")
                .append("<script>var ads = [1,2,3];</script><style>body{font:16px serif}</style></head><body>")
                .append("<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>")
                .append("<li><a href=\"/business\">Business</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>")
                .append("<div class=\"ad-slot\">Advertisement: subscribe today for half price.</div><main><article>")
                .append("<h1>Story ").append(i).append("</h1><p class=\"byline\">By Staff Reporter</p>");
        String text = a.text();
        int n = 0;
        for (Paragraph p : Paragraph.split(text)) {
            sb.append("<p>").append(escape(text.substring(p.start(), p.end()))).append("</p>\n");
            if (++n == 2) {
                sb.append("<figure><img src=\"/img/").append(i).append(".jpg\"><figcaption>A photo caption for story ")
                        .append(i).append(".</figcaption></figure>");
            }
        }
        sb.append("<aside class=\"related\"><h3>Related</h3><ul><li><a href=\"/a\">Another story</a></li>")
                .append("<li><a href=\"/b\">Yet another story</a></li></ul></aside></article></main>")
                .append("<section id=\"comments\"><div class=\"comment\"><p>First comment on this story.</p></div>")
                .append("</section><footer><p>\u00A9 The Example News</p></footer></body></html>");
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
