package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;
import org.whosaid.write.ContractJson;

/** index --from-parquet on a run folder written here as the Spark job writes its JSONL. */
class SparkRunTest {

    @TempDir
    Path tmp;

    @Test
    void loadsTheLinesWithTextAndReportsTheOthersByFileAndLine() throws Exception {
        Extraction x = new Extractor().extract(new Article("wire-1", "wire.jsonl@0",
                "\u201CWe will reopen the bridge in May,\u201D said Ruth Okafor, the mayor of Kessin.",
                new Article.Metadata("https://wire.example/bridge", null, "Wire Service", "2024-04-03", "en")));
        Path part = tmp.resolve("run/jsonl/part-00000-x-c000.txt");
        Files.createDirectories(part.getParent());
        Files.writeString(part, ContractJson.line(x, true) + "\n" + ContractJson.line(x, false) + "\nnot json\n");
        Path bank = tmp.resolve("bank");
        CliRun r = CliRun.of("index", "--from-parquet", tmp.resolve("run").toString(), "--into", bank.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("whosaid: " + part + ":2: no article text (run the Spark job with --with-text)"),
                r.err());
        assertTrue(r.err().contains("whosaid: " + part + ":3: not JSON: Unrecognized token 'not'"), r.err());
        assertTrue(r.err().contains("read 3, indexed 1 articles (1 statements), already in the bank 0, skipped 0, "
                + "failed 2"), r.err());
        String found = CliRun.ok("search", "bridge", "--index", bank.toString(), "--format", "jsonl");
        assertTrue(found.contains("\"name\":\"Ruth Okafor\",\"type\":\"person\""), found);
        assertTrue(found.contains("\"id\":\"ruth-okafor-31fbd0\""), found);
    }

    @Test
    void aFolderWithoutJsonlIsRefusedWithTheWayToMakeIt() {
        CliRun r = CliRun.of("index", "--from-parquet", tmp.toString(), "--into", tmp.resolve("bank").toString());
        assertEquals(2, r.status());
        assertEquals("whosaid: " + tmp + ": no jsonl folder; run the Spark job with --jsonl --with-text so that the "
                + "bank can be loaded from it", r.err().strip());
    }
}
