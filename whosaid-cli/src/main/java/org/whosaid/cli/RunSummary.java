package org.whosaid.cli;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.whosaid.ingest.SkipReason;

/** Counts of one {@code extract} run, printed as its last stderr line. */
final class RunSummary {
    long read;
    long extracted;
    long failed;
    private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);

    void skip(SkipReason reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    long skipped() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@code read 7, extracted 4, skipped 2 (language: 1, http-status: 1), failed 1}. */
    String line() {
        String reasons = skipped.isEmpty() ? "" : skipped.entrySet().stream()
                .map(e -> e.getKey().label() + ": " + e.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
        return "read " + read + ", extracted " + extracted + ", skipped " + skipped() + reasons + ", failed " + failed;
    }
}
