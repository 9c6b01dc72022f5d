package org.whosaid.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import org.whosaid.model.Article;

/**
 * The front door of whosaid-ingest: turns an input as news is stored (plain text, a saved HTML page,
 * an RSS or Atom feed, a WARC archive, JSON Lines) into a lazy stream of {@link Item}s, one per
 * record: an article ready for {@code Extractor.extract}, a record skipped with its reason, or a
 * record that could not be read. The format is told by content and file name ({@link Format}); the
 * language of every article is detected, and articles in a language the extractor does not handle
 * are skipped. Close the stream when done. Thread-safe: one instance may read many inputs at once.
 *
 * <pre>{@code
 * try (Stream<Item> items = new Ingest().read(Path.of("crawl.warc.gz"))) {
 *     items.forEach(...);
 * }
 * }</pre>
 */
public final class Ingest {

    /**
     * Limits and languages. {@code maxArticleBytes} bounds one article (a text or HTML file, a WARC
     * payload, a JSONL line); {@code maxFeedBytes} bounds a feed file, which is parsed whole;
     * {@code languages} are the ISO 639-1 codes of the languages kept.
     */
    public record Options(long maxArticleBytes, long maxFeedBytes, Set<String> languages) {
        public static final Options DEFAULTS = new Options(8L * 1024 * 1024, 64L * 1024 * 1024, Set.of("en"));

        public Options {
            if (maxArticleBytes <= 0 || maxArticleBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("maxArticleBytes must be between 1 and 2 GB: " + maxArticleBytes);
            }
            if (maxFeedBytes <= 0 || maxFeedBytes > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("maxFeedBytes must be between 1 and 2 GB: " + maxFeedBytes);
            }
            languages = Set.copyOf(languages);
        }
    }

    private final Options options;
    private final Timings timings = new Timings();
    private final Languages languages = new Languages();
    private final HtmlReader html = new HtmlReader(timings);
    private final FeedReader feeds = new FeedReader(timings);

    public Ingest() {
        this(Options.DEFAULTS);
    }

    public Ingest(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Time spent so far in each stage, over every input this instance has read. */
    public Timings timings() {
        return timings;
    }

    /** True when a file's name ends in an extension whosaid reads (used to pick files in folders). */
    public static boolean isInputFile(Path p) {
        return Format.hasKnownExtension(p.getFileName().toString());
    }

    /** The file name endings read, for messages and help. */
    public static List<String> extensions() {
        return List.of(Format.EXTENSIONS);
    }

    /** Reads a file. Missing files and folders give one failed item. */
    public Stream<Item> read(Path path) {
        String source = path.toString();
        Records records;
        if (!Files.exists(path)) {
            records = Records.of(new Item.Failed(source, -1, "no such file"));
        } else if (Files.isDirectory(path)) {
            records = Records.of(new Item.Failed(source, -1, "is a folder"));
        } else {
            try {
                records = openFile(path, source);
            } catch (IOException e) {
                records = Records.of(new Item.Failed(source, -1, "cannot read: " + e.getMessage()));
            }
        }
        return stream(records);
    }

    /**
     * Reads a stream (standard input) named {@code source}; the format is told by content alone.
     * The stream is closed with the returned stream.
     */
    public Stream<Item> read(String source, InputStream in) {
        Records records;
        try {
            records = openStream(new BufferedInputStream(in, 1 << 16), null, "stdin", source, -1);
        } catch (IOException e) {
            records = Records.of(new Item.Failed(source, -1, "cannot read: " + e.getMessage()));
        }
        return stream(records);
    }

    private Stream<Item> stream(Records records) {
        Spliterator<Item> split = Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(split, false)
                .map(this::checkLanguage)
                .onClose(() -> {
                    try {
                        records.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private Records openFile(Path path, String source) throws IOException {
        String name = path.getFileName().toString();
        byte[] head = new byte[Format.HEAD_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (Format.isGzip(head, n) ? gunzipsToWarc(head, n) : Format.detect(name, head, n) == Format.WARC) {
            FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
            try {
                return new WarcArchive(ch, stem(name), source, options.maxArticleBytes(), html);
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        }
        BufferedInputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        try {
            return openStream(in, name, stem(name), source, Files.size(path));
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Opens a buffered stream by its content; {@code size} is the file size when known, else -1. */
    private Records openStream(BufferedInputStream in, String name, String stem, String source, long size)
            throws IOException {
        in.mark(Format.HEAD_BYTES);
        byte[] head = in.readNBytes(Format.HEAD_BYTES);
        in.reset();
        int n = head.length;
        if (Format.isGzip(head, n)) {
            if (gunzipsToWarc(head, n)) {
                return new WarcArchive(in, stem, source, options.maxArticleBytes(), html);
            }
            String inner = name != null && name.toLowerCase(Locale.ROOT).endsWith(".gz")
                    ? name.substring(0, name.length() - 3) : null;
            return openStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16), inner, stem, source, -1);
        }
        Format format = Format.detect(name, head, n);
        switch (format) {
            case WARC:
                return new WarcArchive(in, stem, source, options.maxArticleBytes(), html);
            case JSONL:
                return new JsonlReader(in, stem, source, options.maxArticleBytes(), timings);
            case FEED: {
                byte[] bytes = readBounded(in, size, options.maxFeedBytes(), "one feed");
                if (bytes == null) {
                    return tooLarge(source, size, options.maxFeedBytes(), "one feed");
                }
                return feeds.read(bytes, stem, source);
            }
            case HTML: {
                byte[] bytes = readBounded(in, size, options.maxArticleBytes(), "one article");
                if (bytes == null) {
                    return tooLarge(source, size, options.maxArticleBytes(), "one article");
                }
                int nul = TextReader.firstNul(bytes, 0);
                if (nul >= 0 && nul < Format.HEAD_BYTES) {
                    return Records.of(new Item.Failed(source, -1, "binary data: NUL byte at offset " + nul));
                }
                return Records.of(html.page(bytes, bytes.length, null,
                        new HtmlReader.Origin(stem, source, -1, null, null)));
            }
            case TEXT:
            default: {
                byte[] bytes = readBounded(in, size, options.maxArticleBytes(), "one article");
                if (bytes == null) {
                    return tooLarge(source, size, options.maxArticleBytes(), "one article");
                }
                return Records.of(TextReader.read(bytes, stem, source));
            }
        }
    }

    /** The whole stream, or null (and the stream closed) when it holds more than {@code max} bytes. */
    private static byte[] readBounded(InputStream in, long size, long max, String what) throws IOException {
        try (in) {
            if (size > max) {
                return null;
            }
            byte[] bytes = in.readNBytes((int) max + 1);
            return bytes.length > max ? null : bytes;
        }
    }

    private static Records tooLarge(String source, long size, long max, String what) {
        return Records.of(new Item.Failed(source, -1, "too large: " + (size > max ? size + " bytes, over the " : "over the ")
                + max + "-byte limit for " + what));
    }

    private static boolean gunzipsToWarc(byte[] head, int n) {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(head, 0, n))) {
            byte[] b = in.readNBytes(5);
            return b.length == 5 && new String(b, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
        } catch (IOException e) {
            return false;
        }
    }

    /** A file's name without its format extension: {@code crawl.warc.gz} is {@code crawl}. */
    static String stem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
            lower = lower.substring(0, lower.length() - 3);
        }
        for (String ext : Format.EXTENSIONS) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                return name.substring(0, name.length() - ext.length());
            }
        }
        return name;
    }

    /** Records the article's language and sets aside articles in a language not handled. */
    private Item checkLanguage(Item item) {
        if (!(item instanceof Item.Accepted accepted)) {
            return item;
        }
        long t0 = System.nanoTime();
        Article a = accepted.article();
        Languages.Detected detected = languages.detect(a.text());
        timings.language.add(System.nanoTime() - t0);
        String declared = Languages.normalise(a.metadata().language());
        String lang = detected.reliable() ? detected.code() : declared;
        Article out = new Article(a.id(), a.source(), a.text(), a.metadata().withLanguage(lang));
        if (lang != null && !options.languages().contains(lang)) {
            return new Item.Skipped(a.source(), accepted.offset(), SkipReason.LANGUAGE,
                    "language " + lang + " not supported");
        }
        return new Item.Accepted(out, accepted.offset(), accepted.notes());
    }
}
