package org.whosaid.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.bank.Fixtures.Said;
import org.whosaid.model.Extraction;

/** One bank shared by eight searching threads while a ninth adds and commits articles. */
class ConcurrencyTest {

    @TempDir
    Path dir;

    static final String SHARED = "We will not accept any agreement that leaves the eastern districts without water, "
            + "and we have said so to every delegation that came to the capital this month.";
    static final List<String> PEOPLE = List.of("Ivo Brandt", "Lena Quist", "Omar Haddou", "Petra Vilk", "Saul Imre");
    static final List<String> OUTLETS = List.of("Northwire", "Daily Lantern", "Evening Post", "Harbour Herald");
    static final List<String> WORDS = List.of("ferry", "harbour", "budget", "council", "winter", "bridge", "school",
            "tariff", "river", "permit", "timber", "clinic", "rail", "quota", "salary", "pension", "market", "orchard",
            "pipeline", "lighthouse", "vineyard", "granary", "tunnel", "archive", "museum", "stadium", "canal", "depot",
            "foundry", "quarry", "ledger", "charter", "summit", "treaty", "census", "levy", "subsidy", "mandate");

    static final int BEFORE = 10;
    static final int DURING = 40;
    static final int READERS = 8;
    static final int SEARCHES = 200;

    /** Article i: Marta Keel's shared statement and one of its own, in words no other article repeats in order. */
    static Extraction article(int i) {
        Random r = new Random(i);
        StringBuilder own = new StringBuilder("The");
        for (int w = 0; w < 14; w++) {
            own.append(' ').append(WORDS.get(r.nextInt(WORDS.size())));
        }
        own.append(" and number ").append(i).append(" matter most.");
        return Fixtures.article("https://news.example/" + i, OUTLETS.get(i % OUTLETS.size()),
                LocalDate.of(2024, 1, 1).plusDays(i).toString(), "Report " + i,
                Said.person("Marta Keel", "water minister", SHARED),
                Said.person(PEOPLE.get(i % PEOPLE.size()), "spokesperson", own.toString()));
    }

    @Test
    void searchesRunWhileArticlesAreAddedAndCommitted() throws Exception {
        try (QuoteBank bank = QuoteBank.open(dir, new QuoteBank.Options(5))) {
            for (int i = 0; i < BEFORE; i++) {
                bank.add(article(i));
            }
            bank.commit();

            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger searches = new AtomicInteger();
            List<Thread> threads = new ArrayList<>();
            Thread writer = new Thread(() -> {
                try {
                    start.await();
                    for (int i = BEFORE; i < BEFORE + DURING; i++) {
                        bank.add(article(i));
                        // the writing thread reads its own additions at once, committed or not
                        assertEquals(i + 1, bank.stats().articles());
                    }
                    bank.commit();
                } catch (Throwable t) {
                    failures.add(t);
                }
            }, "writer");
            threads.add(writer);
            for (int k = 0; k < READERS; k++) {
                int reader = k;
                threads.add(new Thread(() -> {
                    try {
                        start.await();
                        long lastAll = 0;
                        for (int n = 0; n < SEARCHES; n++) {
                            switch ((n + reader) % 5) {
                                case 0 -> {
                                    // everything, newest first, with facets: the total only grows
                                    SearchResult r = bank.search(Query.of("*").withLimit(10).withFacets(true));
                                    assertTrue(r.total() >= lastAll && r.total() >= 2L * BEFORE, "total " + r.total());
                                    assertTrue(r.total() % 2 == 0, "half an article: " + r.total());
                                    assertEquals(10, r.hits().size());
                                    lastAll = r.total();
                                }
                                case 1 -> {
                                    SearchResult r = bank.search(Query.of("\"eastern districts\"").withLimit(20));
                                    assertEquals(Math.min(20, r.total()), r.hits().size());
                                    for (SearchResult.Hit h : r.hits()) {
                                        // every appearance of the statement is in one cluster, first in article 0
                                        assertEquals(r.total(), h.cluster().appearances());
                                        assertEquals("https://news.example/0", h.cluster().first().articleKey());
                                        assertEquals(Math.min(4, (int) r.total()), h.cluster().outlets());
                                    }
                                }
                                case 2 -> {
                                    SearchResult r = bank.search(Query.of("*").withSpeaker("Keel").withLimit(5));
                                    assertTrue(r.total() >= BEFORE);
                                    String cluster = r.hits().get(0).cluster().id();
                                    ClusterInfo c = bank.cluster(cluster).orElseThrow();
                                    assertTrue(c.appearances().size() >= BEFORE);
                                }
                                case 3 -> {
                                    List<SpeakerInfo> all = bank.speakers();
                                    assertEquals(1 + PEOPLE.size(), all.size());
                                    assertEquals("Marta Keel", all.get(0).name());
                                    assertTrue(bank.speaker("Marta Keel").orElseThrow().statements() >= BEFORE);
                                }
                                default -> {
                                    QuoteBank.Stats s = bank.stats();
                                    assertTrue(s.articles() >= BEFORE);
                                    assertTrue(bank.article("https://news.example/3").isPresent());
                                }
                            }
                            searches.incrementAndGet();
                        }
                    } catch (Throwable t) {
                        failures.add(t);
                    }
                }, "reader-" + k));
            }
            threads.forEach(Thread::start);
            start.countDown();
            for (Thread t : threads) {
                t.join(TimeUnit.MINUTES.toMillis(3));
                assertTrue(!t.isAlive(), t.getName() + " still running");
            }
            if (!failures.isEmpty()) {
                AssertionError e = new AssertionError(failures.size() + " threads failed");
                failures.forEach(e::addSuppressed);
                throw e;
            }
            assertEquals(READERS * SEARCHES, searches.get());

            int articles = BEFORE + DURING;
            assertEquals(new QuoteBank.Stats(articles, 2L * articles, 1 + PEOPLE.size()), bank.stats());
            SearchResult shared = bank.search(Query.of("\"eastern districts\"").withLimit(100));
            assertEquals(articles, shared.total());
            assertEquals(articles, shared.hits().get(0).cluster().appearances());
            assertEquals(OUTLETS.size(), shared.hits().get(0).cluster().outlets());
            assertEquals(articles, bank.cluster(shared.hits().get(0).cluster().id()).orElseThrow().appearances().size());
            assertEquals(Integer.toString(articles), bank.lastCommit().get("whosaid.bank.articlesAdded"));
        }
        try (QuoteBank again = QuoteBank.openReadOnly(dir)) {
            assertEquals(new QuoteBank.Stats(BEFORE + DURING, 2L * (BEFORE + DURING), 1 + PEOPLE.size()), again.stats());
        }
    }
}
