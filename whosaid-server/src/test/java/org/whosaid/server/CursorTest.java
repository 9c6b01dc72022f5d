package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.whosaid.bank.SearchResult;

/** Cursors round-trip, and a cursor altered or used with another query is refused with a 400. */
class CursorTest {

    @Test
    void roundTripsAndRefusesOtherQueries() {
        SearchResult.After a = new SearchResult.After(1.75f, Long.MIN_VALUE, 123_456L);
        String c = Cursor.encode(a, "q\u0000said");
        assertEquals(a, Cursor.decode(c, "q\u0000said"));
        assertEquals(c.length(), c.chars().filter(ch -> Character.isLetterOrDigit(ch) || ch == '-' || ch == '_').count());
        ApiError other = assertThrows(ApiError.class, () -> Cursor.decode(c, "q\u0000strike"));
        assertEquals(400, other.status());
        assertEquals("the cursor belongs to another query: page on with the same query and filters", other.getMessage());
        ApiError cut = assertThrows(ApiError.class, () -> Cursor.decode(c.substring(4), "q\u0000said"));
        assertEquals("invalid cursor: pass the 'next' value of the previous page unchanged", cut.getMessage());
        assertThrows(ApiError.class, () -> Cursor.decode("%%%", "q\u0000said"));
    }
}
