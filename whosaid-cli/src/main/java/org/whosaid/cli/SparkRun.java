package org.whosaid.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.whosaid.model.Extraction;
import org.whosaid.write.ContractJson;

/**
 * Reads the run folder of the Spark job for {@code index --from-parquet}: the contract JSONL the
 * job writes in {@code DIR/jsonl} (its part files in order), one extraction per line. A line that
 * is not a contract object, or that lacks the article text the bank stores, is reported by file
 * and line, and the others are read.
 */
final class SparkRun {
    private SparkRun() {
    }

    /** What {@link #forEach} hands over: a line's extraction, or the error that kept it out. */
    interface LineHandler {
        void accept(String where, Extraction x, String error);
    }

    /** The JSONL part files of a run, sorted; fails by name when the run has none. */
    static List<Path> jsonlFiles(Path run) {
        Path dir = run.resolve("jsonl");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(run + ": no jsonl folder; run the Spark job with --jsonl --with-text "
                    + "so that the bank can be loaded from it");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void forEach(Path file, LineHandler handler) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + n;
                Extraction x;
                try {
                    x = ContractJson.read(line);
                } catch (RuntimeException e) {
                    handler.accept(where, null, e.getMessage());
                    continue;
                }
                if (x.article().text().isEmpty()) {
                    handler.accept(where, null, "no article text (run the Spark job with --with-text)");
                } else {
                    handler.accept(where, x, null);
                }
            }
        } catch (IOException e) {
            handler.accept(file.toString(), null, "cannot read: " + e.getMessage());
        }
    }
}
