package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output formats of extract on an article written for this test. */
class ExtractCommandTest {
    private static final String ARTICLE = "The port will close for a week, harbour master Tomas Ekberg said on Friday.\n"
            + "\u201CWe have no choice, the cranes are unsafe,\u201D he told reporters.";

    @TempDir
    Path dir;

    @Test
    void csvHasOneRowPerStatementWithResolvedSpeakers() throws Exception {
        Path p = dir.resolve("port.txt");
        Files.writeString(p, ARTICLE);
        String csv = CliRun.ok("extract", "--format", "csv", p.toString());
        String[] lines = csv.split("\r?\n");
        assertEquals("article,statement,kind,start,end,speaker,speaker_type,role,cue,via,confidence,quote", lines[0]);
        assertEquals(3, lines.length, csv);
        assertTrue(lines[1].startsWith("port,port#1,indirect,0,30,Tomas Ekberg,person,harbour master,said,,"), lines[1]);
        // the second paragraph does not state the role again
        assertTrue(lines[2].startsWith("port,port#2,direct,77,118,Tomas Ekberg,person,,told,,"), lines[2]);
        assertTrue(lines[2].endsWith(",\"We have no choice, the cranes are unsafe,\""), lines[2]);
    }

    @Test
    void tableNamesSpeakerCueAndQuote() throws Exception {
        Path p = dir.resolve("port.txt");
        Files.writeString(p, ARTICLE);
        String table = CliRun.ok("extract", p.toString());
        assertTrue(table.startsWith("== port (2 statements, 0 rejected)"), table);
        assertTrue(table.contains("direct   Tomas Ekberg"), table);
    }
}
