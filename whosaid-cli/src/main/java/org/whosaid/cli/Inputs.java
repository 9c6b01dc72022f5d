package org.whosaid.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.whosaid.ingest.Ingest;

/**
 * Turns command-line paths into inputs: every format whosaid-ingest reads, each input a stream of
 * records (articles, or skips and failures naming the input); nothing else is lost. {@link #expand}
 * finds the bundled plain-text articles that {@code bench} reads by default.
 */
final class Inputs {
    private Inputs() {
    }

    /** Message for a folder holding nothing {@code extract} reads. */
    static final String EMPTY_FOLDER = "is a folder with no .txt files (nor any other input whosaid reads: "
            + String.join(" ", Ingest.extensions()) + ")";

    /** Expands folders (their .txt files, sorted) and keeps the order of the arguments. */
    static List<String> expand(List<String> args) {
        return expand(args, f -> f.getFileName().toString().endsWith(".txt"));
    }

    /** Expands folders to every file with an extension whosaid-ingest reads, sorted. */
    static List<String> expandAll(List<String> args) {
        return expand(args, Ingest::isInputFile);
    }

    /** The records of one input: a file, or "-" for {@code stdin}; a folder left as itself is reported. */
    static Stream<org.whosaid.ingest.Item> open(Ingest ingest, String source, InputStream stdin) {
        if (source.equals("-")) {
            return ingest.read("-", stdin);
        }
        Path p = Path.of(source);
        if (Files.isDirectory(p)) {
            return Stream.of(new org.whosaid.ingest.Item.Failed(source, -1, EMPTY_FOLDER));
        }
        return ingest.read(p);
    }

    /**
     * Feeds every record of one input to {@code each}, in order. A reader that throws mid-stream
     * ends that input: its message is returned, and null when the input was read to its end.
     */
    static String forEach(Ingest ingest, String source, InputStream stdin,
            java.util.function.Consumer<org.whosaid.ingest.Item> each) {
        try (Stream<org.whosaid.ingest.Item> items = open(ingest, source, stdin)) {
            java.util.Iterator<org.whosaid.ingest.Item> it = items.iterator();
            while (true) {
                org.whosaid.ingest.Item item;
                try {
                    if (!it.hasNext()) {
                        return null;
                    }
                    item = it.next();
                } catch (RuntimeException e) {
                    return e.getMessage();
                }
                each.accept(item);
            }
        }
    }

    private static List<String> expand(List<String> args, java.util.function.Predicate<Path> wanted) {
        List<String> out = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (!arg.equals("-") && Files.isDirectory(p)) {
                List<String> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(wanted)
                            .map(Path::toString)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    files.clear();
                }
                // an empty or unreadable folder stays as itself, so that it is reported
                out.addAll(files.isEmpty() ? List.of(arg) : files);
            } else {
                out.add(arg);
            }
        }
        return out;
    }
}
