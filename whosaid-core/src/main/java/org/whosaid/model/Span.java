package org.whosaid.model;

/**
 * A piece of article text with its code-point offsets: {@code text} equals the article text
 * between {@code start} (inclusive) and {@code end} (exclusive).
 */
public record Span(String text, int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }
}
