package org.whosaid.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.whosaid.model.Article;
import org.whosaid.model.Cue;
import org.whosaid.model.CueClass;
import org.whosaid.model.Extraction;
import org.whosaid.model.Kind;
import org.whosaid.model.Rejected;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;
import org.whosaid.model.SpeakerType;
import org.whosaid.model.Statement;
import org.whosaid.model.Via;

/**
 * Writes an extraction in the output contract's JSON shape (one object per article), and reads
 * such a line back (for loading a Spark run's JSONL into the quote bank). Field names only grow;
 * absent values are written as null.
 */
public final class ContractJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    private ContractJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The contract object; with {@code withText} the article's analysed text is added as article.text. */
    public static ObjectNode toNode(Extraction x, boolean withText) {
        ObjectNode root = MAPPER.createObjectNode();
        Article a = x.article();
        ObjectNode art = root.putObject("article");
        art.put("id", a.id());
        art.put("source", a.source());
        art.put("url", a.metadata().url());
        art.put("title", a.metadata().title());
        art.put("outlet", a.metadata().outlet());
        art.put("published", a.metadata().published());
        art.put("language", a.metadata().language());
        if (withText) {
            art.put("text", a.text());
        }
        ArrayNode sts = root.putArray("statements");
        for (Statement s : x.statements()) {
            sts.add(statement(s));
        }
        ArrayNode rej = root.putArray("rejected");
        for (Rejected r : x.rejected()) {
            ObjectNode o = rej.addObject();
            o.put("text", r.text());
            o.put("start", r.start());
            o.put("end", r.end());
            o.put("reason", r.reason().label());
        }
        return root;
    }

    private static void span(ObjectNode o, Span s) {
        o.put("text", s.text());
        o.put("start", s.start());
        o.put("end", s.end());
    }

    /** One statement in the contract's shape (an element of {@code statements}). */
    public static ObjectNode statement(Statement s) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", s.id());
        o.put("kind", s.kind().label());
        span(o.putObject("quote"), s.quote());
        ObjectNode sp = o.putObject("speaker");
        sp.put("name", s.speaker().name());
        sp.put("type", s.speaker().type().label());
        if (s.speaker().mention() == null) {
            sp.putNull("mention");
        } else {
            span(sp.putObject("mention"), s.speaker().mention());
        }
        sp.put("role", s.speaker().role());
        if (s.cue() == null) {
            o.putNull("cue");
        } else {
            ObjectNode c = o.putObject("cue");
            c.put("text", s.cue().text());
            c.put("start", s.cue().start());
            c.put("end", s.cue().end());
            c.put("class", s.cue().cueClass().label());
        }
        ArrayNode via = o.putArray("via");
        for (Via v : s.via()) {
            ObjectNode vn = via.addObject();
            vn.put("name", v.name());
            vn.put("start", v.start());
            vn.put("end", v.end());
        }
        o.put("confidence", s.confidence());
        ArrayNode ev = o.putArray("evidence");
        s.evidence().forEach(ev::add);
        return o;
    }

    /** One line of JSONL, without the newline; the whole line is built before anything is written. */
    public static String line(Extraction x, boolean withText) {
        try {
            return MAPPER.writeValueAsString(toNode(x, withText));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + x.article().id(), e);
        }
    }

    /**
     * The extraction a contract line describes. The article text is {@code article.text}, or empty
     * when the line was written without it ({@code --with-text}); extracted articles are never empty.
     *
     * @throws IllegalArgumentException when the line is not a contract object
     */
    public static Extraction read(String line) {
        JsonNode root;
        try {
            root = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode art = root == null ? null : root.get("article");
        if (art == null || !art.isObject() || !art.path("id").isTextual()) {
            throw new IllegalArgumentException("not an output contract line: no article.id");
        }
        String text = art.path("text").isTextual() ? art.get("text").asText() : "";
        Article a = new Article(art.get("id").asText(), str(art, "source"), text,
                new Article.Metadata(str(art, "url"), str(art, "title"), str(art, "outlet"), str(art, "published"),
                        str(art, "language")));
        List<Statement> statements = new ArrayList<>();
        for (JsonNode o : root.path("statements")) {
            JsonNode sp = o.get("speaker");
            JsonNode m = sp.get("mention");
            Speaker speaker = new Speaker(str(sp, "name"), SpeakerType.valueOf(upper(sp.get("type").asText())),
                    m == null || m.isNull() ? null : span(m), str(sp, "role"));
            JsonNode c = o.get("cue");
            Cue cue = c == null || c.isNull() ? null : new Cue(c.get("text").asText(), c.get("start").asInt(),
                    c.get("end").asInt(), CueClass.parse(c.get("class").asText()));
            List<Via> via = new ArrayList<>();
            for (JsonNode v : o.path("via")) {
                via.add(new Via(v.get("name").asText(), v.get("start").asInt(), v.get("end").asInt()));
            }
            List<String> evidence = new ArrayList<>();
            o.path("evidence").forEach(e -> evidence.add(e.asText()));
            statements.add(new Statement(o.get("id").asText(), Kind.valueOf(upper(o.get("kind").asText())),
                    span(o.get("quote")), speaker, cue, via, o.get("confidence").asDouble(), evidence));
        }
        List<Rejected> rejected = new ArrayList<>();
        for (JsonNode r : root.path("rejected")) {
            rejected.add(new Rejected(r.get("text").asText(), r.get("start").asInt(), r.get("end").asInt(),
                    Rejected.Reason.valueOf(upper(r.get("reason").asText()).replace('-', '_'))));
        }
        return new Extraction(a, statements, rejected);
    }

    private static Span span(JsonNode o) {
        return new Span(o.get("text").asText(), o.get("start").asInt(), o.get("end").asInt());
    }

    private static String str(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}
