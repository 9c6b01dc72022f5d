package org.whosaid.text;

/** The quotation-mark characters whosaid pairs, grouped in families that close each other. */
public final class QuoteMarks {
    public static final int DOUBLE = 1;     // “ ” and „ “
    public static final int STRAIGHT = 2;   // "
    public static final int SINGLE = 3;     // ‘ ’ and ‚ ‘
    public static final int APOS = 4;       // '
    public static final int ANGLE = 5;      // « »
    public static final int SINGLE_ANGLE = 6; // ‹ ›

    private QuoteMarks() {
    }

    public static boolean isMark(char c) {
        return family(c) != 0;
    }

    public static int family(char c) {
        switch (c) {
            case '\u201C': case '\u201D': case '\u201E': case '\u201F':
                return DOUBLE;
            case '"':
                return STRAIGHT;
            case '\u2018': case '\u2019': case '\u201A': case '\u201B':
                return SINGLE;
            case '\'':
                return APOS;
            case '\u00AB': case '\u00BB':
                return ANGLE;
            case '\u2039': case '\u203A':
                return SINGLE_ANGLE;
            default:
                return 0;
        }
    }

    /** True for marks that can open a quotation in the text's own direction of reading (» in German »…«). */
    static boolean canOpen(char c) {
        return c == '\u201C' || c == '\u201E' || c == '\u201F' || c == '"' || c == '\u2018' || c == '\u201A'
                || c == '\u201B' || c == '\'' || c == '\u00AB' || c == '\u2039' || c == '\u00BB' || c == '\u203A';
    }
}
