package org.whosaid.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The annotated-data layouts {@code whosaid eval} reads, one reader each, chosen by what a folder holds. */
public enum GoldFormat {
    /** NAME.txt beside NAME.gold.json, as in examples/minsk-visit.gold.json (see docs/gold-format.md). */
    WHOSAID {
        @Override
        List<GoldArticle> read(Path dir) throws IOException {
            return WhosaidGold.readDir(dir);
        }
    },
    /** PolNeAR: text/NAME.txt and attributions/NAME_ANNOTATOR.ann (brat standoff). */
    POLNEAR {
        @Override
        List<GoldArticle> read(Path dir) throws IOException {
            return PolnearGold.readDir(dir);
        }
    };

    abstract List<GoldArticle> read(Path dir) throws IOException;

    /** The layout of a folder, or an exception naming what was expected. */
    public static GoldFormat detect(Path dir) throws IOException {
        if (Files.isDirectory(dir.resolve("text")) && Files.isDirectory(dir.resolve("attributions"))) {
            return POLNEAR;
        }
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                if (s.anyMatch(p -> p.getFileName().toString().endsWith(".gold.json"))) {
                    return WHOSAID;
                }
            }
        }
        throw new IOException(dir + ": neither NAME.txt + NAME.gold.json files nor a PolNeAR folder (text/, attributions/)");
    }

    /** Reads every article of a folder in its detected layout. */
    public static List<GoldArticle> load(Path dir) throws IOException {
        return detect(dir).read(dir);
    }
}
