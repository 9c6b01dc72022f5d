package org.whosaid.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
    private static final Map<String, Integer> LIST_BITS = Map.ofEntries(
            Map.entry("honorific", HONORIFIC), Map.entry("role", ROLE), Map.entry("group", GROUP), Map.entry("org", ORG),
            Map.entry("anonymous", ANONYMOUS), Map.entry("document", DOCUMENT), Map.entry("via", VIA),
            Map.entry("media", MEDIA), Map.entry("modifier", MODIFIER), Map.entry("temporal", TEMPORAL),
            Map.entry("stop", STOP), Map.entry("pronoun", PRONOUN), Map.entry("anonymity", ANONYMITY));

    private static final Lexicon INSTANCE = load();

    private final Map<String, CueWord> cues;
    private final Map<String, Integer> masks;

    private Lexicon(Map<String, CueWord> cues, Map<String, Integer> masks) {
        this.cues = new HashMap<>(cues);
        this.masks = new HashMap<>(masks);
    }

    static Lexicon get() {
        return INSTANCE;
    }

    CueWord cue(String lowerForm) {
        return cues.get(lowerForm);
    }

    /** True when the lower-cased word is in one of the lists given as bits. */
    boolean in(int lists, String lowerWord) {
        return (mask(lowerWord) & lists) != 0;
    }

    /**
     * The lists a lower-cased word is in. A hyphenated word is a role when one of its parts is
     * ("commander-in-chief", "vice-chair").
     */
    int mask(String lowerWord) {
        int m = masks.getOrDefault(lowerWord, 0);
        if ((m & ROLE) == 0 && lowerWord.indexOf('-') > 0) {
            for (String part : lowerWord.split("-")) {
                if (!part.equals("in") && (masks.getOrDefault(part, 0) & ROLE) != 0) {
                    return m | ROLE;
                }
            }
        }
        return m;
    }

    private static Lexicon load() {
        Map<String, CueWord> cues = new HashMap<>();
        for (String line : lines("cues.tsv")) {
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
        for (String line : lines("words.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("words.tsv: expected 2 tab-separated fields: " + line);
            }
            Integer bit = LIST_BITS.get(f[0]);
            if (bit == null) {
                throw new IllegalStateException("words.tsv: unknown list " + f[0]);
            }
            for (String w : f[1].split(" ")) {
                masks.merge(w, bit, (x, y) -> x | y);
            }
        }
        return new Lexicon(cues, masks);
    }

    private static java.util.List<String> lines(String resource) {
        java.util.List<String> out = new java.util.ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
