package org.whosaid.spark;

import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.whosaid.bank.Keys;

/**
 * Speaker identity across articles, as the quote bank's registry decides it, in three steps that
 * Spark runs grouped by article, then by surname, then by speaker: a full name gets the id of its
 * folded key ({@link Keys#person}); a surname alone takes the one full name of the same article
 * with that surname, else the one person in the whole table with it, else the one whose roles share
 * words with the statement's role, else the one the outlet has quoted, else the one quoted with two
 * or more of the article's speakers, and otherwise stays a surname-only speaker, with the reason.
 * Unlike the bank, which decides in indexing order, every surname is decided against the whole
 * table, so the result does not depend on the order of the inputs.
 */
final class Speakers {
    private Speakers() {
    }

    static final String FULL = "full";
    static final String IN_ARTICLE = "article";
    static final String SURNAME = "surname";
    static final String ORG = "org";
    static final String NONE = "none";
    private static final int MAX_SET = 100;
    private static final int MAX_EVIDENCE = 60;

    /** One statement's speaker as read in its article, and its registry id once decided. */
    static final StructType MENTION = createStructType(new StructField[] {
        createStructField("statement_id", StringType, false),
        createStructField("article_key", StringType, false),
        createStructField("outlet", StringType, true),
        createStructField("day", StringType, true),
        createStructField("name", StringType, true),
        createStructField("type", StringType, false),
        createStructField("role", StringType, true),
        createStructField("resolution", StringType, false),
        createStructField("speaker_id", StringType, true),
        createStructField("surname", StringType, true),
        createStructField("initial", StringType, true),
        createStructField("spelling", StringType, true),
        // why the id was given; for a surname not yet decided, where it was written (article, day)
        createStructField("evidence", StringType, true),
        createStructField("co", createArrayType(StringType, false), false)});

    static final StructType CANDIDATE = createStructType(new StructField[] {
        createStructField("id", StringType, false),
        createStructField("first", StringType, false),
        createStructField("roles", createArrayType(StringType, false), false),
        createStructField("outlets", createArrayType(StringType, false), false),
        createStructField("co", createArrayType(StringType, false), false)});

    /** The full-name persons of one surname, for deciding surnames alone. */
    static final StructType CANDIDATES = createStructType(new StructField[] {
        createStructField("surname", StringType, false),
        createStructField("candidates", createArrayType(CANDIDATE, false), false)});

    static final StructType SPEAKER = createStructType(new StructField[] {
        createStructField("speaker_id", StringType, false),
        createStructField("name", StringType, false),
        createStructField("type", StringType, false),
        createStructField("spellings", createArrayType(StringType, false), false),
        createStructField("roles", createArrayType(createStructType(new StructField[] {
            createStructField("role", StringType, false),
            createStructField("first", StringType, true),
            createStructField("last", StringType, true)}), false), false),
        createStructField("outlets", createArrayType(StringType, false), false),
        createStructField("evidence", createArrayType(StringType, false), false)});

    /**
     * Step 1, the statements of one article (columns statement_id, article_id, article_key, outlet,
     * published, speaker_name, speaker_type, speaker_role): full names and organisations get their
     * ids, a surname alone the article's one full name with it; the rest wait for step 2.
     */
    static Iterator<Row> article(Iterator<Row> rows) {
        List<Row> in = new ArrayList<>();
        rows.forEachRemaining(in::add);
        in.sort((a, b) -> a.<String>getAs("statement_id").compareTo(b.getAs("statement_id")));
        Map<String, Set<String>> fullBySurname = new TreeMap<>();
        List<Keys.Person> persons = new ArrayList<>(in.size());
        for (Row r : in) {
            String name = r.getAs("speaker_name");
            Keys.Person p = "person".equals(r.getAs("speaker_type")) && name != null && !name.isBlank()
                    ? Keys.person(name) : null;
            persons.add(p);
            if (p != null && p.first() != null) {
                fullBySurname.computeIfAbsent(p.surname(), k -> new TreeSet<>()).add(p.key());
            }
        }
        List<Object[]> out = new ArrayList<>(in.size());
        Set<String> co = new TreeSet<>();
        for (int i = 0; i < in.size(); i++) {
            Row r = in.get(i);
            String name = r.getAs("speaker_name");
            String type = r.getAs("speaker_type");
            String published = r.getAs("published");
            String day = published != null && published.length() >= 10 ? published.substring(0, 10) : null;
            String where = r.<String>getAs("article_id") + (day == null ? "" : ", " + day);
            Keys.Person p = persons.get(i);
            String resolution = NONE;
            String id = null;
            String spelling = null;
            String evidence = null;
            if ("organization".equals(type) && name != null && !name.isBlank()) {
                id = Keys.organisationId(name);
                if (id != null) {
                    resolution = ORG;
                    spelling = name.strip();
                    evidence = "first seen as '" + name + "' (" + where + ")";
                }
            } else if (p != null && p.first() != null) {
                resolution = FULL;
                id = p.id();
                spelling = p.display();
                evidence = "seen as '" + p.display() + "' (" + where + ")";
            } else if (p != null) {
                Set<String> inArticle = new TreeSet<>();
                for (String k : fullBySurname.getOrDefault(p.surname(), Set.of())) {
                    if (p.initial() == null || k.startsWith(p.initial())) {
                        inArticle.add(k);
                    }
                }
                if (inArticle.size() == 1) {
                    resolution = IN_ARTICLE;
                    id = Keys.personId(inArticle.iterator().next());
                    evidence = "'" + p.display() + "' (" + where + "): the same article names " + inArticle.iterator().next();
                } else {
                    resolution = SURNAME;
                }
            }
            if (id != null) {
                co.add(id);
            }
            String role = r.getAs("speaker_role");
            if ((role == null || role.isBlank()) && p != null && p.dropped() != null) {
                role = p.dropped(); // "Kremlin spokesman Dmitry Peskov": the registry keeps the words as a role
            }
            out.add(new Object[] {r.getAs("statement_id"), r.getAs("article_key"), r.getAs("outlet"), day, name,
                type, role, resolution, id, p == null ? null : p.surname(), p == null ? null : p.initial(), spelling,
                evidence, where});
        }
        List<Row> rowsOut = new ArrayList<>(out.size());
        List<String> coList = List.copyOf(co);
        for (Object[] o : out) {
            String where = (String) o[13];
            String evidence = (String) o[12];
            if (SURNAME.equals(o[7])) {
                evidence = where; // kept for step 2's message
            }
            rowsOut.add(RowFactory.create(o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7], o[8], o[9], o[10], o[11],
                    evidence, Tables.seq(coList)));
        }
        return rowsOut.iterator();
    }

    /** Step 2a, the full-name mentions of one surname: each person with their roles, outlets and co-speakers. */
    static Row candidates(String surname, Iterator<Row> rows) {
        Map<String, Object[]> byId = new TreeMap<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            String id = r.getAs("speaker_id");
            Object[] c = byId.computeIfAbsent(id, k -> new Object[] {k, null, new TreeSet<String>(),
                new TreeSet<String>(), new TreeSet<String>()});
            if (FULL.equals(r.getAs("resolution")) && c[1] == null) {
                Keys.Person p = Keys.person(r.getAs("name"));
                c[1] = p == null ? "" : p.first();
            }
            add(c[2], r.getAs("role"));
            add(c[3], r.getAs("outlet"));
            for (String other : r.<String>getList(r.fieldIndex("co"))) {
                if (!other.equals(id)) {
                    add(c[4], other);
                }
            }
        }
        List<Row> out = new ArrayList<>();
        for (Object[] c : byId.values()) {
            String first = c[1] == null ? firstOfId(c[0].toString()) : c[1].toString();
            out.add(RowFactory.create(c[0], first, Tables.seq(List.copyOf((Set<?>) c[2])),
                    Tables.seq(List.copyOf((Set<?>) c[3])), Tables.seq(List.copyOf((Set<?>) c[4]))));
        }
        return RowFactory.create(surname, Tables.seq(out));
    }

    @SuppressWarnings("unchecked")
    private static void add(Object set, String value) {
        if (value != null && !value.isBlank()) {
            keepSmallest((TreeSet<String>) set, value.strip().replaceAll("\\s+", " "), MAX_SET);
        }
    }

    /**
     * Adds a value and keeps only the {@code max} smallest: a bounded set whose content does not
     * depend on the order rows arrive in (which a shuffle does not fix), unlike "the first max seen".
     */
    static void keepSmallest(TreeSet<String> set, String value, int max) {
        set.add(value);
        if (set.size() > max) {
            set.pollLast();
        }
    }

    /** The first name of a person known only through a surname resolved in its article: from the id's slug. */
    private static String firstOfId(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? "" : id.substring(0, dash);
    }

    /**
     * Step 2b, one surname-alone mention joined with its surname's candidates (column
     * {@code candidates}, null when none): the bank's order of tests, against the whole table.
     */
    static Row decide(Row r) {
        String surname = r.getAs("surname");
        String initial = r.getAs("initial");
        String written = "'" + r.getAs("name") + "' (" + r.getAs("evidence") + ")";
        List<Row> all = r.isNullAt(r.fieldIndex("candidates")) ? List.of() : r.getList(r.fieldIndex("candidates"));
        List<Row> candidates = new ArrayList<>();
        for (Row c : all) {
            if (initial == null || c.<String>getAs("first").startsWith(initial)) {
                candidates.add(c);
            }
        }
        String id = null;
        String why = null;
        if (candidates.size() == 1) {
            id = candidates.get(0).getAs("id");
            why = "surname alone " + written + ": the only person with this surname in the table";
        } else if (candidates.size() > 1) {
            String role = r.getAs("role");
            Row pick = Keys.uniqueBest(candidates, c -> roleOverlap(role, c));
            why = "the role '" + role + "' was seen with them only";
            String outlet = r.getAs("outlet");
            if (pick == null && outlet != null) {
                pick = Keys.uniqueBest(candidates, c -> c.<String>getList(c.fieldIndex("outlets")).contains(outlet) ? 1 : 0);
                why = outlet + " has quoted them and not the others";
            }
            if (pick == null) {
                List<String> coIds = r.getList(r.fieldIndex("co"));
                pick = Keys.uniqueBest(candidates, c -> {
                    List<String> theirs = c.getList(c.fieldIndex("co"));
                    int n = 0;
                    for (String x : coIds) {
                        n += theirs.contains(x) ? 1 : 0;
                    }
                    return n >= 2 ? n : 0; // one shared co-speaker is chance in a large table
                });
                why = "two or more speakers of this article were quoted with them";
            }
            if (pick != null) {
                id = pick.getAs("id");
                why = "surname alone " + written + ": " + why;
            }
        }
        String spelling = null;
        if (id == null) {
            id = Keys.personId("~" + surname);
            spelling = r.getAs("name");
            List<String> ids = candidates.stream().map(c -> c.<String>getAs("id")).sorted().toList();
            why = "surname alone " + written + (ids.isEmpty() ? ": no full name with this surname in the table"
                    : ": ambiguous between " + String.join(", ", ids)
                            + " (no role, outlet or co-quoted speaker tells them apart)");
        }
        return RowFactory.create(r.getAs("statement_id"), r.getAs("article_key"), r.getAs("outlet"), r.getAs("day"),
                r.getAs("name"), r.getAs("type"), r.getAs("role"), SURNAME, id, surname, initial, spelling, why,
                r.getAs("co"));
    }

    private static int roleOverlap(String role, Row c) {
        if (role == null) {
            return 0;
        }
        Set<String> words = Keys.roleWords(role);
        int best = 0;
        for (String r : c.<String>getList(c.fieldIndex("roles"))) {
            Set<String> w = new TreeSet<>(Keys.roleWords(r));
            w.retainAll(words);
            best = Math.max(best, w.size());
        }
        return best;
    }

    /** Step 3, the mentions of one speaker id: the speaker's row (name, spellings, roles with dates, outlets, evidence). */
    static Row speaker(String id, Iterator<Row> rows) {
        Map<String, Integer> spellings = new TreeMap<>();
        TreeMap<String, String[]> roles = new TreeMap<>();
        TreeSet<String> outlets = new TreeSet<>();
        TreeSet<String> evidence = new TreeSet<>();
        String type = "person";
        String fallback = null;
        while (rows.hasNext()) {
            Row r = rows.next();
            if (ORG.equals(r.getAs("resolution"))) {
                type = "organization";
            }
            String spelling = r.getAs("spelling");
            if (spelling != null) {
                spellings.merge(spelling, 1, Integer::sum);
            }
            if (fallback == null) {
                fallback = r.getAs("name");
            }
            String role = r.getAs("role");
            String day = r.getAs("day");
            if (role != null && !role.isBlank()) {
                String k = role.strip().replaceAll("\\s+", " ");
                String[] seen = roles.get(k);
                if (seen == null) {
                    // the 100 alphabetically first roles, whatever the order of the rows (see keepSmallest)
                    roles.put(k, new String[] {day, day});
                    if (roles.size() > MAX_SET) {
                        roles.pollLastEntry();
                    }
                } else if (day != null) {
                    if (seen[0] == null || day.compareTo(seen[0]) < 0) {
                        seen[0] = day;
                    }
                    if (seen[1] == null || day.compareTo(seen[1]) > 0) {
                        seen[1] = day;
                    }
                }
            }
            String outlet = r.getAs("outlet");
            if (outlet != null) {
                keepSmallest(outlets, outlet, MAX_SET);
            }
            String ev = r.getAs("evidence");
            if (ev != null) {
                keepSmallest(evidence, ev, MAX_EVIDENCE);
            }
        }
        String name = Keys.mostUsed(spellings);
        List<Row> roleRows = new ArrayList<>();
        roles.forEach((role, d) -> roleRows.add(RowFactory.create(role, d[0], d[1])));
        return RowFactory.create(id, name != null ? name : fallback != null ? fallback : id, type,
                Tables.seq(List.copyOf(spellings.keySet())), Tables.seq(roleRows), Tables.seq(List.copyOf(outlets)),
                Tables.seq(List.copyOf(evidence)));
    }
}
