package org.whosaid.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.whosaid.resolve.Mention;
import org.whosaid.resolve.Resolver;
import org.whosaid.text.Analysis;

/**
 * The name scan of one article, run after the finder: every person and organisation name with its role,
 * its gender where an honorific or a given name tells it, and whether it opens its sentence; the group
 * phrases that open sentences; surnames filled from earlier possessives. The resolver names speakers from
 * these alone. Names are typed by their phrase, and a name is a company when the words around it say so
 * ("the national carrier Marjan Air", "Skylark Regional shares fell").
 */
final class NameScan {
    private final List<Mention> names = new ArrayList<>();
    /** Group and organisation nominals that open their sentence ("Residents have started a petition"), in text order. */
    private final List<Mention> subjectPhrases = new ArrayList<>();
    /** Researchers described by where they work, in text order ({@link #findResearchGroups}). */
    private final List<Mention> researchGroups = new ArrayList<>();
    /** Per name, in the order of names: 'm' or 'f' from an honorific, else '?'. */
    private char[] genders = new char[16];
    /** Per name: it opens its sentence. */
    private boolean[] subjects = new boolean[16];
    /** Per name: the role its abbreviated title stands for ("Sen." senator), or null. */
    private String[] titles = new String[16];
    /**
     * Per name: where its sentence ends (a char offset) when it is the subject of a clause opening that sentence
     * with a conjunction ("When trustee Lucie Vidal asked …, she said"), else -1.
     */
    private int[] clauseEnds = new int[16];
    /** The paragraph of a person's name set before an apposition (a role or an age after a comma), else -1. */
    private int[] introducedIn = new int[16];

    /** Abbreviated titles and the role words that later name their holder: "Sen. Ada Ruiz … the senator said". */
    private static final Map<String, String> TITLE_ROLES = Map.ofEntries(
            Map.entry("sen", "senator"), Map.entry("rep", "representative"),
            Map.entry("gov", "governor"), Map.entry("gen", "general"),
            Map.entry("adm", "admiral"), Map.entry("col", "colonel"),
            Map.entry("capt", "captain"), Map.entry("sgt", "sergeant"),
            Map.entry("supt", "superintendent"), Map.entry("insp", "inspector"),
            Map.entry("cllr", "councillor"), Map.entry("cr", "councillor"),
            Map.entry("usec", "undersecretary"),
            Map.entry("amb", "ambassador"), Map.entry("atty", "attorney"),
            Map.entry("prof", "professor"), Map.entry("dr", "doctor"), Map.entry("det", "detective"),
            Map.entry("lt", "lieutenant"), Map.entry("cmdr", "commander"), Map.entry("excellency", "excellency"),
            Map.entry("highness", "highness"), Map.entry("majesty", "majesty"),
            Map.entry("justice", "judge"), Map.entry("judge", "judge"), Map.entry("sec", "secretary"),
            Map.entry("chief", "chief"));

    private final Analysis analysis;
    private final Phrases phrases;
    /**
     * Per capitalised word, the full name a given name the lists hold makes of it wherever the text writes the two
     * together, or "" when two given names do: "Maura Kessington" inside "The Senate campaign of state Treasurer Maura
     * Kessington", "Raymond Kessling" in "the race for mayor of Ashgrove, Raymond Kessling and …", which no name
     * mention holds. Made in one pass on first use.
     */
    private Map<String, String> givenNamesBefore;

    /** The sides' names found so far ("Port Calloway Ospreys"), by their last word in lower case ("ospreys"). */
    private final Map<String, String> sides = new HashMap<>();

    NameScan(Analysis a, Phrases ph, Finder finder) {
        this.analysis = a;
        this.phrases = ph;
        List<Mention> possessives = new ArrayList<>();
        int sharesAt = -1; // the "Shares" of "Shares of …" last passed over
        var t = a.tokens();
        int n = t.size();
        int i = 0;
        while (i < n) {
            // "Said Dorothy Poynter, …": the verb is no name; nor is a phrase opened by a pronoun ("He", "They")
            if (!t.isCapitalized(i) || finder.usedAsCue(i) || ph.has(i, Lexicon.PRONOUN)) {
                i++;
                continue;
            }
            int dateline = ph.capitalsDatelineEnd(i);
            if (dateline <= i) {
                dateline = ph.mixedCaseDatelineEnd(i); // "Hessfurt (dpa) - A strike …": the place, in mixed case
            }
            if (dateline > i) {
                i = dateline; // "HARLOW CITY — A man was arrested", "CHANDRAVALI: The court": a place, nobody who speaks
                continue;
            }
            if ((t.eq(i, "shares") || t.eq(i, "stock")) && (t.eq(i + 1, "of") || t.eq(i + 1, "in"))) {
                sharesAt = i;
                i += 2; // "Shares of Castellane Semiconductor fell": the company's name starts after "of"
                continue;
            }
            int limit = a.sentenceEnd(a.sentenceOf(i));
            Mention defined = acronymDefinition(a, i);
            if (defined != null && !(t.isAllCaps(i) && acronymDefinition(a, i, false) != null)) {
                // "(TfGH)", the "(EDA)" of "Elétricos de Almarés": initials the resolver would not spell
                shortNames.put(t.lower(i), defined.name());
            }
            if (defined == null) {
                defined = shortNameDefinition(a, i);
                if (defined != null) {
                    shortNames.put(t.lower(i), defined.name()); // "(Cofera)": no initials the resolver could spell
                } else {
                    defined = shortNameUse(a, ph, i); // "Cofera said"
                }
            }
            if (defined != null) {
                addBareName(defined); // "the United Congress of Labour (UCL)": a later "The UCL said" finds it
                i = defined.endTok();
                continue;
            }
            Mention m = properNominal(a, ph.right(i, limit));
            if (m != null && (m.type() == Mention.Type.GROUP || m.type() == Mention.Type.ORG_NOMINAL) && !a.inQuote(i)
                    && opensSentence(a, i)) {
                subjectPhrases.add(m); // "Residents have started a petition. They say …", "The ministry rejected … It said"
            }
            int holder = m != null && m.type() == Mention.Type.ORG_NAME ? officeHolderAfterOf(t, ph, m) : -1;
            if (holder > 0) {
                i = holder; // "The government of Prime Minister Laurent Dufresnoy-Malet": the person is named, not the body
                continue;
            }
            Mention ownerBody = m != null && m.isName() && !a.inQuote(i) ? bodyOwner(a, ph, i) : null;
            if (ownerBody != null && m.endTok() >= ownerBody.endTok()) {
                // "a fire at Carrow Energy’s Haldane Bay refinery": the phrase names the refinery, after the body that
                // owns it, which a later "Carrow said" names; "Ballintlea County Council’s bid": the body, without its "’s"
                addBareName(ownerBody);
                i = ownerBody.endTok();
                continue;
            }
            if ((m == null || !m.isName()) && !a.inQuote(i)) {
                Mention owner = ph.possessiveName(i, limit);
                if (owner != null) {
                    possessives.add(owner); // "Callum Brierley's header"
                }
            }
            if (m == null || !m.isName()) {
                m = companyModifier(a, ph, i, limit); // "A Skylark Regional passenger jet"
            }
            // a company known from the words around it: its other mentions are typed alike (typeCompaniesAlike)
            boolean company = false;
            if ((m == null || !m.isName()) && !a.inQuote(i)) {
                m = companyOwner(a, i); // "Larkspur’s distribution center"
                company = m != null;
            }
            if ((m == null || !m.isName()) && !a.inQuote(i)) {
                m = bodyOwner(a, ph, i); // "Brackenfold District Council’s planning committee"
            }
            if (m == null || !m.isName() || isUnitBeforeNumber(t, m) || isOpeningCue(a, ph, m) || isStreet(t, m)
                    || isNamedPlace(t, ph, m)) {
                i++;
                continue;
            }
            int opening = m.startTok(); // where the phrase opens, with a description that types it
            if (m.type() == Mention.Type.PERSON_NAME
                    && ((m.role() != null || UNDESCRIBED_BUSINESS_ENDS.contains(m.head())) && isBusinessNamedByTrade(ph, m)
                    || m.role() != null && Resolver.isLegalForm(m.head()))) {
                // (a legal form ends only a business's name: "Copper miner Norrhällan Mineral AB has won")
                // "owner Brynmaen Steel has confirmed", "Miner Yallunga Resources holds": a description before a name that
                // ends in what a business makes or does, with no given name, is a company's; and some such ends are
                // a company's without one ("Pilots at Corvanta Air")
                m = new Mention(m.startTok(), m.endTok(), m.start(), m.end(), Mention.Type.ORG_NAME, m.name(), null, m.head());
                company = true;
            }
            if (m.type() == Mention.Type.PERSON_NAME && m.role() == null
                    && (isCompanyByContext(t, ph, m) || ownsWithIts(a, ph, m))) {
                m = m.withType(Mention.Type.ORG_NAME); // "Skylark Regional shares fell", "Orchard Little Ones, the manufacturer,"
                String kind = describedBody(t, ph, m);
                if (kind != null) {
                    m = m.withRole(kind); // the kind a later "the union" names it by
                }
                opening = descriptionStart(t, m.startTok());
                company = true;
            } else if (m.type() == Mention.Type.PERSON_NAME && m.role() == null && isSideName(t, ph, m)) {
                // "a ballpark for the Port Calloway Ospreys": the side a later "the team said" names, and "the Ospreys"
                // is that side again
                String side = m.name().indexOf(' ') < 0 ? sides.get(m.name().toLowerCase(java.util.Locale.ROOT)) : m.name();
                if (side != null) {
                    m = new Mention(m.startTok(), m.endTok(), m.start(), m.end(), Mention.Type.ORG_NAME, side, Mention.SIDE,
                            m.head());
                    sides.putIfAbsent(t.lower(m.endTok() - 1), side);
                }
            } else if (m.type() == Mention.Type.ORG_NAME && sharesAt >= 0 && m.startTok() == sharesAt + 2) {
                opening = sharesAt; // the company whose shares open the sentence is its subject, and a company
                company = true;
            }
            if (company) {
                companies.add(m.name());
            }
            boolean apposed = false;
            if (m.type() == Mention.Type.PERSON_NAME && m.role() != null && isTitleOnly(ph, m)) {
                // "Professor Adrian Pellowe, the vice-chancellor,": the apposition is the role, the title only a title
                String role = ph.appositionAfter(m, limit, new int[1]);
                if (role != null) {
                    m = m.withRole(role);
                    apposed = true;
                }
            }
            if (m.type() == Mention.Type.PERSON_NAME && m.role() == null && !afterPlacePreposition(t, i)) {
                int[] endOut = new int[1];
                String role = ph.appositionAfter(m, limit, endOut);
                if (role != null && closesFrontedParticiple(a, m)) {
                    role = null; // "Speaking to the Guardian, the minister said": the comma closes the participle's phrase
                }
                if (role != null && endOut[0] < limit && ph.cue(endOut[0]) != null && t.is(m.startTok() - 1, ',')
                        && !opensSentence(a, m.startTok())) {
                    // "In a notice signed by the town clerk, Fred Kabugo, the council said": the phrase after the name is
                    // the sentence's subject, and the name closes an aside
                    role = null;
                }
                if (role != null && m.endTok() - m.startTok() == 1 && opensSentence(a, m.startTok()) && endOut[0] < limit
                        && ph.cue(endOut[0]) != null && !t.eq(endOut[0] - 1, "of")) { // ("the secretary of state": a noun)
                    // "Separately, the minister said", "Reacting, the minister said": one word and a comma before the
                    // cue's own subject, no name with an apposition (which a comma would close before the cue)
                    role = null;
                }
                apposed = role != null;
                if (role == null) {
                    role = ph.appositionBefore(m, a.sentenceStart(a.sentenceOf(i)) - 1);
                }
                if (role == null) {
                    role = lowerCaseTitle(t, ph, m.startTok(), a.sentenceStart(a.sentenceOf(i)));
                }
                if (role != null) {
                    m = m.withRole(role);
                }
            }
            Mention employer = m.type() == Mention.Type.PERSON_NAME && m.role() != null && !a.inQuote(i)
                    ? employerBeforeRole(a, ph, m) : null;
            if (employer != null) {
                // "Lumaris Systems chief executive Adrian Kessler-Vance has resigned … In a statement, Lumaris said": the
                // company is named in full only in its officer's role, and a later short name is it
                // (no subject: the sentence's subject is the officer, "Borussia Kelheim captain X is in talks")
                addBareName(employer);
                if (employer.endTok() - employer.startTok() == 1) {
                    // a one-word company known by its officer: its other mentions are typed alike ("Cabin crew at
                    // Aeroverra walked out …" before "Aeroverra chief executive X")
                    companies.add(employer.name());
                }
            }
            int k = names.size();
            grow();
            int first = m.startTok();
            int nameAt = nameOffset(a, m);
            // (the title's own name only: in "Mrs. Clinton's Iraq war vote" the name is Iraq's)
            boolean titled = nameAt <= t.end(first) + 2;
            genders[k] = titled && t.eq(first, "mr") ? 'm'
                    : titled && (t.eq(first, "mrs") || t.eq(first, "ms") || t.eq(first, "miss")) ? 'f'
                    : givenNameGender(a, m, nameAt);
            // "Electric two-wheeler maker Zorvik will invest": the description opens the sentence; "Love, Mum." inside a
            // quoted text is no subject of the story
            subjects[k] = opensSentence(a, Math.min(first, opening)) && !a.inQuote(first);
            int sentence = a.sentenceOf(first);
            clauseEnds[k] = m.type() == Mention.Type.PERSON_NAME && !a.inQuote(first)
                    && subordinateSubject(t, a.sentenceStart(sentence), first) ? t.end(a.sentenceEnd(sentence) - 1) : -1;
            // "Mercy, a mother of two from Shikoti,", "Solveig, 67, from Haldøy": a person introduced to the reader
            boolean aged = t.is(m.endTok(), ',') && m.endTok() + 1 < n
                    && t.kind(m.endTok() + 1) == org.whosaid.text.Tokens.NUMBER;
            introducedIn[k] = m.type() == Mention.Type.PERSON_NAME && (apposed || aged) ? a.paragraphOf(first) : -1;
            int title = ph.isPossessivePronoun(first) ? first + 1 : first; // "His Excellency Sheikh …"
            titles[k] = t.isWord(title) ? TITLE_ROLES.get(t.lower(title)) : null;
            if (titles[k] == null && m.type() == Mention.Type.PERSON_NAME && m.role() == null) {
                titles[k] = courtPart(t, ph, m, a.sentenceStart(sentence)); // no role as written, but a nominal later
            }
            int last = m.endTok() - 1;
            if (titles[k] == null && m.type() == Mention.Type.PERSON_NAME && last > first && t.isAllCaps(last)
                    && ph.has(last, Lexicon.POSTNOMINAL) && ph.isRole(last)) {
                titles[k] = t.lower(last); // "Róisín Tierney-Walsh TD … The Kilcorran TD said": the seat's member
            }
            names.add(m);
            i = afterName(a, m, nameAt);
        }
        fillSurnames(possessives);
        typeCompaniesAlike();
        findResearchGroups(a);
    }

    /**
     * The organisation that opens a person's role before the name, as an organisation name: "Lumaris Systems" of
     * "Lumaris Systems chief executive Adrian Kessler-Vance". Two or more capitalised words, none a role, title or
     * function word, then a lower-case role word; else null ("Trade Minister Aiko Tanabe", "Labour MP X").
     */
    private static Mention employerBeforeRole(Analysis a, Phrases ph, Mention m) {
        var t = a.tokens();
        int from = m.startTok();
        int k = from;
        while (k < m.endTok() && k < from + 5 && t.isCapitalized(k) && !t.endsWith(k, "'s")
                && !ph.has(k, Lexicon.ROLE | Lexicon.HONORIFIC | Lexicon.STOP | Lexicon.MODIFIER | Lexicon.DETERMINER)) {
            k++;
        }
        // (no person's name: "Hillary Clinton campaign manager Robby Mook"; one word only before a company's officer:
        // "Aeroverra chief executive Jonas Wilmsen-Dara", not "Labour MP X")
        if (k - from < 1 || k - from == 1 && (!(t.eq(k, "chief") || CORPORATE_ROLES.contains(t.lower(k)))
                || isAdjectiveShaped(t, from)) // (not "Democratic chairman X")
                || k >= m.endTok() || ph.has(from, Lexicon.FEMALE | Lexicon.MALE) || !t.isWord(k)
                || t.isCapitalized(k) || !ph.has(k, Lexicon.ROLE | Lexicon.MODIFIER)
                || !m.role().startsWith(a.text().substring(t.start(from), t.end(k - 1)) + " ")) {
            return null;
        }
        return new Mention(from, k, t.start(from), t.end(k - 1), Mention.Type.ORG_NAME,
                a.text().substring(t.start(from), t.end(k - 1)), null, t.lower(k - 1));
    }

    /** Word k ends as a people's or a party's adjective does: "Democratic", "Republican", "Turkish", "Liberal". */
    private static boolean isAdjectiveShaped(org.whosaid.text.Tokens t, int k) {
        return t.endsWith(k, "ic") || t.endsWith(k, "an") || t.endsWith(k, "ish") || t.endsWith(k, "ese")
                || t.endsWith(k, "al") || t.endsWith(k, "ive");
    }

    /** The full name written for the surname, or null (see {@link #givenNamesBefore}). */
    String fullNameInText(String surname) {
        if (givenNamesBefore == null) {
            givenNamesBefore = new java.util.HashMap<>();
            var t = analysis.tokens();
            for (int k = 1; k < t.size(); k++) {
                // the given name opens the name: nothing capitalised before it but a title or a role ("Treasurer")
                if (t.isWord(k) && t.isCapitalized(k) && t.isCapitalized(k - 1) && phrases.has(k - 1, Lexicon.FEMALE | Lexicon.MALE)
                        && !phrases.has(k - 1, Lexicon.HONORIFIC | Lexicon.STOP | Lexicon.ROLE) && !t.isCapitalized(k + 1)
                        && (k < 2 || !t.isCapitalized(k - 2) || phrases.has(k - 2, Lexicon.HONORIFIC | Lexicon.ROLE))) {
                    String full = t.text(k - 1) + " " + t.text(k);
                    givenNamesBefore.merge(t.text(k), full, (x, y) -> x.equals(y) ? x : "");
                }
            }
        }
        String full = givenNamesBefore.get(surname);
        return full == null || full.isEmpty() ? null : full;
    }

    /** Makes room in the per-name arrays for one more name. */
    /**
     * Adds a name whose gender, title, clause and introduction are unknown and which is no sentence's subject: a body
     * defined in brackets, one that owns what a phrase names, one known by its officer's role.
     */
    private void addBareName(Mention m) {
        grow();
        int k = names.size();
        genders[k] = '?';
        subjects[k] = false;
        titles[k] = null;
        clauseEnds[k] = -1;
        introducedIn[k] = -1;
        names.add(m);
    }

    private void grow() {
        int k = names.size();
        if (k == genders.length) {
            genders = java.util.Arrays.copyOf(genders, 2 * k);
            subjects = java.util.Arrays.copyOf(subjects, 2 * k);
            titles = java.util.Arrays.copyOf(titles, 2 * k);
            clauseEnds = java.util.Arrays.copyOf(clauseEnds, 2 * k);
            introducedIn = java.util.Arrays.copyOf(introducedIn, 2 * k);
        }
    }

    /**
     * The organisation an acronym in brackets at token i is defined as, by the words just before the bracket
     * whose initials spell it ("the United Congress of Labour (UCL)", "the Fédération nationale des exploitants
     * ruraux (FNER)"), or null. The mention spans the brackets, so that names stay in text order; its name is
     * the words defined, with "the" when they have it, lower-cased as a speaker's name is.
     */
    static Mention acronymDefinition(Analysis a, int i) {
        var t = a.tokens();
        int letters = t.length(i);
        if (!t.is(i - 1, '(') || !t.is(i + 1, ')') || letters < 3 || letters > 6) {
            return null;
        }
        if (t.isAllCaps(i)) {
            Mention m = acronymDefinition(a, i, false);
            return m != null ? m : acronymDefinition(a, i, true);
        }
        return isMixedAcronym(a.chars(), t.start(i), t.end(i)) ? acronymDefinition(a, i, true) : null;
    }

    /**
     * Capitals with lower-case letters between them, as the small words of a name give them: "TfGH" of "Transport for
     * Greater Hollinvale", "DfE".
     */
    private static boolean isMixedAcronym(char[] cs, int from, int to) {
        int capitals = 0;
        for (int k = from; k < to; k++) {
            if (Character.isUpperCase(cs[k])) {
                capitals++;
            } else if (!Character.isLowerCase(cs[k])) {
                return false;
            }
        }
        return Character.isUpperCase(cs[from]) && capitals >= 2 && capitals < to - from;
    }

    /**
     * The definition, with the small words that an acronym leaves out skipped; or, with {@code spelled}, counted when
     * their letter comes next: the "de" of "Elétricos de Almarés (EDA)", the "for" of "Transport for Greater Hollinvale
     * (TfGH)". Letters are compared without case.
     */
    private static Mention acronymDefinition(Analysis a, int i, boolean spelled) {
        var t = a.tokens();
        int letters = t.length(i);
        char[] cs = a.chars();
        int next = letters - 1; // the letter of the acronym the next word back must start with
        int first = -1;
        for (int k = i - 2; k >= 0 && k >= i - 14 && first < 0; k--) {
            if (!t.isWord(k)) {
                return null;
            }
            if (Resolver.isUnlettered(t.lower(k)) && !(spelled
                    && Character.toUpperCase(cs[t.start(k)]) == Character.toUpperCase(cs[t.start(i) + next]))) {
                continue;
            }
            // each capitalised part of a hyphenated word may give its letter: "Haute-Sorgne" the HS of "FAHS"
            int parts = 0;
            for (int p = t.end(k) - 1; p > t.start(k); p--) {
                if (cs[p - 1] == '-' && Character.isUpperCase(cs[p]) && next - parts > 0
                        && cs[p] == cs[t.start(i) + next - parts]) {
                    parts++;
                }
            }
            next -= parts;
            if (Character.toUpperCase(cs[t.start(k)]) != Character.toUpperCase(cs[t.start(i) + next])) {
                return null;
            }
            if (next-- == 0) {
                first = k;
            }
        }
        if (first < 0 || !t.isCapitalized(first)) {
            return null;
        }
        if (first > 0 && t.isAllCaps(first - 1) && Resolver.isLeadingLegalForm(t.lower(first - 1))) {
            first--; // an Indonesian firm's legal form, which its initials leave out: "PT Sawit Cahaya Lestari (SCL)"
        }
        String words = a.text().substring(t.start(first), t.end(i - 2));
        String name = t.eq(first - 1, "the") ? "the " + words : words;
        return new Mention(i - 1, i + 2, t.start(i - 1), t.end(i + 1), Mention.Type.ORG_NAME, name, null,
                t.lower(i - 2));
    }

    /** Short names defined in brackets that are no initials of the name before them, to the name. */
    private final java.util.Map<String, String> shortNames = new java.util.HashMap<>(4);

    /**
     * A short name defined before, at token i, as the organisation it stands for, outside brackets and not before a
     * capitalised word ("Cofera said", "The SAT denied", "DEVSTAT hit back"). Null when it is none (and at once when
     * the article defined none).
     */
    private Mention shortNameUse(Analysis a, Phrases ph, int i) {
        var t = a.tokens();
        if (shortNames.isEmpty()) {
            return null;
        }
        int w = t.eq(i, "the") && i + 1 < t.size() ? i + 1 : i; // "The SAT denied"
        String name = shortNames.get(t.lower(w));
        // (followed by a lower-case verb too: "DEVSTAT hit back"; not inside its own brackets, nor before a capital or
        // a role: "SAT director Rogelio Baeza")
        if (name == null || t.is(w - 1, '(') || t.isWord(w + 1) && (t.isCapitalized(w + 1) || ph.isRole(w + 1))
                && ph.cue(w + 1) == null) {
            return null;
        }
        return new Mention(w, w + 1, t.start(w), t.end(w), Mention.Type.ORG_NAME, name, null, t.lower(w));
    }

    /**
     * A one-word short name in brackets after an organisation's name of two or more words ending in an organisation
     * word, when it spells no initials of it (the acronyms are found before): "the Federal Water Resources Commission
     * (Cofera)", "the Geological Hazard Mitigation Agency (BMBG)". Else null.
     */
    private static Mention shortNameDefinition(Analysis a, int i) {
        var t = a.tokens();
        int last = i - 2;
        if (!t.is(i - 1, '(') || !t.is(i + 1, ')') || !t.isCapitalized(i) || t.length(i) < 3
                || t.length(i) > 10
                || !t.isCapitalized(last) || t.isCapitalized(i + 2)
                || t.text(i).length() > 2 && t.text(i).charAt(1) == '-') {
            return null; // (nor a party and state: "Jason Chaffetz (R-Utah)")
        }
        int first = last;
        boolean body = Lexicon.get().in(Lexicon.ORG, t.lower(last));
        for (int k = last - 1; k >= 0 && k >= last - 8; k--) {
            if (t.isCapitalized(k)) {
                first = k;
                body |= Lexicon.get().in(Lexicon.ORG, t.lower(k));
            } else if (!t.eq(k, "of") && !t.eq(k, "and") && !t.eq(k, "for") && !t.eq(k, "to") // "Alliance to Reclaim …"
                    && !Lexicon.get().in(Lexicon.PARTICLE, t.lower(k)) // "Empresa Nacional del Cobre Andino"
                    && !(t.kind(k) != org.whosaid.text.Tokens.WORD && (t.is(k, '\'') || t.is(k, '\u2019'))
                    && t.isCapitalized(k - 1))) { // "the Flemish Transport Workers’ Union (VTB)"
                break;
            }
        }
        // (the organisation's word may come first, as Spanish and Portuguese put it: "Corporación Petrolera Nacional",
        // or inside: "National Union of Basic School Teachers (SNPEB)")
        if (first == last || !body) {
            return null; // one word names no organisation of its own; a person's name before a party in brackets none
        }
        String words = a.text().substring(t.start(first), t.end(last));
        String name = t.eq(first - 1, "the") ? "the " + words : words;
        return new Mention(i - 1, i + 2, t.start(i - 1), t.end(i + 1), Mention.Type.ORG_NAME, name, null, t.lower(last));
    }

    /**
     * A name the words around one of its mentions show to be a company's is a company at every mention:
     * "Larkspur’s distribution center … Larkspur said in an emailed statement … The company denied".
     */
    private void typeCompaniesAlike() {
        if (companies.isEmpty()) {
            return;
        }
        // a surname of a person named in full or with an honorific is that person's, whatever "Trump’s plane" says
        java.util.Set<String> people = new java.util.HashSet<>();
        for (int k = 0; k < names.size(); k++) {
            Mention n = names.get(k);
            if (n.type() == Mention.Type.PERSON_NAME && (n.name().indexOf(' ') > 0 || genders[k] != '?')) {
                people.add(n.name().substring(n.name().lastIndexOf(' ') + 1));
            }
        }
        for (int k = 0; k < names.size(); k++) {
            Mention n = names.get(k);
            if (!companies.contains(n.name())) {
                continue;
            }
            if (people.contains(n.name())) {
                if (n.type() == Mention.Type.ORG_NAME) {
                    names.set(k, n.withType(Mention.Type.PERSON_NAME));
                }
            } else if (n.type() == Mention.Type.PERSON_NAME && n.role() == null) {
                names.set(k, n.withType(Mention.Type.ORG_NAME));
            }
        }
    }

    /**
     * A one-word name in the possessive before what only a company owns, as an organisation name without
     * the "’s": "Larkspur" of "Larkspur’s distribution center"; else null.
     */
    private static Mention companyOwner(Analysis a, int i) {
        var t = a.tokens();
        if (!t.isWord(i) || !t.endsWith(i, "'s") || t.length(i) < 4 || !t.isWord(i + 1) || t.isCapitalized(i + 1)
                || !COMPANY_OWNED.contains(t.lower(i + 1))) {
            return null;
        }
        return new Mention(i, i + 1, t.start(i), t.end(i) - 2, Mention.Type.ORG_NAME,
                a.text().substring(t.start(i), t.end(i) - 2), null, t.lower(i + 1));
    }

    /**
     * A name of two or more capitalised words in the possessive whose last word is a kind of organisation, as an
     * organisation name without the "’s": "Brackenfold District Council" of "Brackenfold District Council’s planning
     * committee", so that "the council" later finds it; else null.
     */
    private static Mention bodyOwner(Analysis a, Phrases ph, int at) {
        var t = a.tokens();
        int i = t.eq(at, "the") ? at + 1 : at; // "The Mid-Prairie Athletic Conference's new deal"
        int k = i;
        while (k < t.size() && k < i + 6 && t.isCapitalized(k) && !t.endsWith(k, "'s") && !ph.has(k, Lexicon.STOP)) {
            k++;
        }
        if (k == i || k - i >= 6 || !t.isCapitalized(k) || !t.endsWith(k, "'s") || t.length(k) < 5) {
            return null;
        }
        String kind = t.lower(k).substring(0, t.length(k) - 2);
        if (!Lexicon.get().in(Lexicon.ORG, kind) && !((Resolver.UTILITY_NAME_ENDS.contains(kind)
                || UNDESCRIBED_BUSINESS_ENDS.contains(kind) || kind.equals("health")) && k > i)) {
            // (or a utility's or another business's that no surname ends: "Carrow Energy’s refinery", "Phakama Power’s
            // coal-fired stations", "Meridane Health’s purchase")
            return null;
        }
        return new Mention(i, k + 1, t.start(i), t.end(k) - 2, Mention.Type.ORG_NAME,
                a.text().substring(t.start(i), t.end(k) - 2), null, kind);
    }

    /**
     * What a company owns, after its name in the possessive: "Larkspur’s distribution center", "Orvika’s shares".
     * Unlike {@link #COMPANY_THINGS} it leaves out what a person owns too ("Trump’s plane", "her customers").
     */
    private static final java.util.Set<String> COMPANY_OWNED = java.util.Set.of("distribution", "warehouse",
            "warehouses", "facilities", "factory", "factories", "plant", "plants", "stores", "headquarters", "shares",
            "stock", "shareholders", "subsidiary", "workforce");

    /** The names typed as companies by the words around them. */
    private final java.util.Set<String> companies = new java.util.HashSet<>();

    /**
     * "Callum Brierley's header … Brierley, 18, has been nicknamed": a lone surname takes the full name
     * that an earlier possessive gave, when no other mention gives a full name with that surname. The
     * possessives themselves stay out of the names, so they never become a pronoun's antecedent.
     */
    private void fillSurnames(List<Mention> possessives) {
        if (possessives.isEmpty()) {
            return;
        }
        java.util.Map<String, Mention> bySurname = new java.util.HashMap<>();
        for (Mention p : possessives) {
            String surname = lastWord(p.name());
            Mention other = bySurname.putIfAbsent(surname, p);
            if (other != null && !other.name().equals(p.name())) {
                bySurname.put(surname, null); // two people with that surname: no guess
            }
        }
        for (Mention n : names) {
            if (n.type() == Mention.Type.PERSON_NAME && n.name().indexOf(' ') > 0) {
                bySurname.remove(lastWord(n.name())); // "Hillary Clinton" is named in full: "Clinton" is hers
            }
        }
        for (int k = 0; k < names.size(); k++) {
            Mention n = names.get(k);
            Mention p = n.type() == Mention.Type.PERSON_NAME && n.name().indexOf(' ') < 0
                    ? bySurname.get(n.name().toLowerCase(java.util.Locale.ROOT)) : null;
            if (p != null && p.start() < n.start()) {
                names.set(k, new Mention(n.startTok(), n.endTok(), n.start(), n.end(), n.type(), p.name(), n.role(),
                        n.head()));
            }
        }
    }

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The char offset where the mention's name is first written inside its phrase ("Ana Ruiz" in "Trade
     * Minister Ana Ruiz"), or -1.
     */
    private static int nameOffset(Analysis a, Mention m) {
        String name = m.name();
        if (name != null) {
            for (int at = m.start(), last = m.end() - name.length(); at <= last; at++) {
                if (a.text().startsWith(name, at)) {
                    return at;
                }
            }
        }
        return -1;
    }

    /**
     * 'f' or 'm' when a name of two or more words, written at offset at, opens with a given name of that
     * gender, else '?'.
     */
    private static char givenNameGender(Analysis a, Mention m, int at) {
        int space = m.name() == null ? -1 : m.name().indexOf(' ');
        if (at < 0 || space < 0) {
            return '?';
        }
        int mask = Lexicon.get().mask(a.chars(), at, at + space); // looked up in place: no string made
        return (mask & Lexicon.FEMALE) != 0 ? 'f' : (mask & Lexicon.MALE) != 0 ? 'm' : '?';
    }

    /**
     * A name after "in", "at", "near", "the town of" …  is a place ("Asked about looting in Unterkell, the
     * spokesperson said"): the nominal after its comma is no apposition of it.
     */
    private static boolean afterPlacePreposition(org.whosaid.text.Tokens t, int i) {
        return t.eq(i - 1, "in") || t.eq(i - 1, "at") || t.eq(i - 1, "near") || t.eq(i - 1, "outside")
                || t.eq(i - 1, "inside") || t.eq(i - 1, "across") || t.eq(i - 1, "around")
                || t.eq(i - 1, "of") && PLACE_NOUNS.contains(t.lower(i - 2)); // "the port town of Dapitan"
    }

    /**
     * Lower-case role words right before a name, after a preposition or a comma, as a title: "former actor" of "her split
     * from former actor Dorian Valcourt-Reese"; null when the word before the name is no role word, or the
     * words follow a possessive or an article ("her rival Bernie Sanders" names a relation, not a role).
     */
    private static String lowerCaseTitle(org.whosaid.text.Tokens t, Phrases ph, int name, int floor) {
        int s = name;
        while (s - 1 >= floor && name - s < 3 && t.isWord(s - 1) && !t.isCapitalized(s - 1)
                && (s == name ? ph.isRole(s - 1) : ph.has(s - 1, Lexicon.MODIFIER))) {
            s--;
        }
        if (s < name && s - 2 >= floor && t.is(s - 2, ',') && t.isWord(s - 1) && !t.isCapitalized(s - 1)
                && !ph.has(s - 1, Lexicon.STOP) && ph.cue(s - 1) == null && !NOT_TRADES.contains(t.lower(s - 1))) {
            s--; // the trade of a title after a comma: "In his decision letter, …, planning inspector Alistair Penrose-Gill"
        }
        // (or after a comma: "Recording a conclusion of misadventure, area coroner Margaret Hollis-Dunne said"; or after
        // the cue of an inverted attribution: "…,” said deputy mayor Ingrid Solbakken-Aas")
        return s == name || !PREPOSITIONS_BEFORE_TITLE.contains(t.lower(s - 1)) && !t.is(s - 1, ',') && ph.cue(s - 1) == null
                || RELATIONS.contains(t.lower(name - 1)) ? null : ph.surface(s, name);
    }

    /** Words that can stand between a comma and a title without being its trade: ", including inspector X". */
    private static final java.util.Set<String> NOT_TRADES = java.util.Set.of("including", "excluding", "following",
            "according", "during", "regarding", "concerning", "like", "unlike", "then", "now", "later", "eventually");

    /**
     * "prosecutor" or "defendant" when the name plays that part in a court report (see {@link #prosecutes},
     * {@link #isDefendant}), so that "the prosecutor" or "the defendant" later names that person; else null.
     */
    private static String courtPart(org.whosaid.text.Tokens t, Phrases ph, Mention m, int sentenceStart) {
        if (!ph.has(m.startTok(), Lexicon.POSTNOMINAL) && prosecutes(t, m, sentenceStart)) {
            return "prosecutor";
        }
        return isDefendant(t, m) ? "defendant" : null;
    }

    /**
     * The name is counsel for the prosecution: "X, prosecuting, said", or a phrase before it in its sentence that
     * opens "for the prosecution" ("Opening the case for the prosecution at … Crown Court, Rebecca Sandhu-Lowe KC
     * told the jury"), so that "the prosecutor" later names that person.
     */
    private static boolean prosecutes(org.whosaid.text.Tokens t, Mention m, int sentenceStart) {
        if (t.is(m.endTok(), ',') && t.eq(m.endTok() + 1, "prosecuting")) {
            return true;
        }
        for (int k = m.startTok() - 3; k >= sentenceStart && k >= m.startTok() - 16; k--) {
            if (t.eq(k, "for") && t.eq(k + 1, "the") && (t.eq(k + 2, "prosecution") || t.eq(k + 2, "state")
                    && t.eq(k + 3, "prosecution"))) {
                return t.is(m.startTok() - 1, ',');
            }
        }
        return false;
    }

    /** What a defendant does or has done to them, right after the name (and an age): "pleaded guilty", "was sentenced". */
    private static final java.util.Set<String> DEFENDANT_VERBS = java.util.Set.of("pleaded", "pled", "admitted", "denies",
            "denied");

    /**
     * The name is the defendant of a court report: "Dale Whitacre-Monroe, 61, pleaded guilty …", "X was sentenced",
     * "jailed X", so that "the defendant" later names that person.
     */
    private static boolean isDefendant(org.whosaid.text.Tokens t, Mention m) {
        int k = m.endTok();
        if (t.is(k, ',') && t.kind(k + 1) == org.whosaid.text.Tokens.NUMBER && t.is(k + 2, ',')) {
            k += 3; // the age
        }
        if (t.isWord(k) && DEFENDANT_VERBS.contains(t.lower(k))) {
            return t.eq(k + 1, "guilty") || t.eq(k + 1, "not") && t.eq(k + 2, "guilty") || t.eq(k + 1, "charges")
                    || t.eq(k + 1, "the") && t.eq(k + 2, "charges");
        }
        return (t.eq(k, "was") || t.eq(k, "is")) && (t.eq(k + 1, "sentenced") || t.eq(k + 1, "jailed")
                || t.eq(k + 1, "convicted") || t.eq(k + 1, "charged") || t.eq(k + 1, "accused"));
    }

    /** Role words that name a relation to someone else rather than a role: "against rival Bernie Sanders". */
    private static final java.util.Set<String> RELATIONS = java.util.Set.of("rival", "friend", "ally", "opponent",
            "veteran", "colleague", "counterpart", "predecessor", "successor", "challenger", "teammate", "team-mate");

    /** Prepositions after which a bare lower-case title names its person's role: "from actor X", "with lawyer Y". */
    private static final java.util.Set<String> PREPOSITIONS_BEFORE_TITLE = java.util.Set.of("from", "with", "by",
            "against", "between", "to", "for");

    /** The role read off the name is one honorific word before it: "Professor" of "Professor Adrian Pellowe". */
    private static boolean isTitleOnly(Phrases ph, Mention m) {
        return m.role().indexOf(' ') < 0 && (ph.has(m.startTok(), Lexicon.HONORIFIC)
                || Extractor.TITLES.contains(m.role().toLowerCase(java.util.Locale.ROOT))) // "Cllr X, leader of …,"
                && ph.surface(m.startTok(), m.startTok() + 1).equals(m.role());
    }

    /** A cue word that opens its sentence before a comma is no name: "Continuing, the CEO said …". */
    private static boolean isOpeningCue(Analysis a, Phrases ph, Mention m) {
        int k = m.startTok();
        return m.type() == Mention.Type.PERSON_NAME && m.endTok() == k + 1 && a.tokens().is(k + 1, ',')
                && k == a.sentenceStart(a.sentenceOf(k)) && ph.cue(k) != null;
    }

    /** One capitalised word set before a number is a currency or a unit, no name: "Rs 214.6 crore", "Sh 5,000". */
    private static boolean isUnitBeforeNumber(org.whosaid.text.Tokens t, Mention m) {
        return m.type() == Mention.Type.PERSON_NAME && m.role() == null && m.endTok() - m.startTok() == 1
                && m.endTok() < t.size() && t.kind(m.endTok()) == org.whosaid.text.Tokens.NUMBER;
    }

    /**
     * A name that the words around it show to be a company's: a company noun before it, a noun of what only a company has
     * ("Skylark Regional shares fell", "a Skylark Regional passenger jet"), or an apposition of a
     * company noun alone ("Orchard Little Ones, the manufacturer, has recalled").
     */
    private static boolean isCompanyByContext(org.whosaid.text.Tokens t, Phrases ph, Mention m) {
        if (ph.has(m.startTok(), Lexicon.HONORIFIC)) {
            return false; // "Mrs. Clinton shares more with …"
        }
        int last = m.endTok() - 1;
        if (last > m.startTok() && (t.endsWith(last, "ers") || t.eq(last, "airlines")) && ph.has(last, Lexicon.COMPANY)
                && !ph.has(m.startTok(), Lexicon.FEMALE | Lexicon.MALE)) {
            return true; // a name ending in a plural trade: "Dunallan Shipbuilders", "Harrow Distillers" (not "Tyra Banks")
        }
        if (last > m.startTok() && Resolver.UTILITY_NAME_ENDS.contains(t.lower(last))
                && !ph.has(m.startTok(), Lexicon.FEMALE | Lexicon.MALE)) {
            return true; // a utility's name: "Thames Water", "Lesedi Grid", "Harrow Energy" (not "Samantha Power")
        }
        int before = m.startTok() - 1;
        if (t.isWord(before) && !t.isCapitalized(before) && afterArticle(t, before)
                && ph.has(before, Lexicon.COMPANY | Lexicon.MEDIA) && !ph.has(before, Lexicon.ROLE)) {
            return true; // "the national carrier Marjan Air", the scan having started at the name
        }
        if (describedBody(t, ph, m) != null) {
            return true; // "the dockers’ union Algemene Havenarbeidersbond", "public spending watchdog Audit Caledonia"
        }
        if ((t.eq(before, "of") || t.eq(before, "in")) && (t.eq(before - 1, "shares") || t.eq(before - 1, "stock"))) {
            return true; // "Shares of Castellane Semiconductor fell", "stock in Orvika"
        }
        if (t.eq(before, "of") && t.isWord(before - 1) && CORPORATE_ROLES.contains(t.lower(before - 1))) {
            return true; // "managing director and CEO of Vellora Paints": only a company has one
        }
        if (t.eq(before, "by") && (t.eq(before - 1, "operated") || t.eq(before - 1, "manufactured"))
                && !ph.has(m.startTok(), Lexicon.FEMALE | Lexicon.MALE)) {
            return true; // "The B-4 dam, operated by Mineração Serra Parda,": a plant's or a product's company
        }
        int after = m.endTok();
        if (t.eq(after, "shares") || t.eq(after, "stock")) {
            // the shares moved: "Brightwell shares rose 4%", not "Clinton shares more with"
            return t.isWord(after + 1) && (t.endsWith(after + 1, "ed") || SHARE_MOVES.contains(t.lower(after + 1)));
        }
        if (t.isWord(after) && !t.isCapitalized(after) && COMPANY_THINGS.contains(t.lower(after))) {
            return true;
        }
        if (t.is(after, ',') && t.eq(after + 1, "in") && (t.eq(after + 2, "a") || t.eq(after + 2, "its"))) {
            // "Sanrei, in a statement posted on its website, said": only an organisation has "its" website
            for (int k = after + 3; k < after + 14 && t.isWord(k); k++) {
                if (t.eq(k, "its")) {
                    return true;
                }
            }
        }
        if (t.is(after, ',') && t.eq(after + 1, "which") && t.isWord(after + 2) && MAKES.contains(t.lower(after + 2))
                && !ph.has(m.startTok(), Lexicon.FEMALE | Lexicon.MALE)) {
            return true; // "Orrin Biologics, which developed the vaccine and paid for the trial, said"
        }
        if (t.is(after, ',') && t.eq(after + 1, "one") && t.eq(after + 2, "of")
                && !ph.has(m.startTok(), Lexicon.FEMALE | Lexicon.MALE)) {
            // "Crestmount Land, one of Hong Kong’s biggest developers,": one of several companies
            for (int k = after + 3; k <= after + 8 && (t.isWord(k) || ph.isPossessiveMark(k)); k++) {
                if (!t.isCapitalized(k) && t.endsWith(k, "s") && ph.has(k, Lexicon.COMPANY) && !ph.has(k, Lexicon.ROLE)) {
                    return true;
                }
            }
        }
        if (!t.is(after, ',') || !(t.eq(after + 1, "the") || t.eq(after + 1, "a"))) {
            return false;
        }
        // (a place may come before the noun: "Vogtmann, the Stuttgart firm, said"; a retired one is a person: "Lonnie
        // Brooks, a retired mail carrier")
        for (int k = after + 2; k <= after + 4 && t.isWord(k) && !t.eq(k, "retired"); k++) {
            if (!t.isCapitalized(k) && ph.has(k, Lexicon.COMPANY) && !ph.has(k, Lexicon.ROLE)) {
                // "Brindlewave, the meeting-notes startup that raised $60 million, wants …"
                return t.is(k + 1, ',') || t.eq(k + 1, "that") || t.eq(k + 1, "which") || t.eq(k + 1, "whose")
                        || t.eq(k + 1, "behind") // "Brindlepath, the company behind the app …"
                        // "Huddlr, the group-chat app popular with students, says" (not "Tim Hess, a real estate
                        // developer in Virginia,")
                        || !ph.has(m.startTok(), Lexicon.FEMALE | Lexicon.MALE) && closesPlainly(t, ph, k + 1);
            }
        }
        return false;
    }

    /**
     * Plain words from token p to a comma within eight tokens, with no cue and no person's role or trade among them:
     * the rest of a company's apposition ("the group-chat app popular with college students,"; not "the city
     * manager,", "a bank analyst at …,").
     */
    private static boolean closesPlainly(org.whosaid.text.Tokens t, Phrases ph, int p) {
        for (int j = p; j < p + 8; j++) {
            if (t.is(j, ',')) {
                return j > p;
            }
            // (a count may stand in it: "the voice-chat app with 140 million users,")
            if (!t.isWord(j) && t.kind(j) != org.whosaid.text.Tokens.NUMBER || ph.cue(j) != null
                    || ph.has(j, Lexicon.ROLE | Lexicon.ANONYMOUS)) {
                return false;
            }
        }
        return false;
    }

    /** What a company does, after ", which": "Orrin Biologics, which developed the vaccine". */
    private static final java.util.Set<String> MAKES = java.util.Set.of("develops", "developed", "makes", "made",
            "produces", "produced", "manufactures", "manufactured", "sells", "sold", "supplies", "supplied", "operates",
            "operated", "employs", "employed");

    /** Roles held only in a company: "chief executive of X", "managing director of X", "co-founder of X". */
    private static final java.util.Set<String> CORPORATE_ROLES = java.util.Set.of("executive", "ceo", "cfo", "coo",
            "founder", "co-founder", "shareholder", "shareholders", "chairman", "chairwoman", "chairperson");

    /** Words between a subject and its own verb: "Itaguara has barred its supporters", "X also fired its coach". */
    private static final java.util.Set<String> BEFORE_OWN_VERB = java.util.Set.of("has", "have", "had", "also");

    /**
     * "Virtus Castelmare fired its coach", "Sociedade Esportiva Itaguara has barred its largest supporters' group":
     * a name opening its sentence, with no given name, whose own verb is followed by "its" owns as a body does, and
     * one that a relative "which" follows is a body too.
     * Not after a cue ("Ferrandi said its accounts were sound"), where "its" is the content's.
     */
    private static boolean ownsWithIts(Analysis a, Phrases ph, Mention m) {
        var t = a.tokens();
        int first = m.startTok();
        if (!opensSentence(a, first) || ph.has(first, Lexicon.HONORIFIC | Lexicon.FEMALE | Lexicon.MALE)) {
            return false;
        }
        int k = m.endTok();
        if (t.is(k, ',') && t.eq(k + 1, "which") && !ph.has(first, Lexicon.ROLE)) {
            return true; // "Ardmeanach Marine, which was taken into public ownership in 2019, said": no person is a "which"
        }
        int auxiliaries = 0;
        while (auxiliaries < 2 && t.isWord(k) && BEFORE_OWN_VERB.contains(t.lower(k))) {
            k++;
            auxiliaries++;
        }
        if (!t.isWord(k) || t.isCapitalized(k) || ph.cue(k) != null || ph.has(k, Lexicon.STOP)) {
            return false;
        }
        return t.endsWith(k, "ed") && t.eq(k + 1, "its");
    }

    /**
     * Capitalised words, after a determiner or opening the scan at token i, that name the company of the
     * noun after them: "Skylark Regional" of "A Skylark Regional passenger jet" (parsed as a passenger).
     */
    private static Mention companyModifier(Analysis a, Phrases ph, int i, int limit) {
        var t = a.tokens();
        int s = ph.has(i, Lexicon.DETERMINER) ? i + 1 : i;
        if (s == i && i > 0 && t.isCapitalized(i - 1)) {
            return null; // inside a name
        }
        int e = s;
        while (e < limit && e - s < 4 && t.isCapitalized(e) && !ph.has(e, Lexicon.STOP | Lexicon.ROLE | Lexicon.HONORIFIC)) {
            e++;
        }
        if (e == s || e >= limit || !t.isWord(e) || t.isCapitalized(e) || !COMPANY_THINGS.contains(t.lower(e))) {
            return null;
        }
        // the phrase keeps its determiner, as parsed phrases do, so that it can open its sentence
        return new Mention(i, e, t.start(i), t.end(e - 1), Mention.Type.ORG_NAME,
                a.text().substring(t.start(s), t.end(e - 1)), null, t.lower(e - 1));
    }

    /** The first word of a company's description before its name at token name: "Electric" of "Electric … maker Zorvik". */
    private static int descriptionStart(org.whosaid.text.Tokens t, int name) {
        int s = name;
        // (not onto a pronoun: in "He tells the newspaper Norrdals-Kuriren" the sentence's subject is "He")
        while (s - 1 >= 0 && s > name - 4 && t.isWord(s - 1) && (!t.isCapitalized(s - 1) || s - 1 == 0
                || !t.isWord(s - 2) || t.eq(s - 1, "the") || t.eq(s - 1, "a"))
                && !Lexicon.get().in(Lexicon.PRONOUN, t.lower(s - 1))) {
            s--;
            if (t.isCapitalized(s)) {
                break;
            }
        }
        return s;
    }

    /**
     * Word k follows "the" or "a", with at most two lower-case words between ("the national carrier"), or a
     * capitalised word that opens the sentence after no other word.
     */
    private static boolean afterArticle(org.whosaid.text.Tokens t, int k) {
        for (int j = k - 1; j >= k - 3 && t.isWord(j); j--) {
            if (t.eq(j, "the") || t.eq(j, "a") || t.eq(j, "an")) {
                return true;
            }
            if (j < k && (t.endsWith(j, "ed") || t.eq(j, "from") || t.eq(j, "by") || t.eq(j, "against") || t.eq(j, "with"))) {
                return true; // a bare description after a verb or a preposition: "ordered electric-bike maker Kestway Mobility"
            }
            if (t.isCapitalized(j)) {
                // or opening the sentence as a description: "Electric two-wheeler maker Zorvik will invest"
                return !t.isWord(j - 1) && (j == 0 || !t.isCapitalized(j - 1)) && j < k;
            }
        }
        return false;
    }

    /**
     * Kinds of body a description right before a name may end in, which no person's name follows as a word of its own:
     * "the dockers’ union Algemene Havenarbeidersbond", "public spending watchdog Audit Caledonia".
     */
    private static final java.util.Set<String> DESCRIBED_BODIES = java.util.Set.of("union", "federation", "association",
            "watchdog", "regulator", "consortium", "cooperative", "co-operative", "foundation", "alliance", "coalition",
            "syndicate", "confederation", "charity");

    /**
     * The kind of body the description right before name m gives it ("union" for "the dockers’ union Algemene
     * Havenarbeidersbond"), or null: a lower-case word of DESCRIBED_BODIES after an article, a verb or a preposition,
     * with at most two words or a possessive's mark between ("the dockers’ union").
     */
    private static String describedBody(org.whosaid.text.Tokens t, Phrases ph, Mention m) {
        int before = m.startTok() - 1;
        if (!t.isWord(before) || t.isCapitalized(before) || !DESCRIBED_BODIES.contains(t.lower(before))
                || ph.has(m.startTok(), Lexicon.FEMALE | Lexicon.MALE | Lexicon.HONORIFIC)) {
            return null;
        }
        int k = before;
        if (ph.isPossessiveMark(k - 1) && t.isWord(k - 2) && !t.isCapitalized(k - 2)) {
            k -= 2; // "the dockers’ union": the article is before the owner
        }
        return afterArticle(t, k) ? t.lower(before) : null;
    }

    /**
     * A side's name: "the", a place and a plural ("the Port Calloway Ospreys", "The Kessington Ironhawks fired", "the
     * Ospreys said"), which no person's name is ("the Robert Williams case" has a noun after it).
     */
    private static boolean isSideName(org.whosaid.text.Tokens t, Phrases ph, Mention m) {
        int last = m.endTok() - 1;
        int first = t.eq(m.startTok(), "the") ? m.startTok() + 1 : m.startTok(); // ("The Bobcats said": the subject's span)
        if (m.end() - t.start(first) != m.name().length() || !t.eq(first - 1, "the")
                || ph.has(first, Lexicon.FEMALE | Lexicon.MALE | Lexicon.HONORIFIC) || !t.isCapitalized(last)) {
            return false;
        }
        String w = t.lower(last);
        boolean plural = w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.endsWith("'s") && !w.endsWith("’s") && (!w.endsWith("es") || w.endsWith("ves")); // ("Wolves")
        int next = m.endTok();
        return plural && (!t.isWord(next) || t.isCapitalized(next) || t.endsWith(next, "ed") || ph.cue(next) != null
                || SIDE_VERBS.contains(t.lower(next)));
    }

    /** Verbs a side's name is the subject of: "the Harbour Kestrels have won". */
    private static final java.util.Set<String> SIDE_VERBS = java.util.Set.of("have", "had", "has", "are", "were", "will",
            "would", "could", "can", "won", "lost", "beat", "face", "host", "drew", "signed", "fired");

    /**
     * The token after "of" in an organisation's phrase where a titled person's name follows, a government or an office
     * named by who holds it ("The government of Prime Minister Laurent Dufresnoy-Malet", "the office of Mayor Ana
     * Ruiz"), or -1.
     */
    private static int officeHolderAfterOf(org.whosaid.text.Tokens t, Phrases ph, Mention m) {
        for (int q = m.startTok() + 1; q + 3 <= m.endTok(); q++) {
            if (t.eq(q, "of") && t.isCapitalized(q + 1) && (ph.isRole(q + 1) || ph.has(q + 1, Lexicon.HONORIFIC))
                    && (t.eq(q - 1, "government") || t.eq(q - 1, "office") || t.eq(q - 1, "administration")
                    || t.eq(q - 1, "cabinet"))) {
                return q + 1;
            }
        }
        return -1;
    }

    /** What a company has or runs, named right after the company: "a Skylark Regional passenger jet". */
    private static final java.util.Set<String> COMPANY_THINGS = java.util.Set.of("passenger",
            "jet", "plane", "aircraft", "airliner", "flight", "flights", "factory", "plant", "store", "stores",
            "subsidiary", "shareholders", "customers");

    /** Verbs of shares that do not end in "-ed": "shares rose", "stock fell". */
    private static final java.util.Set<String> SHARE_MOVES = java.util.Set.of("rose", "fell", "sank", "slid", "hit",
            "lost", "were", "are", "have", "had", "rallied");

    /**
     * A name read as a person's that ends in a street's word: "the flat on Quarry Lane" names no one a later "she" could
     * point to.
     */
    private static boolean isStreet(org.whosaid.text.Tokens t, Mention m) {
        return m.type() == Mention.Type.PERSON_NAME && m.role() == null && m.endTok() - m.startTok() >= 2
                && t.isWord(m.endTok() - 1) && STREET_WORDS.contains(t.lower(m.endTok() - 1));
    }

    /**
     * A person's name shape after a preposition of where and "the", with no given name, title or role: a place's name
     * ("below the Col de la Sellette", "beyond the Pic Sellette"), which no later "she" stands for.
     */
    private static boolean isNamedPlace(org.whosaid.text.Tokens t, Phrases ph, Mention m) {
        int first = m.startTok();
        return m.type() == Mention.Type.PERSON_NAME && m.role() == null && first > 1 && t.eq(first - 1, "the")
                && !t.isCapitalized(first - 1) && t.isWord(first - 2) && WHERE.contains(t.lower(first - 2))
                && !ph.has(first, Lexicon.FEMALE | Lexicon.MALE | Lexicon.HONORIFIC | Lexicon.ROLE);
    }

    /** Prepositions of a place one can stand below, beyond or near, which no person or organisation is. */
    private static final java.util.Set<String> WHERE = java.util.Set.of("below", "above", "beneath", "beyond", "near",
            "across", "along", "past", "under", "over", "around", "behind", "toward", "towards", "atop", "up", "down");

    /** A name of two or three words, no given name first, whose last word is what a business makes or does. */
    private static boolean isBusinessNamedByTrade(Phrases ph, Mention m) {
        if (!BUSINESS_ENDS.contains(m.head())) {
            return false; // (asked of every name: the head's set first, the name's words only for the few that pass)
        }
        int words = m.name().split(" ").length;
        return words >= 2 && words <= 3
                && !ph.has(m.endTok() - words, Lexicon.FEMALE | Lexicon.MALE | Lexicon.HONORIFIC);
    }

    /** Last words of a business's name that say what it makes or does: "Brynmaen Steel", "Yallunga Resources". */
    private static final java.util.Set<String> BUSINESS_ENDS = java.util.Set.of("steel", "resources", "mining",
            "minerals", "metals", "energy", "power", "airlines", "airways", "motors", "foods", "logistics", "shipping",
            "pharmaceuticals", "therapeutics", "industries", "technologies", "systems", "brewery", "breweries",
            "construction", "engineering", "chemicals", "plastics", "textiles", "petroleum", "gold", "cement", "timber",
            "air", "tech", "trading", "spirits", "distillers", "distillery", "brewers", "electronics", "apparel");

    /** Of those, the ones no person's surname is: a name of two or three words ending in one is a company's. */
    private static final java.util.Set<String> UNDESCRIBED_BUSINESS_ENDS = java.util.Set.of("air", "airlines", "airways",
            "resources", "mining", "minerals", "motors", "pharmaceuticals", "therapeutics", "logistics", "shipping",
            "technologies", "industries", "brewery", "breweries", "chemicals", "plastics", "textiles", "petroleum", "cement",
            "tech", "trading", "spirits", "distillers", "distillery", "brewers", "electronics", "apparel");

    private static final java.util.Set<String> STREET_WORDS = java.util.Set.of("lane", "street", "road", "avenue", "drive",
            "crescent", "terrace", "boulevard", "highway", "parkway", "quay", "wharf", "embankment");

    /** Nouns of a place named after "of": "the port town of Dapitan", "the province of Zeeveld". */
    private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of("town", "city", "village", "port",
            "region", "province", "district", "county", "island", "islands", "capital", "suburb", "borough",
            "municipality", "state");

    /**
     * An organisation nominal led by a proper name inside its sentence ("the SNPC-Air union") names
     * that organisation, so that "the union" later can point back to it. Else the phrase as it is.
     */
    private static Mention properNominal(Analysis a, Mention m) {
        if (m != null && m.type() == Mention.Type.ORG_NOMINAL && ofProperName(a.tokens(), m)) {
            // "the municipal council of Oberalpen": named by its place, so that "the council" finds it
            return new Mention(m.startTok(), m.endTok(), m.start(), m.end(), Mention.Type.ORG_NAME, m.name(), null,
                    m.head());
        }
        if (m == null || m.type() != Mention.Type.ORG_NOMINAL || m.startTok() == 0
                || a.sentenceOf(m.startTok() - 1) != a.sentenceOf(m.startTok()) || !a.tokens().eq(m.startTok() - 1, "the")) {
            return m;
        }
        String name = a.text().substring(a.tokens().start(m.startTok() - 1), m.end());
        return new Mention(m.startTok() - 1, m.endTok(), a.tokens().start(m.startTok() - 1), m.end(),
                Mention.Type.ORG_NAME, name, null, m.head());
    }

    /** The phrase opens with "the" and ends in "of" and capitalised words: "the regional council of Upper Tarn". */
    private static boolean ofProperName(org.whosaid.text.Tokens t, Mention m) {
        int k = m.endTok() - 1;
        while (k > m.startTok() && t.isCapitalized(k)) {
            k--;
        }
        return k < m.endTok() - 1 && k > m.startTok() && t.eq(k, "of") && t.eq(m.startTok(), "the");
    }

    /**
     * Where the scan goes on after a name: past the whole phrase, except that an affiliation is
     * scanned for names of its own ("Golden Heron at the Lakeshore Film Festival" names the festival).
     */
    private static int afterName(Analysis a, Mention m, int nameAt) {
        // the name ends before the phrase does: what follows it is scanned on
        if (m.type() == Mention.Type.PERSON_NAME && nameAt >= 0 && nameAt + m.name().length() < m.end()) {
            return Math.max(m.startTok() + 1, a.tokens().firstAtOrAfter(nameAt + m.name().length()));
        }
        return m.endTok();
    }

    List<Mention> names() {
        return names;
    }

    /** Heads of a group of researchers, by trade or by field. */
    private static final java.util.Set<String> RESEARCH_HEADS = java.util.Set.of("researchers", "scientists",
            "astronomers", "archaeologists", "biologists", "chemists", "physicists", "geologists", "ecologists",
            "epidemiologists", "climatologists", "glaciologists", "oceanographers", "volcanologists", "seismologists",
            "psychologists", "neuroscientists", "geneticists", "economists", "engineers");

    /**
     * Researchers described by where they work, outside quotes: "led by researchers at Tallowood University", "Marine
     * biologists at the Kelmoor Institute of Oceanography have described", "scientists from the University of Orrin".
     * What "the researchers" names later when none of them spoke.
     */
    private void findResearchGroups(Analysis a) {
        var t = a.tokens();
        for (int k = 0; k + 2 < t.size(); k++) {
            // (the preposition first: it rules out nearly every token without a lookup)
            if (!(t.eq(k + 1, "at") || t.eq(k + 1, "from") || t.eq(k + 1, "of")) || !t.isWord(k)
                    || !RESEARCH_HEADS.contains(t.lower(k)) || a.inQuote(k)) {
                continue;
            }
            int e = t.eq(k + 2, "the") ? k + 3 : k + 2;
            int s = a.sentenceOf(k);
            // the name of the place of work: capitalised words, with "of" or "for" between them
            while (e < t.size() && a.sentenceOf(e) == s && t.isWord(e)
                    && (t.isCapitalized(e) || (t.eq(e, "of") || t.eq(e, "for")) && e + 1 < t.size() && t.isCapitalized(e + 1))) {
                e++;
            }
            if (e == k + 2 || e == k + 3 && t.eq(k + 2, "the")) {
                continue; // no name after the preposition
            }
            // a field's adjective before the head, as written: "Marine biologists", "clinical researchers"
            boolean field = k > 0 && a.sentenceOf(k - 1) == s && t.isWord(k - 1)
                    && (t.endsWith(k - 1, "al") || t.eq(k - 1, "marine"))
                    && (!t.isCapitalized(k - 1) || a.sentenceStart(s) == k - 1);
            int from = field ? k - 1 : k;
            researchGroups.add(new Mention(from, e, t.start(from), t.end(e - 1), Mention.Type.GROUP,
                    a.text().substring(t.start(from), t.end(e - 1)), null, t.lower(k)));
            k = e - 1;
        }
    }

    /** Researchers described by where they work, in text order ({@link #findResearchGroups}). */
    List<Mention> researchGroups() {
        return researchGroups;
    }

    /** Group and organisation nominals that open their sentence, in text order. */
    List<Mention> subjectPhrases() {
        return subjectPhrases;
    }

    /** A phrase opens its sentence, or follows a short fronted phrase. */
    /**
     * Name m ends the phrase of a participle that opens its sentence, at the sentence's first comma: "Speaking to the
     * Guardian, the minister said", "Writing in the Telegraph, the former chancellor argued". What follows that comma is
     * the sentence's subject, no apposition to the name.
     */
    private static boolean closesFrontedParticiple(Analysis a, Mention m) {
        var t = a.tokens();
        int s = a.sentenceStart(a.sentenceOf(m.startTok()));
        if (m.startTok() <= s + 1 || m.startTok() - s > 8 || !t.is(m.endTok(), ',') || !t.isCapitalized(s)
                || !(t.length(s) > 5 && t.endsWith(s, "ing") || t.eq(s, "asked"))) {
            return false;
        }
        for (int k = s + 1; k < m.startTok(); k++) {
            if (!t.isWord(k)) {
                return false; // (a comma before the name: "Speaking on Monday, Jane Holt, the minister, said")
            }
        }
        return true;
    }

    private static boolean opensSentence(Analysis a, int tok) {
        int s = a.sentenceStart(a.sentenceOf(tok));
        if (tok == s) {
            return true;
        }
        var t = a.tokens();
        // (past a lower-case trade before the name: "In Vellerac, a market town of 9,000 people, baker Julien X has")
        if (tok - 2 > s && t.isWord(tok - 1) && !t.isCapitalized(tok - 1) && t.is(tok - 2, ',') && t.length(tok - 1) > 3
                && !Lexicon.get().in(Lexicon.STOP | Lexicon.TEMPORAL | Lexicon.PRONOUN | Lexicon.DETERMINER | Lexicon.GROUP,
                t.lower(tok - 1)) && !t.endsWith(tok - 1, "ly")) {
            tok--;
        }
        // after a fronted phrase or a dateline: "On Monday, X said", "BASEL, 12 March – X announced",
        // "STOCKHOLM, April 24 (Wirecast) - X cut"
        boolean dash = t.is(tok - 1, '\u2013') || t.is(tok - 1, '\u2014') || t.is(tok - 1, '-')
                || t.is(tok - 1, ':') && t.isAllCaps(tok - 2) // "KESARINAGAR: Zorvik will invest"
                || t.is(tok - 1, ':') && isLabel(t, s, tok - 1); // "The holdouts: Sen. Wendell Lyle hasn't said"
        return (t.is(tok - 1, ',') && (tok - s < 8 || frontedParticiple(t, s, tok - 1) || frontedPlace(t, s, tok - 1))
                || dash && tok - s < 14) && !a.inQuote(tok);
    }

    /**
     * A newsletter's label of at most three words before a colon ("The holdouts:", "Behind the scenes:"), with no verb of
     * saying in it ("He said:" introduces a quotation).
     */
    private static boolean isLabel(org.whosaid.text.Tokens t, int s, int colon) {
        if (colon - s < 1 || colon - s > 3 || !t.isCapitalized(s)) {
            return false;
        }
        for (int k = s; k < colon; k++) {
            // (its words after the first in lower case: a headline's names are no label, "Hacker Guccifer: Clinton’s …")
            if (!t.isWord(k) || k > s && t.isCapitalized(k) || LABEL_VERBS.contains(t.lower(k))
                    || Lexicon.get().in(Lexicon.PRONOUN, t.lower(k))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> LABEL_VERBS = java.util.Set.of("said", "says", "say", "told", "tells",
            "wrote", "writes", "added", "adds", "asked", "asks", "warned", "warns", "explained", "explains", "stated");

    /** "At Nsuaem-Krobo, a farming village near Bonsaso, X said": a fronted place with its apposition. */
    private static boolean frontedPlace(org.whosaid.text.Tokens t, int s, int comma) {
        return comma - s < 13 && (t.eq(s, "at") || t.eq(s, "in")) && t.isCapitalized(s + 1) && t.is(s + 2, ',');
    }

    /**
     * The name at tok is the subject of a clause opening the sentence at s with a conjunction, after at most
     * three lower-case words (a role: "When trustee Lucie Vidal asked", "After the chief executive Ana Ruiz left").
     */
    private static boolean subordinateSubject(org.whosaid.text.Tokens t, int s, int tok) {
        if (tok <= s || tok - s > 4 || !Subjects.SUBORDINATORS.contains(t.lower(s))) {
            return false;
        }
        for (int k = s + 1; k < tok; k++) {
            // a role, not a verb of its own: "When asked whether D.C. should have a vote" has no such subject
            if (!t.isWord(k) || t.isCapitalized(k) || t.endsWith(k, "ed") || t.endsWith(k, "ing") || t.eq(k, "whether")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tokens s to comma form one fronted participle clause: "Asked on the podcast whether she had received
     * offers to sell the company, Marchbank laughed", "Speaking to reporters in Ilu-Ayo, the senator said".
     */
    private static boolean frontedParticiple(org.whosaid.text.Tokens t, int s, int comma) {
        if (comma - s >= 30 || !t.isCapitalized(s) || !(t.endsWith(s, "ed") || t.endsWith(s, "ing"))) {
            return false;
        }
        for (int k = s + 1; k < comma; k++) {
            if (!t.isWord(k) && t.kind(k) != org.whosaid.text.Tokens.NUMBER && !t.is(k, '\'') && !t.is(k, '\u2019')) {
                return false;
            }
        }
        return true;
    }

    boolean[] subjects() {
        return subjects;
    }

    int[] clauseEnds() {
        return clauseEnds;
    }

    int[] introducedIn() {
        return introducedIn;
    }

    String[] titles() {
        return titles;
    }

    char[] genders() {
        return genders;
    }
}
