package org.whosaid.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs quotation marks with a small stack machine per paragraph, in one linear pass. A paragraph
 * that leaves a quote open continues it when the next paragraph opens with a mark of the same family
 * (the newspaper convention for multi-paragraph quotes); otherwise the open mark is dropped as stray
 * and the rest of the article is paired as usual. The stack is bounded, so thousands of unbalanced
 * marks cost linear time.
 */
public final class QuoteScanner {
    private static final int MAX_DEPTH = 6;
    private static final int UNKNOWN = -2;
    /** A quote longer than this many paragraphs is taken to be a pairing error. */
    private static final int MAX_PARAGRAPHS = 12;

    private QuoteScanner() {
    }

    /** Result: the paired quotes sorted by opening offset, and the offsets of marks left unpaired. */
    public record Result(List<Quote> quotes, int stray) {
    }

    /**
     * Pairs the marks of the text's quote-mark tokens. An apostrophe inside a word token ("don’t",
     * "Ukraine’s") is never a quotation mark, so only {@link Tokens#QUOTE} tokens are read.
     */
    static Result scan(Tokens tokens, List<Paragraph> paragraphs) {
        char[] text = tokens.chars();
        int tok = 0;
        int tokenCount = tokens.size();
        List<Quote> quotes = new ArrayList<>();
        int stray = 0;
        int[] openPos = new int[MAX_DEPTH];
        int[] openFam = new int[MAX_DEPTH];
        int[] openWidth = new int[MAX_DEPTH];
        int carriedOpen = -1;
        int carriedFam = 0;
        int carriedParas = 0;
        int carriedWidth = 1;
        int repeatedWidth = 1;
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph para = paragraphs.get(p);
            int depth = 0;
            int from = para.start();
            if (carriedOpen >= 0) {
                openPos[0] = carriedOpen;
                openFam[0] = carriedFam;
                openWidth[0] = carriedWidth;
                depth = 1;
                from = para.start() + repeatedWidth; // the repeated opening mark continues the quote
            }
            int[] lastSingleCloser = {UNKNOWN, para.start(), para.end(), UNKNOWN};
            while (tok < tokenCount && tokens.start(tok) < from) {
                tok++;
            }
            for (; tok < tokenCount && tokens.start(tok) < para.end(); tok++) {
                if (tokens.kind(tok) != Tokens.QUOTE) {
                    continue;
                }
                int i = tokens.start(tok);
                char c = text[i];
                int width = doubledAt(text, i) && tok + 1 < tokenCount && tokens.start(tok + 1) == i + 1 ? 2 : 1;
                if (width == 2) {
                    c = '"'; // ''…'': two apostrophes stand for a double mark, as old newspaper archives write it
                    tok++;
                }
                int fam = QuoteMarks.family(c);
                if (fam == 0) {
                    continue;
                }
                char prev = i > 0 ? text[i - 1] : ' ';
                char next = i + width < text.length ? text[i + width] : ' ';
                int role = role(c, prev, next, i, lastSingleCloser, openPos, openFam, depth, text);
                if (role == OPEN) {
                    if (fam == QuoteMarks.STRAIGHT && indexOf(openFam, depth, fam) >= 0) {
                        // straight marks cannot nest: an opening-looking one replaces the stray before it
                        int k = indexOf(openFam, depth, fam);
                        stray += depth - k;
                        depth = k;
                    }
                    if (depth == MAX_DEPTH) {
                        System.arraycopy(openPos, 1, openPos, 0, MAX_DEPTH - 1);
                        System.arraycopy(openFam, 1, openFam, 0, MAX_DEPTH - 1);
                        System.arraycopy(openWidth, 1, openWidth, 0, MAX_DEPTH - 1);
                        depth--;
                        stray++;
                    }
                    openPos[depth] = i;
                    openFam[depth] = fam;
                    openWidth[depth] = width;
                    depth++;
                } else if (role == CLOSE) {
                    int k = indexOf(openFam, depth, fam);
                    if (k < 0 && depth > 0 && isPartner(fam, openFam[depth - 1]) && endsWords(prev)) {
                        k = depth - 1; // “…," or "…”: a straight and a curly double mark close each other
                    }
                    if (k < 0) {
                        stray++;
                        continue;
                    }
                    stray += depth - 1 - k;
                    int paras = (k == 0 && carriedOpen >= 0 && openPos[0] == carriedOpen) ? carriedParas + 1 : 1;
                    quotes.add(quote(text, openPos[k], i, openFam[k], paras, openWidth[k]));
                    if (k == 0 && openPos[0] == carriedOpen) {
                        carriedOpen = -1;
                    }
                    depth = k;
                }
            }
            // a quote still open at the end of the paragraph continues if the next opens with its mark
            boolean continues = false;
            if (depth > 0 && p + 1 < paragraphs.size()) {
                Paragraph nextPara = paragraphs.get(p + 1);
                char first = text[nextPara.start()];
                boolean doubled = doubledAt(text, nextPara.start());
                int firstFam = doubled ? QuoteMarks.STRAIGHT : QuoteMarks.family(first);
                int paras = (carriedOpen >= 0 && openPos[0] == carriedOpen) ? carriedParas + 1 : 1;
                if (QuoteMarks.canOpen(first) && firstFam == openFam[0] && paras < MAX_PARAGRAPHS) {
                    continues = true;
                    stray += depth - 1;
                    carriedOpen = openPos[0];
                    carriedFam = openFam[0];
                    carriedWidth = openWidth[0];
                    carriedParas = paras;
                    repeatedWidth = doubled ? 2 : 1;
                }
            }
            if (!continues) {
                stray += depth;
                carriedOpen = -1;
            }
        }
        // quotes are added as they close, so only nested ones are out of order
        if (!inOrder(quotes)) {
            quotes.sort(Comparator.comparingInt(Quote::open));
        }
        return new Result(quotes, stray);
    }

    private static boolean inOrder(List<Quote> quotes) {
        for (int i = 1; i < quotes.size(); i++) {
            if (quotes.get(i).open() < quotes.get(i - 1).open()) {
                return false;
            }
        }
        return true;
    }

    private static final int NONE = 0;
    private static final int OPEN = 1;
    private static final int CLOSE = 2;

    private static int indexOf(int[] fams, int depth, int fam) {
        for (int k = depth - 1; k >= 0; k--) {
            if (fams[k] == fam) {
                return k;
            }
        }
        return -1;
    }

    /** A char that words of a quotation end with before their closing mark: a letter, digit or sentence punctuation. */
    private static boolean endsWords(char prev) {
        return Character.isLetterOrDigit(prev) || prev == '.' || prev == ',' || prev == '!' || prev == '?'
                || prev == ';' || prev == ':' || prev == '\u2026';
    }

    /** Two apostrophes side by side at i: a double quotation mark in some archives' plain text. */
    private static boolean doubledAt(char[] text, int i) {
        return i + 1 < text.length && text[i] == '\'' && text[i + 1] == '\'';
    }

    /** Straight and curly double marks, mixed up by editing, still pair with each other. */
    private static boolean isPartner(int closing, int open) {
        return closing == QuoteMarks.STRAIGHT && open == QuoteMarks.DOUBLE
                || closing == QuoteMarks.DOUBLE && open == QuoteMarks.STRAIGHT;
    }

    /** The quotation from the mark at open (of openWidth chars) to the one at close, its words without inner spaces. */
    private static Quote quote(char[] text, int open, int close, int family, int paragraphs, int openWidth) {
        int from = open + openWidth;
        int to = close;
        while (from < to && isSpace(text[from])) {
            from++;
        }
        while (to > from && isSpace(text[to - 1])) {
            to--;
        }
        return new Quote(open, close, family, paragraphs, from, to);
    }

    /** A space of any kind, the no-break ones included. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean opensBefore(char prev) {
        return isSpace(prev) || prev == '(' || prev == '[' || prev == '{' || prev == '\u2014' || prev == '\u2013'
                || prev == '-' || prev == '/' || QuoteMarks.isMark(prev);
    }

    /** The innermost open quotation of the angle families was opened by the mark opener. */
    private static boolean openedWith(char opener, int[] openPos, int[] openFam, int depth, char[] text) {
        int fam = QuoteMarks.family(opener);
        int k = indexOf(openFam, depth, fam);
        return k >= 0 && text[openPos[k]] == opener;
    }

    private static int role(char c, char prev, char next, int i, int[] lastSingleCloser,
                            int[] openPos, int[] openFam, int depth, char[] text) {
        boolean wordBefore = Character.isLetterOrDigit(prev);
        boolean wordAfter = Character.isLetterOrDigit(next);
        switch (c) {
            case '\u201E': case '\u201A': case '\u201F': case '\u201B':
                return OPEN;
            case '\u00AB': case '\u2039':
                // « opens (French, Italian, Russian); it closes a »…« quotation (German, Danish) after its words
                return openedWith(c == '\u00AB' ? '\u00BB' : '\u203A', openPos, openFam, depth, text) && !opensBefore(prev)
                        ? CLOSE : OPEN;
            case '\u00BB': case '\u203A':
                // » closes «…»; in German and Danish text it opens »…«: before a word, after a space or the paragraph start
                if (openedWith(c == '\u00BB' ? '\u00AB' : '\u2039', openPos, openFam, depth, text)) {
                    return CLOSE;
                }
                return opensBefore(prev) && !isSpace(next) ? OPEN : CLOSE;
            case '\u201C':
                // German „…“ closes with this mark; so does a misused closing “ after a word
                if (depth > 0 && openFam[depth - 1] == QuoteMarks.DOUBLE
                        && (text[openPos[depth - 1]] == '\u201E' || !opensBefore(prev) && !wordAfter)) {
                    return CLOSE;
                }
                return OPEN;
            case '\u201D':
                if (indexOf(openFam, depth, QuoteMarks.DOUBLE) >= 0) {
                    return CLOSE;
                }
                return opensBefore(prev) && !isSpace(next) ? OPEN : CLOSE;
            case '"':
                if (indexOf(openFam, depth, QuoteMarks.STRAIGHT) >= 0) {
                    return (!opensBefore(prev) || isSpace(next) || !wordAfter && next != '\u2018' && next != '\'') ? CLOSE : OPEN;
                }
                return isSpace(next) && !opensBefore(prev) ? CLOSE : OPEN;
            case '\u2018':
                if (Character.isDigit(next) || wordBefore) {
                    return NONE; // ‘90s, or a misused apostrophe inside a word
                }
                return OPEN;
            case '\u2019':
            case '\'':
                if (wordBefore && wordAfter) {
                    return NONE; // don’t, Ukraine’s
                }
                int openFamily = c == '\'' ? QuoteMarks.APOS : QuoteMarks.SINGLE;
                if (indexOf(openFam, depth, openFamily) >= 0 && !wordAfter) {
                    // leaders’ union: a plural possessive, when a later mark can still close the quote
                    // (unless a new ‘ opens before that mark: "had ‘serious concerns’ about traffic, and that it
                    // was ‘part of the ward’" closes the first quotation at "concerns’")
                    if ((prev == 's' || prev == 'S') && next == ' ' && i + 2 < text.length
                            && Character.isLowerCase(text[i + 2]) && lastSingleCloser(text, lastSingleCloser) > i
                            && (c == '\'' || nextSingleOpener(text, i, lastSingleCloser) > lastSingleCloser[0])) {
                        return NONE;
                    }
                    return CLOSE;
                }
                if (c == '\'' && opensBefore(prev) && wordAfter && !Character.isDigit(next)) {
                    return OPEN;
                }
                return NONE;
            default:
                return NONE;
        }
    }

    /** The paragraph's last single closer, computed on first need; memo is {value, start, end}. */
    private static int lastSingleCloser(char[] text, int[] memo) {
        if (memo[0] == UNKNOWN) {
            memo[0] = lastSingleCloser(text, memo[1], memo[2]);
        }
        return memo[0];
    }

    /**
     * Offset of the first ‘ after offset i in the paragraph, or the paragraph's end; kept in memo[3] and looked for
     * again only once i has passed it, so that a paragraph is read at most once however often this is asked.
     */
    private static int nextSingleOpener(char[] text, int i, int[] memo) {
        if (memo[3] <= i) {
            int k = i + 1;
            while (k < memo[2] && text[k] != '\u2018') {
                k++;
            }
            memo[3] = k;
        }
        return memo[3];
    }

    /** Offset of the last ’ or ' in the paragraph that could close a single quote, or -1. */
    private static int lastSingleCloser(char[] text, int start, int end) {
        for (int i = end - 1; i >= start; i--) {
            char c = text[i];
            if ((c == '\u2019' || c == '\'') && (i + 1 >= end || !Character.isLetterOrDigit(text[i + 1]))) {
                return i;
            }
        }
        return -1;
    }
}
