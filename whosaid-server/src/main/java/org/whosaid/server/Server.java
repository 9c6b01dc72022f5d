package org.whosaid.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Objects;
import org.whosaid.bank.QuoteBank;

/**
 * The front door of whosaid-server: serves one quote bank over HTTP, a JSON API under {@code /api}
 * and a web UI, until closed. The bank is shared by every request (searches run in parallel);
 * additions go through one background writer ({@link Jobs}) and only when a token is set.
 *
 * <pre>{@code
 * try (QuoteBank bank = QuoteBank.openReadOnly(dir);
 *      Server server = Server.start(bank, ServerOptions.onPort(8080))) {
 *     System.out.println(server.url());
 *     server.join();
 * }
 * }</pre>
 */
public final class Server implements AutoCloseable {
    private final Javalin app;
    private final Jobs jobs;
    private final ServerOptions options;

    private Server(Javalin app, Jobs jobs, ServerOptions options) {
        this.app = app;
        this.jobs = jobs;
        this.options = options;
    }

    /** Starts serving {@code bank}; the bank stays the caller's to close, after the server. */
    public static Server start(QuoteBank bank, ServerOptions options) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(options, "options");
        Jobs jobs = options.addingEnabled() ? new Jobs(bank) : null;
        Views views = new Views(bank);
        Api api = new Api(bank, views, jobs, options);
        Pages pages = new Pages(bank, jobs, views);
        StaticFiles files = new StaticFiles();
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = options.maxBodyBytes();
            cfg.http.defaultContentType = "application/json";
            cfg.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                // the query string limit is checked with a clear message; this bounds the rest of the head
                http.setRequestHeaderSize(Math.max(8192, options.maxQueryChars() + 4096));
            });
        });
        Guard.install(app, options);
        api.routes(app);
        files.routes(app);
        app.get("/", ctx -> html(ctx, pages.search(SearchParams.from(ctx, options.maxPageSize()))));
        app.get("/articles/{ref}", ctx -> html(ctx, pages.article(ctx.pathParam("ref"))));
        app.get("/speakers", ctx -> html(ctx, pages.speakers()));
        app.get("/speakers/{id}", ctx -> html(ctx, pages.speaker(ctx.pathParam("id"))));
        app.get("/statements/{ref}", ctx -> html(ctx, pages.statement(ctx.pathParam("ref"))));
        app.get("/jobs", ctx -> html(ctx, pages.jobs(options.addingEnabled())));
        app.get("/jobs/{id}", ctx -> html(ctx, pages.job(ctx.pathParam("id"))));
        try {
            app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            if (jobs != null) {
                jobs.close();
            }
            throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port() + ": "
                    + e.getMessage(), e);
        }
        return new Server(app, jobs, options);
    }

    private static void html(Context ctx, String page) {
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    /** The port listened on (the one picked when the options said 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** Blocks until the server is stopped (by {@link #close()} from another thread or the JVM's shutdown). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    /** Stops accepting requests, then lets queued indexing jobs finish and commit. */
    @Override
    public void close() {
        app.stop();
        if (jobs != null) {
            jobs.close();
        }
    }
}
