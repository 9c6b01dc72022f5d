package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.text.Tokenizer;

/** bench on one small article written for this test: what it counts, not how fast it is. */
class BenchCommandTest {
    private static final String ARTICLE = "The Oder bridge has been shut since the flood in March.\n"
            + "\u201CWe will reopen the bridge in May,\u201D Mayor Ilse Brandt said.\n"
            + "Engineers said the piers were sound.";

    @TempDir
    Path dir;

    private Path article() throws Exception {
        Path p = dir.resolve("bridge.txt");
        Files.writeString(p, ARTICLE);
        return p;
    }

    @Test
    void tableReportsOneArticleItsTokensAndAPositiveRatio() throws Exception {
        Path p = article();
        int tokens = Tokenizer.tokenize(ARTICLE).size();
        String table = CliRun.ok("bench", "--seconds", "1", "--warmup-seconds", "0", "--warmup-max-seconds", "0", p.toString());

        assertTrue(Pattern.compile("(?m)^\\s*articles\\s+1\\s*$").matcher(table).find(), table);
        Matcher t = Pattern.compile("(?m)^\\s*tokens\\s+([\\d,]+)\\s*$").matcher(table);
        assertTrue(t.find(), table);
        assertEquals(tokens, Integer.parseInt(t.group(1).replace(",", "")), table);

        Matcher ratio = Pattern.compile("extractor time / tokenisation time: (\\S+)").matcher(table);
        assertTrue(ratio.find(), table);
        assertTrue(Double.parseDouble(ratio.group(1)) > 0, table);
        Matcher reference = Pattern.compile("extractor time / OpenNLP SimpleTokenizer time \\(reference\\): (\\S+)")
                .matcher(table);
        assertTrue(reference.find(), table);
        assertTrue(Double.parseDouble(reference.group(1)) > 0, table);
        for (String row : new String[] {"extractor", "tokenisation", "OpenNLP simple"}) {
            Matcher m = Pattern.compile("(?m)^\\s*" + row + "\\s+([\\d,]+)\\s+([\\d.]+)\\s+([\\d,.]+)\\s+([\\d,.]+)\\s+([\\d,.]+)\\s*$")
                    .matcher(table);
            assertTrue(m.find(), table);
            for (int g = 1; g <= 5; g++) {
                assertTrue(Double.parseDouble(m.group(g).replace(",", "")) > 0, row + " column " + g + ": " + table);
            }
        }
    }

    @Test
    void jsonlReportsTheSameCountsAndPositiveRates() throws Exception {
        Path p = article();
        int tokens = Tokenizer.tokenize(ARTICLE).size();
        String line = CliRun.ok("bench", "--seconds", "1", "--warmup-seconds", "0", "--warmup-max-seconds", "0", "--format", "jsonl", p.toString());

        assertEquals(1, line.strip().lines().count(), line);
        JsonNode o = new ObjectMapper().readTree(line);
        assertEquals(1, o.get("articles").asInt(), line);
        assertEquals(tokens, o.get("tokens").asLong(), line);
        assertEquals(ARTICLE.split("\\s+").length, o.get("words").asLong(), line);
        assertTrue(o.get("statements").asLong() >= 1, line);
        assertTrue(o.get("ratio_extractor_to_tokenisation").isNumber(), line);
        assertTrue(o.get("ratio_extractor_to_tokenisation").asDouble() > 0, line);
        assertTrue(o.get("ratio_extractor_to_reference_tokenisation").asDouble() > 0, line);
        assertEquals(opennlp.tools.tokenize.SimpleTokenizer.INSTANCE.tokenize(ARTICLE).length,
                o.get("reference_tokenisation").get("tokens").asLong(), line);
        for (String side : new String[] {"extractor", "tokenisation", "reference_tokenisation"}) {
            for (String rate : new String[] {"articles_per_s", "tokens_per_s", "mb_per_s"}) {
                assertTrue(o.get(side).get(rate).asDouble() > 0, side + "." + rate + ": " + line);
            }
        }
        // no warm-up asked and none allowed: the JIT compiler cannot have been waited for
        assertTrue(o.get("warmup_seconds").asDouble() < 1, line);
        assertEquals(false, o.get("warmup_jit_settled").asBoolean(true), line);
        assertTrue(o.get("peak_heap_bytes").asLong() > 0, line);
        assertTrue(o.get("max_heap_bytes").asLong() > 0, line);
        JsonNode big = o.get("big_article");
        assertTrue(big.get("bytes").asLong() >= BenchCommand.BIG_ARTICLE_BYTES, line);
        assertTrue(big.get("peak_heap_bytes").asLong() > 0, line);
    }

    @Test
    void missingFileFailsWithoutMeasuring() {
        CliRun r = CliRun.of("bench", "--seconds", "1", dir.resolve("none.txt").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void bundledParagraphsAreJoinedIntoArticlesOfAbout700Words() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            paragraphs.add(("word ").repeat(20 + i % 40).strip());
        }
        List<String> articles = BenchArticles.chunk(paragraphs, BenchArticles.TARGET_WORDS);
        int total = 0;
        for (String a : articles) {
            int w = BenchArticles.words(a);
            assertTrue(w >= 500 && w <= 1000, w + " words");
            total += w;
        }
        assertEquals(paragraphs.stream().mapToInt(BenchArticles::words).sum(), total);
        assertEquals(String.join("\n", paragraphs), String.join("\n", articles));
    }
}
