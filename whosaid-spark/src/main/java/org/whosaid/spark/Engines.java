package org.whosaid.spark;

import org.whosaid.extract.Extractor;
import org.whosaid.ingest.Ingest;

/**
 * The extractor and the reader of one executor JVM, made on first use and shared by its tasks:
 * loading the lexicons and the language model costs far more than one record, so it happens once
 * per executor, not per record or task. Both are thread-safe, as tasks of one executor run in
 * parallel threads.
 */
final class Engines {
    private Engines() {
    }

    private static final class Holder {
        static final Extractor EXTRACTOR = new Extractor();
        static final Ingest INGEST = new Ingest();
    }

    static Extractor extractor() {
        return Holder.EXTRACTOR;
    }

    static Ingest ingest() {
        return Holder.INGEST;
    }
}
