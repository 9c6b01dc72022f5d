package org.whosaid.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety on a real index: a batch killed with SIGKILL between commits leaves a bank that opens
 * and holds exactly the committed articles; resuming skips them and ends with every article once.
 * Re-indexing is idempotent.
 */
class CrashResumeTest {

    @TempDir
    Path dir;

    @Test
    void aBatchKilledMidwayKeepsItsCommitsAndResumesWithoutRedoingThem() throws Exception {
        int count = 400;
        int commitEvery = 10;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KillChild.class.getName(), dir.toString(), Integer.toString(count), "25", Integer.toString(commitEvery))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolveSibling(dir.getFileName() + "-child.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long committed = 0;
        try {
            while (committed < 3 * commitEvery && System.nanoTime() < deadline) {
                Thread.sleep(50);
                if (Files.exists(dir) && hasCommit(dir)) {
                    try (QuoteBank bank = QuoteBank.openReadOnly(dir)) {
                        committed = bank.stats().articles();
                    }
                }
            }
            assertTrue(child.isAlive(), "the child ended before it could be killed; make the batch longer");
        } finally {
            child.destroyForcibly(); // SIGKILL on POSIX
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(committed >= 3 * commitEvery, "no commit seen in time");

        long held;
        try (QuoteBank bank = QuoteBank.openReadOnly(dir)) {
            QuoteBank.Stats st = bank.stats();
            held = st.articles();
            assertTrue(held >= committed && held < count, "held " + held);
            assertEquals(0, held % commitEvery, "only whole commits survive");
            assertEquals(held, st.statements(), "one statement per generated article, none orphaned");
            assertEquals(Long.toString(held), bank.lastCommit().get("whosaid.bank.articlesAdded"));
            assertEquals("https://gen.example/story/" + (held - 1), bank.lastCommit().get("whosaid.bank.last"));
            Map<String, Integer> keys = bank.articleKeys();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < held; i++) {
                expected.add("https://gen.example/story/" + i);
            }
            assertEquals(new TreeSet<>(expected), keys.keySet(), "exactly the first articles, as committed");
            assertTrue(keys.values().stream().allMatch(n -> n == 1));
            // the registry was committed with the statements it describes
            long bySpeaker = bank.speakers().stream().mapToLong(SpeakerInfo::statements).sum();
            assertEquals(held, bySpeaker);
        }

        int[] resumed = KillChild.run(dir, count, 0, 50);
        assertEquals(held, resumed[0], "committed articles are skipped, not redone");
        assertEquals(count - held, resumed[1]);
        try (QuoteBank bank = QuoteBank.openReadOnly(dir)) {
            assertEquals(count, bank.stats().articles());
            assertEquals(count, bank.stats().statements());
            assertEquals(count, bank.articleKeys().size());
            assertTrue(bank.articleKeys().values().stream().allMatch(n -> n == 1), "no duplicates");
        }
    }

    private static boolean hasCommit(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().startsWith("segments_"));
        }
    }

    @Test
    void indexingTheSameArticlesTwiceChangesNothing() throws Exception {
        KillChild.run(dir, 60, 0, 25);
        QuoteBank.Stats first;
        List<SpeakerInfo> speakers;
        try (QuoteBank bank = QuoteBank.openReadOnly(dir)) {
            first = bank.stats();
            speakers = bank.speakers();
        }
        // replaced, not skipped: the same articles added again
        try (QuoteBank bank = QuoteBank.open(dir)) {
            for (int i = 0; i < 60; i++) {
                bank.add(KillChild.article(i));
            }
            bank.add(KillChild.article(5));
        }
        try (QuoteBank bank = QuoteBank.openReadOnly(dir)) {
            assertEquals(first, bank.stats());
            assertEquals(60, first.articles());
            assertEquals(speakers.stream().map(s -> s.id() + " " + s.statements()).toList(),
                    bank.speakers().stream().map(s -> s.id() + " " + s.statements()).toList());
            SearchResult r = bank.search(Query.of("\"statement number 5 about\""));
            assertEquals(1, r.total());
            assertEquals(1, r.hits().get(0).cluster().appearances());
        }
    }

    @Test
    void theSameTextUnderANewUrlReplacesTheOldCopy() {
        var x = Fixtures.article(null, "Northwire", "2024-01-01", "Copy",
                Fixtures.Said.person("Marta Keel", null, "Copies should not count twice in the bank."));
        var withUrl = new org.whosaid.model.Extraction(new org.whosaid.model.Article(x.article().id(), "saved.html",
                x.article().text(), new org.whosaid.model.Article.Metadata("https://n.example/copy", "Copy", "Northwire",
                        "2024-01-01", "en")), x.statements(), List.of());
        try (QuoteBank bank = QuoteBank.open(dir)) {
            bank.add(x);
            assertTrue(bank.isIndexed(x.article()));
            assertTrue(!bank.isIndexed(withUrl.article()));
            bank.add(withUrl);
            assertEquals(1, bank.stats().articles());
            assertEquals(1, bank.stats().statements());
            assertEquals(List.of("https://n.example/copy"), List.copyOf(bank.articleKeys().keySet()));
        }
    }
}
