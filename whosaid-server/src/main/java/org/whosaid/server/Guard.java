package org.whosaid.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What every request passes through: response headers (a Content-Security-Policy that allows no
 * inline script, nosniff, no framing), the query-string and body size limits, the bearer-token
 * check, and the one place where exceptions become responses: a JSON error under {@code /api}, an
 * HTML page elsewhere, never a stack trace (those go to the server log).
 */
final class Guard {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final System.Logger LOG = System.getLogger(Guard.class.getName());

    private Guard() {
    }

    static void install(Javalin app, ServerOptions options) {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Cache-Control", "no-store");
            String qs = ctx.queryString();
            if (qs != null && qs.length() > options.maxQueryChars()) {
                throw new ApiError(414, "the query string is longer than " + options.maxQueryChars() + " characters");
            }
            long declared = ctx.req().getContentLengthLong();
            if (declared > options.maxBodyBytes()) {
                throw new ApiError(413, "the request body is larger than " + options.maxBodyBytes() + " bytes");
            }
        });
        app.exception(ApiError.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, ctx.method() + " " + ctx.path() + " failed", e);
            respond(ctx, 500, "internal error; the server log has the details");
        });
        app.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                respond(ctx, 404, "no such page: " + ctx.path());
            }
        });
        app.error(405, ctx -> respond(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
    }

    static void respond(Context ctx, int status, String message) {
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api")) {
            Api.json(ctx, status, JsonViews.error(status, message));
        } else {
            ctx.status(status).contentType("text/html; charset=utf-8").result(Pages.error(status, message));
        }
    }

    /** The request body, read up to the limit: a body without a declared length cannot exceed it either. */
    static byte[] body(Context ctx, ServerOptions options) {
        long max = options.maxBodyBytes();
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                if (out.size() > max) {
                    throw new ApiError(413, "the request body is larger than " + max + " bytes");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiError.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    /** Checks {@code Authorization: Bearer TOKEN} in constant time (no early exit on the first wrong byte). */
    static void requireToken(Context ctx, String token) {
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
        byte[] a = sha256(given);
        byte[] b = sha256(token);
        if (!MessageDigest.isEqual(a, b) || given.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"whosaid\"");
            throw new ApiError(401, "a valid token is required: send Authorization: Bearer <token>");
        }
    }

    // hashing first makes both sides the same length, so the comparison time says nothing about the token's length
    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
