package org.whosaid.ingest;

import java.util.List;
import java.util.Objects;
import org.whosaid.model.Article;

/**
 * One record read from an input: an article, a record set aside with its reason, or a record that
 * could not be read. {@code source} names the input and, for inputs holding many records, where the
 * record starts ({@code crawl.warc.gz@12345} is a byte offset, {@code feed.xml#3} the third item);
 * {@code offset} is that byte offset or item number, or -1 when the record is the whole file.
 */
public sealed interface Item permits Item.Accepted, Item.Skipped, Item.Failed {

    String source();

    long offset();

    /** An article ready for extraction; {@code notes} say where reading fell back to a simpler way. */
    record Accepted(Article article, long offset, List<String> notes) implements Item {
        public Accepted {
            Objects.requireNonNull(article, "article");
            notes = List.copyOf(notes);
        }

        @Override
        public String source() {
            return article.source();
        }
    }

    /** A record read without error that holds no article whosaid can use, and why. */
    record Skipped(String source, long offset, SkipReason reason, String message) implements Item {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }

    /** A record (or a whole input) that could not be read: corrupt, truncated, not of its format. */
    record Failed(String source, long offset, String message) implements Item {
        public Failed {
            Objects.requireNonNull(message, "message");
        }
    }
}
