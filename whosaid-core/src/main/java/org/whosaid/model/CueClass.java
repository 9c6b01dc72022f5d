package org.whosaid.model;

import java.util.Locale;

/** The kind of reporting act a cue word signals. */
public enum CueClass {
    NEUTRAL, ASSERTIVE, DENIAL, WARNING, CONFIRMATION, ANNOUNCEMENT, ACCUSATION, WRITING, QUESTION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CueClass parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
