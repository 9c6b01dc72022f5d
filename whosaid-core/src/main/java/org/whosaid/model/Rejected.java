package org.whosaid.model;

import java.util.Locale;

/** A quote-marked span that is not a statement, with the reason it was set aside. */
public record Rejected(String text, int start, int end, Reason reason) {

    /** Why a marked span is not a statement. */
    public enum Reason {
        /** Distancing marks: "so-called “reforms”", a short marked term with no speech cue. */
        SCARE_QUOTE,
        /** The name of a work, event or nickname in marks. */
        TITLE,
        /** The author's own words or reading in marks ("his words actually mean: “…”"). */
        AUTHOR_WORDS;

        /** The name used in the output contract. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
