package org.whosaid.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.whosaid.model.Article;

/**
 * Publication metadata of an HTML page, from JSON-LD ({@code NewsArticle} and its kin), OpenGraph
 * and other {@code <meta>} tags, the canonical link and the {@code lang} attribute. For each field
 * the first source that gives a value wins, in the order of {@link #read}; nothing is guessed.
 * The language read here is the declared one, a hint for {@link Languages}.
 */
final class HtmlMeta {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Largest JSON-LD block looked at; pages embed whole app states in script tags. */
    private static final int MAX_JSON_LD_CHARS = 1 << 20;

    private HtmlMeta() {
    }

    /** The page's metadata; {@code fallbackUrl} and {@code fallbackDate} come from the container (WARC). */
    static Article.Metadata read(Document doc, String fallbackUrl, String fallbackDate) {
        JsonNode ld = newsArticle(doc);
        String title = first(text(ld, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                doc.title().isBlank() ? null : doc.title().strip());
        // a relative canonical link on a saved page resolves against the page's own absolute URL
        String base = first(absolute(doc.location()), absolute(fallbackUrl), absolute(meta(doc, "og:url")),
                absolute(text(ld, "url")), absolute(mainEntityId(ld)));
        Element canonical = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String url = first(resolve(base, canonical == null ? null : canonical.attr("href")),
                resolve(base, meta(doc, "og:url")), resolve(base, text(ld, "url")), resolve(base, mainEntityId(ld)),
                base);
        String outlet = first(meta(doc, "og:site_name"), publisherName(ld), meta(doc, "application-name"));
        String published = first(Dates.iso(text(ld, "datePublished")),
                Dates.iso(meta(doc, "article:published_time")),
                Dates.iso(itemprop(doc, "datePublished")),
                Dates.iso(meta(doc, "pubdate")), Dates.iso(meta(doc, "publishdate")),
                Dates.iso(meta(doc, "dc.date.issued")), Dates.iso(meta(doc, "dc.date")),
                Dates.iso(meta(doc, "dcterms.created")), Dates.iso(meta(doc, "date")),
                Dates.iso(text(ld, "dateCreated")), fallbackDate);
        Element html = doc.selectFirst("html");
        String language = first(html == null ? null : blankToNull(html.attr("lang")),
                httpEquiv(doc, "content-language"), meta(doc, "og:locale"), text(ld, "inLanguage"),
                meta(doc, "language"));
        return new Article.Metadata(url, withoutOutlet(title, outlet), outlet, published, language);
    }

    /** "Ferry cuts anger islanders | The Coastal Herald" is titled "Ferry cuts anger islanders" when the outlet is known. */
    static String withoutOutlet(String title, String outlet) {
        if (title == null || outlet == null) {
            return title;
        }
        for (String sep : new String[] {" | ", " - ", " \u2013 ", " \u2014 ", " :: "}) {
            String tail = sep + outlet;
            if (title.length() > tail.length() && title.regionMatches(true, title.length() - tail.length(), tail, 0, tail.length())) {
                return title.substring(0, title.length() - tail.length()).strip();
            }
        }
        return title;
    }

    @SafeVarargs
    private static <T> T first(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The content of {@code <meta property=name>} or {@code <meta name=name>}, case-insensitive. */
    private static String meta(Document doc, String name) {
        for (Element m : doc.getElementsByTag("meta")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
            if (key.equalsIgnoreCase(name)) {
                String v = blankToNull(m.attr("content"));
                if (v != null) {
                    return v.strip();
                }
            }
        }
        return null;
    }

    private static String httpEquiv(Document doc, String name) {
        for (Element m : doc.getElementsByTag("meta")) {
            if (m.attr("http-equiv").equalsIgnoreCase(name)) {
                return blankToNull(m.attr("content"));
            }
        }
        return null;
    }

    private static String itemprop(Document doc, String name) {
        Element e = doc.selectFirst("[itemprop=" + name + "]");
        if (e == null) {
            return null;
        }
        return first(blankToNull(e.attr("content")), blankToNull(e.attr("datetime")));
    }

    private static String absolute(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://")) ? url.strip() : null;
    }

    /** An absolute URL: {@code url} itself, or resolved against {@code base}; null when neither is absolute. */
    private static String resolve(String base, String url) {
        url = blankToNull(url);
        if (url == null || absolute(url) != null) {
            return url;
        }
        if (base == null) {
            return null;
        }
        try {
            return java.net.URI.create(base).resolve(url).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The first JSON-LD object typed as a news article (or any article), searched through graphs and arrays. */
    private static JsonNode newsArticle(Document doc) {
        JsonNode fallback = null;
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data();
            if (json.length() > MAX_JSON_LD_CHARS) {
                continue;
            }
            JsonNode root;
            try {
                root = JSON.readTree(json);
            } catch (JsonProcessingException e) {
                continue;
            }
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.add(root);
            int seen = 0;
            while (!todo.isEmpty() && seen++ < 10_000) {
                JsonNode n = todo.poll();
                if (n == null) {
                    continue;
                }
                if (n.isArray()) {
                    n.forEach(todo::add);
                } else if (n.isObject()) {
                    String type = types(n.get("@type"));
                    if (type.contains("newsarticle") || type.contains("reportagenewsarticle")) {
                        return n;
                    }
                    if (fallback == null && (type.contains("article") || type.contains("blogposting"))) {
                        fallback = n;
                    }
                    if (n.has("@graph")) {
                        todo.add(n.get("@graph"));
                    }
                }
            }
        }
        return fallback;
    }

    private static String types(JsonNode t) {
        if (t == null) {
            return "";
        }
        if (t.isArray()) {
            StringBuilder sb = new StringBuilder();
            t.forEach(x -> sb.append(x.asText()).append(' '));
            return sb.toString().toLowerCase(Locale.ROOT);
        }
        return t.asText().toLowerCase(Locale.ROOT);
    }

    private static String text(JsonNode obj, String field) {
        if (obj == null) {
            return null;
        }
        JsonNode v = obj.get(field);
        if (v != null && v.isArray() && v.size() > 0) {
            v = v.get(0);
        }
        return v != null && v.isValueNode() ? blankToNull(v.asText()) : null;
    }

    private static String mainEntityId(JsonNode ld) {
        if (ld == null || ld.get("mainEntityOfPage") == null) {
            return null;
        }
        JsonNode m = ld.get("mainEntityOfPage");
        return m.isValueNode() ? blankToNull(m.asText()) : text(m, "@id");
    }

    private static String publisherName(JsonNode ld) {
        if (ld == null) {
            return null;
        }
        JsonNode p = ld.get("publisher");
        if (p != null && p.isArray() && p.size() > 0) {
            p = p.get(0);
        }
        if (p == null) {
            return null;
        }
        return p.isValueNode() ? blankToNull(p.asText()) : text(p, "name");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
