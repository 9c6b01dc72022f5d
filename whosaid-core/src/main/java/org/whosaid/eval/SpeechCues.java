package org.whosaid.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells speech and writing cues of gold attributions apart from the others (beliefs, knowledge,
 * "polls show"), by a fixed list of verb forms ({@code speech-cues.txt}) that does not follow the
 * extractor's own lexicon: the subset scored stays the same whatever cues the extractor knows.
 */
final class SpeechCues {
    private static final Set<String> FORMS = load();

    private SpeechCues() {
    }

    /** True when any word of the cue phrase is a speech or writing verb form, or the phrase is "according to". */
    static boolean isSpeechOrWriting(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (p.contains("according to")) {
            return true;
        }
        for (String w : p.split("[^\\p{L}'-]+")) {
            if (FORMS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> forms = new HashSet<>();
        try (InputStream in = SpeechCues.class.getResourceAsStream("speech-cues.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource speech-cues.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    for (String f : line.strip().split(" ")) {
                        forms.add(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(forms);
    }
}
