package org.whosaid.text;

/**
 * A paired quotation: the char offsets of its opening and closing marks, its mark family, and
 * how many paragraphs it runs over (1 for a quote inside one paragraph).
 */
public record Quote(int open, int close, int family, int paragraphs) {

    /** First char of the quoted words. */
    public int contentStart() {
        return open + 1;
    }

    /** End (exclusive) of the quoted words: the closing mark. */
    public int contentEnd() {
        return close;
    }
}
