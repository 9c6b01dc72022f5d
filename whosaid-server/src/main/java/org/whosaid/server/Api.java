package org.whosaid.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.whosaid.bank.QuoteBank;
import org.whosaid.bank.SearchResult;
import org.whosaid.bank.SpeakerInfo;
import org.whosaid.extract.Extractor;
import org.whosaid.ingest.Ingest;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;
import org.whosaid.write.ContractJson;

/**
 * The JSON REST API under {@code /api}, described by {@code /api/openapi.json}. Statements and
 * articles are written in the output contract's shape.
 */
final class Api {
    private final QuoteBank bank;
    private final Views views;
    private final Jobs jobs;
    private final ServerOptions options;
    private final Extractor extractor = new Extractor();
    private final byte[] openapi;
    private final Set<String> registered = new HashSet<>();

    /** Every API route as "METHOD path"; openapi.json describes exactly these (checked by a test). */
    static final List<String> ROUTES = List.of("GET /api/openapi.json", "GET /api/stats", "POST /api/extract",
            "GET /api/search", "GET /api/speakers", "GET /api/speakers/{id}", "GET /api/clusters/{id}",
            "GET /api/statements/{ref}", "GET /api/articles/{ref}", "POST /api/articles", "GET /api/jobs/{id}");

    Api(QuoteBank bank, Views views, Jobs jobs, ServerOptions options) {
        this.bank = bank;
        this.views = views;
        this.jobs = jobs;
        this.options = options;
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            this.openapi = in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("openapi.json is missing from the jar", e);
        }
    }

    void routes(Javalin app) {
        route(app, HandlerType.GET, "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        route(app, HandlerType.GET, "/api/stats", ctx -> {
            QuoteBank.Stats s = bank.stats();
            ObjectNode o = JsonViews.JSON.createObjectNode();
            o.put("articles", s.articles()).put("statements", s.statements()).put("speakers", s.speakers());
            o.put("adding", options.addingEnabled());
            json(ctx, 200, o);
        });
        route(app, HandlerType.POST, "/api/extract", this::extract);
        route(app, HandlerType.GET, "/api/search", this::search);
        route(app, HandlerType.GET, "/api/speakers", ctx -> {
            ArrayNode arr = JsonViews.JSON.createArrayNode();
            for (SpeakerInfo s : bank.speakers()) {
                arr.add(JsonViews.speakerBrief(s));
            }
            ObjectNode o = JsonViews.JSON.createObjectNode();
            o.set("speakers", arr);
            json(ctx, 200, o);
        });
        route(app, HandlerType.GET, "/api/speakers/{id}", ctx -> json(ctx, 200, JsonViews.speaker(views.speaker(ctx.pathParam("id")))));
        route(app, HandlerType.GET, "/api/clusters/{id}", ctx -> json(ctx, 200, JsonViews.cluster(views.cluster(ctx.pathParam("id")))));
        route(app, HandlerType.GET, "/api/statements/{ref}", ctx -> json(ctx, 200,
                JsonViews.cluster(views.cluster(Refs.key(ctx.pathParam("ref"))))));
        route(app, HandlerType.GET, "/api/articles/{ref}", ctx -> {
            Views.ArticleView v = views.article(Refs.key(ctx.pathParam("ref")));
            json(ctx, 200, JsonViews.article(v.key(), v.extraction(), v.speakerIds()));
        });
        route(app, HandlerType.POST, "/api/articles", this::add);
        route(app, HandlerType.GET, "/api/jobs/{id}", ctx -> {
            Jobs.Job j = jobs == null ? null : jobs.get(ctx.pathParam("id")).orElse(null);
            if (j == null) {
                throw ApiError.notFound("no such job: " + ctx.pathParam("id"));
            }
            json(ctx, 200, JsonViews.job(j));
        });
        if (!registered.equals(Set.copyOf(ROUTES))) {
            throw new IllegalStateException("routes and Api.ROUTES differ: " + registered + " vs " + ROUTES);
        }
    }

    /** Registers one route, which must be listed in {@link #ROUTES} (and so in openapi.json, by test). */
    private void route(Javalin app, HandlerType method, String path, Handler handler) {
        String name = method + " " + path;
        if (!ROUTES.contains(name)) {
            throw new IllegalStateException(name + " is not in Api.ROUTES");
        }
        registered.add(name);
        app.addHttpHandler(method, path, handler);
    }

    private void extract(Context ctx) {
        boolean withText = "true".equals(ctx.queryParam("with_text"));
        List<Article> articles = Posted.articles(new Ingest(), ctx.contentType(), Guard.body(ctx, options));
        ArrayNode arr = JsonViews.JSON.createArrayNode();
        for (Article a : articles) {
            Extraction x = extractor.extract(a);
            arr.add(ContractJson.toNode(x, withText));
        }
        // one article (the usual case) is the contract object itself; several are a JSON array of them
        JsonNode out = arr.size() == 1 ? arr.get(0) : arr;
        json(ctx, 200, out);
    }

    private void search(Context ctx) {
        SearchParams p = SearchParams.from(ctx, options.maxPageSize());
        SearchResult r = views.search(p);
        String next = r.next() == null ? null : Cursor.encode(r.next(), p.queryKey());
        json(ctx, 200, JsonViews.search(r, next));
    }

    private void add(Context ctx) {
        if (!options.addingEnabled() || jobs == null) {
            throw new ApiError(403, "adding articles is off: start the server with --token (or WHOSAID_TOKEN)");
        }
        Guard.requireToken(ctx, options.token());
        List<Article> articles = Posted.articles(new Ingest(), ctx.contentType(), Guard.body(ctx, options));
        Jobs.Job j = jobs.submit(articles);
        ctx.header("Location", "/api/jobs/" + j.id());
        json(ctx, 202, JsonViews.job(j));
    }

    static void json(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(JsonViews.JSON.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
