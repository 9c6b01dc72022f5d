package org.whosaid.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The UI's CSS and JS, served from the jar by name from a fixed list: a path is looked up, never
 * resolved against a folder, so no "..", encoded slash or absolute path can reach another file.
 */
final class StaticFiles {
    private static final Map<String, String> FILES = Map.of(
            "whosaid.css", "text/css; charset=utf-8",
            "whosaid.js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> content;

    StaticFiles() {
        Map<String, byte[]> m = new java.util.HashMap<>();
        for (String name : FILES.keySet()) {
            try (InputStream in = StaticFiles.class.getResourceAsStream("static/" + name)) {
                m.put(name, in.readAllBytes());
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("static/" + name + " is missing from the jar", e);
            }
        }
        this.content = Map.copyOf(m);
    }

    void routes(Javalin app) {
        app.get("/static/<path>", ctx -> {
            String name = ctx.pathParam("path");
            byte[] body = content.get(name);
            if (body == null) {
                throw ApiError.notFound("no such file: " + name);
            }
            ctx.contentType(FILES.get(name)).header("Cache-Control", "public, max-age=3600").result(body);
        });
    }
}
