package org.whosaid.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.whosaid.bank.QuoteBank;

/**
 * A loopback load test of {@code /api/search} over the bundled example bank: N requests from C
 * concurrent clients (a mix of word, phrase, OR, filtered, faceted and list-everything searches),
 * bounded in time, reporting latency percentiles and errors. Run:
 * {@code java -cp whosaid-cli/target/whosaid.jar org.whosaid.server.LoadBench [REQUESTS [CLIENTS [SECONDS]]]}.
 */
public final class LoadBench {
    private static final List<String> QUERIES = List.of(
            "q=strike", "q=" + enc("\"final package\""), "q=minister&facets=true", "q=" + enc("pay OR wages"),
            "q=*&facets=true", "q=*&kind=direct", "q=will&limit=50", "q=council&facets=true&kind=indirect",
            "q=talk*", "q=*&speaker=Okafor", "q=government&about=" + enc("the ministry"), "q=said&limit=5");

    /** What one run measured; latencies in milliseconds. */
    public record Result(int requests, int errors, int clients, double seconds, double p50, double p99, double max) {
        @Override
        public String toString() {
            return String.format("%d requests from %d clients in %.2f s (%.0f requests/s): p50 %.2f ms, p99 %.2f ms, "
                    + "max %.2f ms, errors %d", requests, clients, seconds, requests / seconds, p50, p99, max, errors);
        }
    }

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 120;
        Path dir = Files.createTempDirectory("whosaid-loadbench-");
        try (QuoteBank bank = QuoteBank.open(dir)) {
            int n = ExampleBank.fill(bank);
            System.err.println("whosaid: example bank of " + n + " articles, " + bank.stats().statements() + " statements");
            try (Server server = Server.start(bank, ServerOptions.onPort(0))) {
                run(server.port(), 100, clients, seconds); // warm-up, not reported
                Result r = run(server.port(), requests, clients, seconds);
                System.out.println(r);
                if (r.errors() > 0) {
                    System.exit(1);
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Sends up to {@code requests} searches from {@code clients} threads, stopping at the time limit. */
    public static Result run(int port, int requests, int clients, int seconds) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?"
                            + QUERIES.get(i % QUERIES.size()))).timeout(Duration.ofSeconds(10)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies[i] = System.nanoTime() - t0;
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        int n = done.get();
        long[] sorted = Arrays.copyOf(Arrays.stream(latencies).filter(l -> l > 0).toArray(), n);
        Arrays.sort(sorted);
        return new Result(n, errors.get() + (requests - n), clients, elapsed, ms(percentile(sorted, 0.50)),
                ms(percentile(sorted, 0.99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
