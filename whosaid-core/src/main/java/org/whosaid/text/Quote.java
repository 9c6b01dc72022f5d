package org.whosaid.text;

/**
 * A paired quotation: the char offsets of its opening and closing marks, its mark family, how
 * many paragraphs it runs over (1 for a quote inside one paragraph), and how many chars its
 * opening mark takes (2 for two apostrophes standing for a double mark, else 1).
 */
public record Quote(int open, int close, int family, int paragraphs, int openWidth) {

    public Quote(int open, int close, int family, int paragraphs) {
        this(open, close, family, paragraphs, 1);
    }

    /** First char of the quoted words. */
    public int contentStart() {
        return open + openWidth;
    }

    /** End (exclusive) of the quoted words: the closing mark. */
    public int contentEnd() {
        return close;
    }
}
