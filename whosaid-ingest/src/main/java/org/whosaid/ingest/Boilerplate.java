package org.whosaid.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds a page's article among its navigation, ads, comments, captions and related links: first
 * strips what is never article text (scripts, navigation, forms, asides, captions and elements
 * whose class or id says ad, share, related, comments, ...), then lets Readability4J pick the main
 * content. Readability4J recurses over the tree, so a page nested deeper than {@link #MAX_DEPTH}
 * (or one it fails on) falls back to the text of {@code <article>}, {@code <main>} or {@code <body>},
 * with a note saying so.
 */
final class Boilerplate {
    /** Deepest element nesting handed to Readability4J; real news pages stay well under 100. */
    static final int MAX_DEPTH = 256;

    private static final String NEVER_TEXT = "head, title, meta, link, script, style, noscript, template, iframe, object, "
            + "embed, svg, canvas, "
            + "nav, aside, form, button, select, textarea, input, figcaption, picture, video, audio, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=complementary], [role=banner], "
            + "[role=contentinfo], [role=dialog], [role=alert]";
    /** Words of a class or id that mark an element as boilerplate. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of("ad", "ads", "advert", "advertisement", "adslot",
            "banner", "sponsored", "promo", "newsletter", "subscribe", "paywall", "share", "sharing", "social",
            "related", "recommended", "recirculation", "outbrain", "taboola", "comment", "comments", "disqus",
            "caption", "credit", "breadcrumb", "breadcrumbs", "cookie", "consent", "popup", "modal", "sidebar",
            "byline", "tags", "toolbar", "menu", "masthead");

    /** The element holding the article, and a note when the fallback was used (else null). */
    record Result(Element content, String note) {
    }

    private Boilerplate() {
    }

    /** Marks an element whose text attributes a quotation (a blockquote's footer), for {@link TextRenderer}. */
    static final String ATTRIBUTION = "data-whosaid-attribution";

    static Result mainContent(Document doc, String url) {
        strip(doc);
        // Readability drops footers, also the one naming a blockquote's author: keep it as a paragraph
        for (Element footer : doc.select("blockquote footer")) {
            footer.tagName("p").attr(ATTRIBUTION, "");
        }
        int depth = maxDepth(doc);
        if (depth > MAX_DEPTH) {
            return fallback(doc, "boilerplate removal skipped: elements nested " + depth + " deep, over "
                    + MAX_DEPTH + "; used the text of " + fallbackName(doc));
        }
        Document copy = doc.clone();
        try {
            net.dankito.readability4j.Article a = new Readability4J(url == null ? "" : url, copy).parse();
            Element content = a.getArticleContent();
            if (content == null || content.text().isBlank()) {
                return fallback(doc, "boilerplate removal found no article; used the text of " + fallbackName(doc));
            }
            strip(content);
            content.select("h1").remove();
            return new Result(content, null);
        } catch (StackOverflowError | RuntimeException e) {
            return fallback(doc, "boilerplate removal failed (" + e.getClass().getSimpleName() + "); used the text of "
                    + fallbackName(doc));
        }
    }

    /** Removes what is never article text, in place. */
    static void strip(Element root) {
        root.select(NEVER_TEXT).remove();
        Elements all = root.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e != root && e.parent() != null && looksLikeBoilerplate(e)) {
                e.remove();
            }
        }
    }

    private static boolean looksLikeBoilerplate(Element e) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        return hasBoilerplateWord(e.className()) || hasBoilerplateWord(e.id());
    }

    private static boolean hasBoilerplateWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (String word : s.toLowerCase(Locale.ROOT).split("[\\s_\\-]+")) {
            if (BOILERPLATE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Result fallback(Document doc, String note) {
        Element e = fallbackElement(doc);
        if (e == null) {
            return new Result(null, note);
        }
        e.select("h1").remove();
        return new Result(e, note);
    }

    private static Element fallbackElement(Document doc) {
        Element e = doc.selectFirst("article");
        if (e == null) {
            e = doc.selectFirst("main");
        }
        return e != null ? e : doc.body();
    }

    private static String fallbackName(Document doc) {
        Element e = fallbackElement(doc);
        return e == null ? "the page" : "<" + e.normalName() + ">";
    }

    /** Deepest element nesting, counted without recursion. */
    static int maxDepth(Document doc) {
        int max = 0;
        Deque<Element> stack = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        stack.push(doc);
        depths.push(0);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            int d = depths.pop();
            max = Math.max(max, d);
            for (Element child : e.children()) {
                stack.push(child);
                depths.push(d + 1);
            }
        }
        return max;
    }
}
