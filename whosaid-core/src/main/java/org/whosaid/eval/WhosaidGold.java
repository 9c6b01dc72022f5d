package org.whosaid.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads whosaid's own gold files: NAME.txt with NAME.gold.json beside it. */
final class WhosaidGold {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WhosaidGold() {
    }

    static List<GoldArticle> readDir(Path dir) throws IOException {
        List<Path> golds;
        try (Stream<Path> s = Files.list(dir)) {
            golds = s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        }
        List<GoldArticle> out = new ArrayList<>();
        for (Path g : golds) {
            out.add(read(g));
        }
        return out;
    }

    static GoldArticle read(Path goldFile) throws IOException {
        JsonNode root = MAPPER.readTree(goldFile.toFile());
        String name = goldFile.getFileName().toString().replace(".gold.json", "");
        Path txt = goldFile.resolveSibling(root.path("source_file").asText(name + ".txt"));
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        List<GoldArticle.GoldStatement> sts = new ArrayList<>();
        for (JsonNode s : root.path("statements")) {
            List<String> via = new ArrayList<>();
            s.path("via").forEach(v -> via.add(v.asText()));
            List<String> ph = new ArrayList<>();
            s.path("phenomena").forEach(v -> ph.add(v.asText()));
            String kind = s.path("kind").asText();
            ph.add(0, kind);
            sts.add(new GoldArticle.GoldStatement(kind, s.path("span").get(0).asInt(), s.path("span").get(1).asInt(),
                    text(s, "speaker"), -1, -1, text(s, "role"), text(s, "cue"), via, ph, true, List.of()));
        }
        List<GoldArticle.GoldRejected> rej = new ArrayList<>();
        for (JsonNode r : root.path("not_statements")) {
            String reason = r.has("reason") ? r.get("reason").asText() : reasonOf(r.path("why").asText());
            rej.add(new GoldArticle.GoldRejected(r.path("span").get(0).asInt(), r.path("span").get(1).asInt(), reason));
        }
        return new GoldArticle(root.path("article").asText(name), text, sts, rej, false);
    }

    /** The reason code for a free-text annotator's reason ("scare quote (so-called)" is scare-quote). */
    static String reasonOf(String why) {
        String w = why.toLowerCase(java.util.Locale.ROOT);
        if (w.contains("scare")) {
            return "scare-quote";
        }
        if (w.contains("title") || w.contains("nickname") || w.contains("name of")) {
            return "title";
        }
        if (w.contains("author") || w.contains("paraphrase") || w.contains("iron")) {
            return "author-words";
        }
        return w;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
