package org.whosaid.resolve;

import java.util.List;
import org.whosaid.model.CueClass;
import org.whosaid.model.Kind;

/**
 * A statement as the extractor found it, before its speaker is resolved: char offsets into the
 * article, the speaker phrase as written (or null when none was found), the cue and relays.
 */
public record Draft(Kind kind, int start, int end, int paragraph, Mention speaker, CueRef cue, List<ViaRef> via,
                    double confidence, List<String> evidence) {

    public Draft {
        via = List.copyOf(via);
        evidence = List.copyOf(evidence);
    }

    /** The cue words: char offsets of the first and last word, and the text to report. */
    public record CueRef(String text, int start, int end, CueClass cueClass) {
    }

    /** A relay: an outlet or channel name and its char offsets. */
    public record ViaRef(String name, int start, int end) {
    }
}
