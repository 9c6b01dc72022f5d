package org.whosaid.eval;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.whosaid.extract.WordFiles;

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
        for (String line : WordFiles.lines(SpeechCues.class, "speech-cues.txt")) {
            forms.addAll(java.util.Arrays.asList(line.split(" ")));
        }
        return Set.copyOf(forms);
    }
}
