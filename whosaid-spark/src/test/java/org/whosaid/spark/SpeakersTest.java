package org.whosaid.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.whosaid.bank.Keys;

/** The decision on a surname alone, row by row, without a Spark session: the bank's tests in the bank's order. */
class SpeakersTest {
    private static final StructType DECIDING = Speakers.MENTION.add("candidates",
            org.apache.spark.sql.types.DataTypes.createArrayType(Speakers.CANDIDATE, false), true);

    private static Row candidate(String name, List<String> roles, List<String> outlets, List<String> co) {
        Keys.Person p = Keys.person(name);
        return new GenericRowWithSchema(new Object[] {p.id(), p.first(), Tables.seq(roles), Tables.seq(outlets),
            Tables.seq(co)}, Speakers.CANDIDATE);
    }

    private static Row okafor(String role, String outlet, List<String> co, List<Row> candidates) {
        return new GenericRowWithSchema(new Object[] {"a#1", "https://a.example/1", outlet, "2024-05-01", "Okafor",
            "person", role, Speakers.SURNAME, null, "okafor", null, null, "a, 2024-05-01", Tables.seq(co),
            candidates == null ? null : Tables.seq(candidates)}, DECIDING);
    }

    private static final Row RUTH = candidate("Ruth Okafor", List.of("general secretary of the dockers' union"),
            List.of("Coast Courier"), List.of("org-dockers-union-1", "tomas-ekberg-2"));
    private static final Row SAMUEL = candidate("Samuel Okafor", List.of("harbour board chairman"),
            List.of("Harbour Herald"), List.of("tomas-ekberg-2"));

    private static String decide(Row r) {
        Row d = Speakers.decide(r);
        return d.get(Speakers.MENTION.fieldIndex("speaker_id")) + " | " + d.get(Speakers.MENTION.fieldIndex("evidence"));
    }

    @Test
    void theOnlyPersonWithTheSurnameInTheTable() {
        assertEquals(RUTH.getAs("id") + " | surname alone 'Okafor' (a, 2024-05-01): the only person with this surname "
                + "in the table", decide(okafor(null, null, List.of(), List.of(RUTH))));
    }

    @Test
    void theRoleThenTheOutletThenTwoCoSpeakersTellNamesakesApart() {
        assertEquals(SAMUEL.getAs("id") + " | surname alone 'Okafor' (a, 2024-05-01): the role 'the board chairman' "
                + "was seen with them only", decide(okafor("the board chairman", "Coast Courier", List.of(),
                        List.of(RUTH, SAMUEL))));
        assertEquals(RUTH.getAs("id") + " | surname alone 'Okafor' (a, 2024-05-01): Coast Courier has quoted them "
                + "and not the others", decide(okafor(null, "Coast Courier", List.of(), List.of(RUTH, SAMUEL))));
        assertEquals(RUTH.getAs("id") + " | surname alone 'Okafor' (a, 2024-05-01): two or more speakers of this "
                + "article were quoted with them", decide(okafor(null, null,
                        List.of("org-dockers-union-1", "tomas-ekberg-2"), List.of(RUTH, SAMUEL))));
    }

    @Test
    void otherwiseASurnameOnlySpeakerWithTheReason() {
        assertEquals(Keys.personId("~okafor") + " | surname alone 'Okafor' (a, 2024-05-01): ambiguous between "
                + String.join(", ", new TreeSet<>(List.of(RUTH.<String>getAs("id"), SAMUEL.<String>getAs("id"))))
                + " (no role, outlet or co-quoted speaker tells them apart)",
                decide(okafor(null, "Wire Service", List.of("tomas-ekberg-2"), List.of(RUTH, SAMUEL))));
        assertEquals(Keys.personId("~okafor") + " | surname alone 'Okafor' (a, 2024-05-01): no full name with this "
                + "surname in the table", decide(okafor(null, null, List.of(), null)));
    }

    @Test
    void boundedSetsKeepTheSmallestWhateverTheOrder() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            values.add(String.format("outlet %03d", (i * 7919) % 300));
        }
        TreeSet<String> a = new TreeSet<>();
        values.forEach(v -> Speakers.keepSmallest(a, v, 100));
        TreeSet<String> b = new TreeSet<>();
        List<String> backwards = new ArrayList<>(values);
        java.util.Collections.reverse(backwards);
        backwards.forEach(v -> Speakers.keepSmallest(b, v, 100));
        assertEquals(a, b);
        assertEquals("outlet 000", a.first());
        assertEquals("outlet 099", a.last());
    }
}
