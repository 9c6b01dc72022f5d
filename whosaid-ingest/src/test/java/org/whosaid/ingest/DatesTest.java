package org.whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatesTest {
    @Test
    void newsDateShapesBecomeIso8601() {
        assertEquals("2024-03-07T18:05:00+01:00", Dates.iso("2024-03-07T18:05+01:00"));
        assertEquals("2024-03-07T17:05:00Z", Dates.iso("2024-03-07T17:05:00.000Z"));
        assertEquals("2024-05-02T08:00:00+02:00", Dates.iso("2024-05-02T08:00:00+0200"));
        assertEquals("2024-03-05T09:30:00+01:00", Dates.iso("Tue, 5 Mar 2024 09:30:00 +0100"));
        assertEquals("2024-03-07T18:05:00", Dates.iso("2024-03-07T18:05:00"));
        assertEquals("2024-03-07", Dates.iso("2024-03-07"));
        assertNull(Dates.iso("last Tuesday"));
    }
}
