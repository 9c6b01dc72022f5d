package org.whosaid.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.whosaid.ingest.Ingest;
import org.whosaid.ingest.Item;
import org.whosaid.model.Article;
import org.whosaid.write.ContractJson;

/**
 * Turns a posted body into articles through whosaid-ingest, so the API reads text and HTML exactly as
 * {@code whosaid extract} does: {@code text/plain}, {@code text/html}, or {@code application/json}
 * with one object (or an array of objects) in the JSON Lines article shape
 * ({@code {"text": ..., "id", "url", "title", "outlet", "published"}}).
 */
final class Posted {
    static final int MAX_ARTICLES = 100;
    private static final ObjectMapper JSON = ContractJson.mapper();

    private Posted() {
    }

    static List<Article> articles(Ingest ingest, String contentType, byte[] body) {
        if (body.length == 0) {
            throw ApiError.badRequest("the request body is empty: post the article's text, HTML or JSON");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int semi = type.indexOf(';');
        String media = (semi < 0 ? type : type.substring(0, semi)).strip();
        byte[] input;
        String source;
        switch (media) {
            case "text/plain" -> {
                input = body;
                source = "posted.txt";
            }
            case "text/html", "application/xhtml+xml" -> {
                input = body;
                source = "posted.html";
            }
            case "application/json" -> {
                input = jsonLines(body);
                source = "posted.jsonl";
            }
            default -> throw new ApiError(415, "Content-Type must be text/plain, text/html or application/json"
                    + (media.isEmpty() ? "" : ", not " + media));
        }
        List<Article> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Item> items = ingest.read(source, new ByteArrayInputStream(input))) {
            items.forEach(item -> {
                if (item instanceof Item.Accepted a) {
                    Article art = a.article();
                    // a posted text or page has no file name to be named after; JSON brings its own ids
                    out.add(media.equals("application/json") ? art
                            : new Article("posted", art.source(), art.text(), art.metadata()));
                } else if (item instanceof Item.Skipped s) {
                    problems.add(s.message());
                } else if (item instanceof Item.Failed f) {
                    problems.add(f.message());
                }
            });
        }
        if (out.isEmpty()) {
            throw new ApiError(422, "no article could be read from the body"
                    + (problems.isEmpty() ? "" : ": " + String.join("; ", problems)));
        }
        return out;
    }

    /** One JSON Lines line per posted object, after checking the JSON so that a typo is a clear 400. */
    private static byte[] jsonLines(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw ApiError.badRequest("the JSON body is empty");
        }
        List<JsonNode> objects = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(objects::add);
        } else {
            objects.add(root);
        }
        if (objects.isEmpty() || objects.size() > MAX_ARTICLES) {
            throw ApiError.badRequest("post between 1 and " + MAX_ARTICLES + " articles, not " + objects.size());
        }
        ByteArrayOutputStream lines = new ByteArrayOutputStream(body.length + 16);
        int i = 0;
        for (JsonNode o : objects) {
            i++;
            if (!o.isObject() || !o.path("text").isTextual() || o.path("text").asText().isBlank()) {
                throw ApiError.badRequest("article " + i + ": expected an object with a non-empty string field 'text'");
            }
            for (String f : List.of("id", "url", "title", "outlet", "published", "language")) {
                JsonNode v = o.get(f);
                if (v != null && !v.isNull() && !v.isTextual()) {
                    throw ApiError.badRequest("article " + i + ": field '" + f + "' must be a string");
                }
            }
            try {
                // Jackson escapes line breaks inside strings, so each object stays on one line
                lines.write(JSON.writeValueAsBytes(o));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            lines.write('\n');
        }
        return lines.toByteArray();
    }
}
