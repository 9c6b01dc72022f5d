package org.whosaid.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.whosaid.model.Extraction;
import org.whosaid.model.Speaker;
import org.whosaid.model.SpeakerType;
import org.whosaid.model.Statement;

/**
 * The speaker registry: gives one id to every spelling of one person (or organisation) across
 * articles and keeps people who share a surname apart. Full names get an id from their folded,
 * transliteration-normalised key ("Dmitri Peskov" and "Dmitry Peskov" share "dmitri peskov");
 * a surname alone joins a full-name speaker when the article, the only candidate, the role, the
 * outlet or the co-quoted speakers single one out, and otherwise stays a surname-only speaker
 * with the reason. Every decision is written to the speaker's evidence. Used internally by
 * {@link QuoteBank}, which stores the entries in the index; lookups may run in parallel while nothing
 * changes it, which QuoteBank's read-write lock ensures.
 */
final class Registry {
    private static final int MAX_EVIDENCE = 60;
    private static final int MAX_SET = 100;
    private static final Set<String> ROLE_STOPWORDS = Set.of("the", "of", "a", "an", "and", "for", "to", "in",
            "on", "s", "at", "its", "his", "her", "their");

    /** One registry speaker, as kept in memory; {@code dirty} marks entries to write at the next commit. */
    static final class Entry {
        final String id;
        final String key;
        final String type;
        final String surname;
        final String first;
        final Map<String, Integer> spellings = new TreeMap<>();
        final Map<String, String[]> roles = new LinkedHashMap<>();
        final Set<String> outlets = new TreeSet<>();
        final Set<String> evidence = new LinkedHashSet<>();
        final Set<String> co = new TreeSet<>();
        final Set<String> aliases = new TreeSet<>();
        String mergedInto;
        boolean dirty;

        Entry(String id, String key, String type, String surname, String first) {
            this.id = id;
            this.key = key;
            this.type = type;
            this.surname = surname;
            this.first = first;
        }

        /** The most used spelling (ties: alphabetical). */
        String name() {
            String best = Keys.mostUsed(spellings);
            return best == null ? key : best;
        }

        boolean person() {
            return "person".equals(type);
        }

        void evidence(String why) {
            if (evidence.size() < MAX_EVIDENCE && evidence.add(why)) {
                dirty = true;
            }
        }
    }

    private final Names names = Names.get();
    private final Map<String, Entry> byId = new HashMap<>();
    /** Full-name persons by surname key. */
    private final Map<String, List<Entry>> bySurname = new HashMap<>();

    Collection<Entry> entries() {
        return byId.values();
    }

    Entry get(String id) {
        return byId.get(id);
    }

    /** The id an id was merged into (itself when not merged). */
    String canonical(String id) {
        Entry e = byId.get(id);
        int guard = 0;
        while (e != null && e.mergedInto != null && guard++ < 16) {
            e = byId.get(e.mergedInto);
        }
        return e == null ? id : e.id;
    }

    /** The id and every id merged into it, for queries over stored statements. */
    Set<String> withAliases(String id) {
        Set<String> out = new TreeSet<>();
        collect(canonical(id), out);
        return out;
    }

    private void collect(String id, Set<String> out) {
        if (!out.add(id)) {
            return;
        }
        Entry e = byId.get(id);
        if (e != null) {
            for (String a : e.aliases) {
                collect(a, out);
            }
        }
    }

    /**
     * Canonical ids matching what a user typed: an id, a full name in any known spelling, or a
     * surname (every person with that surname).
     */
    Set<String> find(String typed) {
        Set<String> out = new TreeSet<>();
        if (byId.containsKey(typed)) {
            out.add(canonical(typed));
            return out;
        }
        Names.PersonName pn = names.person(typed);
        if (pn != null && pn.first() != null) {
            Entry e = byId.get(Names.id(pn.key()));
            if (e != null) {
                out.add(canonical(e.id));
            }
        } else if (pn != null) {
            for (Entry c : bySurname.getOrDefault(pn.surname(), List.of())) {
                if (pn.initial() == null || c.first.startsWith(pn.initial())) {
                    out.add(canonical(c.id));
                }
            }
            Entry tilde = byId.get(Names.id("~" + pn.surname()));
            if (tilde != null) {
                out.add(canonical(tilde.id));
            }
        }
        Entry org = byId.get(Names.id("org " + Names.organisationKey(typed)));
        if (org != null) {
            out.add(org.id);
        }
        return out;
    }

    /**
     * Registry ids for the statements of one article, in order (null for speakers the registry
     * does not keep: groups, anonymous and unknown sources, pronouns left unresolved).
     */
    List<String> assign(Extraction x, String articleKey, String outlet, String day) {
        String where = (x.article().id()) + (day == null ? "" : ", " + day);
        // full names in the article, by surname: the article's own context for a bare surname
        Map<String, Set<String>> fullInArticle = new HashMap<>();
        for (Statement s : x.statements()) {
            Speaker sp = s.speaker();
            if (sp != null && sp.type() == SpeakerType.PERSON && sp.name() != null) {
                Names.PersonName pn = names.person(sp.name());
                if (pn != null && pn.first() != null) {
                    fullInArticle.computeIfAbsent(pn.surname(), k -> new TreeSet<>()).add(pn.key());
                }
            }
        }
        Set<String> coIds = new TreeSet<>();
        for (Set<String> keys : fullInArticle.values()) {
            for (String k : keys) {
                coIds.add(Names.id(k));
            }
        }
        List<String> ids = new ArrayList<>(x.statements().size());
        for (Statement s : x.statements()) {
            Entry e = entryFor(s.speaker(), fullInArticle, coIds, outlet, where);
            if (e == null) {
                ids.add(null);
                continue;
            }
            observe(e, s.speaker(), outlet, day);
            ids.add(e.id);
        }
        Set<String> distinct = new TreeSet<>();
        for (String id : ids) {
            if (id != null) {
                distinct.add(id);
            }
        }
        for (String id : distinct) {
            Entry e = byId.get(id);
            for (String other : distinct) {
                if (!other.equals(id) && e.co.size() < MAX_SET && e.co.add(other)) {
                    e.dirty = true;
                }
            }
        }
        return ids;
    }

    private Entry entryFor(Speaker sp, Map<String, Set<String>> fullInArticle, Set<String> coIds, String outlet,
            String where) {
        if (sp == null || sp.name() == null || sp.name().isBlank()) {
            return null;
        }
        if (sp.type() == SpeakerType.ORGANIZATION) {
            String key = Names.organisationKey(sp.name());
            if (key.isEmpty() || sp.name().codePoints().noneMatch(Character::isUpperCase)) {
                return null;
            }
            return create("org " + key, "organization", null, null, "first seen as '" + sp.name() + "' (" + where + ")");
        }
        if (sp.type() != SpeakerType.PERSON) {
            return null;
        }
        Names.PersonName pn = names.person(sp.name());
        if (pn == null) {
            return null;
        }
        if (pn.first() != null) {
            Entry e = byId.get(Names.id(pn.key()));
            if (e == null) {
                e = create(pn.key(), "person", pn.surname(), pn.first(),
                        "first seen as '" + pn.display() + "' (" + where + ")");
                absorbSurnameOnly(pn.surname(), where);
            } else if (!e.spellings.containsKey(pn.display())) {
                e.evidence("'" + pn.display() + "' (" + where + ") has the key '" + pn.key()
                        + "' of '" + e.name() + "': spelling variants fold to one key (name-variants.txt)");
            }
            return resolved(e);
        }
        return surnameOnly(sp, pn, fullInArticle, coIds, outlet, where);
    }

    private Entry surnameOnly(Speaker sp, Names.PersonName pn, Map<String, Set<String>> fullInArticle,
            Set<String> coIds, String outlet, String where) {
        String written = "'" + pn.display() + "' (" + where + ")";
        Set<String> inArticle = new TreeSet<>();
        for (String k : fullInArticle.getOrDefault(pn.surname(), Set.of())) {
            if (pn.initial() == null || k.startsWith(pn.initial())) {
                inArticle.add(k);
            }
        }
        if (inArticle.size() == 1) {
            String k = inArticle.iterator().next();
            Entry e = byId.get(Names.id(k));
            if (e == null) {
                e = create(k, "person", pn.surname(), k.substring(0, k.indexOf(' ')),
                        "first seen in " + where);
                absorbSurnameOnly(pn.surname(), where);
            }
            e.evidence(written + ": the same article names " + e.name());
            return resolved(e);
        }
        List<Entry> candidates = new ArrayList<>();
        for (Entry c : bySurname.getOrDefault(pn.surname(), List.of())) {
            if (c.mergedInto == null && (pn.initial() == null || c.first.startsWith(pn.initial()))) {
                candidates.add(c);
            }
        }
        if (candidates.size() == 1) {
            Entry e = candidates.get(0);
            e.evidence("surname alone " + written + ": " + e.name() + " is the only person named "
                    + pn.display() + " in the bank");
            return resolved(e);
        }
        if (candidates.size() > 1) {
            Entry pick = Keys.uniqueBest(candidates, c -> roleOverlap(sp.role(), c));
            String why = "the role '" + sp.role() + "' was seen with them only";
            if (pick == null && outlet != null) {
                pick = Keys.uniqueBest(candidates, c -> c.outlets.contains(outlet) ? 1 : 0);
                why = outlet + " has quoted them and not the others";
            }
            if (pick == null) {
                pick = Keys.uniqueBest(candidates, c -> {
                    int n = 0;
                    for (String id : coIds) {
                        n += c.co.contains(id) ? 1 : 0;
                    }
                    return n >= 2 ? n : 0; // one shared co-speaker is chance in a large bank
                });
                why = "two or more speakers of this article were quoted with them before";
            }
            if (pick != null) {
                pick.evidence("surname alone " + written + ": " + why);
                return resolved(pick);
            }
        }
        List<String> ids = candidates.stream().map(c -> c.id).sorted().toList();
        Entry tilde = create("~" + pn.surname(), "person", pn.surname(), null, "surname alone " + written
                + (ids.isEmpty() ? ": no full name known yet" : ": ambiguous between " + String.join(", ", ids)));
        if (!ids.isEmpty()) {
            tilde.evidence("surname alone " + written + ": ambiguous between " + String.join(", ", ids)
                    + " (no role, outlet or co-quoted speaker tells them apart)");
        }
        return resolved(tilde);
    }

    /** A surname-only speaker joins the full name when that name is now the only one with the surname. */
    private void absorbSurnameOnly(String surname, String where) {
        Entry tilde = byId.get(Names.id("~" + surname));
        List<Entry> full = bySurname.getOrDefault(surname, List.of());
        if (tilde == null || tilde.mergedInto != null || full.size() != 1) {
            return;
        }
        Entry target = full.get(0);
        tilde.mergedInto = target.id;
        tilde.dirty = true;
        target.aliases.add(tilde.id);
        tilde.evidence("merged into " + target.id + " when '" + target.name() + "' appeared (" + where
                + "): the only person with this surname");
        target.evidence("absorbed " + tilde.id + " (earlier mentions of the surname alone) when first seen ("
                + where + "): the only person with this surname");
        target.dirty = true;
    }

    private static int roleOverlap(String role, Entry c) {
        if (role == null) {
            return 0;
        }
        Set<String> words = roleWords(role);
        int best = 0;
        for (String r : c.roles.keySet()) {
            Set<String> w = roleWords(r);
            w.retainAll(words);
            best = Math.max(best, w.size());
        }
        return best;
    }

    static Set<String> roleWords(String role) {
        Set<String> out = new HashSet<>();
        for (String w : Names.fold(role).split(" ")) {
            if (!w.isEmpty() && !ROLE_STOPWORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private Entry resolved(Entry e) {
        String c = canonical(e.id);
        return byId.getOrDefault(c, e);
    }

    private Entry create(String key, String type, String surname, String first, String why) {
        String id = Names.id(key);
        Entry e = byId.get(id);
        if (e == null) {
            e = new Entry(id, key, type, surname, first);
            e.dirty = true;
            e.evidence(why);
            put(e);
        }
        return e;
    }

    private void put(Entry e) {
        byId.put(e.id, e);
        if (e.person() && e.first != null) {
            bySurname.computeIfAbsent(e.surname, k -> new ArrayList<>()).add(e);
        }
    }

    private void observe(Entry e, Speaker sp, String outlet, String day) {
        String role = sp.role();
        if (e.person()) {
            Names.PersonName pn = names.person(sp.name());
            if (role == null && pn != null && pn.dropped() != null) {
                role = pn.dropped();
            }
            // a full-name speaker is displayed by its full spellings only, not "Peskov"
            if (pn != null && (e.first == null || pn.first() != null)) {
                e.spellings.merge(pn.display(), 1, Integer::sum);
            }
        } else {
            e.spellings.merge(sp.name().strip(), 1, Integer::sum);
        }
        if (role != null && !role.isBlank()) {
            String r = role.strip().replaceAll("\\s+", " ");
            String[] seen = e.roles.get(r);
            if (seen == null) {
                if (e.roles.size() < MAX_SET) {
                    e.roles.put(r, new String[] {day, day});
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
        if (outlet != null && e.outlets.size() < MAX_SET) {
            e.outlets.add(outlet);
        }
        e.dirty = true;
    }

    /** The stored form of an entry. */
    static byte[] toJson(Entry e, ObjectMapper m) {
        ObjectNode o = m.createObjectNode();
        o.put("id", e.id);
        o.put("key", e.key);
        o.put("type", e.type);
        o.put("surname", e.surname);
        o.put("first", e.first);
        o.put("mergedInto", e.mergedInto);
        ObjectNode sp = o.putObject("spellings");
        e.spellings.forEach(sp::put);
        ArrayNode roles = o.putArray("roles");
        e.roles.forEach((r, d) -> roles.addObject().put("role", r).put("first", d[0]).put("last", d[1]));
        ArrayNode outlets = o.putArray("outlets");
        e.outlets.forEach(outlets::add);
        ArrayNode ev = o.putArray("evidence");
        e.evidence.forEach(ev::add);
        ArrayNode co = o.putArray("co");
        e.co.forEach(co::add);
        ArrayNode al = o.putArray("aliases");
        e.aliases.forEach(al::add);
        try {
            return m.writeValueAsBytes(o);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Loads one stored entry. */
    void load(byte[] json, ObjectMapper m) {
        try {
            JsonNode o = m.readTree(json);
            Entry e = new Entry(o.get("id").asText(), o.get("key").asText(), o.get("type").asText(),
                    text(o, "surname"), text(o, "first"));
            e.mergedInto = text(o, "mergedInto");
            o.get("spellings").fields().forEachRemaining(f -> e.spellings.put(f.getKey(), f.getValue().asInt()));
            for (JsonNode r : o.get("roles")) {
                e.roles.put(r.get("role").asText(), new String[] {text(r, "first"), text(r, "last")});
            }
            o.get("outlets").forEach(n -> e.outlets.add(n.asText()));
            o.get("evidence").forEach(n -> e.evidence.add(n.asText()));
            o.get("co").forEach(n -> e.co.add(n.asText()));
            o.get("aliases").forEach(n -> e.aliases.add(n.asText()));
            put(e);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
