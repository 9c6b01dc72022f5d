package org.whosaid.server;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Path-safe names for article keys and statement ids, which hold URLs: base64url of the UTF-8 key,
 * so that {@code /articles/{ref}} never carries a slash or a percent-encoded one (which Jetty refuses).
 */
final class Refs {
    private Refs() {
    }

    static String of(String key) {
        return key == null ? null
                : Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The key a ref names; a ref that is not base64url is a 404, not a 400: it names nothing. */
    static String key(String ref) {
        try {
            return new String(Base64.getUrlDecoder().decode(ref), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.notFound("no such item: " + ref);
        }
    }
}
