package org.whosaid.cli;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.whosaid.ingest.Ingest;
import org.whosaid.ingest.Item;
import org.whosaid.model.Article;
import org.whosaid.text.Paragraph;

/**
 * The articles that {@code whosaid bench} and the JMH benchmarks (module whosaid-bench) measure, so
 * that both measure the same text.
 *
 * <p>Given paths (files, folders of .txt files, "-") are used as they are: one article per file.
 *
 * <p>With no paths, the bundled articles are used: every .txt file in {@code examples/} and then in
 * {@code devset/} of the project root (each folder's files sorted by path, each file's paragraphs
 * in file order). The bundled files are short (about 150–250 words), far shorter than real news, so
 * their paragraphs are concatenated in that fixed order, one paragraph a line, into
 * {@code round(total words / 700)} articles of about 700 words each, cut only between paragraphs:
 * a paragraph goes to the article its midpoint (in words) falls into. Articles therefore mix
 * paragraphs of neighbouring source files; the extractor sees them as one longer article, which is
 * what a throughput measurement needs. If the bundled text has fewer than 500 words in all, its
 * paragraphs are repeated, in order, until one article reaches about 700 words.
 *
 * <p>The project root is the nearest folder holding {@code examples/}, looking from the current
 * directory upwards (so running from inside a module works) and then from the location of this
 * class's jar upwards (so {@code ./whosaid} works from any directory).
 */
public final class BenchArticles {
    /** Words a bundled bench article aims at. */
    public static final int TARGET_WORDS = 700;
    /** Fewest words of a bundled bench article, like a short real news article. */
    public static final int MIN_WORDS = 500;

    /** Folders of the project root whose .txt files are the bundled articles, in this order. */
    public static final List<String> BUNDLED_FOLDERS = List.of("examples", "devset");

    /** The articles, and where they came from in a few words. */
    public record Loaded(List<Article> articles, String origin) {
        public Loaded {
            articles = List.copyOf(articles);
        }
    }

    /** An input that could not be read, or a project root that could not be found. */
    public static final class LoadException extends Exception {
        LoadException(String message) {
            super(message);
        }
    }

    private static final Ingest INGEST = new Ingest();

    private BenchArticles() {
    }

    /** The given paths as they are, or the bundled articles when there are none. */
    public static Loaded load(List<String> paths) throws LoadException {
        if (paths == null || paths.isEmpty()) {
            return bundled(findProjectRoot());
        }
        List<Article> articles = new ArrayList<>();
        List<String> sources = Inputs.expandAll(paths);
        for (String source : sources) {
            articles.addAll(read(source));
        }
        return new Loaded(articles, sources.size() == 1 ? sources.get(0) : sources.size() + " given files");
    }

    /** The bundled articles of the project at {@code root}, rebuilt into ~700-word articles. */
    public static Loaded bundled(Path root) throws LoadException {
        List<String> paragraphs = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        int files = 0;
        for (String folder : BUNDLED_FOLDERS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<String> sources = Inputs.expand(List.of(dir.toString()));
            if (sources.size() == 1 && sources.get(0).equals(dir.toString())) {
                continue; // no .txt files
            }
            folders.add(folder + "/");
            for (String source : sources) {
                for (Article a : read(source)) {
                    for (Paragraph p : Paragraph.split(a.text())) {
                        paragraphs.add(a.text().substring(p.start(), p.end()));
                    }
                }
                files++;
            }
        }
        if (paragraphs.isEmpty()) {
            throw new LoadException("no .txt files in " + String.join(" or ", BUNDLED_FOLDERS) + " of " + root);
        }
        List<Article> articles = new ArrayList<>();
        List<String> chunks = chunk(paragraphs, TARGET_WORDS);
        for (int i = 0; i < chunks.size(); i++) {
            articles.add(article(String.format(Locale.ROOT, "bench-%02d", i + 1), chunks.get(i)));
        }
        return new Loaded(articles, String.join(" and ", folders) + " (" + files
                + " files, paragraphs joined into ~" + TARGET_WORDS + "-word articles)");
    }

    /**
     * Joins paragraphs, in order, into texts of about {@code target} words, cutting only between
     * paragraphs; fewer than {@link #MIN_WORDS} words in all are repeated up to one target-sized text.
     */
    static List<String> chunk(List<String> paragraphs, int target) {
        long total = 0;
        int[] words = new int[paragraphs.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = words(paragraphs.get(i));
            total += words[i];
        }
        if (total == 0) {
            return List.of(String.join("\n", paragraphs));
        }
        if (total < MIN_WORDS) {
            StringBuilder sb = new StringBuilder();
            long have = 0;
            for (int i = 0; have < target; i = (i + 1) % words.length) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(paragraphs.get(i));
                have += words[i];
            }
            return List.of(sb.toString());
        }
        int k = (int) Math.max(1, Math.round((double) total / target));
        List<StringBuilder> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(new StringBuilder());
        }
        long before = 0;
        for (int i = 0; i < words.length; i++) {
            int at = (int) Math.min(k - 1, (long) ((before + words[i] / 2.0) * k / total));
            StringBuilder sb = out.get(at);
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(paragraphs.get(i));
            before += words[i];
        }
        List<String> texts = new ArrayList<>();
        for (StringBuilder sb : out) {
            if (sb.length() > 0) {
                texts.add(sb.toString());
            }
        }
        return texts;
    }

    /**
     * One text of at least {@code minBytes} bytes of UTF-8: the paragraphs of the articles, in order,
     * repeated as often as needed, one paragraph a line.
     */
    public static String repeatParagraphs(List<Article> articles, long minBytes) {
        List<String> paragraphs = new ArrayList<>();
        for (Article a : articles) {
            String text = a.text();
            for (Paragraph p : Paragraph.split(text)) {
                paragraphs.add(text.substring(p.start(), p.end()));
            }
        }
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("no paragraphs to repeat");
        }
        StringBuilder sb = new StringBuilder();
        long bytes = 0;
        for (int i = 0; bytes < minBytes; i = (i + 1) % paragraphs.size()) {
            String p = paragraphs.get(i);
            if (sb.length() > 0) {
                sb.append('\n');
                bytes++;
            }
            sb.append(p);
            bytes += utf8Length(p);
        }
        return sb.toString();
    }

    /** Words as whitespace-separated runs, the way a word count in an editor counts them. */
    public static int words(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space && !in) {
                n++;
            }
            in = !space;
        }
        return n;
    }

    public static long utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The nearest folder holding {@code examples/}, from the current directory upwards, then from
     * the location of this class's jar (or classes folder) upwards.
     */
    public static Path findProjectRoot() throws LoadException {
        Path cwd = Path.of("").toAbsolutePath();
        Path root = walkUp(cwd);
        if (root == null) {
            root = walkUp(codeLocation());
        }
        if (root == null) {
            throw new LoadException("cannot find the bundled articles: no folder holding examples/ in "
                    + cwd + " or above; run from inside the project or give FILES");
        }
        return root;
    }

    private static Path walkUp(Path from) {
        for (Path p = from; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples"))) {
                return p;
            }
        }
        return null;
    }

    private static Path codeLocation() {
        try {
            CodeSource cs = BenchArticles.class.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The articles of one input, read as {@code extract} reads it; any record that fails stops the bench. */
    private static List<Article> read(String source) throws LoadException {
        List<Article> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String error = Inputs.forEach(INGEST, source, System.in, item -> {
            if (item instanceof Item.Accepted a) {
                out.add(a.article());
            } else if (item instanceof Item.Failed f) {
                problems.add(f.source() + ": " + f.message());
            }
        });
        if (error != null) {
            problems.add(source + ": cannot read: " + error);
        }
        if (!problems.isEmpty()) {
            throw new LoadException(problems.get(0));
        }
        return out;
    }

    private static Article article(String id, String text) {
        return new Article(id, null, text, Article.Metadata.EMPTY.withLanguage("en"));
    }
}
