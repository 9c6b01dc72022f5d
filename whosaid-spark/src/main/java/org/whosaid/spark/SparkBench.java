package org.whosaid.spark;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * The Spark job against the plain command line, in one run: writes a generated archive (PAGES
 * news pages in FILES gzipped WARC files, a request and a response each), then times, in
 * alternation for ROUNDS rounds, {@code ./whosaid extract --format jsonl} over the files, the job's
 * stage 1 in {@code local[1]} and in {@code local[2]}, each in a fresh JVM as a user runs them, and
 * the same three over a one-page archive (the fixed start-up cost). Reports medians: pages/s, the
 * job's cost per page over the command line's, and the scaling from one core to two.
 *
 * <pre>java -cp whosaid-spark/target/whosaid-spark-job.jar org.whosaid.spark.SparkBench [PAGES] [FILES] [ROUNDS]</pre>
 * run from the repository root (it calls {@code ./whosaid}).
 */
public final class SparkBench {
    private SparkBench() {
    }

    private static final String[] PEOPLE = {"Mirela Vasquez", "Tomas Ekberg", "Anton Leclair", "Ruth Okafor",
        "Ines Dalgaard", "Pavel Horak", "Leila Haddad", "Oskar Brandt", "Nadia Petrenko", "Colm Farrell"};
    private static final String[] ROLES = {"the director of the port authority", "the harbour master",
        "the ministry's chief engineer", "a spokeswoman for the union", "the mayor", "the council's finance chief"};
    private static final String[] OUTLETS = {"Harbour Herald", "Coast Courier", "Northern Ledger", "Kessin Daily"};
    private static final String[] TOPICS = {"ferry", "dredging", "shipyard", "timetable", "bridge", "budget"};

    public static void main(String[] args) throws Exception {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("whosaid-spark-bench");
        Path big = work.resolve("archive");
        Path tiny = work.resolve("tiny");
        long bytes = write(big, pages, files, 1);
        write(tiny, 1, 1, 2);
        System.out.printf(Locale.ROOT, "archive: %,d pages in %d WARC.gz files, %.1f MB; %d rounds, alternating%n",
                pages, files, bytes / 1e6, rounds);
        String[] names = {"cli extract", "spark local[1]", "spark local[2]"};
        double[][] big3 = new double[3][rounds];
        double[][] tiny3 = new double[3][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 3; k++) {
                big3[k][r] = time(k, big, work);
                tiny3[k][r] = time(k, tiny, work);
                System.out.printf(Locale.ROOT, "round %d %-15s %7.2f s (%,d pages)   %6.2f s (1 page)%n", r + 1,
                        names[k], big3[k][r], pages, tiny3[k][r]);
            }
        }
        double[] b = new double[3];
        double[] t = new double[3];
        for (int k = 0; k < 3; k++) {
            b[k] = median(big3[k]);
            t[k] = median(tiny3[k]);
        }
        System.out.println("medians:");
        for (int k = 0; k < 3; k++) {
            double perPage = (b[k] - t[k]) / pages;
            System.out.printf(Locale.ROOT, "  %-15s %7.2f s, %6.0f pages/s overall; start-up %5.2f s; %5.2f ms per page, "
                    + "%6.0f pages/s after start-up%n", names[k], b[k], pages / b[k], t[k], perPage * 1e3, 1 / perPage);
        }
        double cliPer = (b[0] - t[0]) / pages;
        double one = (b[1] - t[1]) / pages;
        double two = (b[2] - t[2]) / pages;
        System.out.printf(Locale.ROOT, "spark local[1] per page / cli per page: %.2f (start-up %+.2f s)%n", one / cliPer,
                t[1] - t[0]);
        System.out.printf(Locale.ROOT, "scaling local[1] -> local[2] (per-page time ratio): %.2fx%n", one / two);
        System.out.printf(Locale.ROOT, "overall wall time ratio spark local[1] / cli: %.2f, local[1] / local[2]: %.2f%n",
                b[1] / b[0], b[1] / b[2]);
        try (Stream<Path> w = Files.walk(work)) {
            w.sorted((x, y) -> y.compareTo(x)).forEach(p -> p.toFile().delete());
        }
    }

    private static double time(int which, Path input, Path work) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("./whosaid"));
        if (which == 0) {
            try (Stream<Path> s = Files.list(input)) {
                cmd.addAll(List.of("extract", "--format", "jsonl"));
                s.sorted().forEach(p -> cmd.add(p.toString()));
            }
        } else {
            cmd.addAll(List.of("spark", "--master", which == 1 ? "local[1]" : "local[2]", "--stage", "extract",
                    "--input", input.toString(), "--output", work.resolve("out").toString()));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(work.resolve("stderr.txt").toFile());
        long t0 = System.nanoTime();
        int status = pb.start().waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited " + status + ": "
                    + Files.readString(work.resolve("stderr.txt")));
        }
        return s;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Writes {@code pages} generated pages over {@code files} WARC.gz files in {@code dir}; returns their bytes. */
    static long write(Path dir, int pages, int files, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom rnd = new SplittableRandom(seed);
        long total = 0;
        int page = 0;
        for (int f = 0; f < files; f++) {
            Path p = dir.resolve(String.format(Locale.ROOT, "news-%03d.warc.gz", f));
            int n = pages / files + (f < pages % files ? 1 : 0);
            try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP);
                for (int i = 0; i < n; i++, page++) {
                    String url = "https://news.example/" + page;
                    byte[] html = page(rnd, page).getBytes(StandardCharsets.UTF_8);
                    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                            + html.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                    byte[] http = new byte[head.length + html.length];
                    System.arraycopy(head, 0, http, 0, head.length);
                    System.arraycopy(html, 0, http, head.length, html.length);
                    Instant at = Instant.parse("2024-01-01T08:00:00Z").plusSeconds(3600L * page);
                    w.write(new WarcRequest.Builder(url).date(at).body(MediaType.HTTP_REQUEST,
                            "GET / HTTP/1.1\r\nHost: news.example\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
                    w.write(new WarcResponse.Builder(url).date(at).body(MediaType.HTTP_RESPONSE, http).build());
                }
            }
            total += Files.size(p);
        }
        return total;
    }

    /** A news page of about 600 words: context paragraphs, direct, split and reported quotes, clutter. */
    private static String page(SplittableRandom rnd, int n) {
        String topic = TOPICS[rnd.nextInt(TOPICS.length)];
        String outlet = OUTLETS[rnd.nextInt(OUTLETS.length)];
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 12; p++) {
            String who = PEOPLE[rnd.nextInt(PEOPLE.length)];
            String role = ROLES[rnd.nextInt(ROLES.length)];
            int amount = 2 + rnd.nextInt(90);
            switch (p % 4) {
                case 0 -> body.append("<p>The ").append(topic).append(" plan, which the council first discussed ")
                        .append(amount).append(" weeks ago, has divided residents of the old town and the traders ")
                        .append("on the north quay, where several shops have stood empty since the spring floods.</p>");
                case 1 -> body.append("<p>\u201CWe cannot wait another ").append(amount).append(" months for the ")
                        .append(topic).append(",\u201D said ").append(who).append(", ").append(role)
                        .append(". \u201CEvery week of delay costs the harbour money it does not have.\u201D</p>");
                case 2 -> body.append("<p>").append(who).append(", ").append(role).append(", told ").append(outlet)
                        .append(" that the ").append(topic).append(" would cost about ").append(amount)
                        .append(" million crowns and that the work could start before the end of the year.</p>");
                default -> body.append("<p>According to the harbour board, ").append(amount)
                        .append(" vessels used the port last month, fewer than in any month since records began, ")
                        .append("while officials said the decline was temporary.</p>");
            }
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><title>" + topic + " " + n + " | " + outlet + "</title>"
                + "<meta property=\"og:site_name\" content=\"" + outlet + "\">"
                + "<meta property=\"article:published_time\" content=\"2024-0" + (1 + n % 9) + "-1" + (n % 10)
                + "T10:00:00Z\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> "
                + "<a href=\"/sport\">Sport</a></nav><div class=\"ad\">Subscribe for 1 crown a week</div><article><h1>"
                + "The " + topic + " debate</h1>" + body + "</article><aside class=\"related\"><a href=\"/a\">More on the "
                + topic + "</a></aside><div class=\"comments\"><p>Great news for the town!</p></div></body></html>";
    }
}
