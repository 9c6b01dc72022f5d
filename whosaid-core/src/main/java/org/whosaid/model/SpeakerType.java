package org.whosaid.model;

import java.util.Locale;

/** What kind of source a speaker is. */
public enum SpeakerType {
    PERSON, ORGANIZATION, GROUP, ANONYMOUS, UNKNOWN;

    /** The name used in the output contract. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
