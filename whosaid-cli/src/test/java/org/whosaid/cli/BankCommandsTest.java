package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index, search, speakers and speaker on a real bank in a temporary folder. */
class BankCommandsTest {

    @TempDir
    Path tmp;

    private Path corpus() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.jsonl"), String.join("\n",
                "{\"id\":\"a1\",\"url\":\"https://gazette.example/a1\",\"outlet\":\"Coast Gazette\","
                        + "\"published\":\"2024-03-02\",\"title\":\"Ferry\",\"language\":\"en\",\"text\":"
                        + "\"The ferry will run twice a day.\\n\\n\\u201CWe cannot run empty boats through January,\\u201D "
                        + "said Lena Voss, chief executive of Skerry Lines.\"}",
                "{\"id\":\"a2\",\"url\":\"https://post.example/a2\",\"outlet\":\"Island Post\","
                        + "\"published\":\"2024-03-05\",\"title\":\"Ferry again\",\"language\":\"en\",\"text\":"
                        + "\"Talks went on.\\n\\n\\u201CWe cannot run empty boats through January,\\u201D Voss told "
                        + "the Coast Gazette.\"}") + "\n");
        return in;
    }

    @Test
    void indexSearchAndSpeakers() throws Exception {
        Path bank = tmp.resolve("bank");
        CliRun first = CliRun.of("index", corpus().toString(), "--into", bank.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("indexed 2 articles (2 statements)"), first.err());
        CliRun again = CliRun.of("index", tmp.resolve("in").toString(), "--into", bank.toString());
        assertTrue(again.err().contains("indexed 0 articles") && again.err().contains("already in the bank 2"), again.err());
        assertTrue(again.err().contains("2 articles, 2 statements, 1 speakers"), again.err());

        String table = CliRun.ok("search", "boats", "--index", bank.toString(), "--facets");
        assertTrue(table.startsWith("2 statements"), table);
        assertTrue(table.contains("[boats]"), table);
        assertTrue(table.contains("reported 2 times by 2 outlets, first 2024-03-02 Coast Gazette"), table);
        assertTrue(table.contains("speaker: Lena Voss 2"), table);
        assertTrue(table.contains("month: 2024-03 2"), table);

        List<String> lines = CliRun.ok("search", "*", "--index", bank.toString(), "--speaker", "Voss",
                "--since", "2024-03-04", "--format", "jsonl", "--facets").lines().toList();
        assertEquals(2, lines.size(), String.join("\n", lines));
        ObjectMapper m = new ObjectMapper();
        JsonNode hit = m.readTree(lines.get(0));
        assertEquals("https://post.example/a2#1", hit.get("id").asText());
        assertEquals("direct", hit.get("statement").get("kind").asText());
        assertEquals("Voss", hit.get("statement").get("speaker").get("name").asText());
        assertTrue(hit.get("statement").get("speaker").get("id").asText().startsWith("lena-voss-"), lines.get(0));
        assertEquals("https://gazette.example/a1#1", hit.get("cluster").get("first").get("id").asText());
        assertEquals(1, m.readTree(lines.get(1)).get("total").asInt());

        String speakers = CliRun.ok("speakers", "--index", bank.toString());
        assertTrue(speakers.contains("Lena Voss") && speakers.contains("chief executive of Skerry Lines"), speakers);
        String id = speakers.lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
        String one = CliRun.ok("speaker", id, "--index", bank.toString());
        assertTrue(one.contains("2024-03-02  Coast Gazette"), one);
        assertTrue(one.contains("2024-03-05  Island Post"), one);
        assertTrue(one.contains("evidence: "), one);
    }

    @Test
    void errorsSayWhatIsWrong() throws Exception {
        CliRun missing = CliRun.of("search", "x", "--index", tmp.resolve("none").toString());
        assertEquals(2, missing.status(), missing.err());
        assertTrue(missing.err().contains("no quote bank here"), missing.err());
        Path bank = tmp.resolve("bank");
        CliRun.of("index", corpus().toString(), "--into", bank.toString());
        CliRun bad = CliRun.of("search", "\"unclosed", "--index", bank.toString());
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("cannot read the query"), bad.err());
        CliRun badDate = CliRun.of("search", "x", "--index", bank.toString(), "--since", "March");
        assertEquals(2, badDate.status());
        assertTrue(badDate.err().contains("not a date"), badDate.err());
        CliRun nobody = CliRun.of("speaker", "Nobody", "--index", bank.toString());
        assertEquals(1, nobody.status());
    }
}
