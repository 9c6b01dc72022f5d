package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eval on gold folders written for this test: the counts it prints, how it scores roles and PolNeAR's relations. */
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

    private static final String SPLIT = "\u201CThe berths will close in May,\u201D Mira Sandvik said. \u201CThe fishermen have"
            + " been warned.\u201D\n\nHarbour staff said the cranes were idle. Sandvik believes the season is lost.\n";

    /**
     * A brat T line for the first occurrence of s in SPLIT at or after the first of after (offsets in code points; the
     * text is all in the BMP).
     */
    private static String t(String id, String label, String s, String after) {
        int at = SPLIT.indexOf(s, SPLIT.indexOf(after));
        return id + "\t" + label + " " + at + " " + (at + s.length()) + "\t" + s + "\n";
    }

    @Test
    void eachPieceOfAPolnearRelationCountsAsPartOfIt() throws Exception {
        Path text = Files.createDirectories(dir.resolve("polnear/text"));
        Path ann = Files.createDirectories(dir.resolve("polnear/attributions"));
        Files.writeString(text.resolve("berths.txt"), SPLIT);
        String first = "The berths will close in May,";
        String second = "The fishermen have been warned.";
        int a = SPLIT.indexOf(first);
        int b = SPLIT.indexOf(second);
        Files.writeString(ann.resolve("berths_a1.ann"), t("T1", "Source", "Mira Sandvik", "")
                + t("T2", "Cue", "said", "")
                // one relation, its content in two pieces around the attribution
                + "T3\tContent " + a + " " + (a + first.length()) + ";" + b + " " + (b + second.length()) + "\t" + first
                + " " + second + "\n"
                + t("T4", "Source", "Harbour staff", "") + t("T5", "Cue", "said", "Harbour")
                + t("T6", "Content", "the cranes were idle", "")
                + t("T7", "Source", "Sandvik", "idle") + t("T8", "Cue", "believes", "")
                + t("T9", "Content", "the season is lost", "")
                + "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
                + "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n"
                + "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9\n");
        String out = CliRun.ok("eval", dir.resolve("polnear").toString());
        // three output statements: both pieces of the split quotation and the staff's; the belief is not a statement
        assertTrue(out.contains("1 articles, 3 gold statements, 3 predicted"), out);
        // the second piece is part of the detected relation, no false statement; the relation counts once for recall
        assertTrue(out.contains("statements (all)                   detection P 1.000 R 0.667 F1 0.800 |"
                + " attributed P 1.000 R 0.667 F1 0.800"), out);
        assertTrue(out.contains("statements (speech/writing cues)   detection P 1.000 R 1.000 F1 1.000"), out);
    }

    @Test
    void aStatementInTheGapBetweenAPolnearRelationsPiecesIsNoPartOfIt() throws Exception {
        String text = "\u201CThe berths will close in May,\u201D Mira Sandvik said after the harbour council announced that"
                + " the old quay had been declared unsafe by its own engineers last week. \u201CThe fishermen have been"
                + " warned.\u201D\n";
        Path dirs = Files.createDirectories(dir.resolve("gap/text"));
        Path ann = Files.createDirectories(dir.resolve("gap/attributions"));
        Files.writeString(dirs.resolve("quay.txt"), text);
        String first = "The berths will close in May,";
        String second = "The fishermen have been warned.";
        String between = "the old quay had been declared unsafe by its own engineers last week";
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        int c = text.indexOf(between);
        // the relation's content in two pieces; the council's statement stands in the gap, longer than either piece
        Files.writeString(ann.resolve("quay_a1.ann"), "T1\tSource " + text.indexOf("Mira") + " " + (text.indexOf("Mira") + 12)
                + "\tMira Sandvik\n"
                + "T2\tCue " + text.indexOf("said") + " " + (text.indexOf("said") + 4) + "\tsaid\n"
                + "T3\tContent " + a + " " + (a + first.length()) + ";" + b + " " + (b + second.length()) + "\t" + first
                + " " + second + "\n"
                + "T4\tSource " + text.indexOf("the harbour") + " " + (text.indexOf("the harbour") + 19) + "\tthe harbour council\n"
                + "T5\tCue " + text.indexOf("announced") + " " + (text.indexOf("announced") + 9) + "\tannounced\n"
                + "T6\tContent " + c + " " + (c + between.length()) + "\t" + between + "\n"
                + "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
                + "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n");
        String out = CliRun.ok("eval", dir.resolve("gap").toString());
        // matched by their pieces, each relation gets its own statement with the right speaker (by the extent from the
        // first piece to the last, the council's statement would be taken for Sandvik's and the council's left unfound)
        assertTrue(out.contains("1 articles, 2 gold statements, 3 predicted"), out);
        assertTrue(out.contains("detection P 1.000 R 1.000 F1 1.000 | attributed P 1.000 R 1.000 F1 1.000"), out);
    }
}
