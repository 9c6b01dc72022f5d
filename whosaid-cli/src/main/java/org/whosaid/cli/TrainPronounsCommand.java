package org.whosaid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.whosaid.eval.GoldArticle;
import org.whosaid.eval.GoldFormat;
import org.whosaid.eval.PronounExamples;
import org.whosaid.resolve.PronounRanker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code whosaid train-pronouns}: trains the pronoun ranker's weights on annotated folders (a maximum-entropy model,
 * each candidate an event "right" or "wrong"), reports its accuracy against the rules' by cross-validation over the
 * articles, takes the margin that cross-validation finds best, and writes the weights in the form the resolver reads.
 */
@Command(name = "train-pronouns", mixinStandardHelpOptions = true,
        description = "Train the pronoun ranker on annotated folders; report its cross-validated accuracy against the "
                + "rules'.")
final class TrainPronounsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "GOLD_DIR", description = "Annotated folders (NAME.txt + NAME.gold.json).")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the weights (default: print none).")
    Path out;

    @Option(names = "--folds", defaultValue = "5",
            description = "Cross-validation folds over the articles (default 5).")
    int folds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        List<GoldArticle> gold = new ArrayList<>();
        for (Path dir : dirs) {
            try {
                gold.addAll(GoldFormat.load(dir));
            } catch (IOException | RuntimeException e) {
                spec.commandLine().getErr().println("whosaid: " + dir + ": " + e.getMessage()); // (nothing trained)
                return 1;
            }
        }
        List<PronounExamples.Example> examples = PronounExamples.of(gold);
        long answerable = examples.stream().filter(PronounExamples.Example::answerable).count();
        long rules = examples.stream().filter(PronounExamples.Example::rulesRight).count();
        o.printf(Locale.ROOT,
                "%d pronoun statements in %d articles; gold among the candidates for %d; rules right %d%n",
                examples.size(), gold.size(), answerable, rules);
        int[] right = new int[MARGINS.length];
        int[] changed = new int[MARGINS.length];
        int bestAlone = 0;
        List<Map<String, int[]>> byRule = new ArrayList<>();
        for (int m = 0; m < MARGINS.length; m++) {
            byRule.add(new TreeMap<>());
        }
        for (int k = 0; k < folds; k++) {
            List<PronounExamples.Example> train = new ArrayList<>();
            List<PronounExamples.Example> test = new ArrayList<>();
            for (PronounExamples.Example e : examples) {
                (e.article() % folds == k ? test : train).add(e);
            }
            Map<String, Double> w = train(train);
            PronounRanker alone = new PronounRanker(w, 0);
            for (PronounExamples.Example e : test) {
                PronounRanker.Candidate c = alone.override(null, e.candidates());
                bestAlone += c != null && e.right()[e.candidates().indexOf(c)] ? 1 : 0;
            }
            for (int m = 0; m < MARGINS.length; m++) {
                PronounRanker r = new PronounRanker(w, MARGINS[m]);
                for (PronounExamples.Example e : test) {
                    PronounRanker.Candidate c = e.ranked() ? r.override(e.rules(), e.candidates()) : null;
                    boolean ok = c == null ? e.rulesRight() : e.right()[e.candidates().indexOf(c)];
                    right[m] += ok ? 1 : 0;
                    changed[m] += c == null ? 0 : 1;
                    if (c != null) {
                        byRule.get(m).computeIfAbsent(e.rule(), x -> new int[3])[ok ? 0 : e.rulesRight() ? 1 : 2]++;
                    }
                }
            }
        }
        int best = 0;
        for (int m = 0; m < MARGINS.length; m++) {
            o.printf(Locale.ROOT, "  %d-fold, margin %.1f: right %d (rules %d), %d choices changed%n", folds,
                    MARGINS[m], right[m], rules, changed[m]);
            if (right[m] >= right[best]) {
                best = m; // (a tie goes to the larger margin, which changes fewer of the rules' choices)
            }
        }
        o.printf(Locale.ROOT, "  %d-fold, the ranker alone: right %d%n", folds, bestAlone);
        double margin = MARGINS[best];
        byRule.get(best).forEach((rule, n) -> o.printf(Locale.ROOT,
                "  changed at margin %.1f from %s: %d now right, %d were right, %d wrong both ways%n",
                margin, rule, n[0], n[1], n[2]));
        if (out != null) {
            Map<String, Double> w = new TreeMap<>(train(examples));
            StringBuilder sb = new StringBuilder("# pronoun ranker weights: whosaid train-pronouns on ")
                    .append(gold.size()).append(" articles, ").append(examples.size())
                    .append(" pronoun statements; margin chosen by ").append(folds).append("-fold cross-validation\n");
            sb.append("margin\t").append(margin).append('\n');
            w.forEach((f, v) -> sb.append(f).append('\t').append(String.format(Locale.ROOT, "%.4f", v)).append('\n'));
            Files.writeString(out, sb, StandardCharsets.UTF_8);
            o.println("weights written to " + out);
        }
        o.flush();
        return 0;
    }

    /** The margins cross-validation chooses among. */
    private static final double[] MARGINS = {0, 0.5, 1, 2, 3};

    /** Per feature, how much it adds to a candidate's log-odds of being right, trained on the examples. */
    static Map<String, Double> train(List<PronounExamples.Example> examples) throws IOException {
        List<Event> events = new ArrayList<>();
        for (PronounExamples.Example e : examples) {
            if (!e.answerable() || !e.ranked()) {
                // (nothing to learn where no candidate is right; and the ranker learns from the choices it makes, not
                // from those the particular rules keep)
                continue;
            }
            for (int c = 0; c < e.candidates().size(); c++) {
                List<String> f = e.candidates().get(c).features();
                events.add(new Event(e.right()[c] ? "right" : "wrong", f.toArray(new String[0])));
            }
        }
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        p.put(TrainingParameters.ITERATIONS_PARAM, 200);
        p.put(TrainingParameters.CUTOFF_PARAM, 1);
        p.put("L2Cost", 0.5);
        p.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(p, null);
        AbstractModel model = (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
        Object[] data = model.getDataStructures();
        Context[] params = (Context[]) data[0];
        @SuppressWarnings("unchecked")
        Map<String, Context> pmap = (Map<String, Context>) data[1];
        int yes = model.getIndex("right");
        Map<String, Double> w = new TreeMap<>();
        for (var entry : pmap.entrySet()) {
            Context ctx = entry.getValue();
            double v = 0;
            for (int i = 0; i < ctx.getOutcomes().length; i++) {
                v += ctx.getOutcomes()[i] == yes ? ctx.getParameters()[i] : -ctx.getParameters()[i];
            }
            w.put(entry.getKey(), v);
        }
        return w;
    }
}
