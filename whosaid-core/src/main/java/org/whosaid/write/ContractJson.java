package org.whosaid.write;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;
import org.whosaid.model.Rejected;
import org.whosaid.model.Span;
import org.whosaid.model.Statement;
import org.whosaid.model.Via;

/**
 * Writes an extraction in the output contract's JSON shape (one object per article). Field names
 * only grow; absent values are written as null.
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
            ObjectNode o = sts.addObject();
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

    /** One line of JSONL, without the newline; the whole line is built before anything is written. */
    public static String line(Extraction x, boolean withText) {
        try {
            return MAPPER.writeValueAsString(toNode(x, withText));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + x.article().id(), e);
        }
    }
}
