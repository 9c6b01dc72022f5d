package org.whosaid.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import org.whosaid.bank.SearchResult;

/**
 * The opaque paging cursor of {@code /api/search}: the sort values of the last hit of a page (score,
 * publication day, unique sequence number) and a fingerprint of the query they belong to, in
 * base64url. The fingerprint makes a cursor used with another query a clear 400 instead of a page of
 * some other search.
 */
final class Cursor {
    private static final byte VERSION = 1;
    private static final int LENGTH = 1 + 4 + 8 + 8 + 8;

    private Cursor() {
    }

    static String encode(SearchResult.After after, String queryKey) {
        ByteBuffer b = ByteBuffer.allocate(LENGTH);
        b.put(VERSION).putFloat(after.score()).putLong(after.day()).putLong(after.seq()).put(fingerprint(queryKey));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b.array());
    }

    /** The position a cursor names; a cursor that was altered or made for another query is a 400. */
    static SearchResult.After decode(String cursor, String queryKey) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid cursor: pass the 'next' value of the previous page unchanged");
        }
        if (raw.length != LENGTH || raw[0] != VERSION) {
            throw ApiError.badRequest("invalid cursor: pass the 'next' value of the previous page unchanged");
        }
        ByteBuffer b = ByteBuffer.wrap(raw);
        b.get();
        float score = b.getFloat();
        long day = b.getLong();
        long seq = b.getLong();
        byte[] fp = new byte[8];
        b.get(fp);
        if (!MessageDigest.isEqual(fp, fingerprint(queryKey))) {
            throw ApiError.badRequest("the cursor belongs to another query: page on with the same query and filters");
        }
        return new SearchResult.After(score, day, seq);
    }

    private static byte[] fingerprint(String queryKey) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(queryKey.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(h, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
