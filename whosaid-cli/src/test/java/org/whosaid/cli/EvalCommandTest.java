package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval on a gold folder written for this test: the counts it prints, and how it scores roles. */
class EvalCommandTest {
    private static final String ARTICLE = "Port director Mira Sandvik said the north berths would close in May.\n\n"
            + "Sandvik said the fishermen had been warned.\n";

    @TempDir
    Path dir;

    private String gold(String firstRole) {
        return "{\"article\": \"berths\", \"source_file\": \"berths.txt\", \"statements\": ["
                + "{\"kind\": \"indirect\", \"text\": \"the north berths would close in May\", \"speaker\": \"Mira Sandvik\","
                + " \"speaker_type\": \"person\"" + (firstRole == null ? "" : ", \"role\": \"" + firstRole + "\"")
                + ", \"cue\": \"said\", \"via\": [], \"span\": [32, 67], \"phenomena\": [\"indirect\"]},"
                + "{\"kind\": \"indirect\", \"text\": \"the fishermen had been warned\", \"speaker\": \"Mira Sandvik\","
                + " \"speaker_type\": \"person\", \"cue\": \"said\", \"via\": [], \"span\": [83, 112],"
                + " \"phenomena\": [\"indirect\", \"surname\"]}], \"not_statements\": []}";
    }

    @Test
    void aRoleCountsWhereTheGoldOrTheOutputGivesOne() throws Exception {
        Files.writeString(dir.resolve("berths.txt"), ARTICLE);
        Files.writeString(dir.resolve("berths.gold.json"), gold("Port director"));
        String out = CliRun.ok("eval", dir.toString());
        assertTrue(out.contains("1 articles, 2 gold statements, 2 predicted"), out);
        assertTrue(out.contains("attributed P 1.000 R 1.000 F1 1.000"), out);
        // the second statement has no role in the gold and none in the output: not counted
        assertTrue(out.contains("role accuracy 1.000 (1/1)"), out);

        // a role the gold does not give is a wrong role
        Files.writeString(dir.resolve("berths.gold.json"), gold(null));
        out = CliRun.ok("eval", dir.toString());
        assertTrue(out.contains("role accuracy 0.000 (0/1)"), out);
    }
}
