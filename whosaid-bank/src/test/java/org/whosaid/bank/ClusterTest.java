package org.whosaid.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.bank.Fixtures.Said;
import org.whosaid.model.SpeakerType;

/** Repeated statements: variants of one quote form one cluster with its earliest appearance first. */
class ClusterTest {

    @TempDir
    Path dir;

    static final String FULL = "We will not accept any agreement that leaves the eastern districts without water, "
            + "and we have said so to every delegation that came to the capital this month.";

    private static Said said(String quote, String via) {
        return new Said("Marta Keel", SpeakerType.PERSON, "water minister", quote, via);
    }

    @Test
    void trimmedRepunctuatedAndElidedVariantsAreOneClusterAcrossCommits() {
        try (QuoteBank bank = QuoteBank.open(dir)) {
            bank.add(Fixtures.article("https://one.example/a", "Northwire", "2024-03-05T09:00:00Z", "Water",
                    said(FULL, null)));
            bank.add(Fixtures.article("https://two.example/b", "Daily Lantern", "2024-03-06", "Water deal",
                    said("We will not accept any agreement that leaves the eastern districts without water", "Northwire")));
        }
        // a second session: the first two are found through the index, not memory
        try (QuoteBank bank = QuoteBank.open(dir)) {
            bank.add(Fixtures.article("https://three.example/c", "Evening Post", "2024-03-04", "Keel",
                    said("We will NOT accept any agreement that leaves the Eastern districts without water -- and we "
                            + "have said so, to every delegation that came to the capital, this month!", null)));
            bank.add(Fixtures.article("https://four.example/d", "Harbour Herald", "2024-03-07", "Keel again",
                    said("We will not accept any agreement that leaves the eastern districts without water \u2026 "
                            + "we have said so to every delegation", "Daily Lantern")));
            bank.add(Fixtures.article("https://five.example/e", "Harbour Herald", "2024-03-07", "Other",
                    said("The eastern districts will get new pipes before the summer, paid for by the state.", null)));
        }
        try (QuoteBank bank = QuoteBank.openReadOnly(dir)) {
            SearchResult r = bank.search(Query.of("\"without water\"").withLimit(10));
            assertEquals(4, r.total());
            String cluster = r.hits().get(0).cluster().id();
            for (SearchResult.Hit h : r.hits()) {
                assertEquals(cluster, h.cluster().id(), h.statement().quote().text());
                assertEquals(4, h.cluster().appearances());
                assertEquals(4, h.cluster().outlets());
                assertEquals("https://three.example/c", h.cluster().first().articleKey());
            }
            ClusterInfo c = bank.cluster(cluster).orElseThrow();
            assertEquals(List.of("https://three.example/c", "https://one.example/a", "https://two.example/b",
                    "https://four.example/d"), c.appearances().stream().map(Appearance::articleKey).toList());
            assertEquals(List.of("Northwire"), c.appearances().get(2).via());
            assertTrue(c.outlets().containsAll(List.of("Northwire", "Daily Lantern", "Evening Post", "Harbour Herald")));
            SearchResult other = bank.search(Query.of("pipes"));
            assertEquals(1, other.total());
            assertNotEquals(cluster, other.hits().get(0).cluster().id());
            assertEquals(1, other.hits().get(0).cluster().appearances());
        }
    }

    @Test
    void minHashFindsTheVariantsAndTheExactCheckRejectsStrangers() {
        long[] full = MinHash.shingles(MinHash.normalise(FULL));
        long[] trimmed = MinHash.shingles(MinHash.normalise("leaves the eastern districts without water, and we have said so"));
        long[] other = MinHash.shingles(MinHash.normalise("We will not accept any increase in fares this year, the mayor said."));
        assertTrue(MinHash.same(full, trimmed));
        assertTrue(!MinHash.same(full, other));
    }
}
