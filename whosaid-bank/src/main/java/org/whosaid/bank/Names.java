package org.whosaid.bank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name keys for the speaker registry: folds case and diacritics, maps transliteration variants to
 * one spelling (rules in {@code name-variants.txt}), and splits a person's name into first name and
 * surname. Used internally by {@link Registry}; stateless after loading, thread-safe.
 */
final class Names {

    /** A person's name taken apart: keys are folded and canonical, {@code display} is as written. */
    record PersonName(String display, String first, String initial, String surname, String dropped) {
        /** The registry key: "first surname", or "~surname" when only the surname is known. */
        String key() {
            return first != null ? first + " " + surname : "~" + surname;
        }
    }

    private static final Names INSTANCE = load();

    private final Map<String, String> canonical;
    private final List<String[]> suffixes;
    private final Set<String> titles;
    private final Set<String> particles;
    private final Set<String> suffixWords;

    private Names(Map<String, String> canonical, List<String[]> suffixes, Set<String> titles,
            Set<String> particles, Set<String> suffixWords) {
        this.canonical = canonical;
        this.suffixes = suffixes;
        this.titles = titles;
        this.particles = particles;
        this.suffixWords = suffixWords;
    }

    static Names get() {
        return INSTANCE;
    }

    private static Names load() {
        Map<String, String> canonical = new HashMap<>();
        List<String[]> suffixes = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        Set<String> particles = new HashSet<>();
        Set<String> suffixWords = new HashSet<>();
        try (InputStream in = Names.class.getResourceAsStream("name-variants.txt")) {
            if (in == null) {
                throw new IllegalStateException("name-variants.txt missing from the class path");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] w = line.split("\\s+");
                switch (w[0]) {
                    case "name":
                        for (int i = 1; i < w.length; i++) {
                            canonical.put(w[i], w[1]);
                        }
                        break;
                    case "suffix":
                        if (w.length != 3) {
                            throw new IllegalStateException("name-variants.txt:" + n + ": suffix FROM TO expected");
                        }
                        suffixes.add(new String[] {w[1], w[2]});
                        break;
                    case "title":
                        titles.addAll(List.of(w).subList(1, w.length));
                        break;
                    case "particle":
                        particles.addAll(List.of(w).subList(1, w.length));
                        break;
                    case "suffixword":
                        suffixWords.addAll(List.of(w).subList(1, w.length));
                        break;
                    default:
                        throw new IllegalStateException("name-variants.txt:" + n + ": unknown line kind " + w[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        suffixes.sort((a, b) -> Integer.compare(b[0].length(), a[0].length()));
        return new Names(canonical, suffixes, titles, particles, suffixWords);
    }

    /** Lower case, diacritics and apostrophes removed, every other non-letter a single space. */
    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = true;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019') {
                continue;
            }
            String mapped = switch (c) {
                case 'ß' -> "ss";
                case 'ø', 'Ø' -> "o";
                case 'ł', 'Ł' -> "l";
                case 'đ', 'Đ' -> "d";
                case 'æ', 'Æ' -> "ae";
                case 'œ', 'Œ' -> "oe";
                case 'ı' -> "i";
                default -> null;
            };
            if (mapped != null) {
                b.append(mapped);
                space = false;
            } else if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                b.append(' ');
                space = true;
            }
        }
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == ' ') {
            b.setLength(len - 1);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** One folded word in its canonical spelling. */
    String canonicalWord(String w) {
        String c = canonical.get(w);
        if (c != null) {
            return c;
        }
        if (w.length() >= 5) {
            for (String[] s : suffixes) {
                if (w.endsWith(s[0])) {
                    return w.substring(0, w.length() - s[0].length()) + s[1];
                }
            }
        }
        return w;
    }

    boolean isTitle(String folded) {
        return titles.contains(folded);
    }

    /**
     * Takes a person's name apart, or returns null when it holds no capitalised name word (a
     * pronoun, "the minister"). Words before the last lower-case word that is not a particle
     * ("Kremlin spokesman Dmitry Peskov") and leading titles are dropped and returned as
     * {@code dropped}, which callers may keep as a role.
     */
    PersonName person(String name) {
        String[] raw = name.strip().split("[\\s\u00A0]+");
        List<String> words = new ArrayList<>(List.of(raw));
        int cut = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String f = fold(w);
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && !particles.contains(f)) {
                cut = i + 1;
            }
        }
        while (cut < words.size() - 1 && isTitle(fold(words.get(cut)).replace(" ", ""))) {
            cut++;
        }
        String dropped = cut == 0 ? null : String.join(" ", words.subList(0, cut));
        words = new ArrayList<>(words.subList(cut, words.size()));
        while (words.size() > 1 && suffixWords.contains(fold(words.get(words.size() - 1)))) {
            words.remove(words.size() - 1);
        }
        if (words.isEmpty() || words.stream().noneMatch(w -> Character.isUpperCase(w.codePointAt(0)))) {
            return null;
        }
        // the surname: the last word with the particles just before it
        int s = words.size() - 1;
        while (s > 0 && particles.contains(fold(words.get(s - 1)))) {
            s--;
        }
        StringBuilder surname = new StringBuilder();
        for (int i = s; i < words.size(); i++) {
            surname.append(canonicalWord(fold(words.get(i)).replace(" ", "")));
            if (i < words.size() - 1) {
                surname.append(' ');
            }
        }
        if (surname.isEmpty()) {
            return null;
        }
        String first = null;
        String initial = null;
        if (s > 0) {
            String f = fold(words.get(0)).replace(" ", "");
            if (f.length() == 1 || (f.length() == 2 && words.get(0).endsWith("."))) {
                initial = f.substring(0, 1);
            } else if (!f.isEmpty()) {
                first = canonicalWord(f);
                initial = first.substring(0, 1);
            }
        }
        return new PersonName(String.join(" ", words), first, initial, surname.toString(), dropped);
    }

    /** An organisation's key: folded, without a leading "the". */
    static String organisationKey(String name) {
        String f = fold(name);
        return f.startsWith("the ") ? f.substring(4) : f;
    }

    /** A readable, stable id for a key: its words joined by hyphens and six hex digits of its hash. */
    static String id(String key) {
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < key.length() && slug.length() < 40; i++) {
            char c = key.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                slug.append(c);
            } else if (c == ' ' && slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        if (slug.length() == 0) {
            slug.append("speaker");
        }
        return slug + "-" + sha256(key).substring(0, 6);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
