package org.whosaid.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
    @TempDir
    Path dir;

    static List<Item> read(Path p) {
        try (Stream<Item> s = new Ingest().read(p)) {
            return s.toList();
        }
    }

    @Test
    void articleTextWithoutBoilerplate() throws Exception {
        Path p = dir.resolve("ferry-strike.html");
        Files.writeString(p, Pages.FERRY, StandardCharsets.UTF_8);
        List<Item> items = read(p);
        System.out.println(items);
        Item.Accepted a = (Item.Accepted) items.get(0);
        assertEquals(Pages.FERRY_TEXT, a.article().text());
    }
}
