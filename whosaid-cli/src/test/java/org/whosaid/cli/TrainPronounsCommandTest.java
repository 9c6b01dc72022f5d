package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.resolve.PronounRanker;

/** train-pronouns on part of the bundled development set: its report and the weights it writes. */
class TrainPronounsCommandTest {

    @TempDir
    Path dir;

    @Test
    void aFolderWithNoGoldIsAClearErrorAndNoWeights() throws Exception {
        Path out = dir.resolve("weights.tsv");
        CliRun r = CliRun.of("train-pronouns", "--out", out.toString(), dir.resolve("missing").toString());
        assertEquals(1, r.status());
        assertTrue(r.err().startsWith("whosaid: " + dir.resolve("missing") + ": "), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void trainsOnAGoldFolderReportsTheCrossValidationAndWritesWeightsTheResolverReads() throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        List<Path> golds;
        try (var s = Files.list(Path.of("../devset"))) {
            golds = s.filter(p -> p.toString().endsWith(".gold.json")).sorted().limit(300).toList();
        }
        for (Path g : golds) {
            String name = g.getFileName().toString().replace(".gold.json", "");
            Files.copy(g, gold.resolve(g.getFileName()));
            Files.copy(g.resolveSibling(name + ".txt"), gold.resolve(name + ".txt"));
        }
        Path out = dir.resolve("weights.tsv");
        String report = CliRun.ok("train-pronouns", "--folds", "3", "--out", out.toString(), gold.toString());
        Matcher m = Pattern.compile("(\\d+) pronoun statements in 300 articles; gold among the candidates for (\\d+); "
                + "rules right (\\d+)").matcher(report);
        assertTrue(m.find(), report);
        int statements = Integer.parseInt(m.group(1));
        assertTrue(statements > 300 && Integer.parseInt(m.group(2)) <= statements, report);
        for (String margin : new String[] {"0.0", "0.5", "1.0", "2.0", "3.0"}) {
            assertTrue(report.contains("3-fold, margin " + margin + ": right "), report);
        }
        assertTrue(report.contains("3-fold, the ranker alone: right "), report);
        String tsv = Files.readString(out);
        assertTrue(tsv.startsWith("# pronoun ranker weights: whosaid train-pronouns on 300 articles"), tsv);
        PronounRanker r = PronounRanker.read(Files.newInputStream(out));
        // the margin written is one of those cross-validation tried
        assertTrue(List.of(0.0, 0.5, 1.0, 2.0, 3.0).contains(r.margin()), tsv);
        // what 300 articles teach: the last speaker and the nearest candidate are the likeliest
        assertTrue(r.score(List.of("last-speaker")) > 0, tsv);
        assertTrue(r.score(List.of("rank=1")) > r.score(List.of("rank=3")), tsv);
    }
}
