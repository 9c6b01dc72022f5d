package org.whosaid.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.whosaid.cli.BenchArticles;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;
import org.whosaid.text.Tokenizer;

/**
 * The extractor against bare tokenisation, on the same articles as {@code whosaid bench}: one
 * operation is one pass over every article, so articles/s = ops/s × the article count printed at
 * setup, and extract's score over tokenize's is how much slower the extractor is than tokenising.
 *
 * <p>Articles: the system property {@code whosaid.articles} is either a project root (a folder holding
 * {@code examples/}), whose bundled articles are joined into ~700-word articles as in
 * {@link BenchArticles}, or a list of .txt files and folders (separated by the platform's path
 * separator) used as they are. Unset, the project root is found by walking up from the current
 * directory. The forked JVM inherits the host's {@code -D} options, so
 * {@code java -Dwhosaid.articles=DIR -jar whosaid-bench/target/benchmarks.jar} works.
 *
 * <p>Warm-up: 24 s. On a two-core machine the JIT compiler needs 10 to 21 s to finish compiling the
 * extractor's methods (it is done with the tokeniser within a second), and a shorter warm-up measures the
 * extractor half compiled.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 12, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExtractorBenchmark {
    /** System property naming the articles: a project root, or .txt files and folders. */
    public static final String ARTICLES_PROPERTY = "whosaid.articles";

    private Extractor extractor;
    private Article[] articles;
    private String[] texts;

    @Setup(Level.Trial)
    public void load() throws BenchArticles.LoadException {
        String prop = System.getProperty(ARTICLES_PROPERTY);
        BenchArticles.Loaded loaded;
        if (prop == null || prop.isBlank()) {
            loaded = BenchArticles.load(List.of());
        } else if (Files.isDirectory(Path.of(prop).resolve("examples"))) {
            loaded = BenchArticles.bundled(Path.of(prop));
        } else {
            loaded = BenchArticles.load(Arrays.asList(prop.split(File.pathSeparator)));
        }
        extractor = new Extractor();
        articles = loaded.articles().toArray(new Article[0]);
        texts = Arrays.stream(articles).map(Article::text).toArray(String[]::new);
        long words = 0;
        for (String t : texts) {
            words += BenchArticles.words(t);
        }
        System.out.printf(Locale.ROOT, "%n# whosaid: %d articles, %,d words, %,d tokens from %s; one op = one pass over all%n",
                articles.length, words, tokenize(), loaded.origin());
    }

    /** The whole extractor over every article; returns the number of statements. */
    @Benchmark
    public int extract() {
        int statements = 0;
        for (Article a : articles) {
            statements += extractor.extract(a).statements().size();
        }
        return statements;
    }

    /** The baseline: tokenisation alone over every article; returns the number of tokens. */
    @Benchmark
    public int tokenize() {
        int tokens = 0;
        for (String t : texts) {
            tokens += Tokenizer.tokenize(t).size();
        }
        return tokens;
    }
}
