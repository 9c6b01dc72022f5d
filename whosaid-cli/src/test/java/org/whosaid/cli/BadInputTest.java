package org.whosaid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input gets its own message on stderr and a non-zero exit status, while the good
 * files around it are still extracted and every stdout line is a whole JSON object.
 */
class BadInputTest {
    private static final String GOOD = "“We will reopen the bridge in May,” Mayor Ilse Brandt said on Tuesday.";

    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** Runs extract on a bad file between two good ones and checks the good ones came out whole. */
    private CliRun between(Path bad, String expectedMessage) throws IOException {
        Path a = write("a-good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
        Path z = write("z-good.txt", GOOD.getBytes(StandardCharsets.UTF_8));
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRun.of("extract", "--format", "jsonl", a.toString(), bad.toString(), z.toString()));
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains(bad + ": " + expectedMessage), r.err());
        List<String> ids = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String line : r.out().split("\n")) {
            JsonNode node = mapper.readTree(line);
            ids.add(node.get("article").get("id").asText());
            assertEquals("Ilse Brandt", node.get("statements").get(0).get("speaker").get("name").asText());
        }
        assertEquals(List.of("a-good", "z-good"), ids);
        return r;
    }

    @Test
    void emptyFile() throws IOException {
        between(write("empty.txt", new byte[0]), "empty: no text to read");
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        between(write("blank.txt", " \n\n\t ".getBytes(StandardCharsets.UTF_8)), "empty: no text to read");
    }

    @Test
    void binaryFile() throws IOException {
        between(write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}), "binary data: NUL byte at offset 4");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] bytes = "Caf\u00e9 owner said".getBytes(StandardCharsets.ISO_8859_1);
        between(write("latin1.txt", bytes), "invalid UTF-8 near byte 3");
    }

    @Test
    void missingFile() throws IOException {
        between(dir.resolve("nowhere.txt"), "no such file");
    }

    @Test
    void folderGivenAsFile() throws IOException {
        Path d = Files.createDirectory(dir.resolve("folder.txt"));
        between(d, "is a folder with no .txt files");
    }

    @Test
    void fiftyMegabyteSingleLine() throws IOException {
        Path big = dir.resolve("huge.txt");
        byte[] chunk = "word “quote ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        try (OutputStream o = Files.newOutputStream(big)) {
            for (long n = 0; n < 50L * 1024 * 1024; n += chunk.length) {
                o.write(chunk);
            }
        }
        between(big, "too large: ");
    }

    @Test
    void thousandsOfUnbalancedMarksStillExtractTheRest() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append(i % 3 == 0 ? "“open " : i % 3 == 1 ? "close” " : "\"stray ");
        }
        sb.append("\n").append(GOOD);
        Path p = write("marks.txt", sb.toString().getBytes(StandardCharsets.UTF_8));
        CliRun r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("extract", "--format", "jsonl", p.toString()));
        assertEquals(0, r.status(), r.err());
        JsonNode node = new ObjectMapper().readTree(r.out().strip());
        JsonNode statements = node.get("statements");
        JsonNode last = statements.get(statements.size() - 1);
        assertEquals("We will reopen the bridge in May,", last.get("quote").get("text").asText());
        assertEquals("Ilse Brandt", last.get("speaker").get("name").asText());
    }
}
