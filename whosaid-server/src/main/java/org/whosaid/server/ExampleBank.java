package org.whosaid.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.whosaid.bank.QuoteBank;
import org.whosaid.ingest.Ingest;
import org.whosaid.ingest.Item;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;

/**
 * The example articles bundled in the jar (the project's own examples, plain text and dated pages
 * of named outlets, and its development set, all written for whosaid) and a quote bank built from them, so that a first {@code whosaid serve} has
 * something to browse.
 */
public final class ExampleBank {
    private static final String FOLDER = "examples";

    private ExampleBank() {
    }

    /** The bundled articles, sorted by file name: a .txt file's name (without .txt) is its id, a page gets the id ingest gives it. */
    public static List<Article> articles() {
        URL url = ExampleBank.class.getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("the example articles are missing from the jar");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.getPath("/org/whosaid/server/" + FOLDER));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example articles", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Article> read(Path folder) throws IOException {
        List<Article> out = new ArrayList<>();
        Ingest ingest = new Ingest();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(ExampleBank::isExample).sorted().toList()) {
                String name = p.getFileName().toString();
                try (InputStream in = Files.newInputStream(p)) {
                    if (name.endsWith(".txt")) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        String id = name.substring(0, name.length() - 4);
                        out.add(new Article(id, "examples/" + name, text, Article.Metadata.EMPTY.withLanguage("en")));
                    } else {
                        // the dated pages of named outlets: read as any saved page is, metadata included
                        try (Stream<Item> items = ingest.read("examples/" + name, in)) {
                            items.forEach(item -> {
                                if (item instanceof Item.Accepted accepted) {
                                    out.add(accepted.article());
                                }
                            });
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean isExample(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".txt") || name.endsWith(".html");
    }

    /** Extracts every bundled article into the bank and commits; returns the number of articles. */
    public static int fill(QuoteBank bank) {
        Extractor extractor = new Extractor();
        List<Article> articles = articles();
        for (Article a : articles) {
            bank.add(extractor.extract(a));
        }
        bank.commit();
        return articles.size();
    }
}
