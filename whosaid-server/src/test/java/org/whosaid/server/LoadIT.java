package org.whosaid.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.bank.QuoteBank;

/**
 * 1,000 searches from 8 concurrent clients over loopback against the bundled example bank (bounded
 * to two minutes). Prints the latencies; asserts only that every request succeeded, since timings
 * depend on the machine.
 */
class LoadIT {
    @TempDir
    Path dir;

    @Test
    void thousandSearchesFromEightClientsWithoutErrors() throws Exception {
        try (QuoteBank bank = QuoteBank.open(dir)) {
            ExampleBank.fill(bank);
            try (Server server = Server.start(bank, ServerOptions.onPort(0))) {
                LoadBench.run(server.port(), 100, 8, 60);
                LoadBench.Result r = LoadBench.run(server.port(), 1000, 8, 120);
                System.out.println("LoadIT: " + r);
                assertEquals(1000, r.requests());
                assertEquals(0, r.errors());
            }
        }
    }
}
