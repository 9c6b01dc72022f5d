package org.whosaid.model;

import java.util.Locale;

/** How a statement is reported: in the source's own marked words, paraphrased, or both. */
public enum Kind {
    DIRECT, INDIRECT, MIXED;

    /** The name used in the output contract. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
