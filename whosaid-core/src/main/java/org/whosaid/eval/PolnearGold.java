package org.whosaid.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads PolNeAR's brat standoff: T lines (Source, Cue, Content spans) tied by E lines. One annotation
 * file per article (the first by name) is scored; content given in several pieces keeps them, and a
 * statement is matched against the pieces, not the gaps between them; an output statement for each
 * piece counts as part of the relation ({@link GoldArticle#relations()}).
 */
final class PolnearGold {
    private PolnearGold() {
    }

    static List<GoldArticle> readDir(Path dir) throws IOException {
        Map<String, Path> firstAnn = new HashMap<>();
        try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
            for (Path p : s.sorted().toList()) {
                String f = p.getFileName().toString();
                if (!f.endsWith(".ann")) {
                    continue;
                }
                String article = f.substring(0, f.lastIndexOf('_'));
                firstAnn.putIfAbsent(article, p);
            }
        }
        List<GoldArticle> out = new ArrayList<>();
        for (String id : firstAnn.keySet().stream().sorted().toList()) {
            Path txt = dir.resolve("text").resolve(id + ".txt");
            if (!Files.exists(txt)) {
                continue;
            }
            out.add(read(id, Files.readString(txt, StandardCharsets.UTF_8), Files.readAllLines(firstAnn.get(id))));
        }
        return out;
    }

    private record T(String label, int start, int end, String text, List<GoldArticle.Piece> ranges) {
    }

    static GoldArticle read(String id, String text, List<String> ann) {
        Map<String, T> ts = new HashMap<>();
        List<String[]> es = new ArrayList<>();
        for (String line : ann) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            if (f[0].startsWith("T")) {
                String[] head = f[1].split(" ");
                // discontinuous spans are written "start end;start end": the whole extent, and its ranges
                int start = Integer.MAX_VALUE;
                int end = -1;
                List<GoldArticle.Piece> ranges = new ArrayList<>();
                for (String range : f[1].substring(head[0].length() + 1).split(";")) {
                    String[] se = range.trim().split(" ");
                    ranges.add(new GoldArticle.Piece(Integer.parseInt(se[0]), Integer.parseInt(se[se.length - 1])));
                    start = Math.min(start, ranges.get(ranges.size() - 1).start());
                    end = Math.max(end, ranges.get(ranges.size() - 1).end());
                }
                ts.put(f[0], new T(head[0], start, end, f.length > 2 ? f[2] : "", ranges));
            } else if (f[0].startsWith("E")) {
                es.add(f[1].split(" "));
            }
        }
        List<GoldArticle.GoldStatement> sts = new ArrayList<>();
        for (String[] e : es) {
            int cStart = Integer.MAX_VALUE;
            int cEnd = -1;
            List<GoldArticle.Piece> pieces = new ArrayList<>(); // (in one T line or in several Content parts)
            T source = null;
            T cue = null;
            for (String part : e) {
                int colon = part.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String role = part.substring(0, colon);
                T tt = ts.get(part.substring(colon + 1));
                if (tt == null) {
                    continue;
                }
                if (role.startsWith("Content")) {
                    cStart = Math.min(cStart, tt.start());
                    cEnd = Math.max(cEnd, tt.end());
                    pieces.addAll(tt.ranges());
                } else if (role.startsWith("Source")) {
                    source = tt;
                } else if (role.startsWith("Cue")) {
                    cue = tt;
                }
            }
            if (cEnd < 0) {
                continue;
            }
            boolean speech = cue != null && SpeechCues.isSpeechOrWriting(cue.text());
            List<String> ph = new ArrayList<>();
            ph.add(speech ? "speech-cue" : "other-cue");
            if (source == null) {
                ph.add("no-source");
            }
            sts.add(new GoldArticle.GoldStatement(null, cStart, cEnd, source == null ? null : source.text(),
                    source == null ? -1 : source.start(), source == null ? -1 : source.end(), null,
                    cue == null ? null : cue.text(), null, ph, speech, pieces.size() > 1 ? pieces : List.of()));
        }
        sts.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return new GoldArticle(id, text, sts, List.of(), true);
    }
}
