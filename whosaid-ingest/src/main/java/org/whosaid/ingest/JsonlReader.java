package org.whosaid.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.whosaid.model.Article;

/**
 * JSON Lines, one article per line: {@code {"id": ..., "text": ..., "url", "title", "outlet",
 * "published", "language"}} (all but text optional; a line without an id is named after the file
 * and its line number). Read lazily, one line at a time, in constant memory; a line over the size
 * limit is skipped without being held. Each record's offset is the byte offset of its line.
 */
final class JsonlReader extends Records {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream in;
    private final String stem;
    private final String source;
    private final long maxLineBytes;
    private final Timings timings;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private long position;
    private long lineNo;
    private boolean eof;

    JsonlReader(InputStream in, String stem, String source, long maxLineBytes, Timings timings) {
        this.in = in;
        this.stem = stem;
        this.source = source;
        this.maxLineBytes = maxLineBytes;
        this.timings = timings;
    }

    @Override
    protected Item compute() throws IOException {
        while (!eof) {
            long start = position;
            line.reset();
            boolean tooLong = false;
            int b;
            while ((b = in.read()) >= 0) {
                position++;
                if (b == '\n') {
                    break;
                }
                if (line.size() <= maxLineBytes) {
                    line.write(b);
                } else {
                    tooLong = true;
                }
            }
            eof = b < 0;
            if (line.size() == 0 && !tooLong) {
                continue;
            }
            lineNo++;
            String where = source + "@" + start;
            if (tooLong || line.size() > maxLineBytes) {
                return new Item.Failed(where, start, "line " + lineNo + " too long: over the " + maxLineBytes
                        + "-byte limit for one article");
            }
            return parse(line.toByteArray(), where, start);
        }
        return null;
    }

    private Item parse(byte[] bytes, String where, long start) {
        long t0 = System.nanoTime();
        try {
            String json;
            try {
                json = TextReader.decode(bytes);
            } catch (IngestException e) {
                return new Item.Failed(where, start, "line " + lineNo + ": " + e.getMessage());
            }
            if (json.isBlank()) {
                return new Item.Skipped(where, start, SkipReason.NO_TEXT, "line " + lineNo + ": blank");
            }
            JsonNode node;
            try {
                node = JSON.readTree(json);
            } catch (JsonProcessingException e) {
                return new Item.Failed(where, start, "line " + lineNo + ": not JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                return new Item.Failed(where, start, "line " + lineNo + ": not a JSON object");
            }
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual()) {
                return new Item.Failed(where, start, "line " + lineNo + ": no \"text\" string");
            }
            if (text.asText().isBlank()) {
                return new Item.Skipped(where, start, SkipReason.NO_TEXT, "line " + lineNo + ": empty text");
            }
            String id = field(node, "id");
            Article.Metadata meta = new Article.Metadata(field(node, "url"), field(node, "title"),
                    field(node, "outlet"), Dates.iso(field(node, "published")), field(node, "language"));
            return new Item.Accepted(new Article(id == null ? stem + "#" + lineNo : id, where, text.asText(), meta),
                    start, List.of());
        } finally {
            timings.parse.add(System.nanoTime() - t0);
        }
    }

    private static String field(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asText();
        return s.isBlank() ? null : s;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
