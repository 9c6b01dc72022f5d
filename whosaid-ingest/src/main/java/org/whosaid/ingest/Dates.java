package org.whosaid.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Publication dates as ISO 8601: {@code 2024-03-05T09:30:00+01:00} when the source gives a time and
 * zone, {@code 2024-03-05T09:30:00} with a time but no zone, {@code 2024-03-05} for a date alone.
 * A date that cannot be read is left out (null), never guessed.
 */
final class Dates {
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private Dates() {
    }

    static String iso(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 64) {
            return null;
        }
        try {
            return OFFSET.format(OffsetDateTime.parse(s));
        } catch (DateTimeParseException e) {
            // not with an offset; try the other shapes
        }
        try {
            return OFFSET.format(ZonedDateTime.parse(s));
        } catch (DateTimeParseException e) {
            // next shape
        }
        // "+0100" offsets without a colon, common in news metadata
        if (s.length() > 5 && (s.charAt(s.length() - 5) == '+' || s.charAt(s.length() - 5) == '-')
                && s.indexOf('T') > 0) {
            String colon = s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2);
            try {
                return OFFSET.format(OffsetDateTime.parse(colon));
            } catch (DateTimeParseException e) {
                // next shape
            }
        }
        try {
            return LOCAL.format(LocalDateTime.parse(s));
        } catch (DateTimeParseException e) {
            // next shape
        }
        try {
            return OFFSET.format(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            // next shape
        }
        try {
            return LocalDate.parse(s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) : s).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String iso(Date date) {
        return date == null ? null : iso(date.toInstant());
    }

    static String iso(Instant instant) {
        return instant == null ? null : OFFSET.format(instant.atOffset(ZoneOffset.UTC));
    }
}
