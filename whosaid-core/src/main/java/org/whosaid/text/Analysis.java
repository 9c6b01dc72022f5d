package org.whosaid.text;

import java.util.List;
import java.util.Set;

/**
 * The analysed text of one article: paragraphs, tokens, sentences and paired quotations, with
 * per-token sentence, paragraph and quote-depth indexes. Built once by {@link #of(String)}, read-only after.
 */
public final class Analysis {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sec", "lt", "gen", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "sen",
            "rep", "gov", "st", "jr", "sr", "rev", "hon", "inc", "corp", "co", "ltd", "no", "vs", "etc", "jan", "feb",
            "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "approx", "dept", "est", "fig", "mt", "ft", "pres",
            "gov't", "barr", "supt", "insp", "engr", "smt", "cllr", "cr", "det", "atty", "amb", "eng", "messrs", "e.g", "i.e",
            "u.s", "u.k", "u.n", "e.u", "ma", "mohd", "muhd", "rs", "mag");

    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    /** The abbreviations by length, so that a word is compared only with those as long as it. */
    private static final String[][] ABBREVIATIONS_BY_LENGTH = byLength(ABBREVIATIONS, LONGEST_ABBREVIATION);

    /** Longest sentence, in tokens; every search of the extractor is bounded by its sentence. */
    public static final int MAX_SENTENCE_TOKENS = 300;

    private final String text;
    private final List<Paragraph> paragraphs;
    private final Tokens tokens;
    private final int[] sentenceOf;
    private final int[] paragraphOf;
    private final int[] sentenceStart;
    private final int[] sentenceEnd;
    private final int sentenceCount;
    private final List<Quote> quotes;
    private final int strayMarks;
    /** For each token, the innermost quote containing it (index into quotes), or -1. */
    private final int[] quoteOf;
    private final boolean[] opensQuote;

    private Analysis(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text);
        tokens.markCapitals();
        this.paragraphs = Paragraph.split(tokens.chars());
        int n = tokens.size();
        this.paragraphOf = new int[n];
        int p = 0;
        int nextParagraph = paragraphs.size() > 1 ? paragraphs.get(1).start() : Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            while (tokens.start(i) >= nextParagraph) {
                p++;
                nextParagraph = p + 1 < paragraphs.size() ? paragraphs.get(p + 1).start() : Integer.MAX_VALUE;
            }
            paragraphOf[i] = p;
        }
        QuoteScanner.Result qr = QuoteScanner.scan(tokens, paragraphs);
        this.quotes = qr.quotes();
        this.strayMarks = qr.stray();
        this.quoteOf = new int[n];
        java.util.Arrays.fill(quoteOf, -1);
        this.opensQuote = new boolean[n];
        // quotes are sorted by opening offset; inner quotes come later and overwrite, leaving the innermost.
        // So the token of each opening mark is found by walking on from the last one, not by a search.
        int openTok = 0;
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            while (openTok < n && tokens.start(openTok) < quote.open()) {
                openTok++;
            }
            if (openTok < n) {
                opensQuote[openTok] = true;
            }
            int from = openTok; // the content starts at or after the opening mark
            while (from < n && tokens.start(from) < quote.contentStart()) {
                from++;
            }
            for (int i = from; i < n && tokens.start(i) < quote.contentEnd(); i++) {
                quoteOf[i] = q;
            }
        }
        // sentences: a boundary after . ! ? … (and any closing marks) when the next token starts a sentence
        this.sentenceOf = new int[n];
        int[] starts = new int[Math.max(4, n / 8)];
        int count = 0;
        int sentence = -1;
        boolean startNew = true;
        for (int i = 0; i < n; i++) {
            if (i > 0 && paragraphOf[i] != paragraphOf[i - 1]) {
                startNew = true;
            }
            if (startNew) {
                sentence++;
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
                startNew = false;
            }
            sentenceOf[i] = sentence;
            if (i - starts[count - 1] >= MAX_SENTENCE_TOKENS - 1) {
                startNew = true; // a run-on "sentence" (a list, a table, no punctuation) is cut to bound the work
            } else if (tokens.kind(i) == Tokens.PUNCT && endsSentence(i)) { // most tokens are words: no call
                // keep closing marks and brackets with the sentence they end
                int j = i + 1;
                while (j < n && paragraphOf[j] == paragraphOf[i] && isCloser(j) && !opensQuote[j]) {
                    sentenceOf[j] = sentence;
                    j++;
                }
                i = j - 1;
                startNew = true;
            }
        }
        this.sentenceCount = count;
        this.sentenceStart = java.util.Arrays.copyOf(starts, count);
        this.sentenceEnd = new int[count];
        for (int s = 0; s < count; s++) {
            sentenceEnd[s] = s + 1 < count ? sentenceStart[s + 1] : n;
        }
    }

    private static String[][] byLength(Set<String> words, int longest) {
        String[][] out = new String[longest + 1][];
        for (int len = 0; len <= longest; len++) {
            final int l = len;
            out[len] = words.stream().filter(w -> w.length() == l).sorted().toArray(String[]::new);
        }
        return out;
    }

    /** Token i is a known abbreviation ("Mr", "Gen"), compared in place without making a string. */
    private boolean isAbbreviation(int i) {
        int len = tokens.end(i) - tokens.start(i);
        if (len > LONGEST_ABBREVIATION) {
            return false;
        }
        for (String a : ABBREVIATIONS_BY_LENGTH[len]) {
            if (tokens.eq(i, a)) {
                return true;
            }
        }
        return false;
    }

    /** Abbreviations that often end a sentence, unlike a title ("Mr.", "Gen."): "in the U.S. He said", "Acme Corp. The". */
    private static final Set<String> CLAUSE_FINAL_ABBREVIATIONS = Set.of("u.s", "u.k", "u.n", "e.u", "inc", "corp", "co",
            "ltd", "etc", "jr", "sr");

    /**
     * Words that open a sentence and never go on a name or a title after an abbreviation: "U.S. Senate" goes on, "U.S.
     * He" and "Corp. The" do not.
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("he", "she", "they", "it", "we", "i", "you", "the", "a",
            "an", "this", "that", "these", "those", "but", "and", "or", "so", "yet", "if", "when", "while", "as", "after",
            "before", "since", "although", "though", "however", "meanwhile", "initially", "there", "his", "her", "their",
            "its", "our", "my");

    private boolean endsClauseOften(int i) {
        return tokens.length(i) <= 4 && CLAUSE_FINAL_ABBREVIATIONS.contains(tokens.lower(i));
    }

    /** Token j is a capitalised word of {@link #CLAUSE_OPENERS} ("He", not "he"). */
    private boolean opensClause(int j) {
        return tokens.isWord(j) && Character.isUpperCase(tokens.first(j)) && tokens.length(j) <= 9
                && CLAUSE_OPENERS.contains(tokens.lower(j));
    }

    /** Initials written with inner periods before the last one: the "R.K" of "R.K. Dhyani" (not "U.S", an abbreviation). */
    private boolean isInnerInitials(int i) {
        return tokens.length(i) >= 3 && tokens.isInitials(i) && tokens.isCapitalized(i + 2)
                && !ABBREVIATIONS.contains(tokens.lower(i));
    }

    /** The "R-N" of "R-N.H." or "D-N.Y.": a party letter, a hyphen and a state's first initial, another initial next. */
    private boolean isPartyStateInitial(int i) {
        int s = tokens.start(i);
        char[] cs = tokens.chars();
        return tokens.length(i) == 3 && cs[s + 1] == '-' && Character.isUpperCase(cs[s]) && Character.isUpperCase(cs[s + 2])
                && i + 2 < tokens.size() && tokens.length(i + 2) == 1 && tokens.isCapitalized(i + 2) && tokens.is(i + 3, '.');
    }

    public static Analysis of(String text) {
        return new Analysis(text);
    }

    /** A closing mark or bracket; “ closes in the „…“ style and « in »…«, but a mark that opens a paired quote never closes. */
    private boolean isCloser(int j) {
        if (tokens.kind(j) == Tokens.QUOTE) {
            char c = tokens.first(j);
            return c == '\u201D' || c == '"' || c == '\u2019' || c == '\'' || c == '\u00BB' || c == '\u203A' || c == '\u201C'
                    || c == '\u00AB' || c == '\u2039'; // « closes German »…«
        }
        return tokens.is(j, ')') || tokens.is(j, ']');
    }

    private boolean endsSentence(int i) {
        int n = tokens.size();
        if (tokens.kind(i) != Tokens.PUNCT) {
            return false;
        }
        char c = tokens.first(i);
        if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
            return false;
        }
        int j = i + 1;
        while (j < n && isCloser(j)) {
            j++;
        }
        if (j >= n || paragraphOf[j] != paragraphOf[i]) {
            return true;
        }
        if (c == '.' && i > 0 && tokens.end(i - 1) == tokens.start(i) && tokens.isWord(i - 1)
                && tokens.end(i - 1) - tokens.start(i - 1) <= LONGEST_ABBREVIATION) {
            boolean platform = tokens.first(i - 1) == 'X' && tokens.eq(i - 2, "on"); // "she wrote on X." is no initial
            if (tokens.end(i - 1) - tokens.start(i - 1) == 1 && Character.isUpperCase(tokens.first(i - 1)) && !platform
                    || isAbbreviation(i - 1) && !(endsClauseOften(i - 1) && opensClause(j)) && !isAnswerNo(i - 1, j)
                    || isInnerInitials(i - 1) && !opensClause(j) || isPartyStateInitial(i - 1)) { // "Washington, D.C. The"
                return false;
            }
        }
        char next = tokens.first(j);
        if (tokens.kind(j) == Tokens.QUOTE) {
            return true;
        }
        if (c == '.' && next == '(' && isAgencyDash(j)) {
            return false; // a dateline's state, then its agency: "KESSLER, Ariz. (AP) — …"
        }
        return Character.isUpperCase(next) || Character.isDigit(next) || next == '(' || next == '\u2014';
    }

    /**
     * Token i is the word "no" of an answer, not the abbreviation of a number ("No. 10", "No. 1 seed"): no digit follows
     * its period. "the candidate said no. But he said …" is two sentences.
     */
    private boolean isAnswerNo(int i, int j) {
        return tokens.eq(i, "no") && tokens.kind(j) != Tokens.NUMBER;
    }

    /** Token j opens a news agency's name in brackets before a dash: the "(AP) —" of a dateline. */
    private boolean isAgencyDash(int j) {
        int close = j + 2;
        while (close < tokens.size() && close < j + 5 && !tokens.is(close, ')')) {
            close++;
        }
        return tokens.is(close, ')') && tokens.isCapitalized(j + 1) && close + 1 < tokens.size()
                && (tokens.is(close + 1, '\u2014') || tokens.is(close + 1, '\u2013') || tokens.is(close + 1, '-'));
    }

    public String text() {
        return text;
    }

    /** The text's UTF-16 units, shared (do not modify): word lookups read ranges of it without copying. */
    public char[] chars() {
        return tokens.chars();
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    public Tokens tokens() {
        return tokens;
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public int strayMarks() {
        return strayMarks;
    }

    public int sentenceCount() {
        return sentenceCount;
    }

    public int sentenceOf(int token) {
        return sentenceOf[token];
    }

    public int paragraphOf(int token) {
        return paragraphOf[token];
    }

    /** First token of sentence s. */
    public int sentenceStart(int s) {
        return sentenceStart[s];
    }

    /** One past the last token of sentence s. */
    public int sentenceEnd(int s) {
        return sentenceEnd[s];
    }

    /** Innermost quote index containing token i, or -1 (also for a token outside the text). */
    public int quoteOf(int token) {
        return token >= 0 && token < quoteOf.length ? quoteOf[token] : -1;
    }

    /** True when token i is the opening mark of a paired quotation. */
    public boolean opensQuote(int token) {
        return token >= 0 && token < opensQuote.length && opensQuote[token];
    }

    /** True when token i is the first of its paragraph. */
    public boolean opensParagraph(int token) {
        return token == 0 || paragraphOf[token - 1] != paragraphOf[token];
    }

    public boolean inQuote(int token) {
        return quoteOf[token] >= 0;
    }
}
