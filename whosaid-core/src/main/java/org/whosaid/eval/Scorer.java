package org.whosaid.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;
import org.whosaid.model.Extraction;
import org.whosaid.model.Rejected;
import org.whosaid.model.Statement;
import org.whosaid.model.Via;

/**
 * Scores the extractor against gold articles. A statement is detected when its span overlaps a gold
 * span by at least half of the shorter of the two; it is attributed when it is detected and its
 * speaker is right (same resolved name, or for span-only gold, an overlapping speaker mention).
 * Gold and output statements are matched one to one. Where a gold statement is a whole relation
 * ({@link GoldArticle#relations()}), an output statement left over that matches a detected one is a
 * part of its content: it counts for precision, as right or wrong by its speaker, and not again for
 * recall.
 */
public final class Scorer {
    private final Extractor extractor;

    public Scorer(Extractor extractor) {
        this.extractor = extractor;
    }

    /** A gold statement that was missed or misattributed, for {@code --verbose}. */
    public record Miss(String article, String phenomenon, String gold, String goldSpeaker, String got) {
    }

    /**
     * Counts for one subset of gold statements. {@code parts} are output statements that make up part of a detected
     * relation's content beside its matched one ({@code partsAttributed} of them with the right speaker): they are in
     * {@code predicted} and count as right for precision only.
     */
    public record Counts(int gold, int predicted, int detected, int attributed, int parts, int partsAttributed,
                         int kindRight, int kindScored, int roleRight, int roleScored, int viaRight, int viaScored) {
        public double precision() {
            return ratio(detected + parts, predicted);
        }

        public double recall() {
            return ratio(detected, gold);
        }

        public double f1() {
            return f(precision(), recall());
        }

        public double attributedPrecision() {
            return ratio(attributed + partsAttributed, predicted);
        }

        public double attributedRecall() {
            return ratio(attributed, gold);
        }

        public double attributedF1() {
            return f(attributedPrecision(), attributedRecall());
        }
    }

    /** The result of one evaluation run. */
    public record Report(String name, int articles, Counts all, Counts speech, int rejGold, int rejPredicted,
                         int rejMatched, int rejReasonRight, Map<String, int[]> byPhenomenon, List<Miss> misses,
                         List<Miss> extras) {

        public String render(boolean verbose) {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%s: %d articles, %d gold statements, %d predicted%n", name, articles,
                    all.gold(), all.predicted()));
            row(sb, "statements (all)", all);
            if (speech != null) {
                row(sb, "statements (speech/writing cues)", speech);
            }
            if (all.kindScored() > 0) {
                sb.append(String.format(Locale.ROOT, "  kind accuracy %.3f (%d/%d)   role accuracy %s   via accuracy %s%n",
                        ratio(all.kindRight(), all.kindScored()), all.kindRight(), all.kindScored(),
                        acc(all.roleRight(), all.roleScored()), acc(all.viaRight(), all.viaScored())));
            }
            if (rejGold > 0 || rejPredicted > 0) {
                double p = ratio(rejMatched, rejPredicted);
                double r = ratio(rejMatched, rejGold);
                sb.append(String.format(Locale.ROOT, "  rejected spans P %.3f R %.3f F1 %.3f (%d gold, %d predicted), reason right %d/%d%n",
                        p, r, f(p, r), rejGold, rejPredicted, rejReasonRight, rejMatched));
            }
            if (verbose) {
                sb.append("  recall by phenomenon (attributed/gold):\n");
                byPhenomenon.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "    %-22s %3d/%-3d %.2f%n", k, v[1], v[0],
                        ratio(v[1], v[0]))));
                sb.append("  misses:\n");
                for (Miss m : misses) {
                    sb.append("    [").append(m.phenomenon()).append("] ").append(m.article()).append(": \u201C")
                            .append(m.gold()).append("\u201D by ").append(m.goldSpeaker()).append(" -> ").append(m.got())
                            .append('\n');
                }
                sb.append("  found but not in the gold (").append(extras.size()).append("):\n");
                for (Miss m : extras) {
                    sb.append("    [").append(m.phenomenon()).append("] ").append(m.article()).append(": \u201C")
                            .append(m.gold()).append("\u201D by ").append(m.got()).append('\n');
                }
            }
            return sb.toString();
        }

        private static void row(StringBuilder sb, String label, Counts c) {
            sb.append(String.format(Locale.ROOT,
                    "  %-34s detection P %.3f R %.3f F1 %.3f | attributed P %.3f R %.3f F1 %.3f%n", label,
                    c.precision(), c.recall(), c.f1(), c.attributedPrecision(), c.attributedRecall(), c.attributedF1()));
        }

        private static String acc(int right, int scored) {
            return scored == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f (%d/%d)", ratio(right, scored), right, scored);
        }
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    static double f(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * How much the output span [s, e) overlaps gold statement gs, or 0 when it does not match it: it matches the
     * statement's span, or for content in pieces one of its pieces (a statement in a gap between them, such as the
     * attribution's own clause, is no part of it).
     */
    static int overlap(GoldArticle.GoldStatement gs, int s, int e) {
        if (gs.pieces().isEmpty()) {
            return matches(gs.start(), gs.end(), s, e) ? Math.min(gs.end(), e) - Math.max(gs.start(), s) : 0;
        }
        int total = 0;
        boolean any = false;
        for (GoldArticle.Piece p : gs.pieces()) {
            any |= matches(p.start(), p.end(), s, e);
            total += Math.max(0, Math.min(p.end(), e) - Math.max(p.start(), s));
        }
        return any ? total : 0;
    }

    /** True when two spans overlap by at least half of the shorter one. */
    public static boolean matches(int s1, int e1, int s2, int e2) {
        int overlap = Math.min(e1, e2) - Math.max(s1, s2);
        int shorter = Math.min(e1 - s1, e2 - s2);
        return overlap > 0 && shorter > 0 && overlap * 2 >= shorter;
    }

    public Report score(String name, List<GoldArticle> gold) {
        Tally all = new Tally();
        Tally speech = new Tally();
        boolean hasNonSpeech = gold.stream().flatMap(g -> g.statements().stream()).anyMatch(s -> !s.speech());
        int[] rej = new int[4];
        Map<String, int[]> byPh = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        List<Miss> extras = new ArrayList<>();
        for (GoldArticle g : gold) {
            Extraction x = extractor.extract(new Article(g.id(), null, g.text(), null));
            List<Statement> pred = x.statements();
            int[] match = match(g.statements(), pred);
            boolean[] matched = new boolean[pred.size()];
            for (int j : match) {
                if (j >= 0) {
                    matched[j] = true;
                }
            }
            int[] partOf = g.relations() ? partOf(g.statements(), pred, match, matched) : null;
            for (int j = 0; j < pred.size(); j++) {
                Statement p = pred.get(j);
                if (!matched[j] && (partOf == null || partOf[j] < 0)) {
                    extras.add(new Miss(g.id(), p.kind().label(), Tally.cut(p.quote().text()), null,
                            p.speaker().name() + " (" + p.evidence() + ")"));
                }
            }
            all.add(g, pred, match, partOf, s -> true, byPh, misses);
            if (hasNonSpeech) {
                speech.add(g, pred, match, partOf, GoldArticle.GoldStatement::speech, null, null);
            }
            scoreRejected(g, x.rejected(), rej);
        }
        return new Report(name, gold.size(), all.counts(), hasNonSpeech ? speech.counts() : null, rej[0], rej[1], rej[2],
                rej[3], byPh, misses, extras);
    }

    /** For each gold statement, the index of its matched prediction or -1 (greedy by overlap, one to one). */
    static int[] match(List<GoldArticle.GoldStatement> gold, List<Statement> pred) {
        int[] m = new int[gold.size()];
        boolean[] taken = new boolean[pred.size()];
        for (int i = 0; i < gold.size(); i++) {
            GoldArticle.GoldStatement gs = gold.get(i);
            int best = -1;
            int bestOverlap = 0;
            for (int j = 0; j < pred.size(); j++) {
                Statement p = pred.get(j);
                int overlap = taken[j] ? 0 : overlap(gs, p.quote().start(), p.quote().end());
                if (overlap > bestOverlap) {
                    best = j;
                    bestOverlap = overlap;
                }
            }
            m[i] = best;
            if (best >= 0) {
                taken[best] = true;
            }
        }
        return m;
    }

    /**
     * For each output statement matched to no gold statement, the detected gold relation whose content it is part of
     * (the one it overlaps most, by the same measure as detection), or -1. {@code matched} marks the statements that
     * {@code match} gave a gold statement.
     */
    private static int[] partOf(List<GoldArticle.GoldStatement> gold, List<Statement> pred, int[] match, boolean[] matched) {
        int[] part = new int[pred.size()];
        java.util.Arrays.fill(part, -1);
        for (int j = 0; j < pred.size(); j++) {
            if (matched[j]) {
                continue;
            }
            Statement p = pred.get(j);
            int bestOverlap = 0;
            for (int i = 0; i < gold.size(); i++) {
                GoldArticle.GoldStatement gs = gold.get(i);
                int overlap = match[i] < 0 ? 0 : overlap(gs, p.quote().start(), p.quote().end());
                if (overlap > bestOverlap) {
                    part[j] = i;
                    bestOverlap = overlap;
                }
            }
        }
        return part;
    }

    private static void scoreRejected(GoldArticle g, List<Rejected> pred, int[] rej) {
        rej[0] += g.rejected().size();
        rej[1] += pred.size();
        boolean[] taken = new boolean[pred.size()];
        for (GoldArticle.GoldRejected gr : g.rejected()) {
            for (int j = 0; j < pred.size(); j++) {
                Rejected r = pred.get(j);
                if (!taken[j] && matches(gr.start(), gr.end(), r.start(), r.end())) {
                    taken[j] = true;
                    rej[2]++;
                    if (r.reason().label().equals(gr.reason())) {
                        rej[3]++;
                    }
                    break;
                }
            }
        }
    }

    static boolean speakerRight(GoldArticle.GoldStatement g, Statement p) {
        if (g.speaker() == null) {
            return false;
        }
        if (g.sourceStart() >= 0) {
            var m = p.speaker().mention();
            return m != null && Math.min(m.end(), g.sourceEnd()) > Math.max(m.start(), g.sourceStart());
        }
        return p.speaker().name() != null && normalize(p.speaker().name()).equals(normalize(g.speaker()));
    }

    /** Lower case, typographic apostrophes folded, leading article and punctuation dropped. */
    static String normalize(String s) {
        String n = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[\\p{Punct}&&[^'-]]", " ")
                .replaceAll("\\s+", " ").trim();
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return n;
    }

    private static boolean viaRight(List<String> gold, List<Via> pred) {
        List<String> g = gold.stream().map(Scorer::normalize).sorted().toList();
        List<String> p = pred.stream().map(v -> normalize(v.name())).distinct().sorted().toList();
        return g.equals(p);
    }

    /** Running counts for one subset of gold statements. */
    private static final class Tally {
        int gold;
        int predicted;
        int detected;
        int attributed;
        int parts;
        int partsAttributed;
        int kindRight;
        int kindScored;
        int roleRight;
        int roleScored;
        int viaRight;
        int viaScored;

        void add(GoldArticle g, List<Statement> pred, int[] match, int[] partOf, Predicate<GoldArticle.GoldStatement> in,
                 Map<String, int[]> byPh, List<Miss> misses) {
            boolean[] matchedToOther = new boolean[pred.size()];
            for (int i = 0; i < match.length; i++) {
                if (match[i] >= 0 && !in.test(g.statements().get(i))) {
                    matchedToOther[match[i]] = true;
                }
            }
            for (int j = 0; j < pred.size(); j++) {
                GoldArticle.GoldStatement whole = partOf == null || partOf[j] < 0 ? null : g.statements().get(partOf[j]);
                if (whole != null && !in.test(whole)) {
                    continue; // part of a relation outside the subset, as its matched statement is
                }
                if (!matchedToOther[j]) {
                    predicted++;
                }
                if (whole != null) {
                    parts++;
                    if (speakerRight(whole, pred.get(j))) {
                        partsAttributed++;
                    }
                }
            }
            for (int i = 0; i < match.length; i++) {
                GoldArticle.GoldStatement gs = g.statements().get(i);
                if (!in.test(gs)) {
                    continue;
                }
                gold++;
                Statement p = match[i] >= 0 ? pred.get(match[i]) : null;
                boolean right = p != null && speakerRight(gs, p);
                if (p != null) {
                    detected++;
                    if (right) {
                        attributed++;
                    }
                    if (gs.kind() != null) {
                        kindScored++;
                        if (gs.kind().equals(p.kind().label())) {
                            kindRight++;
                        }
                    }
                    // a role counts where the gold gives one or, in whosaid's own gold (which gives every statement's
                    // kind), where the output gives one: a role the paragraph does not state is wrong there
                    if (gs.role() != null || gs.kind() != null && p.speaker().role() != null) {
                        roleScored++;
                        if (gs.role() != null && p.speaker().role() != null
                                && normalize(p.speaker().role()).equals(normalize(gs.role()))) {
                            roleRight++;
                        }
                    }
                    if (gs.via() != null) {
                        viaScored++;
                        if (viaRight(gs.via(), p.via())) {
                            viaRight++;
                        }
                    }
                }
                if (byPh == null) {
                    continue;
                }
                for (String ph : gs.phenomena()) {
                    int[] c = byPh.computeIfAbsent(ph, k -> new int[2]);
                    c[0]++;
                    if (right) {
                        c[1]++;
                    }
                }
                if (!right) {
                    String got = p == null ? "not found" : "found, speaker " + p.speaker().name() + " ("
                            + p.speaker().type().label() + ", " + p.evidence() + ")";
                    String text = g.text().substring(g.text().offsetByCodePoints(0, gs.start()),
                            g.text().offsetByCodePoints(0, gs.end()));
                    misses.add(new Miss(g.id(), String.join(",", gs.phenomena()), cut(text), gs.speaker(), got));
                }
            }
        }

        Counts counts() {
            return new Counts(gold, predicted, detected, attributed, parts, partsAttributed, kindRight, kindScored,
                    roleRight, roleScored, viaRight, viaScored);
        }

        private static String cut(String s) {
            String x = s.replace('\n', ' ');
            return x.length() <= 80 ? x : x.substring(0, 79) + "\u2026";
        }
    }
}
