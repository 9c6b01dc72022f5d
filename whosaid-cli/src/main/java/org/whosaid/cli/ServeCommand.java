package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.Callable;
import org.whosaid.bank.QuoteBank;
import org.whosaid.server.ExampleBank;
import org.whosaid.server.Server;
import org.whosaid.server.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code whosaid serve}: the quote bank over HTTP (JSON API and web UI) until interrupted. With no
 * {@code --index} and no bank in the default folder, it builds a bank of the bundled example articles
 * in a temporary folder, says so, and deletes it on exit.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the quote bank: a JSON API (described at /api/openapi.json) and a web UI, on 127.0.0.1 "
                + "by default.",
            "Without --index and without a bank in ~/.whosaid/index, a bank of the bundled example articles is built "
                + "in a temporary folder first. Adding articles (POST /api/articles) is on only with --token or "
                + "WHOSAID_TOKEN."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", description = "The quote bank folder (default: ~/.whosaid/index, "
            + "or the bundled examples when that does not exist).")
    Path index;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7777", description = "The port (default: ${DEFAULT-VALUE}; 0 "
            + "picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServerOptions.LOOPBACK,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Turns on POST /api/articles for requests that "
            + "send Authorization: Bearer TOKEN (default: the WHOSAID_TOKEN environment variable; none: adding is off).")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "The largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return BankReading.guarded(spec, this::run);
    }

    private Integer run() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        String tok = token != null ? token : System.getenv("WHOSAID_TOKEN");
        ServerOptions options = ServerOptions.onPort(port).withHost(host).withToken(tok).withMaxBodyBytes(maxBody);
        Path dir = BankReading.orDefault(index);
        Path examples = null;
        QuoteBank bank;
        if (index == null && !Files.isDirectory(dir)) {
            examples = Files.createTempDirectory("whosaid-example-bank-");
            err.println("whosaid: no quote bank at " + dir + "; building one of the bundled example articles in "
                    + examples + " (deleted on exit)");
            err.flush();
            bank = QuoteBank.open(examples);
            int n = ExampleBank.fill(bank);
            QuoteBank.Stats st = bank.stats();
            err.println("whosaid: example bank: " + n + " articles, " + st.statements() + " statements, "
                    + st.speakers() + " speakers");
        } else {
            // writable only when adding is on, so that `whosaid index` can still write to the bank meanwhile
            bank = options.addingEnabled() ? QuoteBank.open(dir) : QuoteBank.openReadOnly(dir);
        }
        Path cleanup = examples;
        Server server;
        try {
            server = Server.start(bank, options);
        } catch (RuntimeException e) {
            bank.close();
            delete(cleanup);
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            bank.close();
            delete(cleanup);
        }, "whosaid-serve-shutdown"));
        err.println("whosaid: serving " + (examples != null ? examples : dir) + " at " + server.url()
                + " (API: " + server.url() + "api/openapi.json; adding articles "
                + (options.addingEnabled() ? "on, with the token" : "off") + "); Ctrl-C stops");
        if (!ServerOptions.LOOPBACK.equals(host) && !"localhost".equals(host) && !"::1".equals(host)) {
            err.println("whosaid: listening on " + host + ": other machines can read this bank");
        }
        err.flush();
        server.join();
        return 0;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.delete(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("whosaid: could not delete " + dir + ": " + e.getMessage());
        }
    }
}
