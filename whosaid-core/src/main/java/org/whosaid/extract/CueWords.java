package org.whosaid.extract;

import java.util.Locale;

/** Public view of the cue lexicon for other stages (evaluation): is a phrase a speech or writing cue? */
public final class CueWords {
    private CueWords() {
    }

    /** True when any word of the phrase is a speech or writing verb, or the phrase is "according to". */
    public static boolean isSpeechOrWriting(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (p.contains("according to")) {
            return true;
        }
        for (String w : p.split("[^\\p{L}'-]+")) {
            if (!w.isEmpty() && Lexicon.get().cue(w) != null) {
                return true;
            }
        }
        return false;
    }
}
