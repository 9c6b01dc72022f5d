package org.whosaid.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whosaid.extract.Extractor;
import org.whosaid.model.Article;
import org.whosaid.model.Statement;
import org.whosaid.resolve.PronounRanker;
import org.whosaid.resolve.Resolver;

/**
 * Training examples for the pronoun ranker: every gold statement whose speaker the extractor found as "he" or "she",
 * with the candidates the resolver weighed, which of them the gold names, and whether the ranker may replace the rule
 * that answered. Extracted with the rules alone, so that the examples do not depend on a ranker trained before.
 */
public final class PronounExamples {

    /** One pronoun: its article (by position in the gold list), candidates, which are right, and the rules' answer. */
    public record Example(int article, List<PronounRanker.Candidate> candidates, boolean[] right, String rules,
                          boolean rulesRight, String rule, boolean ranked) {
        /** Some candidate is the gold speaker: the ranker can choose right. */
        public boolean answerable() {
            for (boolean r : right) {
                if (r) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What the resolver's listener heard for one statement. */
    private record Heard(Resolver.Resolved rules, List<PronounRanker.Candidate> candidates) {
    }

    private PronounExamples() {
    }

    public static List<Example> of(List<GoldArticle> gold) {
        List<Example> out = new ArrayList<>();
        Map<Integer, Heard> heard = new HashMap<>();
        Extractor extractor = new Extractor(new PronounRanker(Map.of(), 0),
                (draft, rules, candidates) -> heard.put(draft, new Heard(rules, candidates)));
        for (int a = 0; a < gold.size(); a++) {
            GoldArticle g = gold.get(a);
            heard.clear();
            List<Statement> pred = extractor.extract(new Article(g.id(), null, g.text(), null)).statements();
            int[] match = Scorer.match(g.statements(), pred);
            for (int i = 0; i < match.length; i++) {
                Heard h = match[i] < 0 ? null : heard.get(match[i]);
                String speaker = g.statements().get(i).speaker();
                if (h == null || speaker == null || g.statements().get(i).sourceStart() >= 0) {
                    continue;
                }
                String want = Scorer.normalize(speaker);
                Resolver.Resolved rules = h.rules();
                List<PronounRanker.Candidate> candidates = h.candidates();
                boolean[] right = new boolean[candidates.size()];
                for (int c = 0; c < right.length; c++) {
                    right[c] = Scorer.normalize(candidates.get(c).name()).equals(want);
                }
                out.add(new Example(a, candidates, right, rules.name(),
                        rules.name() != null && Scorer.normalize(rules.name()).equals(want), rules.rule(),
                        Resolver.ranks(rules.rule())));
            }
        }
        return out;
    }
}
