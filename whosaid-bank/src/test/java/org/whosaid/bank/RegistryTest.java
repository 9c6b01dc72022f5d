package org.whosaid.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whosaid.bank.Fixtures.Said;

/** Speaker identity across articles, on a real index: spellings merged, namesakes kept apart, with evidence. */
class RegistryTest {

    @TempDir
    Path dir;

    private static String only(QuoteBank bank, String typed) {
        Set<String> ids = bank.findSpeakers(typed);
        assertEquals(1, ids.size(), typed + " -> " + ids);
        return ids.iterator().next();
    }

    @Test
    void spellingsRolesAndSurnameOfOnePersonGetOneId() {
        try (QuoteBank bank = QuoteBank.open(dir)) {
            bank.add(Fixtures.article("https://a.example/1", "Northwire", "2024-03-01", "Talks",
                    Said.person("Dmitry Peskov", "Kremlin spokesman", "There are no plans for talks this week.")));
            bank.add(Fixtures.article("https://b.example/2", "Daily Lantern", "2024-03-05", "Visit",
                    Said.person("Peskov", null, "The visit has not been scheduled yet.")));
            bank.add(Fixtures.article("https://c.example/3", "Northwire", "2024-03-09", "Border",
                    Said.person("Kremlin spokesman Dmitry Peskov", null, "The border stays open for trade.")));
            bank.add(Fixtures.article("https://d.example/4", "Evening Post", "2024-04-02", "Grain",
                    Said.person("Dmitri Peskov", "presidential press secretary", "Grain deliveries will continue.")));
            bank.add(Fixtures.article("https://e.example/5", "Evening Post", "2024-04-03", "Gas",
                    Said.person("Dmitriy Peskov", null, "Gas prices are a matter for the companies.")));
        }
        try (QuoteBank bank = QuoteBank.openReadOnly(dir)) {
            String id = only(bank, "Dmitry Peskov");
            assertEquals(id, only(bank, "Peskov"));
            assertEquals(id, only(bank, "Dmitri Peskov"));
            assertEquals(id, only(bank, "Dmitriy Peskov"));
            assertTrue(id.startsWith("dmitri-peskov-"), id);
            SpeakerInfo p = bank.speaker(id).orElseThrow();
            assertEquals(5, p.statements());
            assertEquals(5, p.timeline().size());
            assertEquals("2024-03-01", p.timeline().get(0).published());
            assertEquals(List.of("Kremlin spokesman", "presidential press secretary"),
                    p.roles().stream().map(SpeakerInfo.RoleSeen::role).toList());
            assertEquals(new SpeakerInfo.RoleSeen("Kremlin spokesman", "2024-03-01", "2024-03-09"), p.roles().get(0));
            assertTrue(p.evidence().stream().anyMatch(e -> e.contains("'Dmitri Peskov'") && e.contains("spelling")),
                    String.join("\n", p.evidence()));
            assertTrue(p.evidence().stream().anyMatch(e -> e.contains("only person named Peskov")),
                    String.join("\n", p.evidence()));
            assertEquals(1, bank.speakers().size());
            assertEquals(5, bank.search(Query.of("*").withSpeaker("Peskov")).total());
        }
    }

    @Test
    void aSurnameSeenBeforeTheFullNameIsMergedWhenTheFullNameArrives() {
        try (QuoteBank bank = QuoteBank.open(dir)) {
            bank.add(Fixtures.article("https://a.example/1", "Northwire", "2024-03-01", "Early",
                    Said.person("Lavrenko", "mayor", "The bridge will reopen in May.")));
            bank.add(Fixtures.article("https://a.example/2", "Northwire", "2024-03-02", "Later",
                    Said.person("Oksana Lavrenko", "mayor", "Repairs are ahead of schedule.")));
            String id = only(bank, "Oksana Lavrenko");
            SpeakerInfo s = bank.speaker(id).orElseThrow();
            assertEquals(2, s.statements());
            assertEquals(1, s.aliases().size());
            assertTrue(s.evidence().stream().anyMatch(e -> e.contains("absorbed")), String.join("\n", s.evidence()));
            assertEquals(1, bank.speakers().size());
            assertEquals("Oksana Lavrenko", bank.speakers().get(0).name());
        }
    }

    @Test
    void twoPeopleWithOneSurnameStayApartAndBareSurnamesFollowTheEvidence() {
        try (QuoteBank bank = QuoteBank.open(dir)) {
            bank.add(Fixtures.article("https://a.example/1", "Capital Times", "2024-05-01", "Hospitals",
                    Said.person("Ana Novak", "health minister", "Waiting lists will be halved by winter.")));
            bank.add(Fixtures.article("https://b.example/2", "Court Side", "2024-05-02", "Open",
                    Said.person("Petra Novak", "tennis coach", "She is ready for the clay season.")));
            // the role tells them apart
            bank.add(Fixtures.article("https://a.example/3", "Evening Post", "2024-05-03", "Clinics",
                    Said.person("Novak", "the health minister", "Three clinics will open in June.")));
            // the outlet tells them apart
            bank.add(Fixtures.article("https://b.example/4", "Court Side", "2024-05-04", "Final",
                    Said.person("Novak", null, "The final was her best match this year.")));
            // nothing tells them apart
            bank.add(Fixtures.article("https://c.example/5", "Harbour Herald", "2024-05-05", "Unclear",
                    Said.person("Novak", null, "We will see what happens next.")));

            String ana = only(bank, "Ana Novak");
            String petra = only(bank, "Petra Novak");
            assertNotEquals(ana, petra);
            assertEquals(2, bank.speaker(ana).orElseThrow().statements());
            assertEquals(2, bank.speaker(petra).orElseThrow().statements());
            assertEquals(3, bank.findSpeakers("Novak").size(), "two people and one unresolved surname");
            SpeakerInfo bare = bank.speakers().stream().filter(s -> s.name().equals("Novak")).findFirst().orElseThrow();
            assertEquals(1, bare.statements());
            assertTrue(bare.evidence().stream().anyMatch(e -> e.contains("ambiguous between")), bare.evidence().toString());
            assertTrue(bank.speaker(ana).orElseThrow().evidence().stream().anyMatch(e -> e.contains("role")));
            assertTrue(bank.speaker(petra).orElseThrow().evidence().stream().anyMatch(e -> e.contains("Court Side")));
        }
    }

    @Test
    void namesFoldAndTransliterate() {
        Names n = Names.get();
        assertEquals("dmitri peskov", n.person("Dmitry Peskov").key());
        assertEquals("dmitri peskov", n.person("DMITRIJ PESKOV").key());
        assertEquals("alexander lukashenko", n.person("Aleksandr Lukashenka").key());
        assertEquals("vladimir zelensky", n.person("Volodymyr Zelenskyy").key());
        assertEquals("~peskov", n.person("Peskov").key());
        assertEquals("sergei lavrov", n.person("Foreign Minister Sergei Lavrov").key());
        assertEquals("Foreign Minister", n.person("Foreign Minister Sergei Lavrov").dropped());
        assertEquals("ursula von der leyen", n.person("Ursula von der Leyen").key());
        assertEquals("jose garcia", n.person("José García").key());
        assertEquals(null, n.person("he"));
    }
}
