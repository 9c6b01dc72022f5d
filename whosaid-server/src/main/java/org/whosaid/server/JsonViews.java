package org.whosaid.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.whosaid.bank.Appearance;
import org.whosaid.bank.ClusterInfo;
import org.whosaid.bank.SearchResult;
import org.whosaid.bank.SpeakerInfo;
import org.whosaid.model.Extraction;
import org.whosaid.model.Statement;
import org.whosaid.write.ContractJson;

/**
 * The API's JSON bodies, built from bank records. Statements and articles are written by
 * {@link ContractJson}, so their field names are the output contract's; what the bank adds (speaker
 * ids, clusters, paging) sits beside them under names of its own.
 */
final class JsonViews {
    static final ObjectMapper JSON = ContractJson.mapper();

    private JsonViews() {
    }

    static ObjectNode error(int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.putObject("error").put("status", status).put("message", message);
        return o;
    }

    /** One statement in the contract's shape, with the registry id of its speaker added as speaker.id. */
    static ObjectNode statement(Statement s, String speakerId) {
        ObjectNode st = ContractJson.statement(s);
        ((ObjectNode) st.get("speaker")).put("id", speakerId);
        return st;
    }

    static ObjectNode search(SearchResult r, String next) {
        ObjectNode o = JSON.createObjectNode();
        o.put("total", r.total());
        ArrayNode hits = o.putArray("hits");
        for (SearchResult.Hit h : r.hits()) {
            Appearance a = h.appearance();
            ObjectNode hit = hits.addObject();
            hit.put("id", h.id());
            hit.put("ref", Refs.of(h.id()));
            hit.put("score", h.score());
            hit.set("article", articleBrief(a));
            hit.set("statement", statement(h.statement(), h.speakerId()));
            ObjectNode sn = hit.putObject("snippet");
            sn.put("text", h.snippet().text());
            ArrayNode hl = sn.putArray("highlights");
            h.snippet().highlights().forEach(x -> hl.addObject().put("start", x.start()).put("end", x.end()));
            SearchResult.ClusterRef c = h.cluster();
            if (c == null) {
                hit.putNull("cluster");
            } else {
                ObjectNode cl = hit.putObject("cluster");
                cl.put("id", c.id());
                cl.put("appearances", c.appearances());
                cl.put("outlets", c.outlets());
                cl.set("first", c.first() == null ? null : appearance(c.first()));
            }
        }
        if (!r.facets().isEmpty()) {
            ObjectNode f = o.putObject("facets");
            r.facets().forEach((dim, counts) -> {
                ArrayNode arr = f.putArray(dim);
                counts.forEach(c -> arr.addObject().put("value", c.value()).put("label", c.label()).put("count", c.count()));
            });
        }
        o.put("next", next);
        return o;
    }

    private static ObjectNode articleBrief(Appearance a) {
        ObjectNode art = JSON.createObjectNode();
        art.put("key", a.articleKey());
        art.put("ref", Refs.of(a.articleKey()));
        art.put("source", a.source());
        art.put("url", a.url());
        art.put("title", a.title());
        art.put("outlet", a.outlet());
        art.put("published", a.published());
        return art;
    }

    static ObjectNode appearance(Appearance a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", a.statementId());
        o.put("ref", Refs.of(a.statementId()));
        o.set("article", articleBrief(a));
        o.put("kind", a.kind());
        o.put("quote", a.quote());
        ObjectNode sp = o.putObject("speaker");
        sp.put("id", a.speakerId());
        sp.put("name", a.speaker());
        sp.put("role", a.role());
        ArrayNode via = o.putArray("via");
        a.via().forEach(via::add);
        o.put("cluster", a.clusterId());
        return o;
    }

    static ObjectNode speaker(SpeakerInfo s) {
        ObjectNode o = speakerBrief(s);
        ArrayNode sp = o.putArray("spellings");
        s.spellings().forEach(sp::add);
        ArrayNode roles = o.putArray("roles");
        s.roles().forEach(r -> roles.addObject().put("role", r.role()).put("first", r.first()).put("last", r.last()));
        ArrayNode outlets = o.putArray("outlets");
        s.outlets().forEach(outlets::add);
        ArrayNode aliases = o.putArray("aliases");
        s.aliases().forEach(aliases::add);
        ArrayNode ev = o.putArray("evidence");
        s.evidence().forEach(ev::add);
        ArrayNode months = o.putArray("months");
        Timeline.perMonth(s.timeline()).forEach((m, n) -> months.addObject().put("month", m).put("statements", n));
        ArrayNode tl = o.putArray("timeline");
        s.timeline().forEach(a -> tl.add(appearance(a)));
        return o;
    }

    static ObjectNode speakerBrief(SpeakerInfo s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id());
        o.put("name", s.name());
        o.put("type", s.type());
        o.put("statements", s.statements());
        return o;
    }

    static ObjectNode cluster(ClusterInfo c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", c.id());
        o.set("first", appearance(c.first()));
        ArrayNode apps = o.putArray("appearances");
        c.appearances().forEach(a -> apps.add(appearance(a)));
        ArrayNode outlets = o.putArray("outlets");
        c.outlets().forEach(outlets::add);
        return o;
    }

    /**
     * An article in the contract's shape with its text, plus its bank key and ref; {@code speakerIds}
     * are the registry ids of its statements' speakers, in order (null where there is none).
     */
    static ObjectNode article(String key, Extraction x, List<String> speakerIds) {
        ObjectNode o = ContractJson.toNode(x, true);
        ObjectNode art = (ObjectNode) o.get("article");
        art.put("key", key);
        art.put("ref", Refs.of(key));
        ArrayNode sts = (ArrayNode) o.get("statements");
        for (int i = 0; i < sts.size() && i < speakerIds.size(); i++) {
            ((ObjectNode) sts.get(i).get("speaker")).put("id", speakerIds.get(i));
        }
        return o;
    }

    static ObjectNode job(Jobs.Job j) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", j.id());
        o.put("state", j.state());
        o.put("articles", j.articles());
        o.put("indexed", j.indexed());
        o.put("statements", j.statements());
        o.put("submitted", j.submitted());
        o.put("started", j.started());
        o.put("finished", j.finished());
        o.put("error", j.error());
        ArrayNode keys = o.putArray("article_refs");
        j.articleKeys().forEach(k -> keys.add(Refs.of(k)));
        return o;
    }
}
