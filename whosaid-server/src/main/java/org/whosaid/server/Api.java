package org.whosaid.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
        app.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        app.get("/api/stats", ctx -> {
            QuoteBank.Stats s = bank.stats();
            ObjectNode o = JsonViews.JSON.createObjectNode();
            o.put("articles", s.articles()).put("statements", s.statements()).put("speakers", s.speakers());
            o.put("adding", options.addingEnabled());
            json(ctx, 200, o);
        });
        app.post("/api/extract", this::extract);
        app.get("/api/search", this::search);
        app.get("/api/speakers", ctx -> {
            ArrayNode arr = JsonViews.JSON.createArrayNode();
            for (SpeakerInfo s : bank.speakers()) {
                arr.add(JsonViews.speakerBrief(s));
            }
            ObjectNode o = JsonViews.JSON.createObjectNode();
            o.set("speakers", arr);
            json(ctx, 200, o);
        });
        app.get("/api/speakers/{id}", ctx -> json(ctx, 200, JsonViews.speaker(views.speaker(ctx.pathParam("id")))));
        app.get("/api/clusters/{id}", ctx -> json(ctx, 200, JsonViews.cluster(views.cluster(ctx.pathParam("id")))));
        app.get("/api/statements/{ref}", ctx -> json(ctx, 200,
                JsonViews.cluster(views.cluster(Refs.key(ctx.pathParam("ref"))))));
        app.get("/api/articles/{ref}", ctx -> {
            Views.ArticleView v = views.article(Refs.key(ctx.pathParam("ref")));
            json(ctx, 200, JsonViews.article(v.key(), v.extraction(), v.speakerIds()));
        });
        app.post("/api/articles", this::add);
        app.get("/api/jobs/{id}", ctx -> {
            Jobs.Job j = jobs == null ? null : jobs.get(ctx.pathParam("id")).orElse(null);
            if (j == null) {
                throw ApiError.notFound("no such job: " + ctx.pathParam("id"));
            }
            json(ctx, 200, JsonViews.job(j));
        });
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
