package org.whosaid.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.whosaid.SharedData;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;
import org.whosaid.model.Rejected;
import org.whosaid.model.Statement;
import org.whosaid.testkit.SpanChecks;

/** The founding article must come out exactly as its gold file says: six statements, three rejections. */
class SeedGoldenTest {

    @Test
    void minskVisitMatchesItsGoldFile() throws Exception {
        Path txt = SharedData.path("examples/minsk-visit.txt");
        JsonNode gold = new ObjectMapper().readTree(SharedData.path("examples/minsk-visit.gold.json").toFile());
        String text = Files.readString(txt);
        Extraction x = new Extractor().extract(Article.of("minsk-visit", text));
        SpanChecks.assertValid(text, x);

        List<String> expected = new ArrayList<>();
        for (JsonNode s : gold.get("statements")) {
            List<String> via = new ArrayList<>();
            s.get("via").forEach(v -> via.add(v.asText()));
            expected.add(String.join(" | ", s.get("kind").asText(), s.get("span").get(0).asInt() + "-"
                    + s.get("span").get(1).asInt(), s.get("speaker").asText(), s.has("role") ? s.get("role").asText() : "-",
                    s.get("cue").asText(), via.toString()));
        }
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < x.statements().size(); i++) {
            Statement s = x.statements().get(i);
            // a role only where the paragraph of the attribution states it, as the gold file gives it
            String role = s.speaker().role() == null ? "-" : s.speaker().role();
            actual.add(String.join(" | ", s.kind().label(), s.quote().start() + "-" + s.quote().end(), s.speaker().name(),
                    role, s.cue().text(), s.via().stream().map(v -> v.name()).toList().toString()));
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));

        List<String> expectedRejected = new ArrayList<>();
        for (JsonNode r : gold.get("not_statements")) {
            expectedRejected.add(r.get("span").get(0).asInt() + "-" + r.get("span").get(1).asInt() + " " + r.get("text").asText());
        }
        List<String> actualRejected = new ArrayList<>();
        for (Rejected r : x.rejected()) {
            actualRejected.add(r.start() + "-" + r.end() + " " + r.text());
        }
        assertEquals(expectedRejected, actualRejected);
        assertEquals(List.of(Rejected.Reason.SCARE_QUOTE, Rejected.Reason.AUTHOR_WORDS, Rejected.Reason.SCARE_QUOTE),
                x.rejected().stream().map(Rejected::reason).toList());
    }
}
