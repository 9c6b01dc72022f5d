package org.whosaid.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;

/** A contract line read back is the extraction that was written: what loading a Spark run relies on. */
class ContractJsonTest {

    @Test
    void everyDevsetArticleReadsBackAsTheExtractionWritten() throws IOException {
        Extractor extractor = new Extractor();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("../devset"))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 30, files.toString());
        int statements = 0;
        for (Path p : files) {
            Article a = new Article(p.getFileName().toString(), p.toString(), Files.readString(p),
                    new Article.Metadata("https://example.org/" + p.getFileName(), "A title", "An Outlet", "2024-03-07",
                            "en"));
            Extraction x = extractor.extract(a);
            String line = ContractJson.line(x, true);
            Extraction back = ContractJson.read(line);
            assertEquals(x, back, p.toString());
            assertEquals(line, ContractJson.line(back, true));
            statements += x.statements().size();
        }
        assertTrue(statements > 250, "statements: " + statements);
    }

    @Test
    void aLineWithoutTheTextReadsWithAnEmptyText() {
        Extraction x = new Extractor().extract(Article.of("one",
                "\u201CWe will reopen the bridge in May,\u201D said Ruth Okafor, the mayor."));
        Extraction back = ContractJson.read(ContractJson.line(x, false));
        assertEquals("", back.article().text());
        assertEquals(x.statements(), back.statements());
    }

    @Test
    void whatIsNotAContractLineIsRefusedByName() {
        assertEquals("not JSON: Unrecognized token 'nope': was expecting (JSON String, Number, Array, Object or token "
                + "'null', 'true' or 'false')", assertThrows(IllegalArgumentException.class,
                        () -> ContractJson.read("nope")).getMessage());
        assertEquals("not an output contract line: no article.id",
                assertThrows(IllegalArgumentException.class, () -> ContractJson.read("{\"text\": \"x\"}")).getMessage());
    }
}
