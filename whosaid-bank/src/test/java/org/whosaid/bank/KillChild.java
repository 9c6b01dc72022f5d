package org.whosaid.bank;

import java.nio.file.Path;
import org.whosaid.bank.Fixtures.Said;
import org.whosaid.model.Extraction;

/**
 * A batch run in its own JVM by {@link CrashResumeTest}: indexes generated articles slowly, skipping
 * those already committed, so that the test can kill it mid-batch and resume.
 * Arguments: DIR COUNT SLEEP_MS COMMIT_EVERY.
 */
public final class KillChild {
    private KillChild() {
    }

    static Extraction article(int i) {
        String[] people = {"Dmitry Peskov", "Ana Novak", "Petra Novak", "Marta Keel", "Tomas Ekberg"};
        String who = people[i % people.length];
        return Fixtures.article("https://gen.example/story/" + i, i % 2 == 0 ? "Northwire" : "Daily Lantern",
                String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28), "Story " + i,
                Said.person(who, "official", "Statement number " + i + " about the harbour, the grain and item " + (i * 7)
                        + " of the agenda, which " + who + " called urgent."));
    }

    /** Runs the batch; returns {skipped, added}. */
    static int[] run(Path dir, int count, long sleepMs, int commitEvery) throws InterruptedException {
        int skipped = 0;
        int added = 0;
        try (QuoteBank bank = QuoteBank.open(dir, new QuoteBank.Options(commitEvery))) {
            for (int i = 0; i < count; i++) {
                Extraction x = article(i);
                if (bank.isIndexed(x.article())) {
                    skipped++;
                    continue;
                }
                bank.add(x);
                added++;
                if (sleepMs > 0) {
                    Thread.sleep(sleepMs);
                }
            }
        }
        return new int[] {skipped, added};
    }

    public static void main(String[] args) throws InterruptedException {
        int[] r = run(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]));
        System.out.println("skipped " + r[0] + " added " + r[1]);
    }
}
