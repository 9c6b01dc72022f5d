package org.whosaid.ingest;

import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage of reading, summed over every record an {@link Ingest} has read (any
 * thread): parsing (charset, jsoup, metadata; feed and JSON parsing), boilerplate removal (with
 * text rendering) and language detection. Reading and decompressing the input is the rest.
 */
public final class Timings {
    final LongAdder parse = new LongAdder();
    final LongAdder boilerplate = new LongAdder();
    final LongAdder language = new LongAdder();

    /** The sums so far, in nanoseconds. */
    public record Snapshot(long parseNanos, long boilerplateNanos, long languageNanos) {
    }

    public Snapshot snapshot() {
        return new Snapshot(parse.sum(), boilerplate.sum(), language.sum());
    }
}
