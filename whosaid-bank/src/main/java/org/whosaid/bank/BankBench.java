package org.whosaid.bank;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.whosaid.model.Article;
import org.whosaid.model.Cue;
import org.whosaid.model.CueClass;
import org.whosaid.model.Extraction;
import org.whosaid.model.Kind;
import org.whosaid.model.Span;
import org.whosaid.model.Speaker;
import org.whosaid.model.SpeakerType;
import org.whosaid.model.Statement;
import org.whosaid.model.Via;

/**
 * The quote bank's benchmark: indexes generated statements (five per article, 1,000 people, 40
 * outlets, a year of dates, one statement in five a trimmed or re-punctuated repeat of an earlier
 * one) into a fresh folder, then times each query type. Prints statements/s indexed (registry and
 * clustering included), p50/p99 latency per query type, index bytes per statement and peak heap.
 *
 * <pre>java -cp whosaid-cli/target/whosaid.jar org.whosaid.bank.BankBench [STATEMENTS] [DIR]</pre>
 */
public final class BankBench {
    private static final int PER_ARTICLE = 5;

    private BankBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("whosaid-bankbench");
        if (Files.exists(dir) && Files.list(dir).findAny().isPresent()) {
            throw new IllegalArgumentException(dir + " is not empty; the benchmark needs a fresh folder");
        }
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        Corpus corpus = new Corpus(42);
        int articles = (n + PER_ARTICLE - 1) / PER_ARTICLE;
        long t0 = System.nanoTime();
        try (QuoteBank bank = QuoteBank.open(dir, new QuoteBank.Options(1000))) {
            for (int i = 0; i < articles; i++) {
                bank.add(corpus.article(i));
            }
            bank.commit();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long statements = (long) articles * PER_ARTICLE;
        long bytes;
        try (Stream<Path> files = Files.walk(dir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "indexed %,d statements (%,d articles) in %.1f s: %,.0f statements/s "
                + "(registry and clusters included, single thread)%n", statements, articles, secs, statements / secs);
        System.out.printf(Locale.ROOT, "index size %,d bytes: %.0f bytes per statement (article text stored)%n",
                bytes, (double) bytes / statements);

        try (QuoteBank bank = QuoteBank.openReadOnly(dir)) {
            QuoteBank.Stats st = bank.stats();
            System.out.printf(Locale.ROOT, "bank: %,d articles, %,d statements, %,d speakers%n",
                    st.articles(), st.statements(), st.speakers());
            SplittableRandom r = new SplittableRandom(7);
            int sample = Math.min(1000, corpus.repeats.size());
            int found = 0;
            long c0 = System.nanoTime();
            for (int i = 0; i < sample; i++) {
                String sid = corpus.repeats.get(i * (corpus.repeats.size() / sample));
                found += bank.cluster(sid).map(c -> c.appearances().size() > 1 ? 1 : 0).orElse(0);
            }
            System.out.printf(Locale.ROOT, "repeats generated %,d; of %d sampled, %d found in a cluster with their "
                    + "original (%.1f%%); cluster lookup %.2f ms each%n", corpus.repeats.size(), sample, found,
                    100.0 * found / sample, (System.nanoTime() - c0) / 1e6 / sample);
            time(bank, "text (one word)", i -> Query.of(corpus.word(r)));
            time(bank, "text (two words, AND)", i -> Query.of(corpus.word(r) + " " + corpus.word(r)));
            time(bank, "phrase", i -> Query.of("\"" + corpus.phrase(r) + "\""));
            time(bank, "speaker filter", i -> Query.of("*").withSpeaker(corpus.person(r)));
            time(bank, "speaker + text", i -> Query.of(corpus.word(r)).withSpeaker(corpus.surnameOnly(r)));
            time(bank, "date range (a month)", i -> {
                LocalDate from = LocalDate.of(2024, 1 + r.nextInt(12), 1);
                return Query.of("*").withDates(from, from.plusMonths(1).minusDays(1));
            });
            time(bank, "facets (text + all dims)", i -> Query.of(corpus.word(r)).withFacets(true));
            time(bank, "facets (whole bank)", i -> Query.of("*").withFacets(true));
        }
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap %,d MB (max heap %,d MB)%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void time(QuoteBank bank, String label, IntFunction<Query> queries) {
        for (int i = 0; i < 100; i++) {
            bank.search(queries.apply(i));
        }
        int runs = 400;
        long[] ns = new long[runs];
        long hits = 0;
        for (int i = 0; i < runs; i++) {
            Query q = queries.apply(i);
            long t = System.nanoTime();
            hits += bank.search(q).total();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%-26s p50 %6.2f ms  p99 %6.2f ms  (mean %,.0f matches; top 10 with snippets "
                + "and cluster counts)%n", label, ns[runs / 2] / 1e6, ns[runs * 99 / 100] / 1e6, (double) hits / runs);
    }

    /** Generated news: deterministic for a seed. */
    static final class Corpus {
        private static final String[] FIRST = {"Anna", "Boris", "Carla", "Dmitry", "Elena", "Felix", "Greta", "Hugo",
            "Ines", "Jonas", "Karin", "Leon", "Maria", "Nikolai", "Olga", "Pavel", "Rosa", "Stefan", "Tanya", "Viktor"};
        private final String[] words = new String[3000];
        private final String[] surnames = new String[200];
        private final String[] people = new String[1000];
        private final String[] outlets = new String[40];
        private final List<String> quotes = new ArrayList<>();
        /** Statement ids of the generated repeats, to check that they were clustered. */
        final List<String> repeats = new ArrayList<>();
        private final SplittableRandom random;

        Corpus(long seed) {
            random = new SplittableRandom(seed);
            for (int i = 0; i < words.length; i++) {
                words[i] = syllables(random, 1 + random.nextInt(3));
            }
            for (int i = 0; i < surnames.length; i++) {
                String s = syllables(random, 2 + random.nextInt(2));
                surnames[i] = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
            for (int i = 0; i < people.length; i++) {
                people[i] = FIRST[i % FIRST.length] + " " + surnames[(i / 5) % surnames.length]; // five people per surname
            }
            for (int i = 0; i < outlets.length; i++) {
                outlets[i] = "The " + Character.toUpperCase(words[i].charAt(0)) + words[i].substring(1) + " Times";
            }
        }

        private static String syllables(SplittableRandom r, int n) {
            String c = "bcdfgklmnprstvz";
            String v = "aeiou";
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(c.charAt(r.nextInt(c.length()))).append(v.charAt(r.nextInt(v.length())));
                if (r.nextInt(3) == 0) {
                    b.append(c.charAt(r.nextInt(c.length())));
                }
            }
            return b.toString();
        }

        /** Zipf-like: common words are common. */
        String word(SplittableRandom r) {
            double u = r.nextDouble();
            return words[(int) (words.length * u * u * u)];
        }

        String phrase(SplittableRandom r) {
            String q = quotes.get(r.nextInt(quotes.size()));
            String[] w = q.replaceAll("[^a-z ]", "").split(" ");
            int at = r.nextInt(Math.max(1, w.length - 2));
            return w[at] + " " + w[Math.min(w.length - 1, at + 1)];
        }

        String person(SplittableRandom r) {
            return people[r.nextInt(people.length)];
        }

        String surnameOnly(SplittableRandom r) {
            String p = person(r);
            return p.substring(p.indexOf(' ') + 1);
        }

        Extraction article(int i) {
            SplittableRandom r = random;
            String id = "gen-" + i;
            String outlet = outlets[r.nextInt(outlets.length)];
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(366));
            StringBuilder text = new StringBuilder("Generated report " + i + "\n\n");
            List<Statement> sts = new ArrayList<>();
            for (int k = 0; k < PER_ARTICLE; k++) {
                String quote;
                if (!quotes.isEmpty() && r.nextInt(5) == 0) {
                    quote = variant(quotes.get(r.nextInt(quotes.size())), r);
                    repeats.add("https://gen.example/" + i + "#" + (k + 1));
                } else {
                    int len = 12 + r.nextInt(28);
                    StringBuilder q = new StringBuilder();
                    for (int w = 0; w < len; w++) {
                        q.append(w == 0 ? "" : w % 9 == 0 ? ", " : " ").append(word(r));
                    }
                    quote = Character.toUpperCase(q.charAt(0)) + q.substring(1) + ".";
                    quotes.add(quote);
                }
                String who = person(r);
                boolean bare = r.nextInt(4) == 0;
                String name = bare ? who.substring(who.indexOf(' ') + 1) : who;
                int qs = text.length() + 1;
                text.append('\u201C').append(quote).append("\u201D ").append(name).append(" said");
                int ms = qs + quote.length() + 2;
                String via = r.nextInt(5) == 0 ? outlets[r.nextInt(outlets.length)] : null;
                List<Via> vias = new ArrayList<>();
                if (via != null) {
                    text.append(", according to ");
                    vias.add(new Via(via, text.length(), text.length() + via.length()));
                    text.append(via);
                }
                text.append(".\n\n");
                String role = r.nextInt(3) == 0 ? "minister of " + word(r) : null;
                sts.add(new Statement(id + "#" + (k + 1), k % 3 == 0 ? Kind.INDIRECT : Kind.DIRECT,
                        new Span(quote, qs, qs + quote.length()),
                        new Speaker(who, SpeakerType.PERSON, new Span(name, ms, ms + name.length()), role),
                        new Cue("said", ms + name.length() + 1, ms + name.length() + 5, CueClass.NEUTRAL), vias,
                        0.9, List.of("generated")));
            }
            Article a = new Article(id, id, text.toString(), new Article.Metadata("https://gen.example/" + i,
                    "Generated report " + i, outlet, day.toString(), "en"));
            return new Extraction(a, sts, List.of());
        }

        /** The same words trimmed at either end, re-punctuated, or with an ellipsis in the middle. */
        private static String variant(String quote, SplittableRandom r) {
            String[] w = quote.split(" ");
            switch (r.nextInt(3)) {
                case 0:
                    return String.join(" ", Arrays.copyOfRange(w, Math.min(2, w.length / 4), w.length - Math.min(2, w.length / 4)));
                case 1:
                    return quote.replace(",", "").replace(".", "!").toUpperCase(Locale.ROOT);
                default:
                    int cut = w.length / 2;
                    return String.join(" ", Arrays.copyOfRange(w, 0, cut)) + " \u2026 "
                            + String.join(" ", Arrays.copyOfRange(w, Math.min(w.length - 1, cut + 2), w.length));
            }
        }
    }
}
