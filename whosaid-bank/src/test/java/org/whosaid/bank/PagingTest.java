package org.whosaid.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.bank.Fixtures.Said;

/** Pages of a search, walked with {@link SearchResult#next()}, list every hit once and in order. */
class PagingTest {

    @TempDir
    Path dir;

    private static List<String> walk(QuoteBank bank, Query q, int pageSize) {
        List<String> out = new ArrayList<>();
        SearchResult.After after = null;
        do {
            SearchResult r = bank.search(q.withLimit(pageSize), after);
            r.hits().forEach(h -> out.add(h.id()));
            after = r.next();
        } while (after != null);
        return out;
    }

    @Test
    void pagesNeitherRepeatNorSkip() {
        try (QuoteBank bank = QuoteBank.open(dir)) {
            // the same words everywhere give equal scores, so the order rests on the tie-breaker
            for (int i = 0; i < 7; i++) {
                String day = i < 5 ? "2024-03-0" + (1 + i % 3) : null;
                bank.add(Fixtures.article("https://paper.example/a" + i, "Paper", day, null,
                        Said.person("Mara Lind", null, "The tide tables are wrong again " + i),
                        Said.person("Ivo Brant", null, "The tide tables are wrong again, he said " + i)));
            }
            bank.commit();
            for (Query q : List.of(Query.of("tide tables"), Query.of("*"), Query.of("tide").withFacets(true))) {
                List<String> all = bank.search(q.withLimit(100)).hits().stream().map(SearchResult.Hit::id).toList();
                assertEquals(14, all.size());
                for (int size : new int[] {1, 3, 5, 14}) {
                    List<String> paged = walk(bank, q, size);
                    assertEquals(all, paged, q.text() + " in pages of " + size);
                    Set<String> unique = new LinkedHashSet<>(paged);
                    assertEquals(14, unique.size());
                }
            }
            SearchResult last = bank.search(Query.of("*").withLimit(20));
            assertNull(last.next());
            assertNotNull(bank.search(Query.of("*").withLimit(4)).next());
        }
    }
}
