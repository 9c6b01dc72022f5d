package org.whosaid.server;

import java.util.Objects;

/**
 * How a server runs, as one validated value: where it listens, the token that turns on adding
 * articles (null: adding is off), and the limits on requests.
 *
 * @param host          the address to bind (loopback by default: the bank is not published unless asked)
 * @param port          the port; 0 picks a free one
 * @param token         the bearer token required by {@code POST /api/articles}; null or blank turns adding off
 * @param maxBodyBytes  the largest request body accepted
 * @param maxPageSize   the largest {@code limit} of a search page
 * @param maxQueryChars the longest query string accepted
 */
public record ServerOptions(String host, int port, String token, long maxBodyBytes, int maxPageSize,
                            int maxQueryChars) {

    public static final String LOOPBACK = "127.0.0.1";

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be 1024 or more: " + maxBodyBytes);
        }
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("maxPageSize must be 1 or more: " + maxPageSize);
        }
        if (maxQueryChars < 256) {
            throw new IllegalArgumentException("maxQueryChars must be 256 or more: " + maxQueryChars);
        }
        token = token == null || token.isBlank() ? null : token.strip();
    }

    /** Loopback, the given port, no token, 1 MiB bodies, pages of up to 100 hits, 4096-character queries. */
    public static ServerOptions onPort(int port) {
        return new ServerOptions(LOOPBACK, port, null, 1L << 20, 100, 4096);
    }

    public ServerOptions withToken(String t) {
        return new ServerOptions(host, port, t, maxBodyBytes, maxPageSize, maxQueryChars);
    }

    public ServerOptions withHost(String h) {
        return new ServerOptions(h, port, token, maxBodyBytes, maxPageSize, maxQueryChars);
    }

    public ServerOptions withMaxBodyBytes(long n) {
        return new ServerOptions(host, port, token, n, maxPageSize, maxQueryChars);
    }

    /** True when {@code POST /api/articles} is on. */
    public boolean addingEnabled() {
        return token != null;
    }
}
