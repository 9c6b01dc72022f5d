package org.whosaid.text;

import java.util.Set;

/** The words of the calendar that the rules read as times, never as names: months and days of the week. */
public final class Dates {

    private Dates() {
    }

    /** The months in lower case, with their abbreviations ("sept", "nov"). */
    public static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /** The days of the week in lower case. */
    public static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
}
