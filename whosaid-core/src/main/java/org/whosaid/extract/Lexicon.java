package org.whosaid.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.whosaid.model.CueClass;

/**
 * The word lists the extractor reads, loaded once from the resource files next to this class
 * ({@code cues.tsv}, {@code words.tsv}). Immutable after loading, so one instance serves every thread.
 */
final class Lexicon {
    /** A cue verb form: its lemma, class, and whether it can introduce unquoted reported content. */
    record CueWord(String lemma, CueClass cueClass, boolean clause) {
    }

    private static final Lexicon INSTANCE = load();

    private final Map<String, CueWord> cues;
    private final Map<String, Set<String>> lists;

    private Lexicon(Map<String, CueWord> cues, Map<String, Set<String>> lists) {
        this.cues = Map.copyOf(cues);
        Map<String, Set<String>> frozen = new HashMap<>();
        lists.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        this.lists = Map.copyOf(frozen);
    }

    static Lexicon get() {
        return INSTANCE;
    }

    CueWord cue(String lowerForm) {
        return cues.get(lowerForm);
    }

    boolean in(String list, String lowerWord) {
        Set<String> s = lists.get(list);
        if (s == null) {
            throw new IllegalArgumentException("no word list named " + list);
        }
        return s.contains(lowerWord);
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
        Map<String, Set<String>> lists = new HashMap<>();
        for (String line : lines("words.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("words.tsv: expected 2 tab-separated fields: " + line);
            }
            Set<String> set = lists.computeIfAbsent(f[0], k -> new HashSet<>());
            for (String w : f[1].split(" ")) {
                set.add(w);
            }
        }
        return new Lexicon(cues, lists);
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
