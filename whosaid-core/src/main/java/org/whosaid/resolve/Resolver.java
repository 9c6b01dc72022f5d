package org.whosaid.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.whosaid.model.SpeakerType;
import org.whosaid.text.Analysis;
import org.whosaid.text.Dates;

/**
 * Names the speakers of one article: surnames to the fullest name given, pronouns to the nearest
 * compatible earlier speaker, role nominals ("the minister") to the earlier person with that role,
 * organisation nominals ("the ministry") to the organisation named before. Roles come from any
 * mention of the same person. Works on the article's own names only.
 */
public final class Resolver {

    /** A speaker named within the article: the name to report, its type and role, or why not. */
    public record Resolved(String name, SpeakerType type, String role, double penalty, String rule) {
    }

    private record Entity(String name, String[] words, boolean organization, int firstStart, String role,
                          char gender) {
        /** This entity with the role when it has none yet; itself when that changes nothing (most mentions). */
        Entity withRole(String r) {
            return role != null || r == null ? this : new Entity(name, words, organization, firstStart, r, gender);
        }

        /** This entity with the gender when it has none yet; itself when that changes nothing. */
        Entity withGender(char g) {
            return gender != '?' || g == '?' ? this : new Entity(name, words, organization, firstStart, role, g);
        }
    }

    /** The article's sentences and paragraphs, which the pronoun ranker reads; null leaves pronouns to the rules. */
    private Analysis layout;
    private PronounRanker ranker = PronounRanker.trained();
    private PronounRanker.Listener listener;

    /** How many names back a pronoun looks for an antecedent when no earlier speaker fits. */
    private static final int PRONOUN_WINDOW = 40;

    private final List<Entity> entities = new ArrayList<>();
    /** Per person entity, the role word of the abbreviated title it was named with ("Sen." senator), when any. */
    private final Map<Integer, String> entityTitles = new HashMap<>();
    /**
     * The drafts being resolved, each as its start shifted up 32 bits over its index in the list, sorted: the
     * drafts in text order with their places in the list; made on first use by {@link #lastDraftBefore}.
     */
    private long[] draftsByStart;
    /** Person entities of three or more words by their next-to-last word ("ballester" of "Núria Ballester Vidal"). */
    private final Map<String, List<Integer>> byFirstOfTwoSurnames = new HashMap<>();
    /** Per entity, named somewhere inside a sentence; made on first use by {@link #namedInsideASentence}. */
    private boolean[] namedInside;
    /** How many person entities end with a hyphenated syllable given name ("Mei-ling"): most articles have none. */
    private int syllableNamed;
    /**
     * Person entities by the last word of their name, so lookups do not scan every entity: the first
     * entity with that word, then per entity the next one (or -1), in order of first mention.
     */
    private final Map<String, Integer> byLastWord;
    private int[] nextSameLastWord = new int[16];
    /** Person entities of two or more words by their first word (may hold an index twice, or one renamed since). */
    private final Map<String, List<Integer>> byFirstWord;
    /** Lower-cased names of the organisation entities; made on first use by {@link #isOrganizationName}. */
    private java.util.Set<String> orgNames;
    /**
     * Organisation entities of two or more words by their first word, in order of first mention; made on first
     * use by {@link #orgsByFirstWord()}.
     */
    private Map<String, List<Integer>> orgsByFirstWord;
    /** Organisations whose name ends in a legal suffix, by the word before it ("Gerwiler" of "Privatbank Gerwiler AG"). */
    private Map<String, List<Integer>> orgsBySuffixedWord;
    /** Every entity by its name's last word, made on first use ({@link #entitiesByLastWord()}). */
    private Map<String, List<Integer>> entitiesByLastWord;
    /** Per nominal head, the entities it can name, in text order: a long article asks for the same heads again and again. */
    private final Map<String, int[]> orgsByHead = new HashMap<>();
    /** Organisations by a word of their name, for documents named by it ("council documents"). */
    private final Map<String, int[]> orgsByWord = new HashMap<>();
    /** Name mentions of companies by a company word ("… Co", "… Ltd"), in text order; built on first use. */
    private int[] companyMentions;
    /** The first of {@link #companyMentions} naming another company than the first one, or -1. */
    private int otherCompanyAt = -1;
    private final Map<String, int[]> rolesByHead = new HashMap<>();
    /** Per last word, the organisations whose longer names end in it. */
    private final Map<String, int[]> orgsByLastWord = new HashMap<>();
    /**
     * Per opening of an organisation's name (its words before an "of" or "for", lower-cased, without "the"), the
     * organisations named so, in order of first mention; made in one pass on first use.
     */
    private Map<String, int[]> orgsByOpening;
    /** Per entity: the lower-cased name of an organisation, null for a person. */
    private final String[] lowerNames;
    /**
     * Per entity: the lower-cased role of a person, null for an organisation or no role; made on first use by
     * {@link #lowerRoles()}, as only role nominals look into roles and most articles have none.
     */
    private String[] lowerRoles;
    private final List<Mention> names;
    /** Per name mention, its lower-cased words (see {@link #words}): a name met again shares the first one's array. */
    private final String[][] nameWords;
    /** The words of every name met or asked for, split once per distinct name; the arrays are never written. */
    private final Map<String, String[]> wordsByName;
    /**
     * Per name mention, the person entity its words name once the entities are settled (after the constructor),
     * or -1; -2 until first asked: pronouns ask the same names again and again (see {@link #personOf}).
     */
    private final int[] personOfName;
    /** Per entity, the person entity its own fullest name names, as {@link #personOfName} (see {@link #personNamedBy}). */
    private int[] personOfEntity;
    /** Per name mention: it opens its sentence, which makes it the likeliest antecedent of a pronoun. */
    private final boolean[] subjects;
    /** Per name mention: where its sentence ends when it is the subject of the clause opening it, else -1. */
    private final int[] clauseEnds;
    private final int[] introducedIn;
    private final java.util.function.Predicate<String> companyHead;
    private final java.util.function.Predicate<String> outletHead;
    private final java.util.function.Predicate<String> givenName;
    private final java.util.function.Predicate<String> governmentName;
    /**
     * The article's documents in text order, with who issued them where their sentence says: found on first use, as
     * few articles have a document speaker that nothing else resolves.
     */
    private final java.util.function.Supplier<List<Issued>> issuedFinder;
    /** The full name the text writes for a one-word surname anywhere, even where no name mention holds it; or null. */
    private final java.util.function.UnaryOperator<String> fullNameInText;
    private List<Issued> issued;
    private final java.util.function.Predicate<String> orgHead;
    private final List<Mention> subjectPhrases;
    private final List<Mention> researchGroups;

    /**
     * @param names       every person and organisation name mention of the article, in text order, with the
     *                    roles the extractor read off them
     * @param genders     per name, 'm' or 'f' when an honorific gives it ("Mr", "Ms"), else '?'
     * @param titles      per name, the role word its abbreviated title stands for ("Sen." senator), else null:
     *                    not a role of the statement, but a nominal ("the senator") finds the person by it
     * @param subjects    per name, true when it is the subject of its sentence
     * @param clauseEnds  per name, where its sentence ends (a char offset) when it is the subject of a clause
     *                    opening that sentence with a conjunction ("When trustee Lucie Vidal asked …, she said"),
     *                    else -1: a "he" or "she" in the rest of that sentence is that person
     * @param introducedIn per name, the paragraph index when an apposition follows the person's name (a role or
     *                    an age after a comma: "Mercy, a mother of two,"), else -1: a "she" later in that
     *                    paragraph, with nobody speaking in between, is that person
     * @param subjectPhrases group and organisation nominals that open their sentence ("Residents have started a
     *                    petition", "The ministry rejected the figures"), in text order: what a "they" or an "it"
     *                    right after them points to
     * @param researchGroups researchers described by where they work ("researchers at Tallowood University"), in
     *                    text order, outside quotes: what "the researchers" points back to when no group spoke
     * @param companyHead true for nominal heads that point back to a named company ("the company", "the carrier")
     * @param orgHead     true for the head words of organisations ("board", "ministry", "agency"): a document
     *                    "published by the regional electoral board" has that board as its publisher
     * @param outletHead  true for the last words of news outlets' names ("Times", "News"), which report
     *                    documents rather than issue them
     * @param givenName   true for lower-case given names and honorifics ("maria", "dr"): a name that opens with none
     *                    may be a company's ("Brezza Motori said")
     * @param governmentName true for the lower-case names of countries and capitals that speak for their governments
     *                    ("china", "tehran"): a speaker resolved to a person of that whole name is the government
     * @param issued      the article's documents with who issued them (see {@link Issued}), asked for only when a
     *                    document speaker is left to it
     */
    public Resolver(List<Mention> names, char[] genders, String[] titles, boolean[] subjects, int[] clauseEnds,
                    int[] introducedIn, List<Mention> subjectPhrases, List<Mention> researchGroups,
                    java.util.function.Predicate<String> companyHead, java.util.function.Predicate<String> orgHead,
                    java.util.function.Predicate<String> outletHead, java.util.function.Predicate<String> givenName,
                    java.util.function.Predicate<String> governmentName,
                    java.util.function.Supplier<List<Issued>> issued, java.util.function.UnaryOperator<String> fullNameInText) {
        this.fullNameInText = fullNameInText;
        this.governmentName = governmentName;
        this.outletHead = outletHead;
        this.givenName = givenName;
        this.issuedFinder = issued;
        this.orgHead = orgHead;
        this.names = names;
        this.subjectPhrases = subjectPhrases;
        this.researchGroups = researchGroups;
        this.companyHead = companyHead;
        this.subjects = subjects;
        this.clauseEnds = clauseEnds;
        this.introducedIn = introducedIn;
        this.nameWords = new String[names.size()][];
        // the maps filled per name are made at a size that holds every name, so they do not grow while the names
        // are read (growing re-hashes every entry)
        this.wordsByName = new HashMap<>(capacityFor(names.size()));
        this.byLastWord = new HashMap<>(capacityFor(names.size()));
        this.byFirstWord = new HashMap<>(capacityFor(names.size()));
        for (int n = 0; n < names.size(); n++) {
            Mention m = names.get(n);
            String[] words = words(m.name());
            nameWords[n] = words;
            boolean org = m.type() == Mention.Type.ORG_NAME;
            char g = genders[n];
            int found = org ? -1 : findPerson(words, m.start());
            if (found < 0) {
                if (!org) {
                    if (titles[n] != null) {
                        entityTitles.put(entities.size(), titles[n]);
                    }
                    addByLastWord(words[words.length - 1], entities.size());
                    if (words.length > 1) {
                        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>(2)).add(entities.size());
                    }
                    if (isSyllableGivenName(m.name())) {
                        syllableNamed++;
                    }
                }
                indexFirstOfTwoSurnames(words, org, entities.size());
                entities.add(new Entity(m.name(), words, org, m.start(), m.role(), g));
            } else {
                Entity e = entities.get(found);
                if (words.length > e.words().length) {
                    indexFirstOfTwoSurnames(words, false, found);
                    e = new Entity(m.name(), words, false, e.firstStart(), e.role(), e.gender());
                    if (isSyllableGivenName(m.name())) {
                        syllableNamed++;
                    }
                }
                entities.set(found, e.withRole(m.role()).withGender(g));
                if (titles[n] != null) {
                    entityTitles.putIfAbsent(found, titles[n]);
                }
                if (words.length > 1) {
                    byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>(2)).add(found);
                }
            }
        }
        // names, organisation flags and roles are settled from here on (only genders are learnt later);
        // only organisation names and person roles are ever looked into, so only they are lower-cased (roles
        // when first asked for)
        lowerNames = new String[entities.size()];
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.organization()) {
                lowerNames[i] = e.name().toLowerCase(Locale.ROOT);
            }
        }
        personOfName = new int[names.size()];
        java.util.Arrays.fill(personOfName, -2);
    }

    /**
     * Lets the pronoun ranker weigh the people before a "he" or "she" against the rules' choice, reading the article's
     * sentences and paragraphs; a listener, when given, hears every such choice with its candidates (for training).
     */
    public Resolver rankPronouns(Analysis a, PronounRanker r, PronounRanker.Listener l) {
        this.layout = a;
        this.ranker = r;
        this.listener = l;
        return this;
    }

    /** A HashMap's initial capacity that holds that many entries without growing (at its load factor of 0.75). */
    private static int capacityFor(int entries) {
        return entries * 4 / 3 + 1;
    }

    /** The lower-cased roles of the person entities (see {@link #lowerRoles}), made on the first call. */
    private String[] lowerRoles() {
        if (lowerRoles == null) {
            lowerRoles = new String[entities.size()];
            for (int i = 0; i < lowerRoles.length; i++) {
                Entity e = entities.get(i);
                lowerRoles[i] = e.organization() || e.role() == null ? null : e.role().toLowerCase(Locale.ROOT);
            }
        }
        return lowerRoles;
    }

    /** Appends a new person entity to the chain of its last word. */
    private void addByLastWord(String word, int entity) {
        if (entity >= nextSameLastWord.length) {
            nextSameLastWord = java.util.Arrays.copyOf(nextSameLastWord, 2 * entity); // organisations leave gaps
        }
        nextSameLastWord[entity] = -1;
        Integer first = byLastWord.putIfAbsent(word, entity);
        if (first != null) {
            int i = first;
            while (nextSameLastWord[i] >= 0) {
                i = nextSameLastWord[i];
            }
            nextSameLastWord[i] = entity;
        }
    }

    /** A name's lower-cased words, split once per distinct name. */
    private String[] words(String name) {
        return wordsByName.computeIfAbsent(name, Resolver::split);
    }

    /**
     * The name lower-cased, with ’ read as ', cut at white space and periods. The words are cut out of the
     * lower-cased name, which is the name itself when it has no capital (and a one-word name is its only word).
     */
    private static String[] split(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int count = 0; // counted first, so that the array is made once at its size
        for (int i = 0; i < lower.length(); i++) {
            if (!isBreak(lower.charAt(i)) && (i == 0 || isBreak(lower.charAt(i - 1)))) {
                count++;
            }
        }
        if (count == 0) {
            return new String[] {""};
        }
        String[] out = new String[count];
        int word = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean brk = i == lower.length() || isBreak(lower.charAt(i));
            if (brk && start >= 0) {
                out[word++] = lower.substring(start, i);
                start = -1;
            } else if (!brk && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** White space or a period; the space and ASCII letters and digits are told without a Unicode table lookup. */
    private static boolean isBreak(char c) {
        return c == ' ' || c == '.' || (c < ' ' || c >= 0x80) && Character.isWhitespace(c);
    }

    /** The person entity that a name's words belong to: its last word matches, first words agree. */
    private int findPerson(String[] words) {
        return findPerson(words, Integer.MAX_VALUE);
    }

    /** As {@link #findPerson(String[])}, for a mention at char offset {@code at}. */
    private int findPerson(String[] words, int at) {
        String last = words[words.length - 1];
        for (int i = byLastWord.getOrDefault(last, -1); i >= 0; i = nextSameLastWord[i]) {
            Entity e = entities.get(i);
            String[] w = e.words();
            if (words.length > 1 && w.length > 1 && !compatibleGivenNames(words, w)) {
                continue;
            }
            if (w.length == 1 && e.firstStart() > at && words.length == 1) {
                continue; // a lone name first seen later is no better than this one
            }
            return i;
        }
        if (words.length == 1) {
            int family = byFamilyNameFirst(last);
            if (family < 0) {
                family = byFirstOfTwoSurnames(last, at);
            }
            return family >= 0 ? family : byFirstName(last, at);
        }
        return -1;
    }

    /**
     * A surname written before a hyphenated given name, as Hong Kong and Taiwan papers write names
     * ("Vivian Kwok Mei-ling … Kwok said"): the person whose name ends with such a given name after this word.
     */
    private int byFamilyNameFirst(String word) {
        for (int i = 0; syllableNamed > 0 && i < entities.size(); i++) {
            Entity e = entities.get(i);
            String[] w = e.words();
            if (!e.organization() && w.length >= 2 && w[w.length - 2].equals(word) && isSyllableGivenName(e.name())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A lone surname that is the first of two, as Spanish and Portuguese names are cut ("Núria Ballester
     * Vidal … Ballester said"): the one person of three or more words, named before, whose next-to-last
     * word it is (or the second of four: "Desmond Yeo Kah Wee … Mr Yeo said"); with two such people, nobody.
     */
    private int byFirstOfTwoSurnames(String word, int at) {
        int found = -1;
        List<Integer> filed = byFirstOfTwoSurnames.get(word); // (by index: most words have none, and no iterator is made)
        for (int k = 0; filed != null && k < filed.size(); k++) {
            int i = filed.get(k);
            Entity e = entities.get(i);
            String[] w = e.words();
            // (an entity indexed under a shorter name of its own is checked against its name now)
            if (i != found && w.length >= 3 && (w[w.length - 2].equals(word) || w.length == 4 && w[1].equals(word))
                    && e.firstStart() < at) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /**
     * Files a person's name of three or more words under its next-to-last word, for {@link #byFirstOfTwoSurnames}, and
     * one of four words under its second too: the surname of "Desmond Yeo Kah Wee" ("Mr Yeo said").
     */
    private void indexFirstOfTwoSurnames(String[] words, boolean org, int entity) {
        if (!org && words.length >= 3) {
            byFirstOfTwoSurnames.computeIfAbsent(words[words.length - 2], k -> new ArrayList<>(2)).add(entity);
        }
        if (!org && words.length == 4) {
            byFirstOfTwoSurnames.computeIfAbsent(words[1], k -> new ArrayList<>(2)).add(entity);
        }
    }

    /** The name ends with a given name of two syllables joined by a hyphen, the second in lower case ("Mei-ling"). */
    private static boolean isSyllableGivenName(String name) {
        int hyphen = name.lastIndexOf('-');
        if (hyphen < 0) {
            return false; // most names: the space need not be looked for
        }
        int space = name.lastIndexOf(' ');
        return space > 0 && hyphen > space + 1 && hyphen + 1 < name.length() && Character.isUpperCase(name.charAt(space + 1))
                && Character.isLowerCase(name.charAt(hyphen + 1));
    }

    /**
     * A lone first name that matches the first name of exactly one full name given before it, as tabloids
     * write it ("Barry Huxtable … Barry said"); ambiguous first names resolve to nobody.
     */
    private int byFirstName(String word, int at) {
        int found = -1;
        List<Integer> filed = byFirstWord.get(word); // (by index, as in byFirstOfTwoSurnames)
        for (int k = 0; filed != null && k < filed.size(); k++) {
            int i = filed.get(k);
            Entity e = entities.get(i);
            if (i != found && !e.organization() && e.words().length > 1 && e.words()[0].equals(word)
                    && e.firstStart() < at) {
                if (found >= 0) {
                    return -1;
                }
                found = i;
            }
        }
        return found;
    }

    /** Same first name (or its initial), or one name is the tail of the other ("Van der Molen"). */
    private static boolean compatibleGivenNames(String[] a, String[] b) {
        String x = a[0];
        String y = b[0];
        return x.equals(y) || x.length() == 1 && y.startsWith(x) || y.length() == 1 && x.startsWith(y)
                || isTail(a, b) || isTail(b, a);
    }

    private static boolean isTail(String[] shorter, String[] longer) {
        if (shorter.length >= longer.length) {
            return false;
        }
        int off = longer.length - shorter.length;
        for (int i = 0; i < shorter.length; i++) {
            if (!shorter[i].equals(longer[off + i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Resolves the speaker phrases of the drafts in text order.
     *
     * @return one entry per draft, in the same order
     */
    public List<Resolved> resolve(List<Draft> drafts) {
        List<Resolved> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Resolved r = resolveOne(d, i, drafts, out);
            if (d.speaker() != null && d.speaker().type() == Mention.Type.PRONOUN && r.name() != null) {
                noteGender(r.name(), d.speaker().head());
            }
            out.add(r);
        }
        // the statements of a company found by "the company" ("Brezza Motori said"): an organisation's, with no role; and
        // of a person whose whole name is a country's or a capital's ("China said", "Tehran denied"): its government's (a
        // person who bears such a name has a fuller one: "Steve Israel")
        Set<String> companies = new java.util.HashSet<>();
        for (Resolved r : out) {
            if ("nominal:untyped-company".equals(r.rule())) {
                companies.add(r.name());
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Resolved o = out.get(i);
            if (o.type() != SpeakerType.PERSON || o.name() == null) {
                continue;
            }
            if (companies.contains(o.name())) {
                out.set(i, new Resolved(o.name(), SpeakerType.ORGANIZATION, null, o.penalty(), o.rule()));
            } else if (governmentName.test(o.name().toLowerCase(Locale.ROOT))) {
                out.set(i, new Resolved(o.name(), SpeakerType.ORGANIZATION, null, o.penalty(), o.rule() + ":government"));
            }
        }
        return out;
    }

    private Resolved resolveOne(Draft d, int index, List<Draft> drafts, List<Resolved> earlier) {
        Mention m = d.speaker();
        if (m == null) {
            Resolved same = speakerGoesOn(d, index, drafts, earlier);
            return same != null ? same : new Resolved(null, SpeakerType.UNKNOWN, null, 0, "no-speaker");
        }
        switch (m.type()) {
            case PERSON_NAME: {
                Mention shortName = nameScanOrganisationAt(m);
                if (shortName != null) {
                    // "the Federal Water Resources Commission (Cofera) … Cofera said": a short name defined before
                    return new Resolved(shortName.name(), SpeakerType.ORGANIZATION, null, 0.05, "organization:short-name-defined");
                }
                Mention defined = acronymDefinedAfter(m);
                if (defined != null) {
                    // "Transport for Greater Hollinvale (TfGH) said": the phrase stopped at "for", the brackets name the body
                    return new Resolved(defined.name(), SpeakerType.ORGANIZATION, null, 0.05, "organization:acronym-defined");
                }
                Entity expanded = byAcronym(m.name(), m.start());
                if (expanded != null) {
                    // "the Lok Janata Morcha (LJM) government … The LJM said": the organisation's initials
                    return new Resolved(expanded.name(), SpeakerType.ORGANIZATION, null, 0.1, "organization:acronym");
                }
                Entity holder = byRoleInitials(m.name(), m.start());
                if (holder != null) {
                    // "Additional Solicitor General Vikram Sethupathi … The ASG denied": the initials of a person's role
                    return new Resolved(holder.name(), SpeakerType.PERSON, holder.role(), 0.1, "name:role-initials");
                }
                Resolved roleHolder = isInitials(m.name()) ? holderOfRoleAcronym(m.name(), earlier) : null;
                if (roleHolder != null) {
                    // "the County Executive Committee Member (CEC) for Health, Dr X, said … The CEC denied"
                    return roleHolder;
                }
                if (m.endTok() - m.startTok() == 2 && isInitials(m.name())) {
                    // "the SEC said", "The U.N. said": a body known by its initials (no person is "the" ones)
                    return new Resolved(m.name().indexOf('.') > 0 ? m.name() + "." : m.name(), SpeakerType.ORGANIZATION,
                            null, 0, "organization:initials");
                }
                String[] words = words(m.name());
                int e = findPerson(words, m.start());
                if (words.length == 1 && (e < 0 || entities.get(e).words().length == 1 || notASurname(e, words[0]))) {
                    // "Norvell said" after "Norvell Pharmaceuticals AG": a one-word name opens an organisation's name
                    Entity org = orgByFirstWord(words[0], m.start());
                    if (org == null) {
                        org = orgByWordBeforeSuffix(words[0], m.start()); // "Gerwiler said" after "Privatbank Gerwiler AG"
                    }
                    if (org != null) {
                        return new Resolved(org.name(), SpeakerType.ORGANIZATION, null, 0.05, "organization:short-name");
                    }
                }
                Resolved company = companyWithLegalForm(words, m.start());
                if (company != null) {
                    return company; // "Halvorsen Shipping denied" after "Halvorsen Shipping Inc. filed"
                }
                boolean untyped = words.length >= 2 && (e < 0 || entities.get(e).words().length == words.length
                        && entities.get(e).gender() == '?' && entities.get(e).role() == null);
                Entity opened = untyped ? orgOpenedBy(words, m.start(), 2, false) : null;
                String spokeAs = untyped && opened == null ? organizationOpenedBy(words, earlier) : null;
                if (opened != null || spokeAs != null) {
                    // "Inverbrack Marine said" after "Inverbrack Marine Engineering", "Delta Crest denied" after "operator
                    // Delta Crest Refining said": the organisation's name cut short
                    return new Resolved(opened != null ? opened.name() : spokeAs, SpeakerType.ORGANIZATION, null, 0.05,
                            "organization:short-name");
                }
                if (isOrganizationName(m.name())) {
                    // "Nimbara denied" after "Nimbara Cloud said": the longer name of an earlier speaker, which no
                    // person bears, is the organisation's; "Air Lumière said": typed by its context elsewhere ("the
                    // carrier Air Lumière")
                    Entity whole = words.length == 1 ? namelessByFirstWord(words[0], m.start()) : null;
                    boolean spoke = whole != null && earlier.stream().anyMatch(r -> whole.name().equals(r.name()));
                    return new Resolved(spoke ? whole.name() : m.name(), SpeakerType.ORGANIZATION, null, 0,
                            "organization:named-elsewhere");
                }
                if (m.role() == null && isAcronym(m.name()) && (e < 0 || entities.get(e).name().equals(m.name()))) {
                    // "NATO said", "the WHO warned": capitals alone that nothing spells out name a body, not a person
                    return new Resolved(m.name(), SpeakerType.ORGANIZATION, null, 0, "organization:acronym-alone");
                }
                if (e < 0) {
                    return new Resolved(m.name(), SpeakerType.PERSON, m.role(), 0, "name");
                }
                Entity ent = entities.get(e);
                String written = ent.words().length == 1 ? fullNameInText.apply(ent.name()) : null;
                if (written != null) {
                    // "Kessington told …" after "The Senate campaign of state Treasurer Maura Kessington released one"
                    return new Resolved(written, SpeakerType.PERSON, m.role() != null ? m.role() : ent.role(), 0,
                            "name:written-in-full");
                }
                return new Resolved(ent.name(), SpeakerType.PERSON, m.role() != null ? m.role() : ent.role(), 0,
                        "name:fullest");
            }
            case ORG_NAME: {
                Mention shortName = nameScanOrganisationAt(m);
                if (shortName != null) {
                    // "the Geological Hazard Mitigation Agency (BMBG) … According to the BMBG": a short name defined before
                    return new Resolved(shortName.name(), SpeakerType.ORGANIZATION, null, 0.05, "organization:short-name-defined");
                }
                Resolved company = companyWithLegalForm(words(m.name()), m.start());
                if (company != null) {
                    return company; // "Tallis & Reed denied" after "Tallis & Reed Inc., the home-goods chain,"
                }
                Entity spelled = m.endTok() - m.startTok() == 1 && isInitials(m.name()) ? byAcronym(m.name(), m.start())
                        : null;
                if (spelled != null) {
                    // "Kilusang Tsuper Nagkakaisa (KTN) president Lando Maglaya … KTN said": initials typed a body's by
                    // the words around them are the body's too
                    return new Resolved(spelled.name(), SpeakerType.ORGANIZATION, null, 0.1, "organization:acronym");
                }
                return new Resolved(orgName(m), SpeakerType.ORGANIZATION, null, 0, "organization");
            }
            case PRONOUN: {
                Resolved r = pronoun(m, d, index, drafts, earlier);
                // (only the statement's own speaker: not a pronoun the rules resolve on the way, as "its" of "its report")
                return layout == null || !"he".equals(m.head()) && !"she".equals(m.head()) || d != drafts.get(index)
                        ? r : ranked(r, m, index, drafts, earlier);
            }
            case PERSON_NOMINAL: {
                Entity e = byRole(m.head(), m.start());
                Entity titled = m.endTok() - m.startTok() == 2 || m.endTok() - m.startTok() == 3 && (partyModified(m.name())
                        || SEAT_MEMBERS.contains(m.head())) ? byTitle(m.head(), m.start()) : null;
                if (titled != null) {
                    e = titled; // "Sen. Rosalinda Magbanua … the senator said": a bare nominal, the title's holder
                }
                if (e == null && "chief".equals(m.head())) {
                    e = portfolioChief(m.name(), m.start());
                }
                if (e != null) {
                    // "the chief said": the nominal is the role the attribution gives (the seed's convention)
                    return new Resolved(e.name(), SpeakerType.PERSON, m.role() != null ? m.role() : e.role(), 0.05,
                            "nominal:role");
                }
                Resolved unnamed = earlierSameHead(m, d, index, drafts, earlier);
                if (unnamed != null) {
                    return unnamed; // "a spokesperson for the crisis staff said … The spokesperson added"
                }
                Entity later = d.paragraph() <= 1 ? byRoleAfter(m.head(), m.end()) : null;
                if (later != null) {
                    // "Narvonia's health minister said on Thursday … Health Minister Andrius Kelmėnas told": a lede
                    // names its speaker by role first and by name a paragraph later
                    return new Resolved(later.name(), SpeakerType.PERSON, m.role(), 0.15, "nominal:role-named-later");
                }
                Mention next = d.paragraph() == 0 && isDefinite(m.name()) ? personSpeakingNext(d, index, drafts) : null;
                if (next != null) {
                    // "…, the Minister for Housing has confirmed." then "Speaking in the Dáil, Declan Furlong-Nash said": a
                    // lede's post, whose holder speaks by name, with no post of his own, first in the next paragraph
                    return new Resolved(next.name(), SpeakerType.PERSON, m.role(), 0.2, "nominal:role-speaks-next");
                }
                char epithet = epithetGender(m.head());
                boolean described = epithet == 0 && isDefinite(m.name()) && m.role() != null
                        && (m.name().regionMatches(true, 4, "former ", 0, 7)
                        || PARTY_EPITHET.matcher(m.name()).matches());
                if (described) {
                    // "the former prosecutor", "the former Cairnhollow captain", "The Ceartas leader": what the story
                    // calls the person it just named, which says no post to look up
                    epithet = '?';
                }
                boolean childCount = epithet == 0 && m.name() != null && CHILD_COUNT.matcher(m.name()).find();
                if (childCount) {
                    epithet = epithetGender(m.head() + "-of-"); // "the father of five", as "the father-of-five"
                }
                if (epithet == 0 && m.name() != null && m.name().contains("year-old ")) {
                    epithet = '?'; // "the 38-year-old designer says": the age makes any role an epithet
                }
                Subject named = epithet == 0 ? null : recentSubject(m, epithet);
                if (named != null) {
                    // "said the father-of-three": the person the story is about, named as a subject before ("the
                    // father of five" is the role the attribution gives)
                    Resolved r = named.resolved();
                    // (a described one is given the role the attribution gives: "said the former Cairnhollow captain")
                    String role = (childCount || described) && m.role() != null ? m.role() : r.role();
                    return new Resolved(r.name(), SpeakerType.PERSON, role, 0.15, "nominal:epithet");
                }
                Entity body = m.endTok() - m.startTok() == 2 && isDefinite(m.name()) ? bodyEndingIn(m.head(), m.start()) : null;
                if (body != null) {
                    // "the Health Care Executive said … The executive said": a role word that ends a body's name
                    return new Resolved(body.name(), SpeakerType.ORGANIZATION, null, 0.15, "nominal:body-name");
                }
                Resolved spelled = m.endTok() - m.startTok() == 2 && isDefinite(m.name())
                        ? holderOfSpelledPost(m.head(), earlier) : null;
                if (spelled != null) {
                    // "County Executive Committee Member for Roads Lilian Njoroge … the CEC told": the post's initials,
                    // which its capitalised words spell
                    return spelled;
                }
                return new Resolved(m.name(), SpeakerType.PERSON, m.role(), 0.1, "nominal:unresolved");
            }
            case ORG_NOMINAL: {
                if (LOCAL_BODIES.contains(m.head())) {
                    // "the city said": the body named with that word before ("the city of Halbrück", "the Lunguma County
                    // Government"), else as written; never a company or another organisation that spoke
                    Entity city = m.endTok() - m.startTok() == 2 ? localBodyByHead(m.head(), m.start()) : null;
                    String placed = city == null && m.endTok() - m.startTok() == 2 && isDefinite(m.name())
                            ? placedLocalBodyThatSpoke(m.head(), earlier) : null;
                    return new Resolved(city != null ? city.name() : placed != null ? placed : m.name(),
                            SpeakerType.ORGANIZATION, null, 0.05, "nominal:local-body");
                }
                Resolved joint = earlierCoordination(m, index, earlier);
                if (joint != null) {
                    return joint;
                }
                Resolved team = "team".equals(m.head()) || "paper".equals(m.head())
                        ? earlierGroup(m, d, index, drafts, earlier) : null;
                if (team != null) {
                    return team;
                }
                Mention described = nameEndingInModifier(m);
                if (described != null) {
                    // "Lakeshore Meridian Health will close …, the health system announced": the name that ends in the
                    // nominal's first word
                    return new Resolved(orgName(described), SpeakerType.ORGANIZATION, null, 0.1, "nominal:named-by-modifier");
                }
                String before = kindThatJustSpoke(m, d, index, drafts, earlier);
                if (before != null) {
                    // "Sunmesa said it expected to close … Bluestem Air's jets …, the airline added": the body of that kind
                    // that spoke just before in the paragraph, not one named since
                    return new Resolved(before, SpeakerType.ORGANIZATION, null, 0.05, "nominal:organization-speaker");
                }
                Entity e = orgByOwnHead(m.head(), m.start());
                String tail = modifiedTail(m);
                int fuller = e != null && tail != null && !e.name().toLowerCase(Locale.ROOT).contains(tail)
                        ? fullerNominalBefore(m, d, index, drafts, earlier) : -1;
                if (fuller >= 0) {
                    // "the provincial avalanche warning service … the Tirnau mountain rescue service … the warning service
                    // said": the nominal with the same modifier, not the body named with the head alone
                    return new Resolved(earlier.get(fuller).name(), SpeakerType.ORGANIZATION, null, 0.1,
                            "nominal:earlier-organization");
                }
                if (e == null && ("force".equals(m.head()) || "constabulary".equals(m.head())) && isDefinite(m.name())
                        && m.endTok() - m.startTok() == 2) {
                    e = orgByHead("police", m.start()); // "Greater Manchester Police arrested … The force said"
                }
                if (e != null) {
                    return new Resolved(e.name(), SpeakerType.ORGANIZATION, null, 0.05, "nominal:organization");
                }
                String inRole = m.endTok() - m.startTok() == 2 && isDefinite(m.name()) ? bodyInRole(m.head(), m.start()) : null;
                if (inRole != null) {
                    // "Inishcarrig Island Co-operative manager Siobhán … According to the co-operative": the body named
                    // only in a person's role
                    return new Resolved(inRole, SpeakerType.ORGANIZATION, null, 0.1, "nominal:organization-in-role");
                }
                Mention side = TEAMS.contains(m.head()) && isDefinite(m.name()) && m.endTok() - m.startTok() == 2
                        ? namedTeam(m.start()) : null;
                if (side != null) {
                    // "The Seahaven Tide will be without … the team said": the side the story opened with
                    return new Resolved(side.name(), SpeakerType.ORGANIZATION, null, 0.15, "nominal:team");
                }
                // "the company said": the company that was the subject of an earlier sentence; not "the national
                // grid operator", which describes an organisation of its own
                // "the bank", and "the Harlan Falls-based bank": where a company is based describes no other company
                boolean bare = m.endTok() - m.startTok() <= 2 || m.name() != null && basedHead(m.name());
                Mention subject = bare && (companyHead.test(m.head()) || FUNCTION_HEADS.contains(m.head()))
                        ? recentOrganizationSubject(m, d.start()) : null;
                boolean definiteCompany = bare && companyHead.test(m.head()) && isDefinite(m.name());
                // (a company named later that spoke in this paragraph or the one before is nearer than the subject:
                // "Instituto Rios Vivos accused … In a statement, Caraípe Energia said … The company denied")
                int spokeLater = subject != null && definiteCompany ? nearestEarlier(d, index, drafts, 1,
                        k -> namedOrganizationSpoke(k, drafts, earlier) && drafts.get(k).speaker().start() > subject.end()
                                && drafts.get(k).speaker().end() < m.start()
                                && !(BUSINESS_HEADS.contains(m.head()) && (isPublicBody(earlier.get(k).name())
                                || isInstitution(earlier.get(k).name()) || describedAsAnotherKind(drafts.get(k).speaker())))
                                && !namesABodyNoCompany(earlier.get(k).name(), m.head())) : -1;
                if (spokeLater >= 0) {
                    return new Resolved(earlier.get(spokeLater).name(), SpeakerType.ORGANIZATION, null, 0.15,
                            "nominal:organization-speaker");
                }
                if (subject != null) {
                    return new Resolved(orgName(subject), SpeakerType.ORGANIZATION, null, 0.15, "nominal:organization-subject");
                }
                // "Salven Energie … said in a statement … The hydropower company rejected": a company described by what it
                // does is the named one that spoke in this paragraph or the one before (not "the parent company")
                int describedSpoke = !bare && describedCompany(m) ? nearestEarlier(d, index, drafts, 1,
                        k -> namedOrganizationSpoke(k, drafts, earlier) && !isPublicBody(earlier.get(k).name())) : -1;
                if (describedSpoke >= 0) {
                    return new Resolved(earlier.get(describedSpoke).name(), SpeakerType.ORGANIZATION, null, 0.15,
                            "nominal:organization-speaker");
                }
                // (no public body is "the company": "The Water Quality Authority said … the company said")
                int spoke = definiteCompany ? nearestEarlier(d, index, drafts, 2, k -> namedOrganizationSpoke(k, drafts, earlier)
                        && !(BUSINESS_HEADS.contains(m.head()) && (isPublicBody(earlier.get(k).name())
                        || isInstitution(earlier.get(k).name()) || describedAsAnotherKind(drafts.get(k).speaker())))) : -1;
                if (spoke >= 0) {
                    // "Diario Marcador claimed … the paper said": the organisation that spoke just before
                    return new Resolved(earlier.get(spoke).name(), SpeakerType.ORGANIZATION, null, 0.15,
                            "nominal:organization-speaker");
                }
                int agent = definiteCompany ? nearestEarlier(d, index, drafts, 2,
                        k -> organizationSpokenFor(drafts.get(k).speaker()) >= 0) : -1;
                if (agent >= 0) {
                    // "A spokeswoman for Coastline Transit said … The company denied": the company she spoke for (the
                    // lookup is made again for the one draft found, rather than kept for every draft tried)
                    Entity spokenFor = entities.get(organizationSpokenFor(drafts.get(agent).speaker()));
                    return new Resolved(spokenFor.name(), SpeakerType.ORGANIZATION, null, 0.15,
                            "nominal:organization-spoken-for");
                }
                Mention near = definiteCompany ? nearbyOrganization(m, drafts) : null;
                if (near != null) {
                    return new Resolved(orgName(near), SpeakerType.ORGANIZATION, null, 0.2, "nominal:organization-nearby");
                }
                int same = bare || tail != null ? fullerNominalBefore(m, d, index, drafts, earlier) : -1;
                Mention opened = same < 0 && m.endTok() - m.startTok() == 2 && isDefinite(m.name()) ? fullerSubjectBefore(m) : null;
                if (opened != null) {
                    // "The state government will lift royalties … The government denied": the fuller nominal that opened
                    // a sentence before, no one's statement
                    return new Resolved(lowerArticle(opened.name()), SpeakerType.ORGANIZATION, null, 0.1,
                            "nominal:earlier-subject");
                }
                if (same >= 0) {
                    // "the foreign ministry said … The ministry described": the fuller nominal given before
                    return new Resolved(earlier.get(same).name(), SpeakerType.ORGANIZATION, null, 0.1,
                            "nominal:earlier-organization");
                }
                int body = isDefinite(m.name()) && m.endTok() - m.startTok() <= 3 && KINDS_OF_BODY.contains(m.head())
                        && m.name().substring(4).equals(m.name().substring(4).toLowerCase(Locale.ROOT)) // not "the Trump campaign"
                        ? nearestEarlier(d, index, drafts, 2, k -> namedOrganizationSpoke(k, drafts, earlier)
                                && !namesAKind(earlier.get(k).name())) : -1;
                if (body >= 0) {
                    // "NHS Glen Corran confirmed … the health board said": the body that spoke just before, whose
                    // name says no kind of its own
                    return new Resolved(earlier.get(body).name(), SpeakerType.ORGANIZATION, null, 0.15,
                            "nominal:organization-speaker");
                }
                Mention only = definiteCompany && BUSINESS_HEADS.contains(m.head()) || describedCompany(m)
                        ? onlyCompanyBefore(m.start()) : null;
                if (only != null) {
                    // "The president of Kuroyama Elevator Co bowed … The company said": the one company named (also for
                    // "the mining company")
                    return new Resolved(orgName(only), SpeakerType.ORGANIZATION, null, 0.2, "nominal:only-company");
                }
                Mention untyped = definiteCompany ? untypedCompanyBefore(m.start()) : null;
                if (untyped != null) {
                    // "Brezza Motori said … The company also denied": a name no person bears, which spoke or opened a
                    // sentence
                    return new Resolved(untyped.name(), SpeakerType.ORGANIZATION, null, 0.2, "nominal:untyped-company");
                }
                String sole = definiteCompany ? soleOrganizationThatSpoke(m, index, drafts, earlier) : null;
                if (sole != null) {
                    // "…, its maker Calvera Therapeutics said. [three paragraphs of its officer] … the company said": the
                    // one named organisation that has spoken so far, however far back
                    return new Resolved(sole, SpeakerType.ORGANIZATION, null, 0.2, "nominal:sole-organization-speaker");
                }
                // (in the lede, or an unnamed body anywhere: "a royal commission", which a document's issuer may be)
                boolean unnamedBody = m.name() != null && (m.name().regionMatches(true, 0, "a ", 0, 2)
                        || m.name().regionMatches(true, 0, "an ", 0, 3));
                Entity namedLater = d.paragraph() <= 1 || unnamedBody ? orgByHeadAfter(m, m.end()) : null;
                if (namedLater != null) {
                    // "…, a royal commission has found, in a report …" then "The Royal Commission into the … Bushfires
                    // handed its final report": a lede names the body by its kind first and by name a paragraph later
                    return new Resolved(namedLater.name(), SpeakerType.ORGANIZATION, null, 0.15, "nominal:organization-named-later");
                }
                // (any body a possessive pronoun owns: "Nurses … have voted to strike, their union said Thursday")
                Mention speaksNext = d.paragraph() <= 1 && ownedOrDefinite(m.name())
                        && (FUNCTION_HEADS.contains(m.head()) || BUSINESS_HEADS.contains(m.head()) || ownedByPronoun(m.name()))
                        ? organizationSpeakingNext(d, index, drafts, BUSINESS_HEADS.contains(m.head())) : null;
                if (speaksNext != null) {
                    // "… after the centre’s operator told stallholders …" then "the operator, Selasih Hawker Enterprise,
                    // said": a lede's company, named when it speaks in the next paragraph
                    return new Resolved(orgName(speaksNext), SpeakerType.ORGANIZATION, null, 0.2, "nominal:organization-named-later");
                }
                return new Resolved(m.name(), SpeakerType.ORGANIZATION, null, 0.05, "organization:nominal");
            }
            case GROUP: {
                // "The two banks said" after "Brightmoor Bank and Quillan Savings Group said": the bodies named together
                Resolved named = isDefinite(m.name()) && m.head() != null && companyHead.test(m.head())
                        ? earlierCoordination(m, index, earlier) : null;
                if (named == null) {
                    named = bodyEndingInGroupWord(m);
                }
                if (named == null) {
                    named = earlierGroup(m, d, index, drafts, earlier);
                }
                if (named == null) {
                    named = describedResearchers(m);
                }
                if (named == null) {
                    named = groupSubjectBefore(m);
                }
                return named != null ? named : new Resolved(m.name(), SpeakerType.GROUP, null, 0, "group");
            }
            case ANONYMOUS: {
                Resolved named = sameSourceAgain(m, index, earlier);
                if (named == null) {
                    named = earlierSource(m, d, index, drafts, earlier);
                }
                if (named == null && m.head() != null && !m.head().startsWith("source") && !m.head().equals("person")
                        && !m.head().startsWith("insider")) {
                    // "A senior Kedmian official said … The official, who spoke on condition of anonymity, said" ("the
                    // source" is earlierSource's, which leaves it as written when two sources spoke before)
                    named = earlierSameHead(m, d, index, drafts, earlier);
                }
                Entity later = named == null && d.paragraph() <= 1 && m.head() != null && !UNNAMED_BY_TRADE.contains(m.head())
                        ? byRoleAfter(m.head(), m.end()) : null;
                if (later != null) {
                    // "A federal judge on Tuesday blocked …, ruling that …" and "U.S. District Judge Marianne
                    // Ostrowski-Beck wrote" next: a lede's indefinite post named a paragraph later (not a source's)
                    return new Resolved(later.name(), SpeakerType.PERSON, null, 0.2, "anonymous:role-named-later");
                }
                return named != null ? named : new Resolved(m.name(), SpeakerType.ANONYMOUS, null, 0, "anonymous");
            }
            case DOCUMENT:
                return document(m, d, index, drafts, earlier);
            default:
                return new Resolved(m.name(), SpeakerType.UNKNOWN, null, 0.1, "document");
        }
    }

    /**
     * A document as speaker ("the study found", "according to a report by …", "the statement added"): its
     * authors who spoke before, its publisher or owner named in it, the same document's author named before,
     * the issuer the sentence that brings it in names (see {@link #introducedIssuer}), the speaker who issued it just
     * before, or the company whose filing it is; else the document as written.
     */
    private Resolved document(Mention m, Draft d, int index, List<Draft> drafts, List<Resolved> earlier) {
        String ownerForm = ownerPronoun(m.name());
        Mention opener = "it".equals(ownerForm) ? contentOpener(d.start()) : null;
        Resolved opens = opener == null ? null : resolveOne(new Draft(d.kind(), d.start(), d.end(), d.paragraph(), opener,
                d.cue(), d.via(), d.confidence(), d.evidence()), index, drafts, earlier);
        // (a name "its" owns is an organisation's, whatever else it was taken for)
        if (opens != null && opens.name() != null && (opens.type() == SpeakerType.ORGANIZATION || opener.isName())) {
            // "According to its year-end report, Brennmark had …", "The agency’s appeal is 11 percent funded, according to
            // its latest situation report": the body the content opens with owns the report
            return new Resolved(opens.name(), SpeakerType.ORGANIZATION, null, 0.15, "document:owner-opening");
        }
        if (ownerForm != null) {
            // "according to its latest quarterly report": whoever the owner's pronoun stands for, as "it said" would
            Mention pronoun = new Mention(m.startTok(), m.startTok() + 1, m.start(), m.start() + m.name().indexOf(' '),
                    Mention.Type.PRONOUN, ownerForm, null, ownerForm);
            Resolved r = resolveOne(new Draft(d.kind(), d.start(), d.end(), d.paragraph(), pronoun, d.cue(), d.via(),
                    d.confidence(), d.evidence()), index, drafts, earlier);
            // (no outlet that relayed a statement owns the document: it reports it)
            if (r.name() != null && (r.type() == SpeakerType.ORGANIZATION || r.type() == SpeakerType.PERSON)
                    && !isRelay(r.name(), drafts)) {
                return new Resolved(r.name(), r.type(), r.role(), 0.15, "document:owner-pronoun");
            }
        }
        Resolved authors = earlierGroup(m, d, index, drafts, earlier);
        if (authors != null) {
            return authors; // "The study found …" after the researchers spoke: they did
        }
        Mention researchers = "study".equals(m.head()) || "paper".equals(m.head()) ? researchersOf(m) : null;
        if (researchers != null) {
            // "according to a study by researchers at the Tessaly Centre for Earth Observation", and "the study" later
            return new Resolved(researchers.name(), SpeakerType.GROUP, null, 0.1, "document:researchers");
        }
        Resolved publisher = publisher(m);
        if (publisher != null) {
            return publisher;
        }
        Entity spelled = organizationEndingIn(m);
        if (spelled != null) {
            // "according to the innocence project" after "The Tri-River Innocence Project took the case"
            return new Resolved(spelled.name(), SpeakerType.ORGANIZATION, null, 0.1, "document:organization-lower-case");
        }
        int before = isDefinite(m.name()) ? nearestEarlier(d, index, drafts, 2, k -> {
            Mention said = drafts.get(k).speaker();
            Resolved r = earlier.get(k);
            return said != null && said.type() == Mention.Type.DOCUMENT && m.head().equals(said.head())
                    && (r.type() == SpeakerType.ORGANIZATION || r.type() == SpeakerType.PERSON);
        }) : -1;
        if (before >= 0) {
            // "according to a briefing note from the Department of Health … The note says": the same note's
            Resolved r = earlier.get(before);
            return new Resolved(r.name(), r.type(), r.role(), 0.1, "document:earlier");
        }
        Mention introducer = introducedIssuer(m);
        Resolved introduced = introducer == null ? null : resolveOne(new Draft(d.kind(), d.start(), d.end(), d.paragraph(),
                introducer, d.cue(), d.via(), d.confidence(), d.evidence()), index, drafts, earlier);
        if (introduced != null && introduced.name() != null && introduced.type() != SpeakerType.UNKNOWN) {
            // "A report released on Monday by the Centre for … The report said": whoever the sentence that brings the
            // document in says issued it
            return new Resolved(introduced.name(), introduced.type(), introduced.role(), 0.15, "document:introduced");
        }
        boolean bareDocument = isDefinite(m.name()) && m.name().indexOf(' ', 4) < 0 && ISSUED.contains(m.head());
        int issuer = bareDocument ? nearestEarlier(d, index, drafts, 1, k -> {
            Resolved r = earlier.get(k);
            Mention said = drafts.get(k).speaker();
            // a name, or "the operator" resolved to the company named before it
            return (r.type() == SpeakerType.PERSON || r.type() == SpeakerType.ORGANIZATION) && r.name() != null
                    && said != null && (said.isName() || said.type() == Mention.Type.ORG_NOMINAL
                    && r.type() == SpeakerType.ORGANIZATION && !r.name().equals(said.name()))
                    && !isRelay(r.name(), drafts) && !outletHead.test(said.head());
        }) : -1;
        if (issuer >= 0) {
            // "X, in a statement on Sunday, said … “…,” the statement added": whoever spoke just before issued it
            Resolved r = earlier.get(issuer);
            return new Resolved(r.name(), r.type(), r.role(), 0.15, "document:issuer");
        }
        // "according to a company filing": the company that was the subject of an earlier sentence
        Mention owner = companyDocument(m) ? recentOrganizationSubject(m, m.start()) : null;
        if (owner == null && companyDocument(m)) {
            owner = nearestCompanyBefore(m.start()); // "the ferry operator, Clachan Marine Services, … the company’s figures"
        }
        if (owner == null && companyDocument(m)) {
            owner = untypedCompanyBefore(m.start()); // "Wexe Valley Water has been fined … the company’s annual report"
        }
        if (owner != null) {
            return new Resolved(orgName(owner), SpeakerType.ORGANIZATION, null, 0.15, "document:company");
        }
        String named = namedIssuer(m.name());
        if (named != null) {
            // "A Lakeshore Research poll released on Monday found": the document of the name before its head
            return new Resolved(named, SpeakerType.ORGANIZATION, null, 0.15, "document:named-issuer");
        }
        Entity owning = possessiveAcronymIssuer(m);
        if (owning != null) {
            // "According to KOA's latest survey" after "Kiwifruit Orchardists Aotearoa (KOA)": the body that owns it
            return new Resolved(owning.name(), SpeakerType.ORGANIZATION, null, 0.15, "document:owner-acronym");
        }
        Entity initialled = acronymIssuer(m);
        if (initialled != null) {
            // "According to NRTSA data" after "the National Road Transport and Safety Authority (NRTSA)"
            return new Resolved(initialled.name(), SpeakerType.ORGANIZATION, null, 0.15, "document:acronym-issuer");
        }
        int body = bodyOfDocument(m);
        if (body >= 0) {
            // "according to a police report": the one police organisation named before
            return new Resolved(entities.get(body).name(), SpeakerType.ORGANIZATION, null, 0.15, "document:body");
        }
        String inRole = bodyInRole(m);
        if (inRole != null) {
            return new Resolved(inRole, SpeakerType.ORGANIZATION, null, 0.15, "document:body-in-role");
        }
        Resolved ownedBy = nominalOwner(m, d, index, drafts, earlier);
        if (ownedBy != null) {
            return ownedBy;
        }
        String[] w = wordsAfterArticle(m.name());
        if (w.length == 2 && capitalised(w[0]) && (orgHead.test(w[0].toLowerCase(Locale.ROOT)) || isAcronym(w[0]))) {
            // "according to Senate filings", "a Treasury memo", "a CNN tally": one organisation word or acronym names
            // the body that issued it
            return new Resolved(w[0], SpeakerType.ORGANIZATION, null, 0.15, "document:named-body");
        }
        return new Resolved(m.name(), SpeakerType.UNKNOWN, null, 0.1, "document");
    }

    /**
     * Who issued document m, as the sentence that brings it in says: its own sentence, else the nearest earlier
     * mention of the same document word whose issuer is known (a few paragraphs back at most; one of its kind, as "the
     * largest survey" for "the study", only just before), else one of its kind brought in just after it ("…, a new
     * study has found. The study … was led by researchers at …"). Null when none says.
     */
    private Mention introducedIssuer(Mention m) {
        String family = Issued.familyOf(m.head());
        Mention before = null;
        if (issued == null) {
            issued = issuedFinder.get();
        }
        for (Issued e : issued) {
            if (e.head() >= m.start() && e.head() < m.end()) {
                if (e.issuer() != null) {
                    return e.issuer();
                }
            } else if (e.head() < m.start()) {
                int back = m.start() - e.head();
                if (e.issuer() != null && e.family().equals(family)
                        && (back < SAME_DOCUMENT_BACK && e.word().equals(m.head()) || back < NEAR)) {
                    before = e.issuer();
                }
            } else if (before != null || e.head() - m.end() > NEAR) {
                break;
            } else if (e.issuer() != null && e.family().equals(family)) {
                return e.issuer();
            }
        }
        return before;
    }

    /** Chars before a document within which a mention of the same word that names its issuer is the same document. */
    private static final int SAME_DOCUMENT_BACK = 1200;
    /** Chars around a document within which a mention of its kind that names its issuer is taken to be the same. */
    private static final int NEAR = 600;

    private boolean isOrganizationName(String name) {
        if (orgNames == null) {
            orgNames = new java.util.HashSet<>();
            for (String lower : lowerNames) {
                if (lower != null) {
                    orgNames.add(lower);
                }
            }
        }
        return !orgNames.isEmpty() && orgNames.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * "the companies said" after "Valtmark Energy and Orsund Grid announced": a plural organisation nominal
     * is the nearest earlier speaker that is a coordination of organisations. Null when there is none.
     */
    private static Resolved earlierCoordination(Mention m, int index, List<Resolved> earlier) {
        String head = m.head();
        if (head == null || head.length() < 4 || !head.endsWith("s") || head.endsWith("ss")) {
            return null;
        }
        for (int i = index - 1; i >= 0; i--) {
            Resolved r = earlier.get(i);
            if (r.type() == SpeakerType.ORGANIZATION && r.name() != null && r.name().contains(" and ")) {
                return new Resolved(r.name(), SpeakerType.ORGANIZATION, null, 0.1, "nominal:coordination");
            }
        }
        return null;
    }

    /**
     * "the commissioners" after "Polvennor Harbour Commissioners": the last name of two words or more given before that
     * ends in the group's plural word, for "the" and that word alone; else null.
     */
    private Resolved bodyEndingInGroupWord(Mention m) {
        if (m.endTok() - m.startTok() != 2 || !isDefinite(m.name()) || m.head() == null) {
            return null;
        }
        Entity body = null;
        for (Entity e : entities) {
            if (e.firstStart() >= m.start()) {
                break;
            }
            String[] w = e.words();
            // (whatever the name was typed: no person's name ends in "Commissioners")
            if (w.length > 1 && w[w.length - 1].equals(m.head())) {
                body = e;
            }
        }
        return body == null ? null
                : new Resolved(body.name(), SpeakerType.ORGANIZATION, null, 0.1, "group:body-named-so");
    }

    /**
     * "the officials said" after "two officials with knowledge of the plan said": a definite group
     * phrase is the nearest earlier group or unnamed source with the same head, within six paragraphs.
     */
    private static Resolved earlierGroup(Mention m, Draft d, int index, List<Draft> drafts, List<Resolved> earlier) {
        String name = m.name();
        if (!isDefinite(name) || m.head() == null) {
            return null;
        }
        // "the team", "the authors", "the study" after "researchers from the University of …": the research team
        boolean team = m.head().equals("team") || m.head().equals("authors") || m.head().equals("study")
                || m.head().equals("paper");
        int i = nearestEarlier(d, index, drafts, team ? 6 : GROUP_REACH, k -> {
            Mention pm = drafts.get(k).speaker();
            Resolved r = earlier.get(k);
            // (a name's mention may have no head word: Set.contains(null) would throw)
            boolean sameHead = pm != null && pm.head() != null && (m.head().equals(pm.head())
                    || team && RESEARCHERS.contains(pm.head()));
            return sameHead && r.name() != null && !name.equalsIgnoreCase(pm.name())
                    && (r.type() == SpeakerType.GROUP || r.type() == SpeakerType.ANONYMOUS);
        });
        if (i < 0) {
            return null;
        }
        Resolved r = earlier.get(i);
        return new Resolved(r.name(), r.type(), null, 0.05, team ? "group:team" : "group:earlier");
    }

    /**
     * "the prosecutors said" after "Prosecutors in Veraglio have placed …": a bare definite group (or one with its count,
     * "the nine governors") is the fuller group with its head that opened a sentence before; null when none did.
     */
    private Resolved groupSubjectBefore(Mention m) {
        int words = m.endTok() - m.startTok();
        if (!isDefinite(m.name()) || m.head() == null || words > 3 || words == 3 && !COUNT_WORDS.matcher(m.name()).find()) {
            return null;
        }
        for (int i = startingBefore(subjectPhrases, m.start()) - 1; i >= 0; i--) {
            Mention g = subjectPhrases.get(i);
            if (g.type() == Mention.Type.GROUP && m.head().equals(g.head()) && g.end() <= m.start()
                    && g.endTok() - g.startTok() > words && !isDefinite(g.name())) {
                return new Resolved(g.name(), SpeakerType.GROUP, null, 0.1, "group:subject-before");
            }
        }
        return null;
    }

    /** A count in a nominal: "the nine governors", "the 14 families". */
    private static final java.util.regex.Pattern COUNT_WORDS = java.util.regex.Pattern.compile(
            "\\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)\\b");

    /** How many paragraphs back "the aides said" finds the aides who spoke (a newsletter's paragraphs are short). */
    private static final int GROUP_REACH = 12;

    /**
     * "The researchers found …" after "The study … was led by researchers at Tallowood University": a bare definite
     * group of researchers is the researchers described last before it, when no group with its head spoke.
     */
    private Resolved describedResearchers(Mention m) {
        if (!isDefinite(m.name()) || m.endTok() - m.startTok() != 2 || !RESEARCHERS.contains(m.head())) {
            return null;
        }
        for (int i = startingBefore(researchGroups, m.start()) - 1; i >= 0; i--) {
            Mention g = researchGroups.get(i);
            if (g.end() <= m.start()) {
                return new Resolved(g.name(), SpeakerType.GROUP, null, 0.1, "group:described");
            }
        }
        return null;
    }

    /**
     * The researchers a study names right after it ("a study by researchers at X") or, for "the study", the last ones
     * described before it; else null.
     */
    private Mention researchersOf(Mention study) {
        // (from the first group that starts later than "by " after the study, backwards)
        for (int i = startingBefore(researchGroups, study.end() + 5) - 1; i >= 0; i--) {
            Mention g = researchGroups.get(i);
            if (g.start() >= study.end() && g.start() - study.end() <= 4) {
                return g; // "by "
            }
            if (g.end() <= study.start()) {
                return isDefinite(study.name()) ? g : null;
            }
        }
        return null;
    }

    /** Groups that "the team", "the authors", "the study" or "the paper" name when they spoke before. */
    private static final Set<String> RESEARCHERS = Set.of("researchers", "scientists", "authors",
            "investigators", "engineers", "archaeologists", "astronomers");

    /**
     * "The person familiar with the matter said" after "according to a person familiar with the matter": the
     * unnamed source given before in the same words after "a" or "an", however far back. Null when none.
     */
    private static Resolved sameSourceAgain(Mention m, int index, List<Resolved> earlier) {
        String name = m.name();
        if (!isDefinite(name) || name.indexOf(' ', 4) < 0) {
            return null; // "the source" alone is left to the nearest earlier source
        }
        String words = name.substring(4);
        for (int k = index - 1; k >= 0; k--) {
            Resolved r = earlier.get(k);
            String before = r.name();
            int article = before == null ? 0 : before.regionMatches(true, 0, "a ", 0, 2) ? 2
                    : before.regionMatches(true, 0, "an ", 0, 3) ? 3 : 0;
            if (r.type() == SpeakerType.ANONYMOUS && article > 0 && before.substring(article).equalsIgnoreCase(words)) {
                return new Resolved(before, SpeakerType.ANONYMOUS, null, 0.05, "anonymous:same-words");
            }
        }
        return null;
    }

    /**
     * "The source added" after "according to a union official who asked not to be named": "the source"
     * is the nearest earlier unnamed source of the same number, within three paragraphs; "one of them"
     * is one of the nearest earlier unnamed sources or group. Null when none.
     */
    private static Resolved earlierSource(Mention m, Draft d, int index, List<Draft> drafts, List<Resolved> earlier) {
        String name = m.name();
        String head = m.head();
        if (name == null || head == null) {
            return null;
        }
        boolean oneOf = head.equals("one") && name.regionMatches(true, 0, "one of ", 0, 7);
        // "the source", and "the person" after "a person with knowledge of the deal" or "a longtime adviser, who
        // requested anonymity"
        if (!oneOf && (!pointsBack(name) || !head.startsWith("source") && !head.equals("person")
                && !head.startsWith("insider"))) { // "the insider added" after "a source told The Sun"
            return null;
        }
        // "the sources" are as many as the sources before; "one of them" is one of several
        boolean plural = oneOf || isPlural(head);
        int i = nearestEarlier(d, index, drafts, 3, k -> {
            Mention pm = drafts.get(k).speaker();
            Resolved r = earlier.get(k);
            boolean source = r.type() == SpeakerType.ANONYMOUS || oneOf && r.type() == SpeakerType.GROUP;
            return pm != null && pm.head() != null && source && r.name() != null && !isDefinite(r.name())
                    && isPlural(pm.head()) == plural;
        });
        if (i >= 0) {
            return new Resolved(earlier.get(i).name(), SpeakerType.ANONYMOUS, null, 0.05, "anonymous:earlier");
        }
        // further back, the one unnamed source of the article with that head: "Per a source familiar with the talks,
        // …" in the lede, "…, the source said." eight paragraphs on
        String only = null;
        for (int k = 0; k < index && !oneOf; k++) {
            Mention pm = drafts.get(k).speaker();
            Resolved r = earlier.get(k);
            if (pm != null && head.equals(pm.head()) && r.type() == SpeakerType.ANONYMOUS && r.name() != null
                    && !isDefinite(r.name())) {
                if (only != null && !only.equals(r.name())) {
                    return null;
                }
                only = r.name();
            }
        }
        return only == null ? null : new Resolved(only, SpeakerType.ANONYMOUS, null, 0.1, "anonymous:only-earlier");
    }

    /**
     * "The spokesperson" after "a spokesperson for the crisis staff" spoke: a definite nominal names the
     * nearest unnamed source with the same head noun within eight paragraphs (a live blog's paragraphs are
     * one line each), or with another word for one who speaks for someone ("the rep" after "a spokesperson for
     * the star"); else null.
     */
    private static Resolved earlierSameHead(Mention m, Draft d, int index, List<Draft> drafts, List<Resolved> earlier) {
        if (m.name() == null || m.head() == null || !pointsBack(m.name())) {
            return null;
        }
        int i = nearestEarlier(d, index, drafts, 8, k -> {
            Mention pm = drafts.get(k).speaker();
            Resolved r = earlier.get(k);
            return pm != null && pm.head() != null && (m.head().equals(pm.head())
                    || SPEAKS_FOR.contains(m.head()) && SPEAKS_FOR.contains(pm.head()))
                    && r.type() == SpeakerType.ANONYMOUS && r.name() != null;
        });
        return i < 0 ? null
                : new Resolved(earlier.get(i).name(), SpeakerType.ANONYMOUS, null, 0.05, "nominal:earlier-source");
    }

    /** The statement before draft d has a speaker, and its attribution ends a few characters before d starts. */
    private static boolean spokeJustBefore(Draft d, int index, List<Draft> drafts) {
        if (index == 0 || drafts.get(index - 1).speaker() == null) {
            return false;
        }
        Draft prev = drafts.get(index - 1);
        int end = Math.max(prev.end(), prev.speaker().end());
        if (prev.cue() != null) {
            end = Math.max(end, prev.cue().end());
        }
        return end <= d.start() && d.start() - end < 40;
    }

    /** The modifier and head of a definite nominal of three words in lower case ("warning service"), else null. */
    private static String modifiedTail(Mention m) {
        return m.name() != null && m.endTok() - m.startTok() == 3 && isDefinite(m.name())
                ? m.name().substring(4).toLowerCase(Locale.ROOT) : null;
    }

    /**
     * The nearest draft before index, up to twelve paragraphs back, whose speaker is a fuller nominal of m's head that
     * ends as m does when m has a modifier ("the provincial wildfire service" for "the wildfire service"); -1 when none.
     */
    private static int fullerNominalBefore(Mention m, Draft d, int index, List<Draft> drafts, List<Resolved> earlier) {
        if (!isDefinite(m.name())) {
            return -1;
        }
        String tail = modifiedTail(m);
        return nearestEarlier(d, index, drafts, 12, k -> {
            Mention pm = drafts.get(k).speaker();
            // (a fuller nominal may have been read as a document by its modifier: "the avalanche warning service")
            return pm != null && (pm.type() == Mention.Type.ORG_NOMINAL || pm.type() == Mention.Type.DOCUMENT)
                    && m.head().equals(pm.head()) && pm.endTok() - pm.startTok() > Math.max(2, m.endTok() - m.startTok())
                    && (tail == null || pm.name() != null && pm.name().toLowerCase(Locale.ROOT).endsWith(" " + tail))
                    && earlier.get(k).name() != null;
        });
    }

    /** Places that speak as their local government ("the city said"). */
    private static final Set<String> LOCAL_BODIES = Set.of("city", "town", "county", "borough", "district");

    /** Words for one who speaks for someone else. */
    private static final Set<String> SPEAKS_FOR = Set.of("spokesperson", "spokesman", "spokeswoman", "rep",
            "representative", "publicist");

    /** The nearest draft before {@code index}, at most {@code paragraphs} paragraphs back, that fits; -1 when none. */
    private static int nearestEarlier(Draft d, int index, List<Draft> drafts, int paragraphs,
                                      java.util.function.IntPredicate fits) {
        for (int i = index - 1; i >= 0 && d.paragraph() - drafts.get(i).paragraph() <= paragraphs; i--) {
            if (fits.test(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The organisation entity an unnamed speaker speaks for, named inside the speaker phrase ("A spokeswoman for
     * Coastline Transit"), or -1.
     */
    private int organizationSpokenFor(Mention speaker) {
        if (speaker == null || speaker.type() != Mention.Type.ANONYMOUS || speaker.name() == null) {
            return -1;
        }
        String phrase = speaker.name().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int forAt = phrase.indexOf(" for ");
        String spokenFor;
        if (forAt >= 0) {
            spokenFor = phrase.substring(forAt + 5);
        } else if (speaker.head() != null && SPEAKS_FOR.contains(speaker.head()) && phrase.endsWith(" " + speaker.head())
                && (phrase.startsWith("a ") || phrase.startsWith("an "))
                && phrase.length() - speaker.head().length() - 1 > phrase.indexOf(' ') + 1) { // (not "a spokesman" alone)
            // "An Albion TV spokesman": the body's name before the spokesman
            spokenFor = phrase.substring(phrase.indexOf(' ') + 1, phrase.length() - speaker.head().length() - 1);
        } else {
            return -1;
        }
        // "a spokeswoman for the X" speaks for "X" too: the article is cut once, not added to every name
        String bare = spokenFor.startsWith("the ") ? spokenFor.substring(4) : null;
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).organization() && (spokenFor.equals(lowerNames[i]) || lowerNames[i].equals(bare))) {
                return i;
            }
        }
        return -1;
    }

    /** A phrase opening with "the" ("the officials", "the source"). */
    private static boolean isDefinite(String name) {
        return name != null && name.regionMatches(true, 0, "the ", 0, 4);
    }

    /** A nominal that points back to one named before: "the source", and at a sentence's start "That person", "This aide". */
    private static boolean pointsBack(String name) {
        return isDefinite(name) || name.regionMatches(true, 0, "that ", 0, 5) || name.regionMatches(true, 0, "this ", 0, 5);
    }

    private static boolean isPlural(String head) {
        return head.endsWith("s") && !head.endsWith("ss") || head.equals("people");
    }

    /** How many paragraphs back the pronoun ranker looks for candidates. */
    private static final int RANK_PARAGRAPHS = 3;

    /**
     * The rules' answers for a pronoun that the ranker may replace: the general ones (the last speaker, the nearest
     * name, none). The particular ones stand ("When trustee Lucie Vidal asked …, she said", a newcomer introduced with
     * an age, the mother whose son opened the sentence before).
     */
    private static final Set<String> RANKED_RULES = Set.of("pronoun:previous-speaker", "pronoun:previous-name",
            "pronoun:unresolved");

    /** True when the pronoun ranker may replace the rules' answer given by that rule. */
    public static boolean ranks(String rule) {
        return RANKED_RULES.contains(rule);
    }

    /** The rules' choice for a "he" or "she", or the candidate the ranker scores above it by its margin. */
    private Resolved ranked(Resolved rules, Mention m, int index, List<Draft> drafts, List<Resolved> earlier) {
        if (listener == null && (ranker.isEmpty() || !RANKED_RULES.contains(rules.rule()))) {
            return rules;
        }
        List<PronounRanker.Candidate> candidates = pronounCandidates(m, index, drafts, earlier,
                m.head().equals("he") ? 'm' : 'f');
        if (listener != null) {
            listener.choice(index, rules, candidates);
        }
        if (!RANKED_RULES.contains(rules.rule())) {
            return rules;
        }
        PronounRanker.Candidate c = ranker.override(rules.name(), candidates);
        return c == null ? rules : new Resolved(c.name(), c.type(), c.role(), 0.15, "pronoun:ranked");
    }

    /** Per candidate of the pronoun ranker: where it was last named or heard, and how. */
    private static final class Seen {
        final String name;
        final String role;
        int at = -1;
        /** The name mention that last names it before the pronoun, or -1 (one heard only as a speaker). */
        int mention = -1;
        int mentions;
        int lastSpoke = -1;
        boolean lastSpeaker;
        boolean personEvidence;

        Seen(String name, String role) {
            this.name = name;
            this.role = role;
        }
    }

    /**
     * The people a "he" or "she" at m may stand for: persons of a fitting gender named in the pronoun's paragraph or
     * the {@link #RANK_PARAGRAPHS} before it, and persons who spoke there, each with its features.
     */
    private List<PronounRanker.Candidate> pronounCandidates(Mention m, int index, List<Draft> drafts,
                                                           List<Resolved> earlier, char want) {
        int par = layout.paragraphOf(m.startTok());
        int sent = layout.sentenceOf(m.startTok());
        int sentStart = layout.sentenceStart(sent);
        boolean opensParagraph = sentStart == 0 || layout.paragraphOf(sentStart - 1) != par;
        boolean opensSentence = m.startTok() == sentStart; // "He said …", not "“…,” he said"
        Map<String, Seen> seen = new java.util.LinkedHashMap<>();
        int lo = namesBefore(m.start());
        for (int i = lo - 1; i >= 0 && i >= lo - PRONOUN_WINDOW; i--) {
            Mention n = names.get(i);
            if (par - layout.paragraphOf(n.startTok()) > RANK_PARAGRAPHS) {
                break;
            }
            // (a name inside a quotation is the quoted speaker's word, no antecedent: "“… Love, Mum.” … he says")
            if (n.type() != Mention.Type.PERSON_NAME || !nameGenderOk(i, want) || layout.inQuote(n.startTok())) {
                continue;
            }
            // (and no digits: not "Rp2.1 billion")
            int e = personLike(i) && n.name().chars().noneMatch(Character::isDigit) ? personOf(i) : -1;
            if (e < 0) {
                continue;
            }
            Entity ent = entities.get(e);
            Seen s = seen.computeIfAbsent(ent.name(), k -> new Seen(ent.name(), ent.role()));
            s.mentions++;
            if (s.mention < 0) {
                s.mention = i;
                s.at = n.start();
            }
            // what makes a person of the name: a place or a body the name scan took for one ("Calder Conservatoire",
            // "Brackley Moor") has none of it
            s.personEvidence |= n.role() != null || givenName.test(nameWords[i][0]) || hasGender(i)
                    || ent.gender() != '?' || ent.role() != null;
        }
        // the statements resolved before the pronoun's that start before it, in text order from the nearest back to
        // RANK_PARAGRAPHS paragraphs before its own (so that an article of thousands of statements stays linear)
        int lastSpeakerAt = -1;
        String lastSpeaker = null;
        long[] byStart = draftsByStart(drafts);
        for (int j = firstStartingAt(byStart, m.start()) - 1; j >= 0; j--) {
            int k = (int) byStart[j];
            Draft prev = drafts.get(k);
            if (paragraphsBack(prev, par) > RANK_PARAGRAPHS) {
                break;
            }
            if (k >= index) {
                continue; // (not resolved yet)
            }
            Resolved r = earlier.get(k);
            int at = prev.speaker() != null && prev.speaker().start() < m.start() ? prev.speaker().start()
                    : prev.start();
            if (at > lastSpeakerAt) {
                lastSpeakerAt = at;
                lastSpeaker = r.type() == SpeakerType.PERSON ? r.name() : null;
            }
            if (r.type() != SpeakerType.PERSON || r.name() == null || !genderOk(r.name(), want)) {
                continue;
            }
            Seen s = seen.computeIfAbsent(r.name(), k2 -> new Seen(r.name(), r.role()));
            s.at = Math.max(s.at, at);
            s.lastSpoke = Math.max(s.lastSpoke, prev.paragraph());
        }
        if (lastSpeaker != null && seen.containsKey(lastSpeaker)) {
            seen.get(lastSpeaker).lastSpeaker = true;
        }
        List<Seen> order = new ArrayList<>(seen.values());
        order.sort((a, b) -> Integer.compare(b.at, a.at));
        List<PronounRanker.Candidate> out = new ArrayList<>(order.size());
        for (int rank = 0; rank < order.size(); rank++) {
            Seen s = order.get(rank);
            List<String> f = new ArrayList<>();
            String r = "rank=" + Math.min(rank + 1, 3);
            f.add(r);
            int i = s.mention;
            if (i >= 0) {
                Mention n = names.get(i);
                int sd = Math.min(sent - layout.sentenceOf(n.startTok()), 3);
                int pd = Math.min(par - layout.paragraphOf(n.startTok()), 2);
                f.add("sd=" + sd);
                f.add("pd=" + pd);
                if (subjects[i]) {
                    f.add("subj");
                    f.add("subj&sd=" + sd);
                }
                if (clauseEnds[i] > m.start()) {
                    f.add("clause");
                }
                if (introducedIn[i] >= 0) {
                    f.add("appos");
                }
                if (n.start() > lastSpeakerAt) {
                    f.add("after-last-statement");
                    f.add("after-last-statement&sd=" + sd);
                    if (subjects[i]) {
                        f.add("after-last-statement&subj");
                    }
                    if (introducedIn[i] >= 0) {
                        f.add("after-last-statement&appos");
                    }
                    if (opensSentence) {
                        f.add("after-last-statement&opens-sentence");
                    }
                }
            } else {
                f.add("sd=none");
            }
            f.add(s.mentions >= 2 ? "mentions=2+" : "mentions=" + s.mentions);
            if (s.role != null) {
                f.add("role");
            }
            int e = findPerson(words(s.name));
            f.add(e >= 0 && genderOf(entities.get(e)) != '?' ? "gender=known" : "gender=unknown");
            if (!s.personEvidence && s.lastSpoke < 0) {
                f.add("no-person-evidence");
            }
            if (s.lastSpoke >= 0) {
                int pd = Math.min(par - s.lastSpoke, 2);
                f.add("spoke&pd=" + pd);
                if (s.lastSpeaker) {
                    f.add("last-speaker");
                    f.add("last-speaker&pd=" + pd);
                    if (opensSentence) {
                        f.add("last-speaker&opens-sentence");
                    }
                }
            }
            if (opensParagraph) {
                f.add("opens-paragraph&" + r);
                if (s.lastSpeaker) {
                    f.add("opens-paragraph&last-speaker");
                }
            }
            out.add(new PronounRanker.Candidate(s.name, SpeakerType.PERSON, s.role, f));
        }
        return out;
    }

    /** How many paragraphs before paragraph par statement d stands. */
    private static int paragraphsBack(Draft d, int par) {
        return par - d.paragraph();
    }

    private Resolved pronoun(Mention m, Draft d, int index, List<Draft> drafts, List<Resolved> earlier) {
        String p = m.head();
        boolean plural = p.equals("they") || p.equals("we");
        boolean neuter = p.equals("it");
        char want = p.equals("he") ? 'm' : p.equals("she") ? 'f' : '?';
        // the nearest earlier statement speaker of a compatible kind, within the last three paragraphs,
        // unless a compatible person was made the subject of a sentence after that speaker spoke
        if (p.equals("they")) {
            Mention g = groupSubjectBefore(m, index == 0 ? -1 : drafts.get(index - 1).end());
            if (g != null) {
                return new Resolved(g.name(), SpeakerType.GROUP, null, 0.15, "pronoun:group-subject");
            }
        }
        if (neuter) {
            Mention o = organizationSubjectBefore(m, index == 0 ? -1 : drafts.get(index - 1).end());
            if (o != null) {
                // "The ministry rejected the report on Tuesday. It said …": the body the sentence before was about
                Resolved r = resolveOne(new Draft(d.kind(), d.start(), d.end(), d.paragraph(), o, d.cue(), d.via(),
                        d.confidence(), d.evidence()), index, drafts, earlier);
                return new Resolved(r.name(), SpeakerType.ORGANIZATION, null, 0.15, "pronoun:organization-subject");
            }
        }
        int clauseSubject = want == '?' ? -1 : clauseSubjectOf(m, want);
        if (clauseSubject >= 0) {
            // "When trustee Lucie Vidal asked staff …, she said": the subject of the opening clause
            Entity ent = entities.get(clauseSubject);
            return new Resolved(ent.name(), SpeakerType.PERSON, ent.role(), 0.1, "pronoun:clause-subject");
        }
        Subject found = !plural && !neuter ? recentSubject(m, want) : null;
        if (found != null && found.at() >= d.start() && found.at() < d.end() && spokeJustBefore(d, index, drafts)) {
            // "“…,” said the Voyageurs' manager. Lanctôt-Ferris would join the team …, he added": right after another
            // speaker the content's own subject is not "he" (but "Shays was pro Kasich …, he said" opens a story)
            found = null;
        }
        if (found != null && relays(d, found.resolved().name())) {
            found = null; // "De Lekbode quoted him as saying": the outlet that relays is not who "him" stands for
        }
        Resolved subject = found == null ? null : found.resolved();
        int subjectAt = found == null ? -1 : found.at();
        // "The petition was started by retired midwife Janet Pilling, 63. ‘…,’ she told the radio": a person first
        // named, alone, in a paragraph after the last statement and before the pronoun's is who the pronoun follows
        int lastIndex = want == '?' ? -1 : lastDraftBefore(drafts, index, m.start());
        Draft last = lastIndex < 0 ? null : drafts.get(lastIndex);
        int newcomer = last != null && d.paragraph() - last.paragraph() >= 2
                ? introducedBetween(last.end(), Math.min(m.start(), d.start()), want) : -1;
        if (newcomer < 0 && want != '?' && (last == null || last.paragraph() < d.paragraph())) {
            // "Among those sent home was Mercy, a mother of two from Shikoti. “…,” she said": a person just
            // introduced with a role or an age, in the pronoun's paragraph, where nobody spoke before it
            // after a speaker of that gender, only a newcomer whose gender is known to be it: in a profile "she"
            // goes on being its subject past "Her successor, Rafael Nunes Kettering, 36,"
            // (the last draft by position may come later in the list, not yet resolved)
            Resolved before = lastIndex < 0 || lastIndex >= earlier.size() ? null : earlier.get(lastIndex);
            int spoke = before == null || before.type() != SpeakerType.PERSON || before.name() == null ? -1
                    : findPerson(words(before.name()));
            boolean strict = spoke >= 0 && entities.get(spoke).gender() == want;
            newcomer = introducedJustBefore(last == null ? 0 : last.end(), Math.min(m.start(), d.start()), want,
                    d.paragraph(), strict);
        }
        if (newcomer >= 0 && subjectAt < entities.get(newcomer).firstStart()) {
            Entity ent = entities.get(newcomer);
            return new Resolved(ent.name(), SpeakerType.PERSON, ent.role(), 0.15, "pronoun:introduced");
        }
        for (int i = index - 1; i >= 0; i--) {
            Draft prev = drafts.get(i);
            if (d.paragraph() - prev.paragraph() > 3) {
                break;
            }
            Resolved r = earlier.get(i);
            if (r.name() == null || prev.start() > m.start()) {
                continue;
            }
            boolean person = r.type() == SpeakerType.PERSON;
            // an unnamed source's number and gender come from its head noun, looked up only for such sources:
            // "a spokeswoman for the Department of Coasts and Waterways" is one woman
            String head = r.type() == SpeakerType.ANONYMOUS ? headNoun(prev.speaker(), r.name()) : null;
            boolean sources = head != null && isPlural(head);
            // a "they" right after an unnamed source is that source, one person or several ("an engineer at the
            // company, who spoke on condition of anonymity, said … “…,” they said")
            boolean singularThey = p.equals("they") && i == index - 1 && r.type() == SpeakerType.ANONYMOUS
                    && d.paragraph() - prev.paragraph() <= 1;
            if (plural && (r.type() == SpeakerType.GROUP || r.type() == SpeakerType.ORGANIZATION || sources || singularThey)
                    || neuter && r.type() == SpeakerType.ORGANIZATION
                    || !plural && !neuter && person && genderOk(r.name(), want)
                    // one of unstated gender is left to the nearest named person
                    || !plural && !neuter && head != null && !sources && want != '?' && nominalGender(head) == want
                    // unless it spoke last, in this paragraph or the one before: "One driver at the depot … said
                    // …. “…,” he said"
                    || !plural && !neuter && head != null && !sources && nominalGender(head) == '?' && i == index - 1
                    && d.paragraph() - prev.paragraph() <= 1
                    && !personNamedBetween(prev, prev.speaker() != null ? prev.speaker().end() : prev.start(),
                            Math.min(m.start(), d.start()))) {
                int spokeAt = prev.speaker() != null ? prev.speaker().start() : prev.start();
                if (subject != null && subjectAt > spokeAt && !subject.name().equals(r.name())) {
                    return subject;
                }
                return new Resolved(r.name(), r.type(), r.role(), 0.1, "pronoun:previous-speaker");
            }
        }
        if (subject != null) {
            return subject;
        }
        // else the nearest person (or organisation for "it"/"they") named before the pronoun
        Mention best = null;
        int bestIndex = -1;
        int lo = namesBefore(m.start());
        for (int i = lo - 1; i >= 0 && i >= lo - PRONOUN_WINDOW && best == null; i--) {
            Mention n = names.get(i);
            boolean org = n.type() == Mention.Type.ORG_NAME;
            // a one-word name with no role is as likely a place as a person: not a pronoun's antecedent
            boolean personLike = !org && (n.role() != null || n.name().indexOf(' ') > 0 || isFullName(i));
            if ((plural || neuter) == org && (org || personLike && nameGenderOk(i, want) && personOf(i) >= 0)) {
                best = n;
                bestIndex = i;
            }
        }
        if (best != null) {
            if (best.type() == Mention.Type.ORG_NAME) {
                return new Resolved(best.name(), SpeakerType.ORGANIZATION, null, 0.15, "pronoun:previous-name");
            }
            int e = personOf(bestIndex);
            Entity ent = entities.get(e);
            return new Resolved(ent.name(), SpeakerType.PERSON, ent.role(), 0.15, "pronoun:previous-name");
        }
        return new Resolved(null, SpeakerType.UNKNOWN, null, 0.3, "pronoun:unresolved");
    }

    /**
     * A person's name between char offsets from and to, other than one that relayed draft prev: "A reporter asked Sanders
     * …. He replied" is Sanders's.
     */
    private boolean personNamedBetween(Draft prev, int from, int to) {
        for (int i = namesBefore(from); i < names.size() && names.get(i).start() < to; i++) {
            // (not the outlet the source told: "A Trailhead driver … told KHBV that …. “…,” she said")
            if (names.get(i).type() == Mention.Type.PERSON_NAME && !relays(prev, names.get(i).name())) {
                return true;
            }
        }
        return false;
    }

    /** The head noun of a speaker mention, or the last word of the resolved name when the mention has none. */
    private static String headNoun(Mention said, String name) {
        return said != null && said.type() != Mention.Type.PRONOUN && said.head() != null ? said.head()
                : name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The last organisation nominal of m's head with lower-case words before it that opened a sentence before m, in
     * the article ("The state government" for "The government"); else null.
     */
    private Mention fullerSubjectBefore(Mention m) {
        for (int i = startingBefore(subjectPhrases, m.start()) - 1; i >= 0; i--) {
            Mention g = subjectPhrases.get(i);
            if (g.type() == Mention.Type.ORG_NOMINAL && m.head().equals(g.head()) && g.endTok() - g.startTok() > 2
                    && g.name() != null && isDefinite(g.name())
                    && g.name().substring(4).equals(g.name().substring(4).toLowerCase(Locale.ROOT))) {
                return g;
            }
        }
        return null;
    }

    /** The name with its opening "The" in lower case, as a nominal is given inside a sentence. */
    private static String lowerArticle(String name) {
        return name.startsWith("The ") ? "the " + name.substring(4) : name;
    }

    /**
     * The last group phrase opening a sentence before the pronoun m and after the previous statement
     * (which ends at char offset after), within a few sentences; else null.
     */
    private Mention groupSubjectBefore(Mention m, int after) {
        for (int i = startingBefore(subjectPhrases, m.start()) - 1; i >= 0; i--) {
            Mention g = subjectPhrases.get(i);
            if (g.start() <= after || m.start() - g.start() >= 400) {
                return null;
            }
            if (g.type() == Mention.Type.GROUP) {
                return g;
            }
        }
        return null;
    }

    /** How many of the mentions, in text order, start before char offset: a binary search (a huge text has thousands). */
    private static int startingBefore(List<Mention> phrases, int offset) {
        int lo = 0;
        int hi = phrases.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (phrases.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The last organisation, named or nominal, opening a sentence before the pronoun m and after the previous
     * statement (which ends at char offset after), within a few sentences; else null.
     */
    private Mention organizationSubjectBefore(Mention m, int after) {
        Mention best = null;
        int from = Math.max(after, m.start() - 400); // (within a few sentences)
        for (int i = startingBefore(subjectPhrases, m.start()) - 1; i >= 0 && subjectPhrases.get(i).start() > from; i--) {
            if (subjectPhrases.get(i).type() == Mention.Type.ORG_NOMINAL) {
                best = subjectPhrases.get(i);
                break;
            }
        }
        for (int i = namesBefore(m.start()) - 1; i >= 0; i--) {
            Mention n = names.get(i);
            if (best != null && n.start() < best.start() || n.start() <= from) {
                break;
            }
            if (subjects[i] && n.type() == Mention.Type.ORG_NAME) {
                best = n;
                break;
            }
        }
        return best;
    }

    /**
     * The organisation word of a document phrase that opens with that word and the document, after "a" or "the" at
     * most ("a police report": "police"; "a police incident report": "police"; "board papers published in January":
     * "board"), lower-cased; null for any other phrase.
     */
    private String bodyWord(Mention m) {
        if (m.name() == null) {
            return null;
        }
        String[] words = words(m.name());
        int h = words.length - 1; // the document's word: the last, or the head where words follow it
        for (int k = 0; k < words.length - 1; k++) {
            if (words[k].equals(m.head())) {
                h = k;
                break;
            }
        }
        int w = h - 1;
        if (w >= 1 && !orgHead.test(words[w]) && orgHead.test(words[w - 1])) {
            w--; // "a police incident report": the body's word, then what the document is about
        }
        return w < 0 || w > 1 || w == 1 && !ARTICLES.contains(words[0]) || !orgHead.test(words[w]) ? null : words[w];
    }

    /**
     * The organisation entity whose name holds the organisation word that modifies a document ("a police
     * report", "council documents"), named before it; -1 when none or several do.
     */
    private int bodyOfDocument(Mention m) {
        String word = bodyWord(m);
        if (word == null) {
            return -1;
        }
        // an organisation's name, ending in an organisation word, that holds the word: "Alder Crossing Police Department"
        int[] bodies = orgsByWord.computeIfAbsent(word, k -> matching(i -> {
            Entity e = entities.get(i);
            String[] ew = e.words();
            return e.organization() && orgHead.test(ew[ew.length - 1]) && java.util.Arrays.asList(ew).contains(k);
        }));
        // (candidates are in order of first mention: two named before the document leave it to nobody)
        int before = 0;
        while (before < bodies.length && entities.get(bodies[before]).firstStart() < m.start()) {
            before++;
        }
        return before == 1 ? bodies[0] : -1;
    }

    /**
     * "according to a police report" after "Alder Crossing Police Department spokesperson Andrea Kowalski-Reyes":
     * the organisation named only inside a person's role before the document, when one role names one such body
     * with the document's organisation word (its capitalised words up to an organisation word, before the role's
     * own words). Null when none, or when roles name two different bodies.
     */
    private String bodyInRole(Mention m) {
        String word = bodyWord(m);
        return word == null ? null : bodyInRole(word, m.start());
    }

    /**
     * The body named by the capitalised words that open the role of people named before the offset, one of them the
     * word, the last an organisation's ("Inishcarrig Island Co-operative" of "Inishcarrig Island Co-operative manager"
     * for "co-operative"); null when none, or when two roles name two such bodies.
     */
    private String bodyInRole(String word, int before) {
        String found = null;
        for (Entity e : entities) {
            if (e.organization() || e.role() == null || e.firstStart() >= before) {
                continue;
            }
            String[] role = e.role().split(" ");
            int end = 0; // the capitalised words opening the role
            while (end < role.length && capitalised(role[end])) {
                end++;
            }
            if (end < 2 || end == role.length || !orgHead.test(role[end - 1].toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean holds = false;
            for (int k = 0; k < end; k++) {
                holds |= role[k].equalsIgnoreCase(word);
            }
            String body = String.join(" ", java.util.Arrays.copyOf(role, end));
            if (holds) {
                if (found != null && !found.equals(body)) {
                    return null;
                }
                found = body;
            }
        }
        return found;
    }

    /**
     * The name of two or more capitalised words between a document's article and its head ("Lakeshore Research"
     * of "A Lakeshore Research poll"), or null; one word is as often a person's ("the Mueller report").
     */
    private static String namedIssuer(String phrase) {
        String[] w = wordsAfterArticle(phrase);
        int to = w.length - 1; // the head
        int from = 0;
        while (from < 2 && from < to && isLowerCaseWord(w[from])) {
            from++; // "a recent Federal Elections Commission report", "the latest Lakeshore Research poll"
        }
        if (to - from < 2) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (w[i].isEmpty() || !Character.isUpperCase(w[i].charAt(0))) {
                return null;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, to));
    }

    /** A word of letters that opens with a lower-case one: "recent", "leaked". */
    private static boolean isLowerCaseWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter);
    }

    /** The words of a document phrase after its article, if it has one ("a", "an", "the"); none for no phrase. */
    private static String[] wordsAfterArticle(String phrase) {
        if (phrase == null) {
            return new String[0];
        }
        String[] w = phrase.split(" ");
        return w.length > 0 && ARTICLES.contains(w[0].toLowerCase(Locale.ROOT)) ? java.util.Arrays.copyOfRange(w, 1, w.length) : w;
    }

    /** The nearest earlier speaker whose role gives the initials in brackets ("Member (CEC) for Health"), or null. */
    private static Resolved holderOfRoleAcronym(String initials, List<Resolved> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Resolved r = earlier.get(k);
            if (r.type() == SpeakerType.PERSON && r.role() != null && r.role().contains("(" + initials + ")")) {
                return new Resolved(r.name(), SpeakerType.PERSON, initials, 0.1, "name:role-acronym");
            }
        }
        return null;
    }

    /**
     * The nearest earlier speaker that is a local body written as its place and a lower-case word of its kind, "Hordvik
     * county", "Hjelmdal municipality", for a later "the county"; or null.
     */
    private static String placedLocalBodyThatSpoke(String head, List<Resolved> earlier) {
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Resolved r = earlier.get(k);
            String name = r.name();
            if (r.type() == SpeakerType.ORGANIZATION && name != null && name.endsWith(" " + head) && !isDefinite(name)
                    && Character.isUpperCase(name.charAt(0))
                    && name.indexOf(' ') == name.length() - head.length() - 1) {
                return name;
            }
        }
        return null;
    }

    /**
     * The nearest earlier speaker whose post's capitalised words begin with the letters of a post written short ("cec"
     * for "County Executive Committee Member for Roads"), or null; a head of two letters or fewer spells no post here.
     */
    private static Resolved holderOfSpelledPost(String head, List<Resolved> earlier) {
        if (head == null || head.length() < 3 || !head.chars().allMatch(Character::isLetter)) {
            return null;
        }
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Resolved r = earlier.get(k);
            if (r.type() != SpeakerType.PERSON || r.role() == null) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (String w : r.role().split(" ")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    initials.append(Character.toLowerCase(w.charAt(0)));
                }
            }
            if (initials.length() > head.length() && initials.indexOf(head) == 0) {
                return new Resolved(r.name(), SpeakerType.PERSON, null, 0.1, "nominal:spelled-post");
            }
        }
        return null;
    }

    /** The organisation whose initials open a document phrase of two words, "NRTSA data", "FHSC records"; or null. */
    private Entity acronymIssuer(Mention m) {
        String[] w = wordsAfterArticle(m.name());
        return w.length == 2 ? byAcronym(w[0], m.start()) : null;
    }

    /** The organisation whose initials own document m in the possessive: "KOA's latest survey", "the NRTSA's data". */
    private Entity possessiveAcronymIssuer(Mention m) {
        String[] w = wordsAfterArticle(m.name());
        return w.length >= 2 && isPossessiveWord(w[0]) ? byAcronym(w[0].substring(0, w[0].length() - 2), m.start()) : null;
    }

    /** The articles that may open a document phrase named by an organisation word ("a police report"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /** A document named by a company noun before its head: "a company filing", "the company's statement". */
    private boolean companyDocument(Mention m) {
        if (m.name() == null) {
            return false;
        }
        if (("filing".equals(m.head()) || "filings".equals(m.head())) && (m.name().contains("regulatory ")
                || m.name().contains("exchange ") || m.name().contains("securities "))) {
            return true; // "a regulatory filing", "an exchange filing": a listed company's (not a court filing)
        }
        String[] words = m.name().toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            String w = isPossessiveWord(words[i]) ? words[i].substring(0, words[i].length() - 2) : words[i];
            if (companyHead.test(w)) {
                return true;
            }
        }
        return false;
    }

    /** "The Harlan Falls-based bank": a definite nominal whose only description is where it is based. */
    private static boolean basedHead(String name) {
        String[] w = name.split(" ");
        return w.length >= 3 && w[0].equalsIgnoreCase("the") && placedModifier(w[w.length - 2]);
    }

    /** A word that says where a body is or trades: "Bhimnagar-based", "Mumbai-listed". */
    private static boolean placedModifier(String word) {
        return word.endsWith("-based") || word.endsWith("-listed") || word.endsWith("-owned")
                || word.endsWith("-controlled");
    }

    /**
     * The name is a place's or an owner's modifier and one noun, with or without "the": "(The) Bhimnagar-based
     * company", "the State-controlled company".
     */
    private static boolean placedNominal(String name) {
        String[] w = name.split(" ");
        int from = w.length > 0 && w[0].equalsIgnoreCase("the") ? 1 : 0;
        return w.length - from == 2 && placedModifier(w[from]);
    }

    /** The name ends in a company's legal suffix: "Hokuyo Railway Co", "Selwick Freight Ltd". */
    private static boolean hasCompanySuffix(Mention n) {
        return n.head() != null && (COMPANY_SUFFIXES.contains(n.head()) || UTILITY_NAME_ENDS.contains(n.head())
                || BUSINESS_NAME_ENDS.contains(n.head()) && n.name() != null && n.name().indexOf(' ') > 0);
    }

    /** Last words of a business's name of two or more words, what it does: "Lumaris Systems", "Northmoor Steel". */
    private static final Set<String> BUSINESS_NAME_ENDS = Set.of("systems", "steel", "technologies", "industries", "motors",
            "airlines", "airways", "pharmaceuticals", "therapeutics", "foods", "logistics", "shipping", "mining", "software",
            "semiconductor", "electronics", "brands", "retail", "engineering", "construction", "homes", "chemicals", "lines",
            "freight", "marine", "brewery", "breweries");

    /** The last words of a utility's name, what it supplies: "Thames Water", "Lesedi Grid", "Harrow Energy". */
    public static final Set<String> UTILITY_NAME_ENDS = Set.of("water", "grid", "energy", "gas", "electric",
            "electricity", "power", "utilities", "telecom");

    /** Legal forms that end a business's name: a body so named is a business. */
    private static final Set<String> LEGAL_FORMS = Set.of("co", "ltd", "inc", "corp", "plc", "llc", "lp", "llp", "zrt", "kft",
            "nyrt", "gmbh", "ag", "nv", "bv", "sa", "ab", "oy", "oyj", "asa", "kg", "spa", "srl", "sarl", "pty", "bhd",
            "ltda", "dac", "clg", "limited", "incorporated");

    /** Last words of a company's name: its legal forms, and the words a group of companies takes. */
    private static final Set<String> COMPANY_SUFFIXES = java.util.stream.Stream.concat(LEGAL_FORMS.stream(),
            java.util.stream.Stream.of("group", "holdings", "corporation", "company", "bancorp", "bancshares",
                    "bankshares"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The one company named before the offset, by a name ending in a company word or a utility's; null when none is, or
     * two different ones are.
     */
    private Mention onlyCompanyBefore(int offset) {
        if (companyMentions == null) {
            int[] found = new int[names.size()];
            int count = 0;
            for (int i = 0; i < names.size(); i++) {
                Mention n = names.get(i);
                if (n.type() == Mention.Type.ORG_NAME && hasCompanySuffix(n)) {
                    if (otherCompanyAt < 0 && count > 0 && !orgName(names.get(found[0])).equals(orgName(n))) {
                        otherCompanyAt = count;
                    }
                    found[count++] = i;
                }
            }
            companyMentions = java.util.Arrays.copyOf(found, count);
        }
        int before = 0; // how many of them start before the offset
        while (before < companyMentions.length && names.get(companyMentions[before]).start() < offset) {
            before++;
        }
        if (before == 0) {
            return null;
        }
        if (otherCompanyAt < 0 || otherCompanyAt >= before) {
            return names.get(companyMentions[before - 1]);
        }
        // two companies by their words, one of them by a legal form: "Corraglass Renewables Ltd" is the company that a
        // later "the company" names, not "the Slievecorr Landscape Group" of residents
        Mention legal = null;
        for (int k = 0; k < before; k++) {
            Mention n = names.get(companyMentions[k]);
            if (LEGAL_FORMS.contains(n.head())) {
                if (legal != null && !orgName(legal).equals(orgName(n))) {
                    return null;
                }
                legal = n;
            }
        }
        return legal;
    }

    /** The word in lower case is a company's legal form ("ab", "gmbh", "ltd"): a name that ends in it is a business's. */
    public static boolean isLegalForm(String lowerWord) {
        return LEGAL_FORMS.contains(lowerWord);
    }

    /**
     * The word in lower case is a legal form written before a firm's name, which its initials leave out: the "pt" of
     * "PT Sawit Cahaya Lestari (SCL)".
     */
    public static boolean isLeadingLegalForm(String lowerWord) {
        return lowerWord.equals("pt") || lowerWord.equals("cv");
    }


    /**
     * The one word is not entity e's surname, and nothing makes e a person (no given name first, no role, title or
     * gender): "Kaihoku denied" names the company, not "the Kaihoku Shinkansen Line" found by its first word.
     */
    private boolean notASurname(int e, String word) {
        Entity ent = entities.get(e);
        String[] w = ent.words();
        return !w[w.length - 1].equals(word) && ent.role() == null && ent.gender() == '?' && !entityTitles.containsKey(e)
                && !givenName.test(w[0]);
    }

    /**
     * The nearest name before char offset that nothing makes a person and that opens its sentence: two words or more,
     * the first no given name or honorific, with no role, title, gender or apposition ("Brezza Motori said",
     * "Wexe Valley Water has been fined"), past public bodies; null when the nearest other subject is a person or
     * another organisation, or there is none.
     */
    private Mention untypedCompanyBefore(int offset) {
        for (int i = namesBefore(offset) - 1, stop = i - PRONOUN_WINDOW; i >= 0 && i > stop; i--) {
            Mention n = names.get(i);
            if (!subjects[i] || n.type() == Mention.Type.ORG_NAME && isPublicBody(n.name())) {
                continue; // (past a regulator that spoke of the company: "The Water Quality Regulation Authority said")
            }
            if (n.type() != Mention.Type.PERSON_NAME || n.role() != null || nameWords[i].length < 2
                    || givenName.test(nameWords[i][0]) || introducedIn[i] >= 0) {
                return null;
            }
            int e = personOf(i);
            Entity ent = e < 0 ? null : entities.get(e);
            return ent == null || ent.role() != null || ent.gender() != '?' || ent.words().length != nameWords[i].length
                    || entityTitles.containsKey(e) ? null : n;
        }
        return null;
    }

    /**
     * Last words of newspapers' names that name nothing else ("Vorderlandner Nachrichten", "The Kuria Times"): such a
     * paper is never "the operator" or "the company" (unlike "Network", "Post" or "Mail", which end other names too).
     */
    private static final Set<String> PAPER_WORDS = Set.of("times", "herald", "tribune", "gazette", "journal", "chronicle",
            "courier", "examiner", "inquirer", "observer", "telegraph", "guardian", "ledger", "sentinel", "anzeiger",
            "zeitung", "rundschau", "tagblatt", "tageblatt", "nachrichten", "kurier", "gazzetta", "corriere", "giornale",
            "diario", "jornal", "folha", "gazeta", "dziennik", "dagblad", "avisen", "posten", "tidende", "courant",
            "nieuwsblad", "advertiser", "enquirer");

    /** Name i ends with a newspaper's word ({@link #PAPER_WORDS}). */
    private boolean isPaper(int i) {
        return PAPER_WORDS.contains(nameWords[i][nameWords[i].length - 1]);
    }

    /** Statement k was spoken by an organisation named in its speaker phrase ("Diario Marcador claimed"). */
    private static boolean namedOrganizationSpoke(int k, List<Draft> drafts, List<Resolved> earlier) {
        Resolved r = earlier.get(k);
        Mention speaker = drafts.get(k).speaker();
        return r.type() == SpeakerType.ORGANIZATION && r.name() != null && speaker != null && speaker.isName();
    }

    /**
     * The name of the one organisation that has spoken by name before statement index (a public body not counted for a
     * business head: "The Water Quality Authority said … the company said"), or null when none or two have.
     */
    private String soleOrganizationThatSpoke(Mention m, int index, List<Draft> drafts, List<Resolved> earlier) {
        String sole = null;
        // (an article's statements, not a one-line text's thousands: the look back stays bounded)
        for (int k = index - 1; k >= 0 && k >= index - SOLE_SPEAKER_REACH; k--) {
            if (!namedOrganizationSpoke(k, drafts, earlier)) {
                continue;
            }
            String name = earlier.get(k).name();
            // (nor a body whose name says another kind: "the Flight Crew Association said … The airline denied")
            if (BUSINESS_HEADS.contains(m.head()) && isPublicBody(name) || namesABodyNoCompany(name, m.head())
                    || isOtherMembersBody(name, m.head())) {
                continue;
            }
            if (sole != null && !sole.equals(name)) {
                return null;
            }
            sole = name;
        }
        return sole;
    }

    /** The name has a word for a kind of body that no company is ("Association", "Council"), other than the head's. */
    private static boolean namesABodyNoCompany(String name, String head) {
        for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (NO_COMPANY_BODIES.contains(w) && !w.equals(head)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> NO_COMPANY_BODIES = Set.of("association", "union", "federation", "council",
            "committee", "commission", "ministry", "department", "agency", "authority", "board", "society", "league",
            "alliance", "coalition", "court", "tribunal", "party", "government", "police", "army", "university", "college",
            "school", "hospital", "institute", "church", "campaign", "foundation", "charity", "ombudsman",
            "regulator", "inspectorate", "office");

    /** How many statements back {@link #soleOrganizationThatSpoke} and {@link #organizationOpenedBy} look. */
    private static final int SOLE_SPEAKER_REACH = 60;

    /** Kinds of public body that a name need not say: "NHS Glen Corran … the health board", "Halstead State … the school". */
    private static final Set<String> KINDS_OF_BODY = Set.of("board", "trust", "school", "university", "college",
            "hospital", "union", "federation", "association", "society", "foundation", "league", "campaign", "institute");

    /** A name with a word that says what kind of body it is ("… Council", "… Holdings", "… Bank"). */
    private boolean namesAKind(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
            if (orgHead.test(w) || companyHead.test(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name its description says is no company a story's "the company" means: a body ("The metalworkers’ union IG
     * Motorwerk") or an outlet that reports ("Public broadcaster NHK").
     */
    private boolean describedAsAnotherKind(Mention n) {
        return n != null && n.type() == Mention.Type.ORG_NAME && n.role() != null
                && (orgHead.test(n.role()) && !companyHead.test(n.role()) || outletHead.test(n.role())
                || n.role().endsWith(" group")); // "The environmental group Fjällvakt"
    }

    /**
     * "The hydropower company", "the mining firm": a definite business nominal of three words whose middle one is a
     * lower-case word that says what the business does, not which one it is ("the parent company", "a rival firm").
     */
    private static boolean describedCompany(Mention m) {
        String[] w = m.name() == null ? null : m.name().split(" ");
        return w != null && w.length == 3 && isDefinite(m.name()) && BUSINESS_HEADS.contains(m.head())
                && w[1].equals(w[1].toLowerCase(Locale.ROOT)) && !OTHER_COMPANIES.contains(w[1]);
    }

    /** Words before a business nominal that point to another business than the one named before. */
    private static final Set<String> OTHER_COMPANIES = Set.of("parent", "rival", "other", "sister", "holding", "new",
            "former", "same", "acquired", "merged", "subsidiary", "competing", "partner");

    /** Nominal heads that only a business takes: "the startup said" may point back to a name typed by nothing else. */
    private static final Set<String> BUSINESS_HEADS = Set.of("company", "firm", "startup", "start-up", "business",
            "carmaker", "automaker", "chipmaker", "drugmaker", "retailer", "lender", "insurer", "airline", "utility");

    /**
     * What an organisation does, which its name need not say: "Quorvex … The exchange said", "the Prudential Oversight
     * Board … The regulator said", "Tidelink … the agency said".
     */
    private static final Set<String> FUNCTION_HEADS = Set.of("regulator", "watchdog", "agency", "exchange", "club",
            "tournament", "supermarket", "operator", "developer", "carrier", "network", "broadcaster", "organization",
            "organisation");

    /** Heads of an unnamed source that stays unnamed: "a senior official", "a person familiar with …". */
    private static final Set<String> UNNAMED_BY_TRADE = Set.of("official", "officials", "source", "sources", "person",
            "people", "aide", "aides", "diplomat", "diplomats", "insider", "insiders", "spokesman", "spokeswoman",
            "spokesperson", "officer", "executive", "employee", "worker", "resident", "member", "lawmaker", "one");

    /** Heads of a company nominal that a public body never is, beside {@link #BUSINESS_HEADS}. */
    private static final Set<String> DEVELOPERS = Set.of("developer", "builder", "housebuilder", "contractor", "operator");

    /** A name whose last word is a public body's: "Brackenfold District Council", "the Data Safeguards Authority". */
    private static boolean isPublicBody(String name) {
        if (PUBLIC_BODIES.contains(name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        // or one named by its kind first: "The Office of Pipeline Integrity Enforcement", "the Department of Labor"
        int from = name.regionMatches(true, 0, "the ", 0, 4) ? 4 : 0;
        int space = name.indexOf(' ', from);
        if (space < 0 || !name.regionMatches(true, space, " of ", 0, 4)) {
            return false;
        }
        String kind = name.substring(from, space).toLowerCase(Locale.ROOT);
        return PUBLIC_BODIES.contains(kind) || kind.equals("office");
    }

    private static final Set<String> PUBLIC_BODIES = Set.of("council", "ministry", "department", "government",
            "authority", "commission", "court", "parliament", "assembly", "senate", "police", "administration",
            "municipality", "regulator", "board", "agency", "tribunal", "inspectorate", "bureau", "directorate", "ombudsman");

    /** A name whose last word is an institution's that no story calls "the company": "Winnecott Regional Medical Center". */
    private static boolean isInstitution(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        // (and a union's local: "United Food Processing Workers Local 1187")
        return INSTITUTIONS.contains(last.toLowerCase(Locale.ROOT))
                || !last.isEmpty() && Character.isDigit(last.charAt(0)) && name.contains(" Local ");
    }

    private static final Set<String> INSTITUTIONS = Set.of("hospital", "center", "centre", "clinic", "university",
            "college", "school", "museum", "library", "church", "diocese", "union", "association", "federation",
            "society", "institute", "foundation", "charity", "alliance", "collective", "coalition", "committee", "forum",
            "campaign", "movement", "caucus");

    /** Name i is one plural word of the company or organisation lists: "Companies that fail … can be fined". */
    private boolean isGenericPlural(int i) {
        String[] w = nameWords[i];
        return w.length == 1 && w[0].endsWith("s") && (companyHead.test(w[0]) || orgHead.test(w[0]));
    }

    /**
     * The nearest organisation before the mention that was the subject of its sentence ("Acme AG announced …");
     * for a business nominal, else a one-word name that nothing makes a person, named before the statement.
     */
    /** The nearest organisation named before the offset, within a few names, that is no public body; or null. */
    private Mention nearestCompanyBefore(int offset) {
        for (int i = namesBefore(offset) - 1, stop = i - PRONOUN_WINDOW; i >= 0 && i > stop; i--) {
            Mention n = names.get(i);
            if (n.type() == Mention.Type.ORG_NAME && !isGenericPlural(i) && !isPublicBody(n.name())) {
                return n;
            }
        }
        return null;
    }

    private Mention recentOrganizationSubject(Mention m, int statementStart) {
        for (int i = namesBefore(m.start()) - 1, stop = i - PRONOUN_WINDOW; i >= 0 && i > stop; i--) {
            Mention n = names.get(i);
            if (n.type() == Mention.Type.ORG_NAME && subjects[i] && !isGenericPlural(i)
                    && !placedNominal(n.name()) // (the body "The Bhimnagar-based company" stood for is further back)
                    && !isOtherMembersBody(n.name(), m.head())
                    && !(isPublicBody(n.name()) && (BUSINESS_HEADS.contains(m.head()) || DEVELOPERS.contains(m.head())
                    || m.type() == Mention.Type.DOCUMENT))
                    && !(isInstitution(n.name()) && BUSINESS_HEADS.contains(m.head()))
                    && !(BUSINESS_HEADS.contains(m.head()) && describedAsAnotherKind(n))
                    // (nor a newspaper for "the operator": "The newspaper Vorderlandner Nachrichten quoted …")
                    && !((n.role() != null && outletHead.test(n.role()) || isPaper(i) || namesANewsOutlet(n.name()))
                    && !outletHead.test(m.head()))) {
                // (not a council for "the developer": "X District Council’s committee voted … The developer said", nor
                // for "the company’s own figures")
                return n;
            }
        }
        // else a one-word name that nothing makes a person (no given name, title, role or gender), as a subject:
        // "Quillon on Tuesday unveiled “Cairn 3” … The startup says", "Quorvex … The exchange said"
        if (!BUSINESS_HEADS.contains(m.head()) && !FUNCTION_HEADS.contains(m.head())) {
            return null;
        }
        // (before the statement: "Cairn 3 is available from Tuesday, the company said" is not said by Cairn)
        for (int i = namesBefore(Math.min(m.start(), statementStart)) - 1, stop = i - PRONOUN_WINDOW; i >= 0 && i > stop; i--) {
            Mention n = names.get(i);
            if (n.type() == Mention.Type.PERSON_NAME && subjects[i] && nameWords[i].length == 1 && n.role() == null
                    && !n.name().equals(n.name().toUpperCase(Locale.ROOT))) { // not a dateline ("BEIJING")
                int e = personOf(i);
                Entity ent = e < 0 ? null : entities.get(e);
                if (ent != null && ent.words().length == 1 && ent.role() == null && ent.gender() == '?'
                        && namedInsideASentence(e)) {
                    return n.withType(Mention.Type.ORG_NAME);
                }
            }
        }
        return null;
    }

    /**
     * The name is a body of people named by what they are in the plural possessive ("The Calderby Town Supporters’
     * Trust", "the Lisbon Public Transport Users’ Commission"), which "the club" or "the operator" never is, unless
     * the nominal's own word or a word of its kind is in it ("the trust", "the union" of "… Teachers’ Guild").
     */
    private static boolean isOtherMembersBody(String name, String head) {
        int mark = Math.max(name.indexOf("s\u2019 "), name.indexOf("s' "));
        if (mark <= 0 || head == null) {
            return false;
        }
        // the body's own words, after the members': a union is "the union" by any of its ("Ironworkers’ Alliance
        // Cymru"), where the "Transport" of "Public Transport Users’ Commission" says whom it speaks for
        String own = name.substring(mark + 3).toLowerCase(Locale.ROOT);
        return !own.contains(head) && !hasWord(own, NAME_WORDS.getOrDefault(head, Set.of()));
    }

    /** A name that says it is a news outlet's: "The PAP news agency", "the Kuria Times newspaper". */
    private static boolean namesANewsOutlet(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return n.contains("news agency") || n.contains("news service") || n.endsWith(" newspaper") || n.endsWith(" broadcaster");
    }

    /**
     * The longer name given before whose last two or more words a lower-case phrase after "the" repeats: "the innocence
     * project" for "the Tri-River Innocence Project"; else null.
     */
    private Entity organizationEndingIn(Mention m) {
        String name = m.name();
        if (name == null || !name.startsWith("the ") || !name.equals(name.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String[] phrase = words(name); // "the" and the words it repeats
        int n = phrase.length - 1;
        if (n < 2) {
            return null;
        }
        List<Integer> filed = entitiesByLastWord().get(phrase[n]);
        for (int k = 0; filed != null && k < filed.size(); k++) {
            Entity e = entities.get(filed.get(k));
            if (e.firstStart() >= m.start()) {
                break;
            }
            // (an organisation, or a name of capitalised words the scan could not type: "Project" is no body's word)
            String[] w = e.words();
            if (w.length > n && java.util.Arrays.equals(w, w.length - n, w.length, phrase, 1, phrase.length)) {
                return e;
            }
        }
        return null;
    }

    /** Every entity by the last word of its name, in text order; made on first use (documents ask it rarely). */
    private Map<String, List<Integer>> entitiesByLastWord() {
        if (entitiesByLastWord == null) {
            entitiesByLastWord = new HashMap<>();
            for (int i = 0; i < entities.size(); i++) {
                String[] w = entities.get(i).words();
                if (w.length > 0) {
                    entitiesByLastWord.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>(2)).add(i);
                }
            }
        }
        return entitiesByLastWord;
    }

    /**
     * The organisation a document belongs to by a possessive: "the charity's website" (the charity, as "the charity said"
     * would be resolved), or "its annual report" before the comma after which that organisation is the subject
     * ("According to its annual report, the charity has …"). Null when neither.
     */
    private Resolved nominalOwner(Mention m, Draft d, int index, List<Draft> drafts, List<Resolved> earlier) {
        String name = m.name();
        if (name == null) {
            return null;
        }
        Mention owner = null;
        String[] w = name.split(" ");
        if (w.length >= 3 && w[0].equalsIgnoreCase("the") && isPossessiveWord(w[1])) {
            String head = w[1].substring(0, w[1].length() - 2).toLowerCase(Locale.ROOT);
            if (orgHead.test(head) || companyHead.test(head)) {
                int end = m.start() + w[0].length() + 1 + head.length();
                owner = new Mention(m.startTok(), m.startTok() + 2, m.start(), end, Mention.Type.ORG_NOMINAL,
                        name.substring(0, end - m.start()), null, head);
            }
        } else if (w.length >= 2 && (w[0].equalsIgnoreCase("its") || w[0].equalsIgnoreCase("their"))) {
            owner = subjectRightAfter(m.end());
        }
        if (owner == null) {
            return null;
        }
        Resolved r = resolveOne(new Draft(d.kind(), d.start(), d.end(), d.paragraph(), owner, d.cue(), d.via(),
                d.confidence(), d.evidence()), index, drafts, earlier);
        if (r.name() == null || r.type() == SpeakerType.PERSON || r.type() == SpeakerType.UNKNOWN
                || owner.type() == Mention.Type.ORG_NOMINAL && !r.name().equals(owner.name())
                && !java.util.Arrays.asList(words(r.name())).contains(owner.head())) {
            return null; // (a body named by the owner's word: not "the Museums and Galleries Staff Union" for "the museum's")
        }
        return new Resolved(r.name(), r.type(), null, 0.15, "document:owner-nominal");
    }

    /** An organisation or group phrase that starts within a comma and a space after char offset at, or null. */
    private Mention subjectRightAfter(int at) {
        for (List<Mention> list : List.of(names, subjectPhrases)) {
            int i = startingBefore(list, at);
            if (i < list.size() && list.get(i).start() <= at + 2) {
                Mention n = list.get(i);
                if (n.type() == Mention.Type.ORG_NAME || n.type() == Mention.Type.ORG_NOMINAL || n.type() == Mention.Type.GROUP) {
                    return n;
                }
                if (n.type() == Mention.Type.PERSON_NAME && n.role() == null) {
                    return n.withType(Mention.Type.ORG_NAME); // "its" says no person owns it: "…, Oxfam has raised"
                }
            }
        }
        return null;
    }

    /**
     * For "the x Y" (a definite organisation nominal of two words, a lower-case modifier and a business's or function's
     * head), the nearest earlier name of two or more words whose last word is x, when no organisation named before has Y
     * in its name: "the health system" after "Lakeshore Meridian Health", "the energy company" after "Harrow Energy".
     * Null when none.
     */
    /** Heads of a body that its name's last word may modify: "the health authority", "the water board", "the TV channel". */
    private static final Set<String> MODIFIED_BODY_HEADS = Set.of("authority", "board", "trust", "service", "channel",
            "station");

    private Mention nameEndingInModifier(Mention m) {
        String name = m.name();
        if (name == null || m.endTok() - m.startTok() != 3 || !isDefinite(name)) {
            return null;
        }
        String[] w = words(name);
        // (a business's or a function's head, after a lower-case modifier: not "the Clinton campaign", "the prize
        // committee")
        if (w.length != 3 || !Character.isLowerCase(name.charAt(name.indexOf(' ') + 1))
                || !(companyHead.test(m.head()) || FUNCTION_HEADS.contains(m.head()) || "system".equals(m.head())
                || MODIFIED_BODY_HEADS.contains(m.head())) // ("the health authority" for Northvale Health)
                || orgByHead(m.head(), m.start()) != null) {
            return null;
        }
        String modifier = w[1];
        for (int i = namesBefore(m.start()) - 1, stop = i - PRONOUN_WINDOW; i >= 0 && i > stop; i--) {
            String[] nw = nameWords[i];
            if (nw.length >= 2 && nw[nw.length - 1].equals(modifier) && names.get(i).role() == null) {
                Mention n = names.get(i);
                return n.type() == Mention.Type.ORG_NAME ? n : n.withType(Mention.Type.ORG_NAME);
            }
        }
        return null;
    }

    /**
     * "according to figures from the agency": the organisation that issued the document, when the phrase
     * names it after "from" or "by" with an organisation nominal that points back to a named organisation.
     */
    private Resolved publisher(Mention m) {
        String name = m.name();
        String[] first = name == null ? new String[0] : name.split(" ", 3);
        if (first.length == 3 && first[0].equalsIgnoreCase("the") && isPossessiveWord(first[1])) {
            // "according to the agency's latest figures": the organisation that owns them
            String head = first[1].substring(0, first[1].length() - 2).toLowerCase(Locale.ROOT);
            Entity owner = orgByHead(head, m.start());
            String owned = owner == null ? "" : owner.name().toLowerCase(Locale.ROOT);
            if (owned.endsWith(" " + head) || owned.startsWith(head + " of ")) { // "… Safety Agency", "Bureau of Meteorology"
                return new Resolved(owner.name(), SpeakerType.ORGANIZATION, null, 0.1, "document:publisher");
            }
        }
        int at = name == null ? -1 : Math.max(name.lastIndexOf(" from "), name.lastIndexOf(" by "));
        if (at < 0 && name != null) {
            // (or whose the document is, or where it appeared: "records of the provincial assessor's office", "a report
            // in the Havelkurier"; not when: "a report in March")
            int of = ofAfterDocumentWord(name);
            String after = of < 0 ? "" : name.substring(of + 4);
            String next = after.startsWith("the ") ? after.substring(4) : after;
            int space = next.indexOf(' ');
            String word = (space < 0 ? next : next.substring(0, space)).toLowerCase(Locale.ROOT);
            at = of >= 0 && !after.isEmpty() && !Dates.MONTHS.contains(word) && !Dates.WEEKDAYS.contains(word)
                    && !SEASONS.contains(word) && !governmentName.test(word) ? of : -1;
        }
        if (at < 0) {
            return name == null ? null : possessiveOwner(name, m.start());
        }
        String[] words = publisherWords(withoutBracketedEnd(name.substring(name.indexOf(' ', at + 1) + 1)).split(" "));
        String rest = String.join(" ", words);
        int named = words.length;
        while (named > 0 && (capitalised(words[named - 1]) || named < words.length && named - 1 > 0
                && (words[named - 1].equals("of") || words[named - 1].equals("and") || words[named - 1].equals("for"))
                && capitalised(words[named - 2]))) {
            named--; // "the U.S. Department of Education", "the Office for National Statistics"
        }
        if (named == 0 && capitalised(words[0])) {
            // "an objection letter from Little Hay Parish Council": a capitalised name is the author as written (a
            // person when it opens with a given name or names a person: "An email from Neera Tanden")
            boolean personSized = words.length >= 2 && words.length <= 3;
            int found = personSized ? findPerson(words(rest), m.end()) : -1;
            Entity known = found >= 0 ? entities.get(found) : null;
            boolean person = personSized && (givenName.test(words[0].toLowerCase(Locale.ROOT)) || known != null
                    && !known.organization() && (known.gender() != '?' || known.role() != null));
            return new Resolved(rest, person ? SpeakerType.PERSON : SpeakerType.ORGANIZATION, null, 0.1, "document:publisher");
        }
        if (named < words.length && named > 0) {
            // "estimates by the research firm Castlegate Insights": the firm named at the end
            return new Resolved(String.join(" ", java.util.Arrays.copyOfRange(words, named, words.length)),
                    SpeakerType.ORGANIZATION, null, 0.1, "document:publisher");
        }
        if (words.length > 2 && words[0].equalsIgnoreCase("the")
                && orgHead.test(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            // "official results published by the regional electoral board": a body named by what it is, or the
            // organisation named before whose name holds those words ("data from the central bank" after "the
            // Central Bank of Montalbán")
            Entity body = orgByHead(rest.substring(4).toLowerCase(Locale.ROOT), m.start());
            return new Resolved(body != null ? body.name() : rest, SpeakerType.ORGANIZATION, null, 0.1, "document:publisher");
        }
        if (words.length != 2 || !words[0].equalsIgnoreCase("the")) {
            return null; // "figures from the national agency for …": no bare nominal
        }
        Entity e = orgByOwnHead(words[1].toLowerCase(Locale.ROOT), m.start());
        return e == null ? null : new Resolved(e.name(), SpeakerType.ORGANIZATION, null, 0.1, "document:publisher");
    }

    /**
     * Where " of " or " in " follows a word for a document in the phrase ("records of …", "a report in …"), or -1.
     */
    private static int ofAfterDocumentWord(String name) {
        for (String w : DOCUMENT_WORDS) {
            for (String p : OF_AND_IN) {
                int at = name.indexOf(w + p);
                if (at >= 0 && (at == 0 || name.charAt(at - 1) == ' ')) {
                    return at + w.length();
                }
            }
        }
        return -1;
    }

    private static final String[] OF_AND_IN = {" of ", " in "};

    /** Words for a document whose owner or publisher follows "of" or "in". */
    private static final List<String> DOCUMENT_WORDS = List.of("report", "reports", "records", "projections", "figures",
            "data", "article", "study", "survey", "audit", "review", "analysis", "estimates", "story", "editorial");

    /** Seasons, which "a report in …" names as a time, as it does a month or a day. */
    private static final Set<String> SEASONS = Set.of("spring", "summer", "autumn", "winter", "fall");

    /** Words after a publisher's name that tell when or how it published: "released Friday", "on Sunday evening". */
    private static final Set<String> PUBLISHED_WHEN = Set.of("on", "in", "at", "released", "published", "issued", "last",
            "this", "earlier", "late", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** The phrase without the bracketed initials it ends with: "the National Sweetener Board" of "… Board (NSB)". */
    private static String withoutBracketedEnd(String phrase) {
        int open = phrase.lastIndexOf(" (");
        return open > 0 && phrase.endsWith(")") ? phrase.substring(0, open) : phrase;
    }

    /** The publisher's words of a document phrase, up to when it published: "the … Service released Friday". */
    private static String[] publisherWords(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (PUBLISHED_WHEN.contains(words[i].toLowerCase(Locale.ROOT))) {
                return java.util.Arrays.copyOf(words, i);
            }
        }
        return words;
    }

    /**
     * "a draft of the Commission's proposal": the capitalised owner of a document inside its phrase, as the
     * organisation named before with that word ("European Commission"), or as written; and a name of two or
     * more words opening the phrase ("Gulfline Power's outage map"), as the person named before by it or as an
     * organisation as written. Null when none.
     */
    private Resolved possessiveOwner(String name, int before) {
        String[] words = name.split(" ");
        int run = 0; // "Gulfline Power's outage map": capitalised words opening the phrase, the last possessive
        while (run < words.length - 1 && capitalised(words[run]) && !isPossessiveWord(words[run])) {
            run++;
        }
        if (run >= 1 && run < words.length - 1 && capitalised(words[run]) && isPossessiveWord(words[run])) {
            String owner = String.join(" ", java.util.Arrays.copyOf(words, run)) + " "
                    + words[run].substring(0, words[run].length() - 2);
            int person = findPerson(words(owner));
            if (person >= 0) {
                Entity e = entities.get(person); // "according to Ada Okafor's report": the person named before
                return new Resolved(e.name(), SpeakerType.PERSON, e.role(), 0.15, "document:owner");
            }
            return new Resolved(owner, SpeakerType.ORGANIZATION, null, 0.15, "document:owner");
        }
        int body = words[0].equalsIgnoreCase("the") ? bodyPossessive(words) : -1;
        if (body > 0) {
            // "the state Department of Transportation’s contract database": the body named up to its possessive
            String w = words[body];
            return new Resolved(String.join(" ", java.util.Arrays.copyOf(words, body)) + " " + w.substring(0, w.length() - 2),
                    SpeakerType.ORGANIZATION, null, 0.15, "document:owner");
        }
        for (int i = 1; i < words.length - 1; i++) {
            String w = words[i];
            if (isPossessiveWord(w) && w.length() > 2 && capitalised(w) && words[i - 1].equalsIgnoreCase("the")) {
                String owner = w.substring(0, w.length() - 2);
                // (by its initials too: "the IRWA’s outlook" is the Inland Rivers Water Authority's)
                Entity e = byAcronym(owner, before);
                if (e == null) {
                    e = orgByHead(owner.toLowerCase(Locale.ROOT), before);
                }
                return new Resolved(e != null ? e.name() : owner, SpeakerType.ORGANIZATION, null, 0.15, "document:owner");
            }
        }
        return null;
    }

    /**
     * The index of the possessive word that ends a body's name of two or more words after "the", before the
     * document's words: the "Transportation’s" of "the state Department of Transportation’s contract database" (one
     * lower-case word may open the name; the words inside are capitalised or "of", "for", "and"); else -1.
     */
    private static int bodyPossessive(String[] words) {
        int capitals = 0;
        for (int i = 1; i < words.length - 1; i++) {
            String w = words[i];
            if (isPossessiveWord(w) && capitalised(w) && w.length() > 2) {
                return capitals >= 1 ? i : -1;
            }
            if (capitalised(w)) {
                capitals++;
            } else if (!(i == 1 || w.equals("of") || w.equals("for") || w.equals("and"))) {
                return -1;
            }
        }
        return -1;
    }

    /** A word ending in 's or ’s: "the agency's", "Gulfline Power’s". */
    private static boolean isPossessiveWord(String word) {
        return word.endsWith("'s") || word.endsWith("\u2019s");
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /** How far back, in tokens, "the firm" looks for an organisation named in passing. */
    private static final int NEARBY_ORGANIZATION_TOKENS = 40;

    /**
     * "… sue her former employer, Calder & Voss Wealth. The firm said": the organisation named just before,
     * in any position, when no organisation was a subject. It must be the last name before the nominal and
     * no outlet that relays a statement.
     */
    private Mention nearbyOrganization(Mention m, List<Draft> drafts) {
        int i = namesBefore(m.start()) - 1;
        while (i >= 0 && isGenericPlural(i)) {
            i--; // "Companies that fail … can be fined" names no company
        }
        if (i < 0) {
            return null;
        }
        Mention n = names.get(i);
        if (n.type() != Mention.Type.ORG_NAME || m.startTok() - n.endTok() > NEARBY_ORGANIZATION_TOKENS || isRelay(n.name(), drafts)
                || isPaper(i) && !outletHead.test(m.head())) {
            return null; // (nor a paper: "The newspaper Vorderlandner Nachrichten quoted … The operator rejected this")
        }
        if (hasCompanySuffix(n)) {
            return n;
        }
        // a company's legal suffix just before wins over a place named after it: "operated by Hokuyo Railway Co., … near
        // Shirakawaguchi Station, according to the company"
        for (int k = i - 1; k >= 0 && m.startTok() - names.get(k).endTok() <= NEARBY_ORGANIZATION_TOKENS; k--) {
            Mention c = names.get(k);
            if (c.type() == Mention.Type.ORG_NAME && hasCompanySuffix(c)) {
                return c;
            }
        }
        return n;
    }

    /** A nominal after "the", "its", "their" or a possessive: "the operator", "its operator", "the centre’s operator". */
    private static boolean ownedOrDefinite(String name) {
        String first = firstWord(name);
        return first.equals("the") || ownedByPronoun(name) || first.endsWith("’s") || first.endsWith("'s");
    }

    /** A nominal after "its" or "their": "its operator", "their union". */
    private static boolean ownedByPronoun(String name) {
        String first = firstWord(name);
        return first.equals("its") || first.equals("their");
    }

    /** The first word of a phrase, lower-cased; "" for one word or none. */
    private static String firstWord(String name) {
        int space = name == null ? -1 : name.indexOf(' ');
        return space < 0 ? "" : name.substring(0, space).toLowerCase(Locale.ROOT);
    }

    /**
     * The first organisation named by its name that speaks in the paragraph after the draft's, no public body when a
     * business is wanted; null when none does.
     */
    private static Mention organizationSpeakingNext(Draft d, int index, List<Draft> drafts, boolean business) {
        for (int k = index + 1; k < drafts.size() && drafts.get(k).paragraph() <= d.paragraph() + 1; k++) {
            Mention s = drafts.get(k).speaker();
            if (drafts.get(k).paragraph() == d.paragraph() + 1 && s != null && s.type() == Mention.Type.ORG_NAME
                    && !(business && isPublicBody(s.name()))) {
                return s;
            }
        }
        return null;
    }

    /**
     * The person who speaks first in the paragraph after the draft's, named there with no role of their own; null when
     * another kind of speaker opens that paragraph.
     */
    private static Mention personSpeakingNext(Draft d, int index, List<Draft> drafts) {
        for (int k = index + 1; k < drafts.size() && drafts.get(k).paragraph() <= d.paragraph() + 1; k++) {
            if (drafts.get(k).paragraph() == d.paragraph() + 1) {
                Mention s = drafts.get(k).speaker();
                return s != null && s.type() == Mention.Type.PERSON_NAME && s.role() == null && s.name().indexOf(' ') > 0
                        ? s : null;
            }
        }
        return null;
    }

    /** The draft's words come through the named outlet or person. */
    private static boolean relays(Draft d, String name) {
        for (Draft.ViaRef v : d.via()) {
            if (name != null && v.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRelay(String name, List<Draft> drafts) {
        for (Draft d : drafts) {
            if (relays(d, name)) {
                return true;
            }
        }
        return false;
    }

    /** How many name mentions start before the offset. */
    private int namesBefore(int offset) {
        return startingBefore(names, offset);
    }

    /** A person named as a sentence subject, and where. */
    private record Subject(Resolved resolved, int at) {
    }

    /** Nouns a story uses for the person it just named as a subject, whatever that person's stated role. */
    private static final Set<String> EPITHETS = Set.of("defender", "striker", "midfielder", "goalkeeper", "keeper",
            "forward", "winger", "veteran", "youngster", "teenager", "rookie", "newcomer", "lawmaker", "legislator",
            "boss", "gaffer");

    /** "The Ceartas leader", "the LSP leader": a capitalised party or side, then the post its person holds in it. */
    private static final java.util.regex.Pattern PARTY_EPITHET = java.util.regex.Pattern.compile(
            "(?i:the) \\p{Lu}[\\p{L}-]* (leader|chief|boss|captain|skipper)");

    /** A nominal ending in how many children: "the mother of four". */
    private static final java.util.regex.Pattern CHILD_COUNT = java.util.regex.Pattern.compile(
            " of (\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$");

    /**
     * The gender of a family or age epithet that names a story's subject ("the father-of-three" 'm',
     * "the mother-of-two" 'f', "the 54-year-old" '?'), or 0 when the head is no such epithet.
     */
    static char epithetGender(String head) {
        if (head != null && (head.endsWith("year-old") || EPITHETS.contains(head))) {
            return '?'; // "said the 54-year-old", "the defender told Wrexford Radio"
        }
        int of = head == null ? -1 : head.indexOf("-of-");
        if (of <= 0) {
            return 0;
        }
        String who = head.substring(0, of);
        switch (who) {
            case "father": case "grandfather": case "dad":
                return 'm';
            case "mother": case "grandmother": case "mum": case "mom":
                return 'f';
            case "parent": case "grandparent":
                return '?';
            default:
                return 0;
        }
    }

    /**
     * The person entity whose name is the subject of a clause opening the pronoun's sentence, before the pronoun,
     * and of the gender wanted; else -1.
     */
    private int clauseSubjectOf(Mention m, char want) {
        int before = namesBefore(m.start());
        for (int i = before - 1; i >= 0 && i >= before - 3; i--) {
            Mention n = names.get(i);
            // a one-word name with no role may be a place: "When asked whether D.C. should have a vote, he said"
            if (clauseEnds[i] > m.start() && n.type() == Mention.Type.PERSON_NAME
                    && personLike(i) && nameGenderOk(i, want)) {
                return personOf(i);
            }
        }
        return -1;
    }

    /**
     * Name mention i reads as a person's, not a place's: it has a role, two words or more, a full name elsewhere, or a
     * gender ("Mr. Khan"); a one-word name with none of these may be a place ("When asked whether D.C. …, he said").
     */
    private boolean personLike(int i) {
        Mention n = names.get(i);
        return n.role() != null || n.name().indexOf(' ') > 0 || isFullName(i) || hasGender(i);
    }

    /** The nearest person before the pronoun named as a sentence subject, within the names window. */
    private Subject recentSubject(Mention m, char want) {
        int lo = namesBefore(m.start());
        for (int i = lo - 1; i >= 0 && i >= lo - PRONOUN_WINDOW; i--) {
            Mention n = names.get(i);
            if (n.type() != Mention.Type.PERSON_NAME || !subjects[i]) {
                continue;
            }
            // (a known gender makes a person of a surname, as "Mr." does: "Mr. Khan appeared on the show. He said …")
            boolean personLike = personLike(i);
            int e = personLike && nameGenderOk(i, want) ? personOf(i) : -1;
            if (e < 0 && personLike && want != '?') {
                e = ownerOfOtherGender(n, want);
            }
            if (e >= 0) { // (a name no person entity holds names nobody a pronoun could stand for)
                Entity ent = entities.get(e);
                return new Subject(new Resolved(ent.name(), SpeakerType.PERSON, ent.role(), 0.15,
                        "pronoun:sentence-subject"), n.start());
            }
        }
        return null;
    }

    /**
     * The person whose possessive opens the role of a subject of the other gender, when that person is of the gender
     * wanted: in "Gaines-Varner's son, Wade, was born in January. She spent …" the son is not "she", his mother is.
     * Else -1.
     */
    private int ownerOfOtherGender(Mention n, char want) {
        if (n.role() == null) {
            return -1;
        }
        String[] role = words(n.role());
        String owner = possessor(role[0]);
        char noun = role.length == 2 ? nominalGender(role[1]) : '?';
        if (owner == null || noun == '?' || noun == want) {
            return -1;
        }
        int e = findPerson(new String[] {owner});
        return e >= 0 && genderOf(entities.get(e)) == want ? e : -1;
    }

    /** The owner a word in the possessive names ("gaines-varner's": "gaines-varner"), or null. */
    private static String possessor(String word) {
        return word.endsWith("'s") || word.endsWith("\u2019s") ? word.substring(0, word.length() - 2) : null;
    }

    /** Entity e is named somewhere other than at a sentence's start (where any word is capitalised). */
    private boolean namedInsideASentence(int e) {
        if (namedInside == null) {
            namedInside = new boolean[entities.size()]; // one pass, on the first business nominal that needs it
            for (int j = 0; j < names.size(); j++) {
                int k = subjects[j] ? -1 : personOf(j);
                if (k >= 0) {
                    namedInside[k] = true;
                }
            }
        }
        return e < namedInside.length && namedInside[e];
    }

    /**
     * The list index of the statement other than the one at {@code index} that starts last before char offset
     * at, or -1. Drafts come in the order found, not the text's: they are sorted by start once, on the first
     * pronoun that asks.
     */
    private int lastDraftBefore(List<Draft> drafts, int index, int at) {
        long[] byStart = draftsByStart(drafts);
        for (int i = firstStartingAt(byStart, at) - 1; i >= 0; i--) {
            int k = (int) byStart[i];
            if (k != index) {
                return k;
            }
        }
        return -1;
    }

    /** {@link #draftsByStart}, made on first use. */
    private long[] draftsByStart(List<Draft> drafts) {
        if (draftsByStart == null || draftsByStart.length != drafts.size()) {
            draftsByStart = new long[drafts.size()];
            for (int i = 0; i < drafts.size(); i++) {
                draftsByStart[i] = (long) drafts.get(i).start() << 32 | i;
            }
            java.util.Arrays.sort(draftsByStart);
        }
        return draftsByStart;
    }

    /** The place in {@link #draftsByStart} of the first draft starting at or after char offset at. */
    private static int firstStartingAt(long[] byStart, int at) {
        int lo = 0;
        int hi = byStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if ((int) (byStart[mid] >>> 32) < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The person (known to be of the gender wanted) introduced within a few sentences before char offset to
     * and after from: named there for the first time, and the only person named there; else -1.
     */
    private int introducedBetween(int from, int to, char want) {
        int found = -1;
        for (int i = namesBefore(from); i < names.size() && names.get(i).start() < to; i++) {
            Mention n = names.get(i);
            if (n.type() != Mention.Type.PERSON_NAME) {
                continue;
            }
            int e = personOf(i);
            if (e >= 0 && e != found && nameWords[i].length == 1 && entities.get(e).role() == null
                    && entities.get(e).gender() == '?') {
                continue; // "drive to St. Anselm's in Pinecastle": one word, no role, no gender, as often a place
            }
            if (e < 0 || found >= 0 && found != e) {
                return -1; // two people named since the last speaker: not decided here
            }
            Entity ent = entities.get(e);
            if (ent.gender() != want || ent.firstStart() < from || to - n.start() > 300) {
                return -1;
            }
            found = e;
        }
        return found;
    }

    /**
     * The person introduced by an apposition in paragraph {@code paragraph}, after char offset {@code from}
     * and within 300 chars before {@code to}, first named there, when no other person with a role or a full
     * name is named there, and whose gender (from the name or the role's head) is {@code want}, or unknown
     * when not {@code strict}; else -1. One-word names with nothing to make them a person are passed over:
     * they are as often places.
     */
    private int introducedJustBefore(int from, int to, char want, int paragraph, boolean strict) {
        int lo = Math.max(from, to - 300);
        int found = -1;
        int introduced = -1;
        for (int i = namesBefore(to) - 1; i >= 0 && names.get(i).start() >= lo; i--) {
            Mention n = names.get(i);
            if (n.type() != Mention.Type.PERSON_NAME) {
                continue;
            }
            int e = personOf(i);
            if (e < 0 || nameWords[i].length == 1 && entities.get(e).role() == null) {
                continue; // "from Shikoti village"
            }
            if (found >= 0 && found != e) {
                return -1;
            }
            found = e;
            if (introducedIn[i] == paragraph) {
                introduced = e;
            }
        }
        if (introduced < 0) {
            return -1;
        }
        Entity ent = entities.get(introduced);
        char g = ent.gender() != '?' || ent.role() == null ? ent.gender() : nominalGender(words(ent.role())[0]);
        return ent.firstStart() >= lo && (g == want || g == '?' && !strict) ? introduced : -1;
    }

    /**
     * A quotation with no attribution of its own, right after a statement in its paragraph, with no person
     * named in between: the same speaker goes on (“…,” said Steve Schmidt. Unless rivals quit,
     * “it is very difficult …”). Null otherwise.
     */
    private Resolved speakerGoesOn(Draft d, int index, List<Draft> drafts, List<Resolved> earlier) {
        if (d.kind() == org.whosaid.model.Kind.INDIRECT || index == 0) {
            return null;
        }
        Draft prev = drafts.get(index - 1);
        Resolved r = earlier.get(index - 1);
        if (r.name() == null || prev.paragraph() != d.paragraph() || prev.end() > d.start()) {
            return null;
        }
        // (past the statement's own attribution: "“…,” said Lena Morrow, a strategist.")
        int from = Math.max(prev.end(), prev.speaker() == null ? 0 : prev.speaker().end());
        for (int i = namesBefore(from); i < names.size() && names.get(i).start() < d.start(); i++) {
            if (names.get(i).type() == Mention.Type.PERSON_NAME) {
                return null;
            }
        }
        return new Resolved(r.name(), r.type(), r.role(), 0.3, "previous-speaker-goes-on");
    }

    /** Name mention i is, or names, a person with a full name or a role. */
    /** Name i names a person whose gender the article gives: "Mr. Khan", "Ms Ruiz". */
    private boolean hasGender(int i) {
        int e = personOf(i);
        return e >= 0 && entities.get(e).gender() != '?';
    }

    private boolean isFullName(int i) {
        int e = personOf(i);
        return e >= 0 && (entities.get(e).words().length > 1 || entities.get(e).role() != null);
    }

    /** The gender a nominal's lower-case head word states ("spokeswoman" 'f', "chairman" 'm', "mother" 'f'), else '?'. */
    static char nominalGender(String head) {
        // a compound ("spokeswoman", "chairman"), not the bare word: "a man" is too often a passer-by
        if (head.endsWith("woman") && head.length() > 5 || FEMALE_NOUNS.contains(head)) {
            return 'f';
        }
        if (head.endsWith("man") && head.length() > 3 && !head.equals("human") || MALE_NOUNS.contains(head)) {
            return 'm';
        }
        return '?';
    }

    private static final Set<String> FEMALE_NOUNS = Set.of("mother", "wife", "daughter", "sister", "grandmother",
            "girl", "widow", "actress", "aunt", "niece", "granddaughter");
    private static final Set<String> MALE_NOUNS = Set.of("father", "husband", "son", "brother", "grandfather", "boy",
            "widower", "actor", "uncle", "nephew", "grandson");

    /**
     * The person entity that name mention i names: {@code findPerson(nameWords[i])}, looked up once, since
     * nothing it depends on changes after the constructor (only genders are learnt later).
     */
    private int personOf(int i) {
        if (personOfName[i] == -2) {
            personOfName[i] = findPerson(nameWords[i]);
        }
        return personOfName[i];
    }

    /**
     * The person entity that entity e's fullest name names ({@code findPerson(words(name))}: e itself, unless an
     * earlier entity of that last word takes the name first), looked up once as {@link #personOf}.
     */
    private int personNamedBy(int e) {
        if (personOfEntity == null) {
            personOfEntity = new int[entities.size()];
            java.util.Arrays.fill(personOfEntity, -2);
        }
        if (personOfEntity[e] == -2) {
            personOfEntity[e] = findPerson(entities.get(e).words());
        }
        return personOfEntity[e];
    }

    /**
     * As {@link #genderOk} for the fullest name of name mention i, without looking that name up again: the person
     * it names is of the gender wanted, or of unknown gender, or no person.
     */
    private boolean nameGenderOk(int i, char want) {
        if (want == '?') {
            return true;
        }
        int named = personOf(i);
        int e = named < 0 ? -1 : personNamedBy(named); // a name of no person names none as it is written, either
        return e < 0 || genderFits(entities.get(e), want);
    }

    private boolean genderOk(String name, char want) {
        int e = want == '?' ? -1 : findPerson(words(name));
        return e < 0 || genderFits(entities.get(e), want);
    }

    /** The person is of the gender wanted, or of a gender nothing says. */
    private boolean genderFits(Entity ent, char want) {
        char g = genderOf(ent);
        return g == '?' || g == want;
    }

    /**
     * A person's gender: as the name or a pronoun gave it, else as a role that is a kinship word or a "-woman" compound
     * says ("his daughter, Yvette Whitlow-Ames": a woman, whom a later "he" does not name); '?' when neither says. Not
     * any "-man": "Ifeoma Stainton-Rees, an ombudsman" is followed by "she wrote".
     */
    private char genderOf(Entity ent) {
        if (ent.gender() != '?' || ent.role() == null) {
            return ent.gender();
        }
        String[] role = words(ent.role());
        String head = role[0];
        if (role.length > 1 && possessor(head) != null) {
            head = role[1]; // "Gaines-Varner's son, Wade,": the owner's possessive, then the noun that says the gender
        }
        return FEMALE_NOUNS.contains(head) || head.endsWith("woman") && head.length() > 5 ? 'f'
                : MALE_NOUNS.contains(head) ? 'm' : '?';
    }

    /** Records that a pronoun of this gender was resolved to the name, so later pronouns agree. */
    private void noteGender(String name, String pronoun) {
        char g = pronoun.equals("he") ? 'm' : pronoun.equals("she") ? 'f' : '?';
        if (g == '?') {
            return;
        }
        int e = findPerson(words(name));
        if (e >= 0) {
            entities.set(e, entities.get(e).withGender(g));
        }
    }

    /** The last person named before the offset whose role contains the head word ("the minister"). */
    private Entity byRole(String head, int before) {
        return lastBefore(roleCandidates(head), before);
    }

    /**
     * "The defense chief" after "Defense Secretary Gilberto Manalastas-Reyes": the secretary or minister named
     * before whose role holds the word before "chief"; null when none.
     */
    private Entity portfolioChief(String nominal, int before) {
        String[] w = words(nominal);
        if (w.length != 3 || !w[0].equals("the")) {
            return null;
        }
        for (String office : CHIEF_OFFICES) {
            Entity e = byRole(office, before);
            if (e != null && e.role() != null && java.util.Arrays.asList(words(e.role())).contains(w[1])) {
                return e;
            }
        }
        return null;
    }

    private static final List<String> CHIEF_OFFICES = List.of("secretary", "minister", "director", "commissioner");

    /** Party adjectives that describe a titled person without naming another office: "the Democratic governor". */
    private static final Set<String> PARTY_ADJECTIVES = Set.of("democratic", "republican", "conservative", "labour",
            "liberal", "socialist");

    /** A nominal of three words whose middle one is a party adjective: "the Democratic governor". */
    private boolean partyModified(String nominal) {
        String[] w = words(nominal);
        return w.length == 3 && PARTY_ADJECTIVES.contains(w[1]);
    }

    /**
     * Among the last few persons named before the offset, the nearest whose abbreviated title stands for the
     * head ("Sen." senator); null when a nearer one holds that role in words, or none has the title.
     */
    private Entity byTitle(String head, int before) {
        int seen = 0;
        for (int i = namesBefore(before) - 1; i >= 0 && seen < 5; i--) {
            if (names.get(i).type() != Mention.Type.PERSON_NAME) {
                continue;
            }
            seen++;
            int e = personOf(i);
            if (e < 0) {
                continue;
            }
            String title = entityTitles.get(e);
            if (head.equals(title) || title != null && TITLE_NOMINALS.getOrDefault(title, Set.of()).contains(head)) {
                return entities.get(e);
            }
            String role = lowerRoles()[e];
            if (role != null && containsWord(role, head)) {
                return null;
            }
        }
        return null;
    }

    /** Nominals that name the holder of a title by another word: "Rep. Harlan Voss … the congressman said". */
    private static final Map<String, Set<String>> TITLE_NOMINALS = Map.of(
            "representative", Set.of("congressman", "congresswoman", "lawmaker", "legislator"),
            "senator", Set.of("lawmaker", "legislator"));

    /** The letters after a member's name that a nominal names them by with their seat: "the Kilcorran TD". */
    private static final Set<String> SEAT_MEMBERS = Set.of("mp", "td", "msp", "mla", "mep", "ms");

    /** How far after a lede's role nominal, in chars, the person it announces must be named. */
    private static final int LEDE_NAME_CHARS = 600;

    /** The first person named after the offset, and not long after, whose role contains the head word. */
    private Entity byRoleAfter(String head, int after) {
        for (int i : roleCandidates(head)) {
            Entity e = entities.get(i);
            if (e.firstStart() > after) {
                return e.firstStart() - after <= LEDE_NAME_CHARS ? e : null;
            }
        }
        return null;
    }

    /** The persons whose role contains the head word, or a word it stands for, in order of first mention. */
    private int[] roleCandidates(String head) {
        int[] found = rolesByHead.get(head);
        if (found == null) {
            String[] roles = lowerRoles();
            List<String> also = ROLE_SYNONYMS.getOrDefault(head, List.of());
            // "Rep. Dale Oberholt, R-Sabledge, … the Republican said": the party letter of the tag
            String party = head.equals("republican") ? "r-" : head.equals("democrat") ? "d-" : null;
            found = matching(i -> roles[i] != null
                    && (containsWord(roles[i], head) || containsAnyWord(roles[i], also)
                    || party != null && roles[i].startsWith(party)));
            rolesByHead.put(head, found);
        }
        return found;
    }

    /** The role holds one of the words as a whole word (see {@link #containsWord}). */
    private static boolean containsAnyWord(String role, List<String> words) {
        for (String w : words) {
            if (containsWord(role, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nominals that name a role by another word: "Strikers captain Sandeep Thakore … The skipper said",
     * "Ridgeline CEO Douglas Brannigan … The executive denied", "Town manager … the Town boss", and abbreviations:
     * "The managing director of the corporation, Wilfred Onsongo, … said the MD", "the MP".
     */
    private static final Map<String, List<String>> ROLE_SYNONYMS = Map.ofEntries(
            Map.entry("skipper", List.of("captain")),
            Map.entry("executive", List.of("ceo")),
            Map.entry("ceo", List.of("chief executive")),
            Map.entry("md", List.of("managing director")),
            Map.entry("dg", List.of("director general", "director-general")),
            Map.entry("cfo", List.of("chief financial officer", "finance chief", "finance director")),
            Map.entry("coo", List.of("chief operating officer")),
            Map.entry("boss", List.of("manager", "ceo", "chief executive", "head coach")),
            // "The Member of Parliament for Dwinyam North, Hon. X, … the MP said"
            Map.entry("mp", List.of("member of parliament")),
            Map.entry("mep", List.of("member of the european parliament")),
            Map.entry("mla", List.of("member of the legislative assembly")),
            Map.entry("msp", List.of("member of the scottish parliament")));

    /**
     * The role holds the head as a whole word, after a hyphen ("vice-president") or in the plural:
     * "presidential candidate" holds no "president", "spokesman" no "man".
     */
    private static boolean containsWord(String role, String head) {
        for (int at = role.indexOf(head); at >= 0; at = role.indexOf(head, at + 1)) {
            int end = at + head.length();
            boolean before = at == 0 || !Character.isLetter(role.charAt(at - 1)) || role.charAt(at - 1) == '-';
            boolean after = end == role.length() || !Character.isLetter(role.charAt(end)) || role.startsWith("s", end)
                    && (end + 1 == role.length() || !Character.isLetter(role.charAt(end + 1)));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name of three or more words, given before the offset, whose initials spell this all-capital word
     * ("LJM" for "Lok Janata Morcha"; "of", "the", "and", "for" do not count); null when none or when the
     * word is no such acronym.
     */
    private Entity byAcronym(String word, int before) {
        // (written with periods too: "The S.B.I. has said")
        String letters = isInitials(word) && word.indexOf('.') > 0 ? word.replace(".", "") : word;
        if (!isAcronym(letters)) {
            return null;
        }
        String lower = letters.toLowerCase(Locale.ROOT);
        for (Entity e : entities) {
            if (e.firstStart() >= before) {
                break;
            }
            // (each part of a hyphenated word may give its letter: "Fédération agricole de Haute-Sorgne", FAHS)
            if (e.words().length >= 3 && (lower.equals(initials(e.words(), false)) || lower.equals(initials(e.words(), true)))) {
                return e;
            }
        }
        return null;
    }

    /** The person named before the offset whose role's initials the word spells ("ASG", "DPP"); else null. */
    private Entity byRoleInitials(String word, int before) {
        // (two capitals too, "the CS", but not a country's or a union's: "the US", "the EU")
        if (!isAcronym(word) && !(word.length() == 2 && isInitials(word) && !PLACE_INITIALS.contains(word))) {
            return null;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        Entity found = null;
        Entity tail = null; // the initials of the role's last words: "CS" of "Health Cabinet Secretary"
        for (Entity e : entities) {
            if (e.firstStart() >= before) {
                break;
            }
            if (!e.organization() && e.role() != null) {
                String all = initials(split(e.role()), false);
                int bracket = e.role().indexOf(" (");
                // (a portfolio in brackets is no part of the post's initials: "SP" of "Superintendent of Police (Cyber Crime)")
                String post = bracket > 0 ? initials(split(e.role().substring(0, bracket)), false) : all;
                if (lower.equals(all) || lower.equals(post)) {
                    found = e;
                } else if (all.length() > lower.length() && all.endsWith(lower)) {
                    tail = e;
                }
            }
        }
        return found != null ? found : tail;
    }

    /** Two-letter initials of places and unions, never of a person's role. */
    private static final Set<String> PLACE_INITIALS = Set.of("US", "UK", "UN", "EU", "AU", "DC", "NY", "LA", "SA", "NZ");

    /** Two to six capitals ("SEC", "UN"), or capitals joined by periods ("U.N", "F.B.I"). */
    private static boolean isInitials(String name) {
        int n = name.length();
        int period = name.indexOf('.');
        if (n < 2 || n > 6 && period < 0 || n > 11) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = name.charAt(k);
            boolean letter = c >= 'A' && c <= 'Z';
            if (period > 0 ? letter != (k % 2 == 0) || !letter && c != '.' : !letter) {
                return false;
            }
        }
        return true;
    }

    /** Three to six capital letters: "LJM", "ASG", "FNER". */
    private static boolean isAcronym(String word) {
        return word.length() >= 3 && word.indexOf('.') < 0 && isInitials(word);
    }

    /** Words an acronym leaves out, in English and in the languages whose organisations news names as they are. */
    private static final Set<String> UNLETTERED = Set.of("of", "the", "and", "for", "de", "des", "du", "la", "le", "les",
            "et", "del", "della", "di", "e", "y", "der", "die", "das", "und", "für", "do", "da", "dos");

    /** A lower-case function word that an organisation's initials skip ("of", "the", "des", "für"). */
    public static boolean isUnlettered(String lowerWord) {
        return UNLETTERED.contains(lowerWord);
    }

    /**
     * The first letters of the words that count ("of", "the", "des" do not); with {@code hyphenParts}, also the first
     * letter of each part after a hyphen ("Haute-Sorgne" gives HS).
     */
    private static String initials(String[] words, boolean hyphenParts) {
        StringBuilder sb = new StringBuilder(words.length + 2);
        for (int n = 0; n < words.length; n++) {
            String w = words[n];
            // (an Indonesian firm's legal form gives no letter: "PT Sawit Cahaya Lestari" is SCL)
            if (!w.isEmpty() && !UNLETTERED.contains(w) && !(n == 0 && words.length >= 3 && isLeadingLegalForm(w))) {
                sb.append(w.charAt(0));
                for (int k = w.indexOf('-'); hyphenParts && k >= 0 && k + 1 < w.length(); k = w.indexOf('-', k + 1)) {
                    sb.append(w.charAt(k + 1));
                }
            }
        }
        return sb.toString();
    }

    /**
     * The last entity before the offset of two or more words opening with the word, with no gender and no role (a
     * name typed a person's only for want of context), or null.
     */
    private Entity namelessByFirstWord(String word, int before) {
        return lastEntityBefore(before, e -> !e.organization() && e.words().length > 1 && e.words()[0].equals(word)
                && e.gender() == '?' && e.role() == null);
    }

    /**
     * The company named before the offset by a name of two or more words and then up to three more that end in a legal
     * suffix: "Tallis & Reed Inc." for "Tallis & Reed", "Maraya Al-Sahil Contracting Co. LLC" for "Maraya Al-Sahil";
     * or null.
     */
    private Resolved companyWithLegalForm(String[] words, int before) {
        Entity company = words.length < 2 ? null : orgOpenedBy(words, before, 3, true);
        return company == null ? null
                : new Resolved(company.name(), SpeakerType.ORGANIZATION, null, 0.05, "organization:legal-name");
    }

    /**
     * The last organisation named before the offset whose name goes on for one to {@code more} words after these
     * ("Delta Crest Refining" for "Delta Crest"), ending in a legal suffix when {@code legal} is set; or null.
     */
    private Entity orgOpenedBy(String[] words, int before, int more, boolean legal) {
        List<Integer> filed = orgsByFirstWord().get(words[0]);
        Entity found = null;
        for (int k = 0; filed != null && k < filed.size(); k++) {
            Entity e = entities.get(filed.get(k));
            if (e.firstStart() >= before) {
                break;
            }
            if (opens(words, e.words(), more) && (!legal || COMPANY_SUFFIXES.contains(e.words()[e.words().length - 1]))) {
                found = e;
            }
        }
        return found;
    }

    /** The words open the longer name's words, which go on for one to {@code more} words after them. */
    private static boolean opens(String[] words, String[] longer, int more) {
        return longer.length > words.length && longer.length <= words.length + more
                && java.util.Arrays.equals(longer, 0, words.length, words, 0, words.length);
    }

    /**
     * The name of an organisation that spoke in the last statements whose name goes on for one or two words after these,
     * or null.
     */
    private String organizationOpenedBy(String[] words, List<Resolved> earlier) {
        // (bounded like the sole speaker's look back: a one-line text of thousands of statements stays linear)
        for (int k = earlier.size() - 1; k >= 0 && k >= earlier.size() - SOLE_SPEAKER_REACH; k--) {
            Resolved r = earlier.get(k);
            if (r.type() == SpeakerType.ORGANIZATION && r.name() != null && opens(words, words(r.name()), 2)) {
                return r.name();
            }
        }
        return null;
    }

    /** The organisations named in two or more words, by their first word, in text order; made on first use. */
    private Map<String, List<Integer>> orgsByFirstWord() {
        if (orgsByFirstWord == null) {
            orgsByFirstWord = new HashMap<>();
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                if (e.organization() && e.words().length > 1) {
                    orgsByFirstWord.computeIfAbsent(e.words()[0], k -> new ArrayList<>(2)).add(i);
                }
            }
        }
        return orgsByFirstWord;
    }

    /** The last organisation named before the offset whose name ends in the word and a legal suffix, or null. */
    private Entity orgByWordBeforeSuffix(String word, int before) {
        if (orgsBySuffixedWord == null) {
            orgsBySuffixedWord = new HashMap<>();
            for (int i = 0; i < entities.size(); i++) {
                String[] w = entities.get(i).words();
                if (entities.get(i).organization() && w.length > 2 && COMPANY_SUFFIXES.contains(w[w.length - 1])) {
                    orgsBySuffixedWord.computeIfAbsent(w[w.length - 2], k -> new ArrayList<>(2)).add(i);
                }
            }
        }
        return lastBefore(orgsBySuffixedWord.get(word), before);
    }

    /** The last of the entities filed (in text order) first named before the offset, or null. */
    private Entity lastBefore(List<Integer> filed, int before) {
        Entity best = null;
        for (int k = 0; filed != null && k < filed.size() && entities.get(filed.get(k)).firstStart() < before; k++) {
            best = entities.get(filed.get(k));
        }
        return best;
    }

    /** The last organisation named before the offset whose name has more words, the first of them this one. */
    private Entity orgByFirstWord(String word, int before) {
        return lastBefore(orgsByFirstWord().get(word), before);
    }

    /**
     * An organisation's name as the article gave it in full: a one-word name ("Orvika shares fell") that
     * opens the name of an organisation named before it is that organisation ("Orvika Group").
     */
    private String orgName(Mention n) {
        String name = n.name();
        boolean the = isDefinite(name);
        String word = name == null ? null : the ? name.substring(4) : name;
        if (word == null) {
            return null;
        }
        if (word.indexOf(' ') >= 0) {
            // "The Orlen Institute said" after "the Orlen Institute for Soil Research": the name given in full before
            Entity full = lastBefore(orgsByOpening().getOrDefault(word.toLowerCase(Locale.ROOT), new int[0]), n.start());
            return full == null ? name : full.name();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        Entity full = the ? null : orgByFirstWord(lower, n.start());
        if (full == null && the) {
            // "The Post" after "The Washington Post": the outlet named in full before
            full = lastBefore(orgsByLastWord.computeIfAbsent(lower, w -> matching(i -> entities.get(i).organization()
                    && lowerNames[i].endsWith(" " + w) && lowerNames[i].length() > w.length() + 4)), n.start());
        }
        if (full == null && the) {
            // "The Directorate said" after "the Directorate of Fisheries"
            Entity opened = lastBefore(orgsByOpening().getOrDefault(lower, new int[0]), n.start());
            if (opened != null) {
                return opened.name();
            }
        }
        return full == null || !capitalisedAfterFirst(full.name()) ? name : full.name();
    }

    private Map<String, int[]> orgsByOpening() {
        if (orgsByOpening == null) {
            Map<String, List<Integer>> found = new HashMap<>();
            for (int i = 0; i < entities.size(); i++) {
                if (!entities.get(i).organization()) {
                    continue;
                }
                String whole = lowerNames[i].startsWith("the ") ? lowerNames[i].substring(4) : lowerNames[i];
                for (int at = whole.indexOf(' '); at > 0; at = whole.indexOf(' ', at + 1)) {
                    if (whole.startsWith(" of ", at) || whole.startsWith(" for ", at)) {
                        found.computeIfAbsent(whole.substring(0, at), k -> new ArrayList<>()).add(i);
                    }
                }
            }
            orgsByOpening = new HashMap<>();
            for (Map.Entry<String, List<Integer>> opening : found.entrySet()) {
                orgsByOpening.put(opening.getKey(), toArray(opening.getValue()));
            }
        }
        return orgsByOpening;
    }

    private static int[] toArray(List<Integer> list) {
        int[] out = new int[list.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = list.get(k);
        }
        return out;
    }

    /** Every word after the first is capitalised: "Fox News", "State Department", not "Carrier workers". */
    private static boolean capitalisedAfterFirst(String name) {
        for (int at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
            // (a name's small joining words aside: "the Coffee and Tea Trade Authority", "the Office of Rail")
            if (at + 1 < name.length() && !Character.isUpperCase(name.charAt(at + 1))
                    && !name.startsWith("and ", at + 1) && !name.startsWith("of ", at + 1)
                    && !name.startsWith("for ", at + 1)) {
                return false;
            }
        }
        return true;
    }

    /** The last organisation named before the offset whose name contains the head word ("the ministry"). */
    /**
     * The name is a local government's of the kind the head word says: the word ends it or comes before the body's own
     * word ("Lunguma County", "the Lunguma County Government", "the city of Halbrück", "Arden City Council"), not a
     * union or association of people who work there.
     */
    private static boolean namesLocalBody(String name, String head) {
        String n = name.toLowerCase(Locale.ROOT);
        int at = n.lastIndexOf(head);
        if (at < 0 || n.contains("union") || n.contains("association") || n.contains("workers")) {
            return at < 0; // (found by another word of the kind: "Stadt", "municipality")
        }
        String rest = n.substring(at + head.length()).trim();
        return rest.isEmpty() || rest.startsWith("government") || rest.startsWith("council") || rest.startsWith("of ")
                || rest.startsWith("board")
                || rest.startsWith("hall") || rest.startsWith("administration") || rest.startsWith("authority");
    }

    /**
     * The last local government named before the offset with the head word: as {@link #orgByHead}, but not "the Kenya
     * Union of County Health Workers" for "the county".
     */
    private Entity localBodyByHead(String head, int before) {
        Entity best = null;
        for (int i : orgsWithHead(head)) {
            Entity e = entities.get(i);
            if (e.firstStart() >= before) {
                break;
            }
            if (namesLocalBody(e.name(), head)) {
                best = e;
            }
        }
        return best;
    }

    /** How far after a nominal the body it stands for may be named (a paragraph or two). */
    private static final int NAMED_LATER_REACH = 1200;

    /**
     * The first organisation named after the offset, within {@link #NAMED_LATER_REACH} characters, whose name is of the
     * nominal's kind ({@link #namesTheKind}: "the Royal Commission into …" for "a royal commission"); else null.
     */
    private Entity orgByHeadAfter(Mention m, int after) {
        String head = m.head();
        if (head == null || m.name() == null) {
            return null;
        }
        for (int i : orgsWithHead(head)) {
            Entity e = entities.get(i);
            if (e.firstStart() >= after && e.firstStart() - after <= NAMED_LATER_REACH && e.organization()
                    && namesTheKind(e.name(), m.name(), head)) {
                return e;
            }
        }
        return null;
    }

    /** The phrase lower-cased, without its possessives' "'s". */
    private static String withoutPossessives(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replace("\u2019s", "").replace("'s", "");
    }

    /**
     * The name is of the kind a nominal describes: it ends with the nominal's head word (or a commission's "… into …"), and
     * every word before the head is in it ("the port authority" for "the Scheldemonde Port Authority", not "the Paris
     * prosecutor's office" for "the Cultural Property Crime Office").
     */
    private boolean namesTheKind(String name, String nominal, String head) {
        String[] words = words(withoutPossessives(name));
        int at = -1;
        for (int k = 0; k < words.length; k++) {
            if (words[k].equals(head)) {
                at = k;
            }
        }
        if (at < 0 || at != words.length - 1 && !words[at + 1].equals("into")) {
            return false;
        }
        Set<String> in = new HashSet<>(Arrays.asList(words)); // (a name may repeat a word: no Set.of)
        for (String w : words(withoutPossessives(nominal))) {
            if (w.equals(head)) {
                return true; // (the words after the head, "of MPs", say no more of the kind)
            }
            if (!w.equals("the") && !w.equals("a") && !w.equals("an") && !in.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private Entity orgByHead(String head, int before) {
        return lastBefore(orgsWithHead(head), before);
    }

    /**
     * The name of the organisation of the nominal's kind that spoke the statement just before, in the same paragraph,
     * when the nominal is "the" and its head alone; else null.
     */
    private String kindThatJustSpoke(Mention m, Draft d, int index, List<Draft> drafts, List<Resolved> earlier) {
        if (index == 0 || m.endTok() - m.startTok() != 2 || !isDefinite(m.name())
                || drafts.get(index - 1).paragraph() != d.paragraph() || !namedOrganizationSpoke(index - 1, drafts, earlier)) {
            return null;
        }
        String name = earlier.get(index - 1).name();
        for (int i : orgsWithHead(m.head())) {
            if (entities.get(i).name().equals(name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * The last organisation named before the offset whose name holds the head word itself, else one of its kind: "the
     * Northern Roads Agency … the Snow Hazard Service … The agency denies" is the Roads Agency.
     */
    private Entity orgByOwnHead(String head, int before) {
        int[] kind = orgsWithHead(head);
        Entity own = null;
        Set<String> word = Set.of(head);
        for (int i : kind) {
            if (entities.get(i).firstStart() >= before) {
                break;
            }
            if (hasWord(lowerNames[i], word)) {
                own = entities.get(i);
            }
        }
        if ("school".equals(head) || "university".equals(head) && own == null) {
            // (a college game's story is about the first school it names: "Halstead State held off … against Oxley
            // College … the school said" is Halstead State's; so is "the university" when no name holds the word)
            return kind.length > 0 && entities.get(kind[0]).firstStart() < before ? entities.get(kind[0]) : null;
        }
        return own != null ? own : orgByHead(head, before);
    }

    /** The entities whose name holds the head word or one of its kind, in order of first mention; found once per head. */
    private int[] orgsWithHead(String head) {
        int[] candidates = orgsByHead.get(head);
        if (candidates == null) {
            Set<String> nameWords = NAME_WORDS.getOrDefault(head, Set.of());
            // (not a web site's name, whose words run together: "UnitedGunGroup.com" is no group)
            // (nor a nominal that only says where a body is: "The Bhimnagar-based company" is no company's name)
            // (nor "the … Users’ Commission" for "the operator")
            candidates = matching(i -> lowerNames[i] != null && !isWebSiteName(lowerNames[i]) && !placedNominal(lowerNames[i])
                    && !isOtherMembersBody(entities.get(i).name(), head)
                    && (lowerNames[i].contains(head) || hasWord(lowerNames[i], nameWords)
                    || head.equals(entities.get(i).role()) // "the union" after "the firefighters' union Bomberos …"
                    || entities.get(i).role() != null && entities.get(i).role().endsWith(" " + head))); // "the group"
            orgsByHead.put(head, candidates);
        }
        return candidates;
    }

    /** The name or the subject phrase ("The agency’s …") that starts at the offset, or null. */
    private Mention contentOpener(int offset) {
        int at = namesBefore(offset + 1) - 1;
        if (at >= 0 && names.get(at).start() == offset) {
            return names.get(at);
        }
        int p = startingBefore(subjectPhrases, offset + 1) - 1;
        return p >= 0 && subjectPhrases.get(p).start() == offset ? subjectPhrases.get(p) : null;
    }

    /** The subject form of the possessive pronoun a document's phrase opens with ("it" for "its annual accounts"), or null. */
    private static String ownerPronoun(String phrase) {
        int space = phrase == null ? -1 : phrase.indexOf(' ');
        String first = space < 0 ? "" : phrase.substring(0, space).toLowerCase(Locale.ROOT);
        return switch (first) {
            case "its" -> "it";
            case "their" -> "they";
            case "his" -> "he";
            case "her" -> "she";
            default -> null;
        };
    }

    /** A name that ends in a web domain: "rappler.com", "thisisnorthvale.co.uk". */
    private static boolean isWebSiteName(String name) {
        return org.whosaid.text.Tokenizer.endsInDomain(name, 0, name.length());
    }

    /**
     * The organisation the name scan found defined by an acronym in brackets right after this name, whose words end
     * with the name; else null.
     */
    private Mention acronymDefinedAfter(Mention m) {
        int at = namesBefore(m.end());
        Mention n = at < names.size() ? names.get(at) : null;
        return n != null && n.startTok() == m.endTok() && n.type() == Mention.Type.ORG_NAME && m.name() != null
                && n.name().length() > m.name().length() && n.name().endsWith(" " + m.name()) ? n : null;
    }

    /**
     * The name scan's organisation of one word at the same place as m whose name differs from m's: a short name the
     * article defined in brackets, read as the organisation it stands for. Null when there is none.
     */
    private Mention nameScanOrganisationAt(Mention m) {
        // (one word, or one after "the": "According to the BMBG")
        int words = m.endTok() - m.startTok();
        int at = (words == 1 || words == 2) && m.name() != null ? namesBefore(m.end()) - 1 : -1;
        Mention n = at >= 0 ? names.get(at) : null;
        // (a name the scan gave the word itself, "Presidency" of "the Presidency", is no short name)
        String word = m.name() != null && m.name().regionMatches(true, 0, "the ", 0, 4) ? m.name().substring(4) : m.name();
        return n != null && n.end() == m.end() && n.endTok() == m.endTok() && n.type() == Mention.Type.ORG_NAME
                && (n.endTok() - n.startTok() == 1 || n.isSide()) // ("The Bobcats said": a side named before)
                && !n.name().equalsIgnoreCase(word) && !n.name().equalsIgnoreCase(m.name()) ? n : null;
    }

    private static final Set<String> TEAMS = Set.of("team", "club", "franchise");

    /**
     * The first name before the offset written after "the", of two or more words, with no role and no gender known, that
     * opens its sentence: a team ("The Brenton Falls Ironclads fired their coach", "The Rivermouth Kestrels had not
     * won"), which no person's name is. Null when none.
     */
    private Mention namedTeam(int before) {
        for (int i = 0; i < names.size() && names.get(i).start() < before; i++) {
            Mention n = names.get(i);
            // (the phrase holds "the " before the name: its span is four chars longer)
            int e = subjects[i] && n.role() == null && nameWords[i].length >= 2
                    && n.end() - n.start() == n.name().length() + 4 ? personOf(i) : -1;
            if (e >= 0 && entities.get(e).gender() == '?' || subjects[i] && n.type() == Mention.Type.ORG_NAME
                    && n.role() == null && n.end() - n.start() == n.name().length() + 4) {
                return n;
            }
            if (n.isSide()) {
                return n; // (or anywhere, a side's name: "a ballpark for the Port Calloway Ospreys")
            }
        }
        return null;
    }

    /** The last organisation named before the offset whose name's last word is the head: "… Health Care Executive". */
    private Entity bodyEndingIn(String head, int before) {
        return lastEntityBefore(before, e -> e.organization() && e.words().length >= 2
                && e.words()[e.words().length - 1].equalsIgnoreCase(head));
    }

    /** Entities are in order of first mention: the last one named before the offset that passes the test, or null. */
    private Entity lastEntityBefore(int before, java.util.function.Predicate<Entity> test) {
        Entity found = null;
        for (Entity e : entities) {
            if (e.firstStart() >= before) {
                break;
            }
            if (test.test(e)) {
                found = e;
            }
        }
        return found;
    }

    /** Words of a workers' organisation, each a name for the others: "the union" of "the Nurses’ Federation". */
    private static final Set<String> LABOUR_BODIES = Set.of("union", "federation", "confederation", "guild", "syndicate",
            "fédération", "confédération", "syndicat");

    /** A union's name words, and "association" and "alliance", which some unions' names hold instead. */
    private static final Set<String> UNIONS = java.util.stream.Stream.concat(LABOUR_BODIES.stream(),
            java.util.stream.Stream.of("association", "alliance")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Documents that a person or an organisation issues and that then "add" or "say" more. */
    private static final Set<String> ISSUED = Set.of("statement", "letter", "release", "memo");

    /** Words that make a name an airline's ("Marjan Air") or a football club's ("Dunholm United"). */
    private static final Set<String> AIRLINE_WORDS = Set.of("air", "airways", "airlines");
    private static final Set<String> CLUB_WORDS = Set.of("united", "rovers", "albion", "athletic", "wanderers", "fc",
            "afc", "club");
    /** Words that make a name a transport operator's: "Morvaig Sound Ferries", "Kelso Buses", "Marjan Air". */
    private static final Set<String> OPERATOR_WORDS = Set.of("ferries", "ferry", "buses", "bus", "rail", "railway",
            "railways", "trains", "air", "airways", "airlines", "shipping", "lines", "transport");

    /** Per nominal head, other words of the names it points back to: "the union" → "… Nurses’ Federation". */
    private static final Map<String, Set<String>> NAME_WORDS = Map.ofEntries(
            Map.entry("federation", LABOUR_BODIES), Map.entry("confederation", LABOUR_BODIES),
            // (a union called an association: "the Irish Association of Nurses and Midwives … the union said")
            Map.entry("union", UNIONS),
            Map.entry("guild", LABOUR_BODIES), Map.entry("syndicate", LABOUR_BODIES), Map.entry("airline", AIRLINE_WORDS),
            Map.entry("carrier", AIRLINE_WORDS), Map.entry("operator", OPERATOR_WORDS), Map.entry("club", CLUB_WORDS),
            Map.entry("municipality", Set.of("city", "town", "borough")),
            Map.entry("railroad", Set.of("railway", "railways", "railroads", "rail")), // "Great Plains & Delmont Railway"
            Map.entry("railway", Set.of("railroad", "railroads", "railways", "rail")),
            Map.entry("district", Set.of("schools")), // "Cottonwood Bend Public Schools … The district said": a school district
            Map.entry("hospital", Set.of("infirmary", "clinic", "medical")), // "St. Ebba's Regional Medical Center"
            Map.entry("tournament", Set.of("open", "cup", "championship", "championships", "classic", "masters")),
            Map.entry("agency", Set.of("office", "authority", "administration", "bureau", "service", "directorate", "unit",
                    "board")),
            // (a college's short name: "Calder State fired …", "Harlan Tech agreed … The school said")
            Map.entry("school", Set.of("state", "tech", "college", "university", "academy", "polytechnic")),
            Map.entry("university", Set.of("state", "tech", "polytechnic")), // "Harrow Valley State … the university said"
            // the kind in the name's own language: "Consorzio Paratoie Laguna … The consortium denied"
            Map.entry("consortium", Set.of("consorzio", "consorcio", "consórcio", "konsortium", "consortium")),
            Map.entry("cooperative", Set.of("cooperativa", "coopérative", "cooperatieve", "kooperativ", "genossenschaft",
                    "co-op", "coop")),
            // "Kettle Ridge Creamery Cooperative … the co-op"
            Map.entry("co-op", Set.of("cooperative", "co-operative", "coop")),
            Map.entry("co-operative", Set.of("cooperative", "co-op")),
            Map.entry("foundation", Set.of("fundación", "fondazione", "fondation", "stiftung", "stichting", "fundação",
                    "stiftelse", "fundacja")),
            Map.entry("association", Set.of("asociación", "associazione", "associação", "verein", "vereniging", "förening",
                    "forening", "stowarzyszenie")));

    /** One of the words is a whole word of the name, between spaces (as {@code name.split(" ")} cuts it). */
    private static boolean hasWord(String name, Set<String> words) {
        for (String w : words) {
            for (int at = name.indexOf(w); at >= 0; at = name.indexOf(w, at + 1)) {
                int end = at + w.length();
                if ((at == 0 || name.charAt(at - 1) == ' ') && (end == name.length() || name.charAt(end) == ' ')) {
                    return true;
                }
            }
        }
        return false;
    }


    private int[] matching(java.util.function.IntPredicate test) {
        int[] out = new int[entities.size()];
        int count = 0;
        for (int i = 0; i < out.length; i++) {
            if (test.test(i)) {
                out[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** Entities are in order of first mention, so the candidates are too: the last one before the offset. */
    private Entity lastBefore(int[] candidates, int before) {
        Entity best = null;
        for (int i : candidates) {
            Entity e = entities.get(i);
            if (e.firstStart() >= before) {
                break;
            }
            best = e;
        }
        return best;
    }
}
