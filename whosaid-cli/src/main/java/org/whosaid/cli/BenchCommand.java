package org.whosaid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import opennlp.tools.tokenize.SimpleTokenizer;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;
import org.whosaid.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code whosaid bench}: throughput and memory of the extractor, measured against bare tokenisation
 * of the same text in the same run.
 *
 * <p><b>Articles.</b> Given FILES (files, folders of .txt files) are used as they are, one article a
 * file. With none, the bundled articles are used: the .txt files of {@code examples/} and
 * {@code devset/} at the project root are only 150–250 words long, so their paragraphs are
 * concatenated in a fixed order (folder, then file path, then paragraph) into articles of about 700
 * words each, cut between paragraphs, so that every bench article is 500–1,000 words like real news.
 * See {@link BenchArticles} for the details and for how the project root is found.
 *
 * <p><b>Throughput.</b> Single-threaded. One pass runs the extractor (or {@link Tokenizer} alone, or
 * OpenNLP's {@code SimpleTokenizer} as a reference) over every article once. The run alternates time
 * slices of the three kinds of pass (1/40 of the time, 5–100 ms, turning which goes first every round),
 * so that machine noise falls on all alike; the warm-up is the same loop with its results thrown away,
 * run for {@code --warmup-seconds} and then on until the JIT compiler has settled (at most
 * {@code --warmup-max-seconds}), and the measured part ({@code --seconds}) is split evenly between the three
 * (to within one extractor pass). The ratio the target is set on is extractor time over whosaid's own
 * tokeniser; the reference ratio puts the extractor beside the tokeniser most Java NLP code runs.
 * Each slice is timed as a whole with {@link System#nanoTime()}. Every result is consumed: statement and token counts are summed
 * and checked against the counts of a single pass, so the JIT cannot drop any work.
 *
 * <p><b>Memory.</b> Peak heap is the sum of the peak usage of every heap memory pool
 * ({@link MemoryPoolMXBean}), with peaks reset after a {@link System#gc()} at the start of the run.
 * Pools peak at different moments, so the sum is an upper bound of the true peak; it also counts
 * garbage not yet collected, so it depends on the heap size and the collector. Then a separate check:
 * one article of about 1 MB, made by repeating the bench articles' paragraphs, is extracted once
 * after a {@link System#gc()} and a reset of the peaks.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure extractor throughput against bare tokenisation, and heap use, on the bundled "
                + "articles (examples/ and devset/ joined into ~700-word articles) or on given files.")
final class BenchCommand implements Callable<Integer> {

    enum Format { table, jsonl }

    /** Size of the text of the single-article memory check. */
    static final long BIG_ARTICLE_BYTES = 1_000_000;
    private static final long MAX_SLICE_NANOS = 100_000_000L;
    private static final long MIN_SLICE_NANOS = 5_000_000L;
    /** The warm-up's step while waiting for the JIT compiler, and what it may compile in one step once settled. */
    private static final long SETTLE_STEP_NANOS = 1_000_000_000L;
    private static final long SETTLED_COMPILE_MILLIS = 10;

    @Parameters(arity = "0..*", paramLabel = "FILES",
            description = "Articles as .txt files or folders, used as they are (default: the bundled articles).")
    List<String> files;

    @Option(names = "--seconds", defaultValue = "10", paramLabel = "N",
            description = "Measured time, shared by extractor, tokeniser and reference tokeniser (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup-seconds", defaultValue = "5", paramLabel = "N",
            description = "Least warm-up time before measuring (default: ${DEFAULT-VALUE}); the warm-up goes on "
                    + "until the JIT compiler has settled, up to --warmup-max-seconds.")
    double warmupSeconds;

    @Option(names = "--warmup-max-seconds", defaultValue = "180", paramLabel = "N",
            description = "Longest warm-up while the JIT compiler is still compiling (default: ${DEFAULT-VALUE}); "
                    + "at or below --warmup-seconds, the warm-up is just --warmup-seconds.")
    double warmupMaxSeconds;

    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(seconds > 0) || !(warmupSeconds >= 0) || !(warmupMaxSeconds >= 0) || Double.isInfinite(seconds)
                || Double.isInfinite(warmupSeconds) || Double.isInfinite(warmupMaxSeconds)) {
            err.println("whosaid: bench: --seconds must be above 0, --warmup-seconds and --warmup-max-seconds 0 or more");
            err.flush();
            return 2;
        }
        BenchArticles.Loaded loaded;
        try {
            loaded = BenchArticles.load(files);
        } catch (BenchArticles.LoadException e) {
            err.println("whosaid: " + e.getMessage());
            err.flush();
            return 1;
        }
        Result r = new Result();
        r.origin = loaded.origin();
        r.seconds = seconds;
        Runner runner = new Runner(loaded.articles());
        describe(runner, r);

        // throughput, with heap peaks from the start of the run
        System.gc();
        resetPeaks();
        long warmupStart = System.nanoTime();
        runner.rounds(nanos(warmupSeconds));
        r.jitSettled = settle(runner, nanos(warmupMaxSeconds) - (System.nanoTime() - warmupStart));
        r.warmupSeconds = (System.nanoTime() - warmupStart) / 1e9;
        runner.reset();
        runner.rounds(nanos(seconds));
        r.peakHeap = peakHeap(r.peakPools);
        r.ext = runner.ext.side();
        r.tok = runner.tok.side();
        r.ref = runner.ref.side();
        r.rounds = runner.rounds;
        if (runner.ext.sum != runner.ext.passes * r.statements || runner.tok.sum != runner.tok.passes * r.tokens
                || runner.ref.sum != runner.ref.passes * r.refTokens) {
            err.println("whosaid: bench: warning: passes gave different statement or token counts");
            err.flush();
        }
        r.maxHeap = Runtime.getRuntime().maxMemory();
        r.xmx = xmxSetting();

        bigArticle(loaded.articles(), runner.extractor, r);

        if (format == Format.jsonl) {
            out.println(new ObjectMapper().writeValueAsString(json(r)));
        } else {
            table(r, out);
        }
        out.flush();
        return r.bigError == null ? 0 : 1;
    }

    /**
     * Goes on warming up, a second of rounds at a time, until the JIT compiler has settled, or {@code budget}
     * ns are used. Settled means two steps in a row in which the compiler finished less than
     * {@link #SETTLED_COMPILE_MILLIS} of work and, where the JVM tells (HotSpot's compiler queue), had no
     * method of whosaid queued or in compilation. Compile time alone is not enough: it is counted when a
     * compilation ends, and the optimising compiler may spend seconds on one of the extractor's large methods,
     * a step that looks quiet while the extractor still runs in its first-tier code. On two shared cores the
     * extractor's hundreds of methods keep that compiler busy for 30 to 90 s, so a short warm-up would
     * measure it half compiled while the small tokenisers are long done. True when settled; false when not
     * seen to settle (or not waited for, with no budget left); null when the JVM does not report compile time.
     */
    private static Boolean settle(Runner runner, long budget) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return null;
        }
        long end = System.nanoTime() + budget;
        long compiled = jit.getTotalCompilationTime();
        int quietSteps = 0;
        while (System.nanoTime() < end) {
            runner.rounds(Math.min(SETTLE_STEP_NANOS, end - System.nanoTime()));
            long now = jit.getTotalCompilationTime();
            quietSteps = now - compiled < SETTLED_COMPILE_MILLIS && !compilingWhosaid() ? quietSteps + 1 : 0;
            if (quietSteps == 2) {
                return true;
            }
            compiled = now;
        }
        return false;
    }

    /**
     * True when HotSpot's compiler queue (the methods being compiled and those waiting) holds a method of
     * whosaid; false when it holds none, or when the JVM has no such diagnostic command.
     */
    static boolean compilingWhosaid() {
        try {
            Object queue = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerQueue",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return String.valueOf(queue).contains("org.whosaid.");
        } catch (javax.management.JMException | RuntimeException e) {
            return false;
        }
    }

    /** Sizes of the bench articles, and one extraction of each (the statement count of a pass). */
    private static void describe(Runner runner, Result r) {
        r.articles = runner.articles.size();
        r.minWords = Integer.MAX_VALUE;
        for (Article a : runner.articles) {
            int w = BenchArticles.words(a.text());
            r.words += w;
            r.minWords = Math.min(r.minWords, w);
            r.maxWords = Math.max(r.maxWords, w);
            r.bytes += BenchArticles.utf8Length(a.text());
        }
        r.tokens = runner.tokenizePass();
        r.refTokens = runner.referencePass();
        r.statements = runner.extractPass();
    }

    /** The single-article check: ~1 MB of text, extracted once after a GC and a reset of the peaks. */
    private static void bigArticle(List<Article> articles, Extractor extractor, Result r) {
        String text = BenchArticles.repeatParagraphs(articles, BIG_ARTICLE_BYTES);
        Article big = Article.of("bench-1mb", text);
        r.bigBytes = BenchArticles.utf8Length(text);
        r.bigWords = BenchArticles.words(text);
        r.bigTokens = Tokenizer.tokenize(text).size();
        System.gc();
        r.bigHeapBefore = usedHeap();
        resetPeaks();
        long t0 = System.nanoTime();
        try {
            r.bigStatements = extractor.extract(big).statements().size();
            r.bigNanos = System.nanoTime() - t0;
        } catch (OutOfMemoryError e) {
            r.bigNanos = System.nanoTime() - t0;
            r.bigError = "out of memory";
        }
        r.bigPeakHeap = peakHeap(null);
    }

    /** Runs the extractor and the tokeniser over the articles, and keeps the time of each. */
    private static final class Runner {
        final Extractor extractor = new Extractor();
        final List<Article> articles;
        final String[] texts;
        /** The three kinds of pass, timed apart: the extractor, whosaid's tokeniser, the reference tokeniser. */
        final Timed ext = new Timed(this::extractPass);
        final Timed tok = new Timed(this::tokenizePass);
        final Timed ref = new Timed(this::referencePass);
        private final Timed[] sides = {ext, tok, ref};
        int rounds;

        Runner(List<Article> articles) {
            this.articles = articles;
            this.texts = articles.stream().map(Article::text).toArray(String[]::new);
        }

        long extractPass() {
            long statements = 0;
            for (Article a : articles) {
                statements += extractor.extract(a).statements().size();
            }
            return statements;
        }

        long tokenizePass() {
            long tokens = 0;
            for (String t : texts) {
                tokens += Tokenizer.tokenize(t).size();
            }
            return tokens;
        }

        /** OpenNLP's SimpleTokenizer over every text: the reference tokeniser (character classes, no model). */
        long referencePass() {
            long tokens = 0;
            for (String t : texts) {
                tokens += SimpleTokenizer.INSTANCE.tokenizePos(t).length;
            }
            return tokens;
        }

        void reset() {
            for (Timed side : sides) {
                side.passes = side.nanos = side.sum = 0;
            }
            rounds = 0;
        }

        /**
         * Alternating slices of extractor, tokeniser and reference passes for about {@code total} ns (at
         * least one round when total is above 0), turning which goes first every round. After round k
         * each side has run for about k slices: a slice ends at the first pass that brings its side's time
         * in this call to k slices, so a side that overran (a pass is indivisible) runs less next round.
         */
        void rounds(long total) {
            if (total <= 0) {
                return;
            }
            long slice = Math.max(MIN_SLICE_NANOS, Math.min(MAX_SLICE_NANOS, total / 40));
            long[] start = {ext.nanos, tok.nanos, ref.nanos};
            long due = 0;
            long begin = System.nanoTime();
            int first = 0;
            do {
                due += slice;
                for (int k = 0; k < sides.length; k++) {
                    int side = (first + k) % sides.length;
                    sides[side].runUntil(start[side] + due);
                }
                first = (first + 1) % sides.length;
                rounds++;
            } while (System.nanoTime() - begin < total);
        }
    }

    /** One kind of pass with its count, time and summed result (statements or tokens) so far. */
    private static final class Timed {
        private final LongSupplier pass;
        long passes;
        long nanos;
        long sum;

        Timed(LongSupplier pass) {
            this.pass = pass;
        }

        /** Passes, at least one, until this side's time reaches {@code until} ns. */
        void runUntil(long until) {
            long t0 = System.nanoTime();
            long t;
            do {
                sum += pass.getAsLong();
                passes++;
                t = System.nanoTime();
            } while (nanos + (t - t0) < until);
            nanos += t - t0;
        }

        Side side() {
            return new Side(passes, nanos);
        }
    }

    /** Everything measured, in plain units (bytes, nanoseconds, counts). */
    private static final class Result {
        String origin;
        /** The warm-up's length as run, and whether the JIT compiler settled in it (null: not reported). */
        double warmupSeconds;
        Boolean jitSettled;
        double seconds;
        int articles;
        long words;
        int minWords;
        int maxWords;
        long tokens;
        /** Tokens of a pass of the reference tokeniser, which splits some words differently. */
        long refTokens;
        long bytes;
        long statements;
        int rounds;
        Side ext;
        Side tok;
        Side ref;
        long peakHeap;
        final Map<String, Long> peakPools = new LinkedHashMap<>();
        long maxHeap;
        String xmx;
        long bigBytes;
        long bigWords;
        long bigTokens;
        long bigStatements;
        long bigNanos;
        long bigHeapBefore;
        long bigPeakHeap;
        String bigError;

        /** Time of one extractor pass over the time of one tokeniser pass over the same text. */
        double ratio() {
            return ext.nanosPerPass() / tok.nanosPerPass();
        }

        /** Time of one extractor pass over the time of one reference tokeniser pass over the same text. */
        double referenceRatio() {
            return ext.nanosPerPass() / ref.nanosPerPass();
        }
    }

    /** One side of the comparison: how many passes over all articles, in how many nanoseconds. */
    private record Side(long passes, long nanos) {
        double seconds() {
            return nanos / 1e9;
        }

        double nanosPerPass() {
            return (double) nanos / passes;
        }

        /** A rate of anything counted per pass (articles, tokens, megabytes) per second. */
        double perSecond(double perPass) {
            return passes * perPass / seconds();
        }
    }

    private static void table(Result r, PrintWriter out) {
        out.println("whosaid bench: " + r.origin);
        out.printf(Locale.ROOT, "  %-18s %s%n", "articles", num(r.articles));
        out.printf(Locale.ROOT, "  %-18s %s  (%s\u2013%s per article)%n", "words", num(r.words), num(r.minWords),
                num(r.maxWords));
        out.printf(Locale.ROOT, "  %-18s %s%n", "tokens", num(r.tokens));
        out.printf(Locale.ROOT, "  %-18s %s%n", "bytes (UTF-8)", num(r.bytes));
        out.printf(Locale.ROOT, "  %-18s %s per pass%n", "statements", num(r.statements));
        out.println();
        out.printf(Locale.ROOT, "  single thread, %.1f s warm-up%s, then %s s measured in %d rounds of alternating slices%n",
                r.warmupSeconds, r.jitSettled == null ? "" : r.jitSettled ? " (until the JIT compiler settled)"
                        : " (the JIT compiler not seen to settle)", plain(r.seconds), r.rounds);
        out.printf(Locale.ROOT, "  %-14s %10s %8s %12s %14s %9s%n", "", "passes", "time s", "articles/s", "tokens/s", "MB/s");
        row(out, "extractor", r.ext, r, r.tokens);
        row(out, "tokenisation", r.tok, r, r.tokens);
        row(out, "OpenNLP simple", r.ref, r, r.refTokens);
        out.printf(Locale.ROOT, "  extractor time / tokenisation time: %.1f%n", r.ratio());
        out.printf(Locale.ROOT, "  extractor time / OpenNLP SimpleTokenizer time (reference): %.1f%n", r.referenceRatio());
        out.println();
        out.printf(Locale.ROOT, "  %-18s %s  (sum of heap-pool peaks, warm-up and measurement)%n", "peak heap used",
                mb(r.peakHeap));
        out.printf(Locale.ROOT, "  %-18s %s  (%s)%n", "max heap (-Xmx)", mb(r.maxHeap), r.xmx);
        out.println();
        out.printf(Locale.ROOT, "  single ~1 MB article: %s bytes, %s words, %s tokens%n", num(r.bigBytes),
                num(r.bigWords), num(r.bigTokens));
        if (r.bigError != null) {
            out.printf(Locale.ROOT, "  %-18s failed after %,.1f ms: %s%n", "extraction", r.bigNanos / 1e6, r.bigError);
        } else {
            out.printf(Locale.ROOT, "  %-18s %,.1f ms, %s statements%n", "extraction", r.bigNanos / 1e6,
                    num(r.bigStatements));
        }
        out.printf(Locale.ROOT, "  %-18s %s  (heap used before: %s)%n", "peak heap used", mb(r.bigPeakHeap),
                mb(r.bigHeapBefore));
    }

    /** One row of the table; tokens/s counts the tokens of that side's own tokeniser. */
    private static void row(PrintWriter out, String label, Side side, Result r, long tokens) {
        out.printf(Locale.ROOT, "  %-14s %10s %8.2f %12s %14s %9s%n", label, num(side.passes()), side.seconds(),
                rate(side.perSecond(r.articles)), rate(side.perSecond(tokens)), rate(side.perSecond(r.bytes / 1e6)));
    }

    private static void side(ObjectNode o, Side side, Result r, long tokens) {
        o.put("passes", side.passes());
        o.put("seconds", side.seconds());
        o.put("articles_per_s", side.perSecond(r.articles));
        o.put("tokens_per_s", side.perSecond(tokens));
        o.put("mb_per_s", side.perSecond(r.bytes / 1e6));
    }

    private static ObjectNode json(Result r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode o = m.createObjectNode();
        o.put("origin", r.origin);
        o.put("articles", r.articles);
        o.put("words", r.words);
        o.put("words_min", r.minWords);
        o.put("words_max", r.maxWords);
        o.put("tokens", r.tokens);
        o.put("bytes", r.bytes);
        o.put("statements", r.statements);
        o.put("warmup_seconds", r.warmupSeconds);
        if (r.jitSettled != null) {
            o.put("warmup_jit_settled", r.jitSettled);
        }
        o.put("seconds", r.seconds);
        o.put("rounds", r.rounds);
        side(o.putObject("extractor"), r.ext, r, r.tokens);
        side(o.putObject("tokenisation"), r.tok, r, r.tokens);
        ObjectNode ref = o.putObject("reference_tokenisation");
        ref.put("tokeniser", "OpenNLP SimpleTokenizer");
        ref.put("tokens", r.refTokens);
        side(ref, r.ref, r, r.refTokens);
        o.put("ratio_extractor_to_tokenisation", r.ratio());
        o.put("ratio_extractor_to_reference_tokenisation", r.referenceRatio());
        o.put("peak_heap_bytes", r.peakHeap);
        ObjectNode pools = o.putObject("peak_heap_pools");
        r.peakPools.forEach(pools::put);
        o.put("max_heap_bytes", r.maxHeap);
        o.put("xmx", r.xmx);
        ObjectNode big = o.putObject("big_article");
        big.put("bytes", r.bigBytes);
        big.put("words", r.bigWords);
        big.put("tokens", r.bigTokens);
        big.put("statements", r.bigStatements);
        big.put("extract_ms", r.bigNanos / 1e6);
        big.put("heap_before_bytes", r.bigHeapBefore);
        big.put("peak_heap_bytes", r.bigPeakHeap);
        if (r.bigError != null) {
            big.put("error", r.bigError);
        }
        return o;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        List<MemoryPoolMXBean> pools = new ArrayList<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.isValid()) {
                pools.add(p);
            }
        }
        return pools;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : heapPools()) {
            p.resetPeakUsage();
        }
    }

    /** Sum of the peak usage of the heap pools since the last reset; each pool's peak into byPool. */
    private static long peakHeap(Map<String, Long> byPool) {
        long sum = 0;
        for (MemoryPoolMXBean p : heapPools()) {
            long used = p.getPeakUsage() == null ? 0 : p.getPeakUsage().getUsed();
            sum += used;
            if (byPool != null) {
                byPool.put(p.getName(), used);
            }
        }
        return sum;
    }

    private static long usedHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : heapPools()) {
            sum += p.getUsage() == null ? 0 : p.getUsage().getUsed();
        }
        return sum;
    }

    /** The heap-size option the JVM was started with, or "JVM default". */
    private static String xmxSetting() {
        String found = "JVM default";
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Xmx") || arg.startsWith("-XX:MaxHeapSize=") || arg.startsWith("-XX:MaxRAMPercentage=")) {
                found = arg;
            }
        }
        return found;
    }

    private static long nanos(double s) {
        return (long) (s * 1e9);
    }

    /** A number of seconds without a needless ".0". */
    private static String plain(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }

    private static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String rate(double x) {
        return String.format(Locale.ROOT, x >= 100 ? "%,.0f" : x >= 10 ? "%.1f" : "%.2f", x);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1e6);
    }
}
