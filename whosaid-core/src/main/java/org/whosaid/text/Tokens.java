package org.whosaid.text;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of one text as parallel arrays of char offsets and kinds (a flat layout: one article
 * holds tens of thousands of tokens and the extractor walks them many times).
 */
public final class Tokens {
    /** Letters, possibly with digits, inner apostrophes, hyphens or abbreviation periods. */
    public static final byte WORD = 1;
    public static final byte NUMBER = 2;
    /** A quotation mark or an apostrophe standing alone. */
    public static final byte QUOTE = 3;
    /** Any other single punctuation character. */
    public static final byte PUNCT = 4;

    private final String text;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private String[] lower;
    private int size;
    /**
     * Per token, true for a word that starts with an upper-case letter (or a brand written in lower case); set by
     * {@link #markCapitals()}.
     */
    private boolean[] capitalized;

    /** The text's UTF-16 units, made on first use (the bare tokenizer never needs them). */
    private char[] chars;

    /** The text as a char array, shared: read it, never write it. */
    public char[] chars() {
        char[] c = chars;
        if (c == null) {
            c = text.toCharArray();
            chars = c;
        }
        return c;
    }

    Tokens(String text, int capacity) {
        this.text = text;
        int cap = Math.max(16, capacity);
        starts = new int[cap];
        ends = new int[cap];
        kinds = new byte[cap];
    }

    void add(int start, int end, byte kind) {
        if (size == starts.length) {
            int cap = size * 2;
            starts = Arrays.copyOf(starts, cap);
            ends = Arrays.copyOf(ends, cap);
            kinds = Arrays.copyOf(kinds, cap);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        size++;
    }

    public int size() {
        return size;
    }

    public String source() {
        return text;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** The kind of token i; 0, no kind, before the first token and past the last (a look-ahead off the text's end). */
    public byte kind(int i) {
        return i >= 0 && i < size ? kinds[i] : 0;
    }

    public boolean isWord(int i) {
        return i >= 0 && i < size && kinds[i] == WORD;
    }

    public char first(int i) {
        return chars()[starts[i]];
    }

    /**
     * True when token i is the single character c. A typewriter dash ("--", "---") counts as the em dash it stands
     * for: "X -- a senator -- said".
     */
    public boolean is(int i, char c) {
        if (i < 0 || i >= size) {
            return false;
        }
        int length = ends[i] - starts[i];
        return length == 1 ? chars()[starts[i]] == c : c == '\u2014' && kinds[i] == PUNCT && chars()[starts[i]] == '-';
    }

    public boolean isCapitalized(int i) {
        if (i < 0 || i >= size) {
            return false;
        }
        boolean[] caps = capitalized;
        return caps != null ? caps[i] : kinds[i] == WORD && Character.isUpperCase(chars()[starts[i]]);
    }

    /**
     * Answers {@link #isCapitalized} from a table made in one pass: the extractor asks it of every token, many times.
     * A name with an Arabic article or patronymic joined by a hyphen counts as capitalised: "al-Assad", "bin-Zayed"; so
     * does "dpa".
     */
    void markCapitals() {
        char[] cs = chars();
        boolean[] caps = new boolean[size];
        for (int i = 0; i < size; i++) {
            if (kinds[i] == WORD) {
                char c = cs[starts[i]];
                // no ASCII character but A-Z is upper case: only other letters need the Unicode tables
                int s = starts[i];
                caps[i] = c < 0x80 ? c >= 'A' && c <= 'Z' || ends[i] - s > 3 && (cs[s + 2] == '-' || cs[s + 3] == '-')
                        && isArticleName(cs, s, ends[i]) || isLowerCaseBrand(cs, s, ends[i]) : Character.isUpperCase(c);
            }
        }
        capitalized = caps;
    }

    /**
     * A name its owner writes in lower case and that no word shares: the news agency "dpa"; or a lower-case letter before
     * initials, "eNCA" (but not "mRNA", a word).
     */
    private static boolean isLowerCaseBrand(char[] cs, int from, int to) {
        if (to - from == 3 && cs[from] == 'd' && cs[from + 1] == 'p' && cs[from + 2] == 'a') {
            return true;
        }
        if (to - from < 3 || cs[from] < 'a' || cs[from] > 'z'
                || to - from == 4 && cs[from + 1] == 'R' && cs[from + 2] == 'N' && cs[from + 3] == 'A') {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (cs[k] < 'A' || cs[k] > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** "al-Fajr", "el-Sisi", "ad-Din", "bin-Salman": a lower-case particle of two or three letters, a hyphen, a capital. */
    private static boolean isArticleName(char[] cs, int from, int to) {
        int h = from + 2 < to && cs[from + 2] == '-' ? from + 2 : from + 3 < to && cs[from + 3] == '-' ? from + 3 : -1;
        if (h < 0 || h + 1 >= to || !Character.isUpperCase(cs[h + 1])) {
            return false;
        }
        String particle = new String(cs, from, h - from);
        return ARTICLE_PARTICLES.contains(particle);
    }

    private static final java.util.Set<String> ARTICLE_PARTICLES = java.util.Set.of("al", "el", "ad", "ar", "as", "ash", "at",
            "az", "an", "ud", "ul", "bin", "ibn", "abd");

    /** True when token i is a word of two or more characters with no lower-case letter ("PARIS", "UNTERKELL"). */
    public boolean isAllCaps(int i) {
        if (!isWord(i) || ends[i] - starts[i] < 2) {
            return false;
        }
        for (int k = starts[i]; k < ends[i]; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when token i is a word of three or more capitals that spells a function word, in text that is not set in
     * capitals around it: the "WHO" of "the WHO said" (the World Health Organization, no relative pronoun). A headline
     * in capitals ("WHO SAID IT") keeps its words.
     */
    public boolean isAcronymOfFunctionWord(int i) {
        return ends[i] - starts[i] >= 3 && isAllCaps(i) && !isAllCaps(i - 1) && !isAllCaps(i + 1);
    }

    /** Token i is the relative or interrogative "who", not the acronym "WHO". */
    public boolean isWho(int i) {
        return eq(i, "who") && !isAcronymOfFunctionWord(i);
    }

    /**
     * True when word token i is one capital or capitals joined by periods, before a last period of its
     * own: the "J" of "J. Smith", the "R.K" of "R.K. Dhyani".
     */
    public boolean isInitials(int i) {
        if (!isWord(i) || (ends[i] - starts[i]) % 2 == 0) {
            return false;
        }
        char[] cs = chars();
        for (int k = starts[i]; k < ends[i]; k += 2) {
            if (!Character.isUpperCase(cs[k]) || k + 1 < ends[i] && cs[k + 1] != '.') {
                return false;
            }
        }
        return true;
    }

    /** Length of token i in UTF-16 units. */
    public int length(int i) {
        return ends[i] - starts[i];
    }

    public String text(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The lower-cased token, with typographic apostrophes folded to ASCII; computed once. */
    public String lower(int i) {
        if (i < 0 || i >= size) {
            return "";
        }
        if (lower == null) {
            lower = new String[starts.length];
        }
        String s = lower[i];
        if (s == null) {
            s = folded(starts[i], ends[i]);
            lower[i] = s;
        }
        return s;
    }

    private String folded(int from, int to) {
        char[] cs = chars();
        int k = from;
        while (k < to) {
            char c = cs[k];
            if (c >= 'A' && c <= 'Z' || c >= 0x80) {
                break;
            }
            k++;
        }
        if (k == to) {
            return text.substring(from, to);
        }
        char[] out = new char[to - from];
        for (int j = from; j < to; j++) {
            char c = cs[j];
            if (Character.isSurrogate(c)) {
                return text.substring(from, to).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            }
            out[j - from] = c == '\u2019' ? '\'' : c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
        return new String(out);
    }

    /**
     * True when token i, lower-cased and with ’ read as ', is the given lower-case ASCII word: the
     * same as {@code lower(i).equals(word)} without making a string.
     */
    public boolean eq(int i, String word) {
        if (i < 0 || i >= size || ends[i] - starts[i] != word.length()) {
            return false;
        }
        char[] cs = chars(); // read once, not per char: the lazy field is otherwise loaded in the loop
        int s = starts[i];
        for (int j = 0; j < word.length(); j++) {
            char c = cs[s + j];
            if (c == '\u2019') {
                c = '\'';
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** True when token i, lower-cased, ends with the given lower-case ASCII suffix. */
    public boolean endsWith(int i, String suffix) {
        if (i < 0 || i >= size || ends[i] - starts[i] < suffix.length()) {
            return false;
        }
        char[] cs = chars();
        int s = ends[i] - suffix.length();
        for (int j = 0; j < suffix.length(); j++) {
            char c = cs[s + j];
            if (c == '\u2019') {
                c = '\'';
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            if (c != suffix.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The char offset of the first apostrophe (' or ’) inside word token i, neither its first nor its last
     * character ("we're", "Isn’t"), or -1.
     */
    public int innerApostrophe(int i) {
        if (!isWord(i)) {
            return -1;
        }
        char[] cs = chars();
        for (int k = starts[i] + 1; k < ends[i] - 1; k++) {
            if (cs[k] == '\'' || cs[k] == '\u2019') {
                return k;
            }
        }
        return -1;
    }

    /** Index of the first token whose start is at or after the char offset. */
    public int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
