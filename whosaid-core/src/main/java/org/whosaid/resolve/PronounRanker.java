package org.whosaid.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whosaid.model.SpeakerType;

/**
 * Chooses the person a "he" or "she" stands for among the people named or heard in the paragraphs before it, by a
 * linear model over features of each candidate (how recent, a sentence's subject or not, who spoke last, …). The
 * weights are trained on the development set's gold (see {@code whosaid train-pronouns}) and ship as a resource; the
 * resolver's own rules decide where no candidate scores above the rules' choice by the model's margin.
 */
public final class PronounRanker {

    /** One person a pronoun may stand for, with the features that describe it. */
    public record Candidate(String name, SpeakerType type, String role, List<String> features) {
        public Candidate {
            features = List.copyOf(features);
        }
    }

    /** Receives, per statement whose speaker is "he" or "she", the rules' choice and the candidates. */
    public interface Listener {
        void choice(int draft, Resolver.Resolved rules, List<Candidate> candidates);
    }

    /** The resource the trained weights ship in: one "feature TAB weight" per line. */
    public static final String RESOURCE = "pronoun-ranker.tsv";

    private static final PronounRanker TRAINED = load();

    private final Map<String, Double> weights;
    private final double margin;

    public PronounRanker(Map<String, Double> weights, double margin) {
        this.weights = Map.copyOf(weights);
        this.margin = margin;
    }

    /** The ranker trained on the development set, or one with no weights (which never overrides) when none ships. */
    public static PronounRanker trained() {
        return TRAINED;
    }

    public boolean isEmpty() {
        return weights.isEmpty();
    }

    public double margin() {
        return margin;
    }

    public double score(List<String> features) {
        double s = 0;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                s += w;
            }
        }
        return s;
    }

    /**
     * The candidate to take instead of the rules' choice, or null to keep it: the best-scoring candidate when it beats
     * the candidate the rules chose (or, when the rules chose none of them, any) by more than the margin, and holds more
     * than half of the candidates' weight.
     */
    public Candidate override(String rulesName, List<Candidate> candidates) {
        if (weights.isEmpty() || candidates.isEmpty()) {
            return null;
        }
        Candidate best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double rulesScore = Double.NEGATIVE_INFINITY;
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) {
            Candidate c = candidates.get(i);
            double s = score(c.features());
            scores[i] = s;
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
            if (c.name().equals(rulesName)) {
                rulesScore = s;
            }
        }
        if (best.name().equals(rulesName) || rulesScore == Double.NEGATIVE_INFINITY && rulesName != null) {
            return null; // (the rules chose someone no candidate is: an unnamed source, kept)
        }
        // the best candidate's share of the candidates' weight (exp of each score): more than half, so that the rules'
        // answer stands where several candidates score alike
        double sum = 0;
        for (double s : scores) {
            sum += Math.exp(s - bestScore);
        }
        return bestScore - rulesScore > margin && 1 / sum > 0.5 ? best : null;
    }

    /** Reads weights as the resource holds them; a line "margin TAB x" sets the margin. */
    public static PronounRanker read(InputStream in) throws IOException {
        Map<String, Double> w = new HashMap<>();
        double margin = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (line.isBlank() || line.startsWith("#") || tab < 0) {
                    continue;
                }
                double v = Double.parseDouble(line.substring(tab + 1).trim());
                if (line.startsWith("margin\t")) {
                    margin = v;
                } else {
                    w.put(line.substring(0, tab), v);
                }
            }
        }
        return new PronounRanker(w, margin);
    }

    private static PronounRanker load() {
        String file = System.getProperty("whosaid.pronounRanker"); // other weights, or "none" for the rules alone
        if ("none".equals(file)) {
            return new PronounRanker(Map.of(), 0);
        }
        try (InputStream in = file != null ? java.nio.file.Files.newInputStream(java.nio.file.Path.of(file))
                : PronounRanker.class.getResourceAsStream(RESOURCE)) {
            return in == null ? new PronounRanker(Map.of(), 0) : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
