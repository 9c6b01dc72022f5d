package org.whosaid.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.whosaid.bank.Appearance;
import org.whosaid.bank.ClusterInfo;
import org.whosaid.bank.QuoteBank;
import org.whosaid.bank.SearchResult;
import org.whosaid.bank.SpeakerInfo;
import org.whosaid.model.Extraction;
import org.whosaid.model.Statement;
import org.whosaid.model.Via;

/**
 * The web UI's pages, rendered on the server from the same bank calls as the API: search with
 * filters and facets, an article with its statements marked, a speaker with roles and a timeline,
 * a statement with its first appearance and relay chains, and the indexing jobs. Every piece of
 * stored text goes through {@link Html#esc}.
 */
final class Pages {
    private static final Map<String, String> FACET_TITLES = Map.of("speaker", "Speaker", "outlet", "Outlet",
            "month", "Month", "kind", "Kind");

    private final QuoteBank bank;
    private final Jobs jobs;
    private final Views views;

    Pages(QuoteBank bank, Jobs jobs, Views views) {
        this.bank = bank;
        this.jobs = jobs;
        this.views = views;
    }

    // ---- search ----

    String search(SearchParams p) {
        SearchResult r = null;
        String error = null;
        SearchParams withFacets = new SearchParams(p.q(), p.speaker(), p.role(), p.outlet(), p.kind(), p.since(),
                p.until(), p.about(), true, p.limit(), p.cursor());
        try {
            r = views.search(withFacets);
        } catch (ApiError e) {
            if (e.status() != 400) {
                throw e;
            }
            error = e.getMessage();
        }
        StringBuilder b = new StringBuilder();
        QuoteBank.Stats st = bank.stats();
        b.append("<h1>Search statements</h1>\n<p class=\"lead\">").append(st.statements()).append(" statements by ")
                .append(st.speakers()).append(" speakers in ").append(st.articles()).append(" articles.</p>\n");
        b.append(form(p));
        if (error != null) {
            b.append("<p class=\"error\" role=\"alert\">").append(Html.esc(error)).append("</p>\n");
            return Html.page("Search", "search", b.toString());
        }
        b.append("<div class=\"columns\">\n<section class=\"results\" aria-labelledby=\"results-title\">\n")
                .append("<h2 id=\"results-title\">").append(r.total()).append(r.total() == 1 ? " statement" : " statements")
                .append("</h2>\n<ol class=\"hits\">\n");
        for (SearchResult.Hit h : r.hits()) {
            b.append(hit(h));
        }
        b.append("</ol>\n");
        if (r.next() != null) {
            Map<String, String> params = new LinkedHashMap<>(p.asMap());
            params.put("cursor", Cursor.encode(r.next(), withFacets.queryKey()));
            b.append("<p><a class=\"button\" rel=\"next\" href=\"").append(Html.href("/", params))
                    .append("\">Next page</a></p>\n");
        }
        b.append("</section>\n<aside class=\"facets\" aria-labelledby=\"facets-title\">\n")
                .append("<h2 id=\"facets-title\">Narrow down</h2>\n");
        r.facets().forEach((dim, counts) -> {
            if (counts.isEmpty()) {
                return;
            }
            b.append("<section class=\"facet\" data-facet=\"").append(Html.esc(dim)).append("\">\n<h3>")
                    .append(Html.esc(FACET_TITLES.getOrDefault(dim, dim))).append("</h3>\n<ul>\n");
            for (SearchResult.FacetCount c : counts) {
                Map<String, String> params = new LinkedHashMap<>(p.asMap());
                String param = dim.equals("month") ? null : dim;
                if (dim.equals("month")) {
                    params.put("since", c.value());
                    params.put("until", c.value());
                } else {
                    params.put(param, c.value());
                }
                boolean active = dim.equals("month") ? c.value().equals(p.since()) && c.value().equals(p.until())
                        : c.value().equals(p.asMap().get(param));
                b.append("<li><a href=\"").append(Html.href("/", params)).append("\"")
                        .append(active ? " aria-current=\"true\"" : "").append(">")
                        .append(Html.esc(c.label())).append("</a> <span class=\"count\">").append(c.count())
                        .append("</span></li>\n");
            }
            b.append("</ul>\n</section>\n");
        });
        b.append("</aside>\n</div>\n");
        return Html.page(p.q() == null ? "Search" : "Search: " + p.q(), "search", b.toString());
    }

    private static String form(SearchParams p) {
        StringBuilder b = new StringBuilder();
        b.append("<form class=\"search\" method=\"get\" action=\"/\" role=\"search\">\n");
        b.append("<div class=\"field wide\"><label for=\"f-q\">Words in the quote</label>")
                .append("<input id=\"f-q\" name=\"q\" type=\"search\" value=\"").append(Html.esc(p.q()))
                .append("\" placeholder=\"words, &quot;a phrase&quot;, a OR b, prefix*\"></div>\n");
        b.append(input("speaker", "Speaker", p.speaker(), "text"));
        b.append(input("role", "Role", p.role(), "text"));
        b.append(input("outlet", "Outlet", p.outlet(), "text"));
        b.append("<div class=\"field\"><label for=\"f-kind\">Kind</label><select id=\"f-kind\" name=\"kind\">");
        for (String k : List.of("", "direct", "indirect", "mixed")) {
            b.append("<option value=\"").append(k).append("\"").append(k.equals(p.kind() == null ? "" : p.kind())
                    ? " selected" : "").append(">").append(k.isEmpty() ? "any" : k).append("</option>");
        }
        b.append("</select></div>\n");
        b.append(input("since", "Since (YYYY[-MM[-DD]])", p.since(), "text"));
        b.append(input("until", "Until (YYYY[-MM[-DD]])", p.until(), "text"));
        b.append(input("about", "About (name or phrase)", p.about(), "text"));
        b.append("<div class=\"actions\"><button type=\"submit\">Search</button> <a href=\"/\">Clear</a></div>\n");
        b.append("</form>\n");
        return b.toString();
    }

    private static String input(String name, String label, String value, String type) {
        return "<div class=\"field\"><label for=\"f-" + name + "\">" + Html.esc(label) + "</label><input id=\"f-" + name
                + "\" name=\"" + name + "\" type=\"" + type + "\" value=\"" + Html.esc(value) + "\"></div>\n";
    }

    private String hit(SearchResult.Hit h) {
        Appearance a = h.appearance();
        StringBuilder b = new StringBuilder("<li class=\"hit\">\n<blockquote class=\"snippet\">\u201C");
        SearchResult.Snippet sn = h.snippet();
        int[] cps = sn.text().codePoints().toArray();
        int at = 0;
        for (SearchResult.Range r : sn.highlights()) {
            b.append(Html.esc(new String(cps, at, r.start() - at))).append("<b>")
                    .append(Html.esc(new String(cps, r.start(), r.end() - r.start()))).append("</b>");
            at = r.end();
        }
        b.append(Html.esc(new String(cps, at, cps.length - at))).append("\u201D</blockquote>\n<p class=\"meta\">");
        b.append(speakerLink(a.speakerId(), a.speaker()));
        if (a.role() != null) {
            b.append(", <span class=\"role\">").append(Html.esc(a.role())).append("</span>");
        }
        b.append(" · ").append(Html.esc(a.kind()));
        if (!a.via().isEmpty()) {
            b.append(" · via ").append(Html.esc(String.join(", ", a.via())));
        }
        b.append("<br><a href=\"/articles/").append(Refs.of(a.articleKey())).append("#s-").append(number(a.statementId()))
                .append("\">").append(Html.esc(articleName(a))).append("</a> · ").append(Html.esc(Html.day(a.published())))
                .append(" · <a href=\"/statements/").append(Refs.of(h.id())).append("\">statement");
        SearchResult.ClusterRef c = h.cluster();
        if (c != null && c.appearances() > 1) {
            b.append(", reported ").append(c.appearances()).append(" times by ").append(c.outlets()).append(" outlets");
        }
        b.append("</a></p>\n</li>\n");
        return b.toString();
    }

    static String number(String statementId) {
        return statementId.substring(statementId.lastIndexOf('#') + 1);
    }

    private static String articleName(Appearance a) {
        if (a.title() != null) {
            return a.title();
        }
        if (a.url() != null) {
            return a.url();
        }
        return a.source() != null ? a.source() : a.articleKey();
    }

    private static String speakerLink(String id, String name) {
        String shown = name == null ? "(unknown speaker)" : name;
        return id == null ? "<span class=\"speaker\">" + Html.esc(shown) + "</span>"
                : "<a class=\"speaker\" href=\"/speakers/" + Html.esc(Html.url(id)) + "\">" + Html.esc(shown) + "</a>";
    }

    // ---- article ----

    String article(String ref) {
        String key = Refs.key(ref);
        Views.ArticleView v = views.article(key);
        Extraction x = v.extraction();
        Map<String, Integer> colours = ArticleMarkup.colours(x.statements());
        StringBuilder b = new StringBuilder();
        String title = x.article().metadata().title() != null ? x.article().metadata().title()
                : x.article().source() != null ? x.article().source() : x.article().id();
        b.append("<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"lead\">");
        b.append(Html.esc(x.article().metadata().outlet() == null ? "" : x.article().metadata().outlet() + " · "))
                .append(Html.esc(Html.day(x.article().metadata().published())));
        if (x.article().metadata().url() != null) {
            b.append(" · <span class=\"url\">").append(Html.esc(x.article().metadata().url())).append("</span>");
        }
        b.append(" · ").append(x.statements().size()).append(x.statements().size() == 1 ? " statement" : " statements")
                .append(", ").append(x.rejected().size()).append(" set aside</p>\n");
        b.append("<p class=\"legend\"><mark class=\"st sp-0\">statement</mark> in its speaker's colour, "
                + "<span class=\"mention sp-0\">speaker</span> and <span class=\"cue\">cue</span> underlined, "
                + "<span class=\"rejected\">set aside</span> (scare quotes, titles) struck through.</p>\n");
        b.append("<div class=\"columns article-view\">\n<section class=\"article-text\" aria-label=\"Article text\">")
                .append(ArticleMarkup.render(x)).append("</section>\n");
        b.append("<aside class=\"who\" aria-labelledby=\"who-title\">\n<h2 id=\"who-title\">Who said what</h2>\n<ol class=\"said\">\n");
        for (int i = 0; i < x.statements().size(); i++) {
            Statement s = x.statements().get(i);
            String who = ArticleMarkup.speakerName(s);
            String sid = v.key() + "#" + (i + 1);
            b.append("<li class=\"said-item\" data-statement=\"").append(i + 1).append("\"><span class=\"swatch sp-")
                    .append(colours.get(who)).append("\" aria-hidden=\"true\"></span>")
                    .append(speakerLink(v.speakerIds().get(i), who));
            if (s.speaker() != null && s.speaker().role() != null) {
                b.append(", <span class=\"role\">").append(Html.esc(s.speaker().role())).append("</span>");
            }
            b.append("<br><span class=\"small\">").append(Html.esc(s.kind().label()));
            if (s.cue() != null) {
                b.append(" · cue \u201C").append(Html.esc(s.cue().text())).append("\u201D");
            }
            if (!s.via().isEmpty()) {
                b.append(" · via ").append(Html.esc(String.join(", ", s.via().stream().map(Via::name).toList())));
            }
            b.append("</span><br><a href=\"#s-").append(i + 1).append("\">\u201C")
                    .append(Html.esc(cut(s.quote().text(), 90))).append("\u201D</a> · <a href=\"/statements/")
                    .append(Refs.of(sid)).append("\">where else</a></li>\n");
        }
        b.append("</ol>\n");
        if (!x.rejected().isEmpty()) {
            b.append("<h2>Set aside</h2>\n<ul class=\"rejected-list\">\n");
            x.rejected().forEach(r -> b.append("<li>\u201C").append(Html.esc(r.text())).append("\u201D: ")
                    .append(Html.esc(r.reason().label())).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("</aside>\n</div>\n");
        return Html.page(title, "search", b.toString());
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }

    // ---- speakers ----

    String speakers() {
        List<SpeakerInfo> all = bank.speakers();
        StringBuilder b = new StringBuilder("<h1>Speakers</h1>\n<p class=\"lead\">").append(all.size())
                .append(" people and organisations, most quoted first.</p>\n<table class=\"list\">\n"
                        + "<thead><tr><th scope=\"col\">Speaker</th><th scope=\"col\">Type</th>"
                        + "<th scope=\"col\">Statements</th></tr></thead>\n<tbody>\n");
        for (SpeakerInfo s : all) {
            b.append("<tr><td>").append(speakerLink(s.id(), s.name())).append("</td><td>").append(Html.esc(s.type()))
                    .append("</td><td class=\"num\">").append(s.statements()).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        return Html.page("Speakers", "speakers", b.toString());
    }

    String speaker(String id) {
        SpeakerInfo s = views.speaker(id);
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(s.name())).append("</h1>\n<p class=\"lead\">")
                .append(Html.esc(s.type())).append(" · ").append(s.statements())
                .append(s.statements() == 1 ? " statement" : " statements");
        if (!s.outlets().isEmpty()) {
            b.append(" · quoted by ").append(Html.esc(String.join(", ", s.outlets())));
        }
        b.append("</p>\n<p><a href=\"").append(Html.href("/", Map.of("speaker", s.id())))
                .append("\">Search this speaker's statements</a></p>\n");
        b.append("<h2>Roles over time</h2>\n");
        if (s.roles().isEmpty()) {
            b.append("<p>No role given in any article.</p>\n");
        } else {
            b.append("<table class=\"list roles\">\n<thead><tr><th scope=\"col\">Role</th><th scope=\"col\">First seen</th>"
                    + "<th scope=\"col\">Last seen</th></tr></thead>\n<tbody>\n");
            for (SpeakerInfo.RoleSeen r : s.roles()) {
                b.append("<tr><td>").append(Html.esc(r.role())).append("</td><td>")
                        .append(Html.esc(r.first() == null ? "undated" : r.first())).append("</td><td>")
                        .append(Html.esc(r.last() == null ? "undated" : r.last())).append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        b.append("<h2>Statements per month</h2>\n");
        Map<String, Integer> months = Timeline.perMonth(s.timeline());
        long undated = s.timeline().stream().filter(a -> a.published() == null || a.published().length() < 7).count();
        if (months.isEmpty()) {
            b.append("<p>No dated statements: the articles carry no publication date.</p>\n");
        } else {
            b.append("<figure class=\"chart\">").append(Timeline.svg(months)).append("</figure>\n");
        }
        if (undated > 0 && !months.isEmpty()) {
            b.append("<p>").append(undated).append(" undated ").append(undated == 1 ? "statement" : "statements")
                    .append(" not in the chart.</p>\n");
        }
        b.append("<h2>Timeline</h2>\n<ol class=\"timeline-list\">\n");
        for (Appearance a : s.timeline()) {
            b.append("<li><span class=\"date\">").append(Html.esc(Html.day(a.published()))).append("</span> \u201C")
                    .append(Html.esc(cut(a.quote(), 160))).append("\u201D <span class=\"small\">")
                    .append(Html.esc(a.kind()));
            if (a.role() != null) {
                b.append(" · as ").append(Html.esc(a.role()));
            }
            b.append(" · <a href=\"/articles/").append(Refs.of(a.articleKey())).append("#s-")
                    .append(number(a.statementId())).append("\">").append(Html.esc(articleName(a)))
                    .append("</a> · <a href=\"/statements/").append(Refs.of(a.statementId()))
                    .append("\">statement</a></span></li>\n");
        }
        b.append("</ol>\n");
        if (!s.spellings().isEmpty() || !s.evidence().isEmpty()) {
            b.append("<details><summary>Spellings and evidence</summary>\n<p>Spellings: ")
                    .append(Html.esc(String.join(", ", s.spellings()))).append("</p>\n<ul>\n");
            s.evidence().forEach(e -> b.append("<li>").append(Html.esc(e)).append("</li>\n"));
            b.append("</ul>\n</details>\n");
        }
        return Html.page(s.name(), "speakers", b.toString());
    }

    // ---- statement ----

    String statement(String ref) {
        String sid = Refs.key(ref);
        ClusterInfo c = views.cluster(sid);
        Appearance self = c.appearances().stream().filter(a -> a.statementId().equals(sid)).findFirst()
                .orElse(c.first());
        StringBuilder b = new StringBuilder("<h1>Statement</h1>\n<blockquote class=\"quote-big\">\u201C")
                .append(Html.esc(self.quote())).append("\u201D</blockquote>\n<p class=\"lead\">")
                .append(speakerLink(self.speakerId(), self.speaker()));
        if (self.role() != null) {
            b.append(", ").append(Html.esc(self.role()));
        }
        b.append(" · ").append(Html.esc(self.kind())).append(" · <a href=\"/articles/").append(Refs.of(self.articleKey()))
                .append("#s-").append(number(self.statementId())).append("\">").append(Html.esc(articleName(self)))
                .append("</a></p>\n");
        Appearance f = c.first();
        b.append("<h2>First appeared</h2>\n<p class=\"first\">").append(Html.esc(Html.day(f.published()))).append(" in ")
                .append(Html.esc(f.outlet() == null ? "an article with no outlet" : f.outlet())).append(": <a href=\"/articles/")
                .append(Refs.of(f.articleKey())).append("#s-").append(number(f.statementId())).append("\">")
                .append(Html.esc(articleName(f))).append("</a></p>\n");
        b.append("<h2>Relay chain to each outlet</h2>\n<p>").append(c.appearances().size())
                .append(c.appearances().size() == 1 ? " appearance" : " appearances")
                .append(", oldest first. Each chain runs from the speaker through the relays the article names to "
                        + "the outlet that published it.</p>\n<ol class=\"appearances\">\n");
        for (Appearance a : c.appearances()) {
            List<String> chain = new ArrayList<>();
            chain.add(a.speaker() == null ? "(unknown speaker)" : a.speaker());
            chain.addAll(a.via());
            chain.add(a.outlet() == null ? "(no outlet)" : a.outlet());
            b.append("<li").append(a.statementId().equals(sid) ? " class=\"self\" aria-current=\"true\"" : "")
                    .append("><span class=\"date\">").append(Html.esc(Html.day(a.published())))
                    .append("</span> <ol class=\"chain\" aria-label=\"relay chain\">");
            for (String link : chain) {
                b.append("<li>").append(Html.esc(link)).append("</li>");
            }
            b.append("</ol> <a href=\"/articles/").append(Refs.of(a.articleKey())).append("#s-")
                    .append(number(a.statementId())).append("\">").append(Html.esc(articleName(a))).append("</a>");
            if (!a.quote().equals(self.quote())) {
                b.append("<br><span class=\"small\">as \u201C").append(Html.esc(cut(a.quote(), 160)))
                        .append("\u201D</span>");
            }
            b.append("</li>\n");
        }
        b.append("</ol>\n");
        return Html.page("Statement by " + (self.speaker() == null ? "unknown" : self.speaker()), "search", b.toString());
    }

    // ---- jobs ----

    String jobs(boolean adding) {
        StringBuilder b = new StringBuilder("<h1>Indexing jobs</h1>\n");
        if (!adding) {
            b.append("<p class=\"lead\">Adding articles is off: start the server with <code>--token</code> "
                    + "(or <code>WHOSAID_TOKEN</code>) and post them to <code>/api/articles</code>.</p>\n");
        } else {
            b.append("<p class=\"lead\">Articles posted to <code>/api/articles</code> (with the server's token) "
                    + "are indexed here one job at a time.</p>\n");
        }
        List<Jobs.Job> list = jobs == null ? List.of() : jobs.list();
        if (list.isEmpty()) {
            b.append("<p>No jobs yet.</p>\n");
            return Html.page("Jobs", "jobs", b.toString());
        }
        b.append("<table class=\"list\">\n<thead><tr><th scope=\"col\">Job</th><th scope=\"col\">State</th>"
                + "<th scope=\"col\">Indexed</th><th scope=\"col\">Statements</th><th scope=\"col\">Submitted</th></tr>"
                + "</thead>\n<tbody>\n");
        for (Jobs.Job j : list) {
            b.append("<tr><td><a href=\"/jobs/").append(Html.esc(j.id())).append("\">").append(Html.esc(j.id()))
                    .append("</a></td><td>").append(Html.esc(j.state())).append("</td><td class=\"num\">")
                    .append(j.indexed()).append(" of ").append(j.articles()).append("</td><td class=\"num\">")
                    .append(j.statements()).append("</td><td>").append(Html.esc(j.submitted())).append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
        return Html.page("Jobs", "jobs", b.toString());
    }

    String job(String id) {
        Jobs.Job j = Optional.ofNullable(jobs).flatMap(js -> js.get(id))
                .orElseThrow(() -> ApiError.notFound("no such job: " + id));
        StringBuilder b = new StringBuilder("<h1>Job ").append(Html.esc(j.id())).append("</h1>\n");
        b.append("<dl class=\"job\" data-job=\"").append(Html.esc(j.id())).append("\">\n<dt>State</dt><dd class=\"state\" "
                + "aria-live=\"polite\">").append(Html.esc(j.state())).append("</dd>\n<dt>Indexed</dt><dd class=\"indexed\">")
                .append(j.indexed()).append(" of ").append(j.articles()).append(" articles, ").append(j.statements())
                .append(" statements</dd>\n<dt>Submitted</dt><dd>").append(Html.esc(j.submitted())).append("</dd>\n");
        if (j.finished() != null) {
            b.append("<dt>Finished</dt><dd>").append(Html.esc(j.finished())).append("</dd>\n");
        }
        if (j.error() != null) {
            b.append("<dt>Error</dt><dd>").append(Html.esc(j.error())).append("</dd>\n");
        }
        b.append("</dl>\n");
        if (!j.articleKeys().isEmpty()) {
            b.append("<h2>Articles</h2>\n<ul>\n");
            j.articleKeys().forEach(k -> b.append("<li><a href=\"/articles/").append(Refs.of(k)).append("\">")
                    .append(Html.esc(k)).append("</a></li>\n"));
            b.append("</ul>\n");
        }
        return Html.page("Job " + j.id(), "jobs", b.toString());
    }

    static String error(int status, String message) {
        return Html.page("Error " + status, "", "<h1>" + status + "</h1>\n<p class=\"error\">" + Html.esc(message)
                + "</p>\n<p><a href=\"/\">Back to search</a></p>\n");
    }
}
