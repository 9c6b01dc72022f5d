package org.whosaid.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.whosaid.ingest.Item;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;

/**
 * Stage 1 inside a task: reads the files of one {@link Inputs.Unit} with whosaid-ingest, record by
 * record, extracts each article with the executor's {@link Engines} and yields one record row per
 * record ({@link Tables#RECORD}), lazily, so a WARC file of any size streams through in constant
 * memory. A record that cannot be read or extracted becomes a failed row; nothing here fails the task.
 */
final class Extract implements Iterator<Row>, AutoCloseable {
    private final Iterator<Inputs.InputFile> files;
    private final boolean withText;
    private final boolean jsonl;
    private Inputs.InputFile file;
    private Stream<Item> stream;
    private Iterator<Item> items;
    private Path copy;
    private int record;
    private Row next;

    Extract(Inputs.Unit unit, boolean withText, boolean jsonl) {
        this.files = unit.files().iterator();
        this.withText = withText;
        this.jsonl = jsonl;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (items == null) {
                if (!files.hasNext()) {
                    return false;
                }
                open(files.next());
                continue;
            }
            Item item;
            try {
                if (!items.hasNext()) {
                    closeFile();
                    continue;
                }
                item = items.next();
            } catch (RuntimeException e) {
                // a reader that throws mid-stream ends this input, as in `whosaid extract`
                next = Tables.other(file.path(), record++, file.path(), Tables.FAILED, "read",
                        "cannot read: " + e.getMessage());
                closeFile();
                break;
            }
            next = row(item);
        }
        return true;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row r = next;
        next = null;
        return r;
    }

    private Row row(Item item) {
        int n = record++;
        String input = file.path();
        if (item instanceof Item.Accepted a) {
            Article article = relabel(a.article());
            Extraction x;
            try {
                x = Engines.extractor().extract(article);
            } catch (RuntimeException | StackOverflowError e) {
                return Tables.other(input, n, article.source(), Tables.FAILED, "extraction", "extraction failed: " + e);
            }
            return Tables.extracted(input, n, x, withText, jsonl);
        }
        if (item instanceof Item.Skipped s) {
            return Tables.other(input, n, source(s.source()), Tables.SKIPPED, s.reason().label(), s.message());
        }
        Item.Failed f = (Item.Failed) item;
        return Tables.other(input, n, source(f.source()), Tables.FAILED, "read", f.message());
    }

    /** Opens one input: a local path in place; any other URI copied to a local file first (WARC resync seeks). */
    private void open(Inputs.InputFile f) {
        file = f;
        record = 0;
        Path local;
        if (Inputs.isLocal(f.path())) {
            local = f.path().startsWith("file:") ? Path.of(java.net.URI.create(f.path())) : Path.of(f.path());
        } else {
            try {
                org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(f.path());
                Path dir = Files.createTempDirectory("whosaid-input");
                local = dir.resolve(remote.getName());
                FileSystem fs = remote.getFileSystem(new Configuration());
                fs.copyToLocalFile(false, remote, new org.apache.hadoop.fs.Path(local.toUri()), true);
                copy = local;
            } catch (IOException | RuntimeException e) {
                stream = Stream.of(new Item.Failed(f.path(), -1, "cannot read: " + e.getMessage()));
                items = stream.iterator();
                return;
            }
        }
        stream = Engines.ingest().read(local);
        items = stream.iterator();
    }

    /** Sources name the input as given, not the local copy of a remote file. */
    private String source(String s) {
        if (copy == null || s == null) {
            return s;
        }
        String local = copy.toString();
        return s.startsWith(local) ? file.path() + s.substring(local.length()) : s;
    }

    private Article relabel(Article a) {
        return copy == null ? a : new Article(a.id(), source(a.source()), a.text(), a.metadata());
    }

    private void closeFile() {
        Stream<Item> s = stream;
        Path c = copy;
        stream = null;
        items = null;
        copy = null;
        try {
            if (s != null) {
                s.close();
            }
        } catch (UncheckedIOException e) {
            // the records were all read; a failure to close the file loses nothing
        } finally {
            if (c != null) {
                try {
                    Files.deleteIfExists(c);
                    Files.deleteIfExists(c.getParent());
                } catch (IOException e) {
                    // a temporary copy left behind is removed with the executor's temp folder
                }
            }
        }
    }

    @Override
    public void close() {
        closeFile();
    }
}
