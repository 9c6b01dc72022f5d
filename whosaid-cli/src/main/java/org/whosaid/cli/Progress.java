package org.whosaid.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The progress line of a long {@code extract} run: articles, megabytes read and articles per second,
 * rewritten in place on stderr at most twice a second. Shown only when the process has a terminal,
 * so that logs and pipes get the summary line alone.
 */
class Progress {
    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long last = start;
    private long doneBytes;
    private boolean shown;

    Progress(PrintWriter err) {
        this.err = err;
    }

    /** A progress line on {@code err} when there is a terminal, else one that prints nothing. */
    static Progress onTerminal(PrintWriter err) {
        if (System.console() == null) {
            return new Progress(err) {
                @Override
                void update(long articles, long offsetInFile) {
                }

                @Override
                void fileDone(String source) {
                }

                @Override
                void clear() {
                }
            };
        }
        return new Progress(err);
    }

    /** Called after each record; {@code offsetInFile} is how far into the current file it is, when known. */
    void update(long articles, long offsetInFile) {
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS) {
            return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        err.print(String.format(Locale.ROOT, "\rwhosaid: %,d articles, %.1f MB, %.0f articles/s   ",
                articles, (doneBytes + offsetInFile) / 1e6, articles / Math.max(seconds, 1e-9)));
        err.flush();
        shown = true;
    }

    void fileDone(String source) {
        try {
            if (!source.equals("-")) {
                doneBytes += Files.size(Path.of(source));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // a file that went away still counts as read; its size is simply not known
        }
    }

    /** Removes the line before something else is printed. */
    void clear() {
        if (shown) {
            err.print("\r" + " ".repeat(72) + "\r");
            err.flush();
            shown = false;
        }
    }
}
