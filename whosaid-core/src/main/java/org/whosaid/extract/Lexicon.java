package org.whosaid.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.whosaid.model.CueClass;

/**
 * The word lists the extractor reads, loaded once from the resource files next to this class
 * ({@code cues.tsv}, {@code words.tsv}). Immutable after loading, so one instance serves every thread.
 */
final class Lexicon {
    /** A cue verb form: its lemma, class, and whether it can introduce unquoted reported content. */
    record CueWord(String lemma, CueClass cueClass, boolean clause) {
    }

    /** The word lists of words.tsv, one bit each, so that one lookup tells every list a word is in. */
    static final int HONORIFIC = 1;
    static final int ROLE = 1 << 1;
    static final int GROUP = 1 << 2;
    static final int ORG = 1 << 3;
    static final int ANONYMOUS = 1 << 4;
    static final int DOCUMENT = 1 << 5;
    static final int VIA = 1 << 6;
    static final int MEDIA = 1 << 7;
    static final int MODIFIER = 1 << 8;
    static final int TEMPORAL = 1 << 9;
    static final int STOP = 1 << 10;
    static final int PRONOUN = 1 << 11;
    static final int ANONYMITY = 1 << 12;
    static final int DETERMINER = 1 << 13;
    static final int INDEFINITE = 1 << 14;
    static final int PARTICLE = 1 << 15;
    static final int PROPOSITION = 1 << 16;
    static final int COMPANY = 1 << 17;
    static final int POSTNOMINAL = 1 << 18;
    static final int FEMALE = 1 << 19;
    static final int MALE = 1 << 20;
    static final int PORTFOLIO = 1 << 21;
    static final int GOVERNMENT = 1 << 22;
    private static final Map<String, Integer> LIST_BITS = Map.ofEntries(
            Map.entry("honorific", HONORIFIC), Map.entry("role", ROLE), Map.entry("group", GROUP), Map.entry("org", ORG),
            Map.entry("anonymous", ANONYMOUS), Map.entry("document", DOCUMENT), Map.entry("via", VIA),
            Map.entry("media", MEDIA), Map.entry("modifier", MODIFIER), Map.entry("temporal", TEMPORAL),
            Map.entry("stop", STOP), Map.entry("pronoun", PRONOUN), Map.entry("anonymity", ANONYMITY),
            Map.entry("determiner", DETERMINER), Map.entry("indefinite", INDEFINITE), Map.entry("particle", PARTICLE),
            Map.entry("proposition", PROPOSITION), Map.entry("company", COMPANY),
            Map.entry("postnominal", POSTNOMINAL), Map.entry("female", FEMALE), Map.entry("male", MALE),
            Map.entry("portfolio", PORTFOLIO), Map.entry("government", GOVERNMENT));

    private static final Lexicon INSTANCE = load();

    /** Every word of the lists, with its list bits. */
    private final Table words;
    /** Cue forms alone, as indexes into {@link #cueWords}: asking whether a word is a cue reads nothing else. */
    private final Table cueForms;
    private final CueWord[] cueWords;
    /**
     * Which (first letter, second letter, length) triples some cue form has, one bit each: most
     * words of a text are ruled out as cues by this before any hashing.
     */
    private final long[] cueShapes = new long[(27 * 27 * 32 + 63) / 64];

    private Lexicon(Map<String, CueWord> cues, Map<String, Integer> masks) {
        words = new Table(masks);
        Map<String, Integer> cueIndexes = new HashMap<>();
        cueWords = new CueWord[cues.size()];
        for (Map.Entry<String, CueWord> e : cues.entrySet()) {
            cueWords[cueIndexes.size()] = e.getValue();
            cueIndexes.put(e.getKey(), cueIndexes.size());
        }
        cueForms = new Table(cueIndexes);
        for (String form : cues.keySet()) {
            int shape = shape(form.toCharArray(), 0, form.length());
            cueShapes[shape >>> 6] |= 1L << shape;
        }
    }

    /**
     * An open-addressing table from words to ints, looked up straight from a range of the article text
     * (case and typographic apostrophe folded while hashing), so that a lookup allocates nothing. Each
     * slot is four ints side by side (hash, key offset, key length, value) and the keys share one char
     * array, so a probe reads one cache line of slots and, on a hash match, one of keys.
     */
    private static final class Table {
        private static final int STRIDE = 4;
        private final int[] slots;
        private final char[] pool;
        private final int mask;
        /**
         * Two bits per key, from its hash, in 16,384 bits: about half the words of a text are in no list,
         * and this small array, which stays in the processor's cache, rules most of them out without
         * reading the large slot array.
         */
        private final long[] filter = new long[FILTER_BITS / 64];
        private static final int FILTER_BITS = 1 << 14;

        Table(Map<String, Integer> entries) {
            // at most one key in four slots: probe runs stay short
            int cap = Integer.highestOneBit(Math.max(16, entries.size() * 4) - 1) << 1;
            mask = cap - 1;
            slots = new int[cap * STRIDE];
            pool = new char[entries.keySet().stream().mapToInt(String::length).sum()];
            int used = 0;
            for (Map.Entry<String, Integer> e : entries.entrySet()) {
                char[] chars = e.getKey().toCharArray();
                System.arraycopy(chars, 0, pool, used, chars.length);
                int h = spread(hash(chars, 0, chars.length));
                filter[(h >>> 17) & (FILTER_BITS / 64 - 1)] |= 1L << (h >>> 11) | 1L << (h >>> 5);
                int slot = h & mask;
                while (slots[slot * STRIDE + 2] != 0) {
                    slot = (slot + 1) & mask;
                }
                int at = slot * STRIDE;
                slots[at] = h;
                slots[at + 1] = used;
                slots[at + 2] = chars.length;
                slots[at + 3] = e.getValue();
                used += chars.length;
            }
        }

        /** The value of the word s[from, to), whose {@link #hash} is h, or {@code missing}. */
        int get(char[] s, int from, int to, int h, int missing) {
            h = spread(h);
            long bits = 1L << (h >>> 11) | 1L << (h >>> 5);
            if ((filter[(h >>> 17) & (FILTER_BITS / 64 - 1)] & bits) != bits) {
                return missing;
            }
            int len = to - from;
            int slot = h & mask;
            int[] sl = slots;
            int keyLength;
            while ((keyLength = sl[slot * STRIDE + 2]) != 0) {
                int at = slot * STRIDE;
                if (sl[at] == h && keyLength == len && sameFolded(pool, sl[at + 1], len, s, from)) {
                    return sl[at + 3];
                }
                slot = (slot + 1) & mask;
            }
            return missing;
        }
    }

    /** The cue verb spelled by s[from, to), or null; most words are ruled out by their shape alone. */
    CueWord cueOf(char[] s, int from, int to) {
        if (!mayBeCue(s, from, to)) {
            return null;
        }
        int index = cueForms.get(s, from, to, hash(s, from, to), -1);
        return index < 0 ? null : cueWords[index];
    }

    private static int shape(char[] s, int from, int to) {
        int a = letterIndex(fold(s[from]));
        int b = to - from > 1 ? letterIndex(fold(s[from + 1])) : 26;
        return (a * 27 + b) * 32 + Math.min(to - from, 31);
    }

    private static int letterIndex(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : 26;
    }

    /** False when no cue form starts like s[from, to) and has its length; true means "look it up". */
    private boolean mayBeCue(char[] s, int from, int to) {
        if (to <= from) {
            return false;
        }
        int shape = shape(s, from, to);
        return (cueShapes[shape >>> 6] & (1L << shape)) != 0;
    }

    static Lexicon get() {
        return INSTANCE;
    }

    private static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }

    private static int hash(char[] s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + fold(s[i]);
        }
        return h;
    }

    /** Spreads the low bits of a hash, which index the table. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private static boolean sameFolded(char[] pool, int keyStart, int len, char[] s, int from) {
        for (int j = 0; j < len; j++) {
            if (pool[keyStart + j] != fold(s[from + j])) {
                return false;
            }
        }
        return true;
    }

    CueWord cue(String lowerForm) {
        return cueOf(lowerForm.toCharArray(), 0, lowerForm.length());
    }

    /** True when the lower-cased word is in one of the lists given as bits. */
    boolean in(int lists, String lowerWord) {
        return (mask(lowerWord) & lists) != 0;
    }

    int mask(String lowerWord) {
        char[] s = lowerWord.toCharArray();
        return mask(s, 0, s.length);
    }

    /**
     * The lists the text range s[from, to) is in, as a whole (a name of several words is one key).
     * A hyphenated word is a role when one of its parts is ("commander-in-chief", "vice-chair").
     */
    /** The range holds letters and every one is a capital: "ANA-MPA". */
    private static boolean allCaps(char[] s, int from, int to) {
        boolean letter = false;
        for (int i = from; i < to; i++) {
            if (Character.isLowerCase(s[i])) {
                return false;
            }
            letter |= Character.isLetter(s[i]);
        }
        return letter;
    }

    int mask(char[] s, int from, int to) {
        // one pass hashes the word and finds its first hyphen
        int h = 0;
        int hyphen = -1;
        for (int i = from; i < to; i++) {
            char c = s[i];
            if (c == '-' && hyphen < 0) {
                hyphen = i;
            }
            h = 31 * h + fold(c);
        }
        int m = words.get(s, from, to, h, 0);
        if ((m & ROLE) != 0 || hyphen < 0) {
            return m;
        }
        // the last part ("vice-chair", "co-founder"), or the first before a known tail ("commander-in-chief",
        // "secretary-general", "president-elect"); not any part, or "Man-tat" of "Kwok Man-tat" is a role
        int last = to;
        while (last > from && s[last - 1] != '-') {
            last--;
        }
        int lastPart = words.get(s, last, to, hash(s, last, to), 0);
        if ((lastPart & ROLE) != 0 && !isIn(s, last, to) && !isMan(s, last, to) && !allCaps(s, from, to)
                && !isSurnameBefore(s, from, hyphen)) {
            return m | ROLE; // (not an agency's initials: "ANA-MPA")
        }
        m |= lastPart & MEDIA; // "The Star-Ledger", "the Post-Gazette": an outlet's name ends in a media word
        if (!isRolePart(s, from, hyphen)) {
            return m;
        }
        String tail = new String(s, hyphen + 1, to - hyphen - 1).toLowerCase(Locale.ROOT);
        return ROLE_TAILS.contains(tail) || tail.startsWith("of-") ? m | ROLE : m; // "father-of-three"
    }

    /**
     * The capitalised part before a hyphen is a word no list holds, of four letters or more: the first of two surnames
     * ("Almanzar-Reeve", "Fenwick-Porter"), where "Vice-Chair" and "Co-Founder" name a post.
     */
    private boolean isSurnameBefore(char[] s, int from, int hyphen) {
        return hyphen - from >= 4 && Character.isUpperCase(s[from])
                && words.get(s, from, hyphen, hash(s, from, hyphen), 0) == 0;
    }

    /** "man" after a hyphen: the second syllable of a given name ("Cheng Wai-man"), no role. */
    private static boolean isMan(char[] s, int from, int to) {
        return to - from == 3 && fold(s[from]) == 'm' && fold(s[from + 1]) == 'a' && fold(s[from + 2]) == 'n';
    }

    private static boolean isIn(char[] s, int from, int to) {
        return to - from == 2 && fold(s[from]) == 'i' && fold(s[from + 1]) == 'n';
    }

    /** What follows a role word in a hyphenated role: "commander-in-chief", "secretary-general", "mayor-elect". */
    private static final java.util.Set<String> ROLE_TAILS = java.util.Set.of("in-chief", "general", "elect", "designate",
            "at-arms", "at-large", "in-waiting", "in-charge", "in-council", "in-law", "up");

    private boolean isRolePart(char[] s, int from, int to) {
        return !isIn(s, from, to) && (words.get(s, from, to, hash(s, from, to), 0) & ROLE) != 0; // not the "in" of "commander-in-chief"
    }

    private static Lexicon load() {
        Map<String, CueWord> cues = new HashMap<>();
        for (String line : WordFiles.lines(Lexicon.class, "cues.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new IllegalStateException("cues.tsv: expected 4 tab-separated fields: " + line);
            }
            CueWord w = new CueWord(f[0], CueClass.parse(f[1]), f[2].equals("yes"));
            for (String form : f[3].split(" ")) {
                cues.putIfAbsent(form, w);
            }
        }
        Map<String, Integer> masks = new HashMap<>();
        for (String line : WordFiles.lines(Lexicon.class, "words.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("words.tsv: expected 2 tab-separated fields: " + line);
            }
            Integer bit = LIST_BITS.get(f[0]);
            if (bit == null) {
                throw new IllegalStateException("words.tsv: unknown list " + f[0]);
            }
            for (String w : f[1].split(" ")) {
                masks.merge(w.replace('_', ' '), bit, (x, y) -> x | y); // "truth_social": a name of two words
            }
        }
        return new Lexicon(cues, masks);
    }
}
