package org.whosaid.extract;

import java.util.List;
import java.util.Set;
import org.whosaid.model.CueClass;
import org.whosaid.resolve.Draft.ViaRef;
import org.whosaid.resolve.Mention;
import org.whosaid.text.Analysis;
import org.whosaid.text.Dates;
import org.whosaid.text.Tokens;

/**
 * Finds who speaks for a cue: the phrase before it ("Danilov said", "Oleksiy Danilov, the secretary
 * of …, commented"), after it ("said the minister"), the agent of a passive, the object of "quoted …
 * as saying", the sentence subject of a participle, with the roles that appositions and asides give.
 * Reads the article only; every search is bounded by the cue's sentence.
 */
final class Subjects {
    private static final Set<String> PART_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    /** Verbs whose object is a document that then "says" for their subject ("issued a statement saying"). */
    private static final Set<String> ISSUED = Set.of(
            "issued", "issues", "released", "releases", "sent", "sends", "posted", "posts", "published", "publishes",
            "put", "puts", "circulated", "distributed", "filed", "files", "signed", "signs");
    /** Linking adverbs that may stand alone between commas after a subject ("The union, however, said"). */
    private static final Set<String> LINKING = Set.of(
            "however", "meanwhile", "though", "too", "also", "instead", "nevertheless", "nonetheless", "likewise",
            "separately", "similarly", "moreover", "meantime");
    /** Cues of saying or telling, the only ones whose subject may stand before a relative clause without commas. */
    private static final Set<String> SAY_TELL = Set.of("said", "says", "say", "told", "tells", "added", "adds");
    /** Cues that may follow a relative clause without commas when "that" opens their content: "Advisers who … argue that". */
    private static final Set<String> ARGUE_THAT = Set.of("argue", "argued", "argues", "warn", "warned", "warns", "insist",
            "insisted", "insists", "note", "noted", "notes", "contend", "contended", "contends", "claim", "claimed", "claims");
    /** Words that may stand between a subject and its cue ("Danilov also said"). */
    static final Set<String> BETWEEN_SUBJECT_AND_CUE = Set.of(
            "has", "have", "had", "was", "is", "were", "are", "also", "later", "then", "again", "previously",
            "reportedly", "recently", "further", "once", "would", "will", "simply", "just", "repeatedly",
            "publicly", "privately", "earlier", "immediately", "flatly", "strongly", "firmly", "categorically",
            "separately", "subsequently", "however", "not", "did", "does", "do", "never", "already", "himself",
            "herself", "themselves", "itself", "cannot", "could", "can", "may", "might", "should", "must",
            "here", "there", "too", "both", "all", "first", "jointly", "now", "even", "often", "long", "since", "always",
            "instead", "nonetheless", "nevertheless", "soon", "been", "being");

    /**
     * Token k is the closing mark of a quotation that ends a relative clause with its comma inside the mark, the clause
     * opened by a comma and a relative pronoun before the quotation: the "”" of "Humphrey, who calls Rask a “sociopath,”
     * said".
     */
    private boolean closesQuotedRelative(int k, int from) {
        if (t.kind(k) != Tokens.QUOTE || !t.is(k - 1, ',') || !a.inQuote(k - 1)) {
            return false;
        }
        int open = t.firstAtOrAfter(a.quotes().get(a.quoteOf(k - 1)).open());
        for (int j = open - 1; j >= from && j > open - 20; j--) {
            if (t.is(j, ',')) {
                return isRelativePronoun(j + 1);
            }
            if (t.kind(j) == Tokens.QUOTE && !ph.isPossessiveMark(j) || !t.isWord(j) && t.kind(j) != Tokens.NUMBER) {
                return false;
            }
        }
        return false;
    }

    /** True when word k may stand between a subject and cue c: "has long maintained", but "have long called it" names. */
    private boolean betweenSubjectAndCue(int k, int c) {
        return BETWEEN_SUBJECT_AND_CUE.contains(t.lower(k)) && !(t.eq(k, "long") && t.lower(c).startsWith("call"));
    }

    /** Words after a sentence-opening participle ("Speaking to reporters", "Having won"). */
    private static final Set<String> AFTER_PARTICIPLE = Set.of(
            "to", "the", "a", "an", "his", "her", "their", "its", "on", "in", "at", "with", "from", "for", "about",
            "before", "after", "through", "over", "up", "out", "down", "back", "into", "off", "been", "made", "won",
            "lost", "done", "seen", "taken", "given", "written", "spoken", "heard", "this", "that", "these", "those");
    /** Number words that make up a figure in a share ("Sixty-six percent", "six in 10"). */
    private static final Set<String> NUMBER_WORDS = Set.of(
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred");
    /** Hedges before the figure of a share: "nearly half", "more than 4 in 10", "only 7 percent". */
    private static final Set<String> SHARE_HEDGES = Set.of(
            "nearly", "almost", "about", "around", "roughly", "some", "only", "just", "over", "under", "than",
            "barely", "fully", "approximately", "mere", "whopping", "scant");
    /** Words that set a share of people apart after "those": "those over 60", "those in the crowd". */
    private static final Set<String> SHARE_BY = Set.of("over", "under", "aged", "in", "at", "from", "with", "without");
    /** Words after which a share opens a clause: "while 7 percent said", "and half said". */
    private static final Set<String> SHARE_OPENERS = Set.of(
            "and", "but", "while", "whereas", "although", "though", "after", "when", "as", "that", "since",
            "because", "yet", "still", "compared", "however", "meanwhile", "overall", "today", "now", "also", "with");

    private final Analysis a;
    private final Tokens t;
    private final Phrases ph;
    private final Relays relays;

    Subjects(Analysis analysis, Phrases phrases, Relays relays) {
        this.a = analysis;
        this.t = analysis.tokens();
        this.ph = phrases;
        this.relays = relays;
    }

    /** A cue verb outside quotation marks. */
    boolean isCue(int k) {
        return t.isWord(k) && ph.cue(k) != null && !a.inQuote(k);
    }

    /** The object of "quoted … as saying", or the name set in apposition to it ("quoted a spokesman, Ivo Tamm, as saying"). */
    Mention quotedObject(int from, int limit) {
        Mention y = ph.right(from, limit);
        if (y == null) {
            y = unlistedQuoted(from, limit);
        }
        if (y == null && t.eq(from + 1, "as") && from + 1 < limit) {
            // "QNA quoted him as saying": the object pronoun stands for the subject one
            String subject = subjectForm(from);
            return subject == null ? null
                    : new Mention(from, from + 1, t.start(from), t.end(from), Mention.Type.PRONOUN, null, null, subject);
        }
        if (y == null || t.eq(y.endTok(), "as")) {
            return y;
        }
        int placedAs = asAfterPlace(y.endTok(), limit);
        if (placedAs < 0 && !y.isName() && placeIn(y)) {
            placedAs = asAfterPlace(y.endTok() - 1, limit); // the phrase stopped inside the place: "at the regional …"
        }
        if (placedAs > 0 && !y.isName()) {
            // "quoted a lorry driver at the gate as saying": where the unnamed source was is part of the phrase
            return new Mention(y.startTok(), placedAs, y.start(), t.end(placedAs - 1), y.type(), ph.surface(y.startTok(), placedAs),
                    y.role(), y.head());
        }
        Mention named = appositiveName(y, limit);
        return named != null && asAfter(named) > 0 ? named : y;
    }

    /**
     * "quoted a lift attendant as saying": "a" or "an" and up to three lower-case words no list holds before "as
     * saying" or a comma, an unnamed source (the caller asks for the "as saying"); else null.
     */
    private Mention unlistedQuoted(int from, int limit) {
        if (!t.eq(from, "a") && !t.eq(from, "an")) {
            return null;
        }
        int k = from + 1;
        while (k < limit && k <= from + 3 && t.isWord(k) && !t.isCapitalized(k) && !ph.has(k, Lexicon.STOP) && !isCue(k)) {
            k++;
        }
        // (or an aside before it, which asAfter passes: "quoted an attendant, who did not want to be named, as saying")
        if (k == from + 1 || !(t.eq(k, "as") && (t.eq(k + 1, "saying") || t.eq(k + 1, "telling")) || t.is(k, ','))) {
            return null;
        }
        return new Mention(from, k, t.start(from), t.end(k - 1), Mention.Type.ANONYMOUS, ph.surface(from, k), null,
                t.lower(k - 1));
    }

    /** A preposition of place inside phrase m: "an official at the regional". */
    private boolean placeIn(Mention m) {
        for (int k = m.startTok() + 1; k < m.endTok(); k++) {
            if (isPlaceWord(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPlaceWord(int p) {
        return t.eq(p, "at") || t.eq(p, "in") || t.eq(p, "on") || t.eq(p, "outside") || t.eq(p, "near");
    }

    /**
     * Where a source was, from token p: "at the gate", "outside the court", up to "as saying"; the "as" or -1. Token p
     * may also be a word inside the place already begun.
     */
    private int asAfterPlace(int p, int limit) {
        if (!isPlaceWord(p) && !(t.isWord(p) && !t.isCapitalized(p) && p > 0 && t.isWord(p - 1))) {
            return -1;
        }
        for (int k = p + 1; k < limit && k <= p + 7 && t.isWord(k) && !isCue(k); k++) {
            if (t.eq(k, "as") && (t.eq(k + 1, "saying") || t.eq(k + 1, "telling"))) {
                return k > p + 1 ? k : -1;
            }
        }
        return -1;
    }

    /** The subject form of an object pronoun at token k ("him" he, "her" she, "them" they), or null. */
    String subjectForm(int k) {
        return t.eq(k, "him") ? "he" : t.eq(k, "her") ? "she" : t.eq(k, "them") ? "they" : null;
    }

    /** The token of "as" right after a quoted object, past the comma that closes an apposition; or -1. */
    int asAfter(Mention y) {
        int k = y.endTok();
        if (t.is(k, ',') && t.eq(k + 1, "as")) {
            return k + 1;
        }
        if (t.is(k, ',')) {
            // past asides: "quoted Lukas Brandauer, 27, a snowboarder from Vienna who survived the slide, as saying"
            int s = a.sentenceOf(k);
            // (a reason for anonymity may hold a cue: "quoted a former engineer, who asked not to be named, as saying")
            boolean relative = t.isWho(k + 1);
            boolean cuePassed = false;
            // (a plural possessive's apostrophe is no quotation: "chairman of the islanders' council")
            for (int j = k + 1; j < t.size() && j <= k + 25 && a.sentenceOf(j) == s
                    && (t.kind(j) != Tokens.QUOTE || ph.isPossessiveMark(j)); j++) {
                if (t.is(j, ',') && t.eq(j + 1, "as") && (t.eq(j + 2, "saying") || t.eq(j + 2, "telling"))) {
                    return !cuePassed || anonymityBetween(k + 1, j) ? j + 1 : -1;
                }
                if (isCue(j)) {
                    if (!relative) {
                        break;
                    }
                    cuePassed = true;
                }
            }
        }
        if (t.isWho(k)) {
            // past a reason for anonymity: "quoted a Brasswell engineer who asked not to be named as saying"
            int s = a.sentenceOf(k);
            for (int j = k + 2; j < t.size() && j <= k + 12 && a.sentenceOf(j) == s && t.isWord(j); j++) {
                if (t.eq(j, "as") && (t.eq(j + 1, "saying") || t.eq(j + 1, "telling"))) {
                    return anonymityBetween(k, j) ? j : -1;
                }
            }
        }
        return t.eq(k, "as") ? k : asAfterPlace(k, t.size());
    }

    /**
     * "As one grandmother at the school gate put it": the words between "as" and "put it" are the speaker,
     * a nominal with its place ("at the school gate") kept whole. Null when no "as" opens them.
     */
    Mention asPutItSpeaker(int asTok, int putTok) {
        if (!t.eq(asTok, "as") || putTok - asTok < 2 || putTok - asTok > 12) {
            return null;
        }
        Mention m = ph.right(asTok + 1, putTok);
        if (m == null || m.type() == Mention.Type.DOCUMENT) {
            return null;
        }
        if (m.endTok() == putTok) {
            return m;
        }
        for (int k = m.endTok(); k < putTok; k++) {
            if (!t.isWord(k) && !ph.isPossessiveMark(k) || isCue(k)) {
                return null;
            }
        }
        if (m.type() == Mention.Type.ANONYMOUS || m.type() == Mention.Type.GROUP) {
            return new Mention(m.startTok(), putTok, m.start(), t.end(putTok - 1), m.type(),
                    ph.surface(m.startTok(), putTok), m.role(), m.head());
        }
        return null;
    }

    /**
     * One unnamed person after an inverted cue, by a trade no list holds: "said a scaffolder from southern India, who
     * asked …", "said a 52-year-old higgler who asked not to be named". The phrase runs from "a" right after the cue
     * at p over an age, the trade word and a short "from" place, to a relative clause, a comma or the sentence's end;
     * else null.
     */
    private Mention unlistedTrade(int p, int limit) {
        if (!t.eq(p, "a") && !t.eq(p, "an") || ph.cue(p - 1) == null) {
            return null; // (right after the cue: not "according to a post from …")
        }
        int k = p + 1 < limit && ph.ageAt(p + 1) == p + 1 ? p + 4 : p + 1; // "a 52-year-old higgler"
        if (k >= limit || !t.isWord(k) || t.isCapitalized(k) || t.endsWith(k, "ly") || ph.cue(k) != null
                || ph.has(k, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER | Lexicon.TEMPORAL)) {
            return null;
        }
        int e = k + 1;
        if (t.eq(e, "from")) {
            int f = e + 1;
            while (f < limit && f <= e + 3 && t.isWord(f) && !isRelativePronoun(f)) {
                f++;
            }
            e = f;
        }
        if (e < limit && !t.is(e, ',') && !isRelativePronoun(e) && !(t.is(e, '.') && e == limit - 1)) {
            return null;
        }
        return new Mention(p, e, t.start(p), t.end(e - 1), Mention.Type.ANONYMOUS, ph.surface(p, e), null, t.lower(k));
    }

    /** A speaker phrase starting at p, extended by "Maria Lopez, a nurse," or "the commander of X, Gen. Y". */
    Mention subjectAfter(int p, int limit) {
        if (t.eq(p, "by")) {
            p++;
        }
        Mention m = ph.right(p, limit);
        if (m == null) {
            m = surnameBeforeOf(p, limit);
        }
        if (m == null) {
            return unlistedTrade(p, limit);
        }
        // "said the union's treasurer, Ana Ruiz" / "wrote one engineer, Tereza Novotná": the name is the speaker
        Mention named = appositiveName(m, limit);
        if (named != null) {
            return named;
        }
        if (m.type() == Mention.Type.PERSON_NAME) {
            int[] endOut = new int[1];
            String role = ph.appositionAfter(m, limit, endOut);
            if (role != null) {
                m = m.withRole(role);
            }
        }
        Mention later = namedLater(m, limit);
        if (later != null) {
            return later;
        }
        int r = skipRelative(m, m.endTok(), limit);
        if (r != m.endTok() && anonymityBetween(m.endTok(), r)) {
            m = m.withType(Mention.Type.ANONYMOUS);
        }
        return m;
    }

    /** Tokens searched on each side of a lone surname for the full name that introduced it (an article's length). */
    private static final int SURNAME_WINDOW = 4000;

    /**
     * A capitalised word at p, of no word list, before "of" and what the person is of, which the article elsewhere
     * writes after a given name: the surname of "said Heiserman of the Teachers' Caucus" (a name alone before "of" is
     * otherwise more often a body's: "Bank of …", "Council of …"). Null otherwise.
     */
    private Mention surnameBeforeOf(int p, int limit) {
        if (p + 2 >= limit || !t.isCapitalized(p) || !t.eq(p + 1, "of") || !ph.inNoList(p)
                || !t.isCapitalized(p + 2) && !t.eq(p + 2, "the")) {
            return null;
        }
        String surname = t.lower(p);
        for (int j = Math.max(1, p - SURNAME_WINDOW), last = Math.min(t.size(), p + SURNAME_WINDOW); j < last; j++) {
            if (j != p && t.isCapitalized(j) && t.length(j) == surname.length() && t.lower(j).equals(surname)
                    && t.isWord(j - 1) && t.isCapitalized(j - 1) && ph.has(j - 1, Lexicon.FEMALE | Lexicon.MALE)) {
                return new Mention(p, p + 1, t.start(p), t.end(p), Mention.Type.PERSON_NAME, ph.surface(p, p + 1), null,
                        surname);
            }
        }
        return null;
    }

    /**
     * "said a pensioner outside the shop, who gave only her first name, Ursula": an unnamed speaker
     * whose relative clause gives a name is that person, with the nominal as role. Null otherwise.
     */
    private Mention namedLater(Mention m, int limit) {
        if (m.type() != Mention.Type.ANONYMOUS && m.type() != Mention.Type.PERSON_NOMINAL) {
            return null;
        }
        int s = m.endTok();
        int given = t.eq(s, "surnamed") || t.eq(s, "named") ? s + 1 : t.eq(s, "identified") && t.eq(s + 1, "as") ? s + 2
                : t.eq(s, "identified") && t.eq(s + 1, "only") && t.eq(s + 2, "as") ? s + 3 : -1;
        if (given > 0) {
            // "said a resident surnamed Leung, 71", "a driver identified only as Musa": the name, the nominal its role
            Mention n = ph.right(given, limit);
            return n == null || n.type() != Mention.Type.PERSON_NAME ? null
                    : n.withRole(stripArticle(ph.surface(m.startTok(), m.endTok())));
        }
        int who = -1;
        for (int k = m.endTok(); k + 1 < limit && k < m.endTok() + 8 && t.kind(k) != Tokens.QUOTE; k++) {
            if (t.isWho(k)) { // "a pensioner outside the shop, who gave …", "a mother of three who gave …"
                who = k;
                break;
            }
        }
        for (int k = who + 1; who > 0 && k < limit && k < who + 12 && t.isWord(k); k++) {
            if (t.eq(k, "name")) {
                int p = t.is(k + 1, ',') || t.eq(k + 1, "as") ? k + 2 : k + 1;
                Mention n = ph.right(p, limit);
                if (n == null || n.type() != Mention.Type.PERSON_NAME) {
                    return null;
                }
                String role = stripArticle(ph.surface(m.startTok(), m.endTok()));
                return n.role() == null ? n.withRole(role) : n;
            }
        }
        return null;
    }

    /** An apposition opening with "a" or "an" and a role word within its first three words: "a consultant in …". */
    private boolean isRoleApposition(int s) {
        if (!t.eq(s, "a") && !t.eq(s, "an")) {
            return false;
        }
        for (int k = s + 1; k <= s + 3; k++) {
            if (ph.isRole(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma that opens an aside giving another name, ending at token k (its closing comma, or a quotation
     * mark right after the comma: "known as “Kap Oying,”"), or -1: ", known (to residents) as …", ", nicknamed …",
     * ", dubbed …", ", also known as …".
     */
    private int namingAside(int k, int from) {
        if (!t.is(k, ',') && !(t.kind(k) == Tokens.QUOTE && t.is(k - 1, ','))) {
            return -1;
        }
        int j = t.is(k, ',') ? k - 1 : k - 2;
        while (j > from && j > k - 14 && !t.is(j, ',')) {
            j--;
        }
        if (j <= from || !t.is(j, ',')) {
            return -1;
        }
        int s = t.eq(j + 1, "also") || t.eq(j + 1, "better") ? j + 2 : j + 1;
        return ph.isNamingWord(s) && (s == j + 1 || t.eq(s, "known")) ? j : -1;
    }

    /** Tokens of an aside between commas: no cue verb, no quotation mark (a possessive apostrophe is fine). */
    boolean plainAside(int from, int to) {
        boolean relative = false;
        for (int k = from; k < to; k++) {
            relative |= relativeWord(k); // "a nurse who spoke right after Castellano": the clause's own verb
            // a relative clause may quote a nickname: "who is known on the terraces as «il Ragioniere»"
            // and an apposition a title ("the budgeting app “Penny Ledger”")
            // and a relay's participle opens one: "Pawel Sroka, quoted by the PAP news agency, said", and so does the
            // source a speaker goes by: "Salceda, citing data from the State Department, said"
            if (t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k) && !relative && !marksShortTitle(k)
                    || isCue(k) && !relative && !(k == from && (t.eq(k, "quoted") || t.eq(k, "cited")) && t.eq(k + 1, "by"))
                    && !(k == from && t.eq(k, "citing"))) {
                return false;
            }
        }
        return true;
    }

    /** The first relative word of an aside from token from to to, before any quotation mark in it; -1 when none. */
    private int relativeAt(int from, int to) {
        for (int k = from; k < to && k < from + 8; k++) {
            if (t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k)) {
                return -1;
            }
            if (relativeWord(k)) {
                return k;
            }
        }
        return -1;
    }

    /** "who", "which" or "whose" at token k. */
    private boolean isRelativePronoun(int k) {
        return t.isWho(k) || t.eq(k, "which") || t.eq(k, "whose");
    }

    /** A word that opens a clause about the subject: "who", or "known", "nicknamed", "dubbed" before a nickname. */
    private boolean relativeWord(int k) {
        return t.isWho(k) || t.eq(k, "known") || t.eq(k, "nicknamed") || t.eq(k, "dubbed") || t.eq(k, "titled")
                || t.eq(k, "entitled");
    }

    /**
     * The name set in apposition after a role or unnamed-source phrase ("the union's treasurer, Ana
     * Ruiz"), carrying that phrase as its role; null when no person's name follows the comma.
     */
    /**
     * An organisation's phrase that opens with a post in it: "the Executive Secretary of the Coastal Traders and Importers
     * Union" (a person's role when a name stands in apposition after it).
     */
    private boolean postOfBody(Mention m) {
        if (m.type() != Mention.Type.ORG_NAME && m.type() != Mention.Type.ORG_NOMINAL) {
            return false;
        }
        int k = t.eq(m.startTok(), "the") || t.eq(m.startTok(), "a") ? m.startTok() + 1 : m.startTok();
        for (int j = k; j < m.endTok() && j <= k + 2; j++) {
            if (t.eq(j + 1, "of") && ph.isRole(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the verb whose "to" or "with" names the one addressed right before the participle at c: "The MP
     * has written to Planning Minister Greg Antonelli asking him to order a review" (the MP asks); else null.
     */
    private Mention writerBeforeAddressee(int c, int from) {
        Mention addressee = ph.left(c, from - 1);
        if (addressee == null || addressee.endTok() != c || addressee.type() == Mention.Type.PRONOUN) {
            return null;
        }
        int to = addressee.startTok() - 1;
        if (to - 1 <= from || !t.eq(to, "to") && !t.eq(to, "with") || !t.isWord(to - 1) || !Finder.isPastForm(t, to - 1)
                && !t.eq(to - 1, "written") && !t.eq(to - 1, "spoken")) {
            return null;
        }
        return sentenceSubject(from, to - 1);
    }

    Mention appositiveName(Mention m, int limit) {
        // (the phrase may end on its organisation's acronym in brackets: "The president of the Portalet Hotel
        // Association (AHP), Jaume Ferrer Pons,")
        int comma = ph.isBracketedAcronym(m.endTok() + 2) ? m.endTok() + 3 : m.endTok();
        if ((m.type() != Mention.Type.PERSON_NOMINAL && m.type() != Mention.Type.ANONYMOUS && !postOfBody(m))
                || !t.is(comma, ',')) {
            return null;
        }
        Mention name = ph.right(comma + 1, limit);
        if (name == null || name.type() != Mention.Type.PERSON_NAME) {
            return null;
        }
        if (t.eq(m.startTok(), "one") && t.eq(m.startTok() + 1, "of")) {
            return name; // "One of the men, Jessie Elkins,": one of a group, which is no role
        }
        // the phrase the name stands in apposition to is the role the sentence gives, over a rank before the
        // name ("the head of military intelligence, Major General Ada Moll")
        String role = stripArticle(ph.surface(m.startTok(), comma));
        return name.withRole(role);
    }

    /**
     * The token before a short time phrase that ends at token k ("on Wednesday", "on Monday night",
     * "yesterday", "last week"), or k when there is none.
     */
    private int beforeTime(int k, int from) {
        int j = k;
        if (j - 1 >= from && PART_OF_DAY.contains(t.lower(j)) && Dates.WEEKDAYS.contains(t.lower(j - 1))) {
            j--;
        }
        if (Dates.WEEKDAYS.contains(t.lower(j))) {
            return j - 1 >= from && t.eq(j - 1, "on") ? j - 2 : j - 1;
        }
        if (t.eq(j, "yesterday") || t.eq(j, "today") || t.eq(j, "tonight")) {
            return j - 1;
        }
        if (j - 1 >= from && (t.eq(j - 1, "last") || t.eq(j - 1, "this"))
                && (t.eq(j, "week") || t.eq(j, "month") || t.eq(j, "year") || t.eq(j, "weekend") || t.eq(j, "night"))) {
            return j - 2;
        }
        if (t.eq(j, "ago") && j - 2 >= from && TIME_UNITS.contains(t.lower(j - 1))
                && (t.isWord(j - 2) || t.kind(j - 2) == Tokens.NUMBER)) {
            // "The ministry two weeks ago said", "less than a month ago", "a few days ago"
            int q = t.eq(j - 2, "few") && t.eq(j - 3, "a") ? j - 3 : j - 2;
            if (t.eq(q - 1, "than") && (t.eq(q - 2, "less") || t.eq(q - 2, "more"))) {
                q -= 2;
            } else if (t.eq(q - 1, "about") || t.eq(q - 1, "nearly") || t.eq(q - 1, "just") || t.eq(q - 1, "only")) {
                q--;
            }
            return q >= from ? q - 1 : k;
        }
        int issued = t.eq(j, "here") ? j - 1 : j;
        if (issued - 1 > from && (t.eq(issued, "issued") || t.eq(issued, "released") || t.eq(issued, "posted"))
                && t.isWord(issued - 1) && CHANNEL_NOUNS.contains(t.lower(issued - 1))) {
            j = issued - 1; // "The party in a statement issued here termed", "… in a statement issued on Friday said"
        }
        if (t.isWord(j) && CHANNEL_NOUNS.contains(t.lower(j))) {
            // "Jeb Bush in a Medium post said", "The minister in a statement on Friday said": where it was said
            for (int i = j - 1; i - 1 >= from && i >= j - 4; i--) {
                if (t.eq(i, "in") && (ph.isDeterminerWord(i + 1) || ph.isPossessivePronoun(i + 1))) {
                    return i - 1;
                }
            }
        }
        return k;
    }

    /**
     * The pronoun of a contraction at token k, the subject of cue c: "He's suggesting that", "they're saying", "she'd
     * said", "we've argued"; null otherwise. A contraction with "'s" or "'re" goes with a progressive only, as "it's
     * said that" is a passive.
     */
    private Mention contractedPronoun(int k, int c) {
        if (k != c - 1 || !ph.isPronounContraction(k)) {
            return null;
        }
        int apostrophe = t.innerApostrophe(k);
        String verb = a.text().substring(apostrophe + 1, t.end(k)).toLowerCase(java.util.Locale.ROOT);
        boolean perfect = verb.equals("ve") || verb.equals("d");
        boolean progressive = (verb.equals("s") || verb.equals("re") || verb.equals("m")) && t.endsWith(c, "ing");
        if (!perfect && !progressive) {
            return null;
        }
        String pronoun = a.text().substring(t.start(k), apostrophe).toLowerCase(java.util.Locale.ROOT);
        return new Mention(k, k + 1, t.start(k), apostrophe, Mention.Type.PRONOUN, null, null, pronoun);
    }

    /** Units of a span of time before "ago". */
    private static final Set<String> TIME_UNITS = Set.of("minutes", "hours", "days", "weeks", "months", "years",
            "decades", "minute", "hour", "day", "week", "month", "year", "decade");

    /** What a speaker says something in, after "in a …" between the speaker and the cue. */
    private static final Set<String> CHANNEL_NOUNS = Set.of("post", "statement", "interview", "op-ed", "letter", "tweet",
            "video", "email", "memo", "column", "filing", "speech", "essay", "podcast", "broadcast");

    /**
     * A cue that may stand before its speaker ("…, said the minister"). Never "told", whose object is
     * the listener ("…», told the newspaper Bündner Post that …"), nor an accusation, whose object is
     * its target ("…, accused the mayor of rushing the vote").
     */
    boolean mayInvert(int c) {
        Lexicon.CueWord cue = ph.cue(c);
        // (nor a participle: "“New York values,” saying the city embodied …" is Trump's, not the city's; nor a verb
        // that takes whom it tells: "''Today,'' reminded his staff")
        return cue != null && cue.cueClass() != CueClass.ACCUSATION && !cue.lemma().equals("tell")
                && !cue.lemma().equals("remind") && !t.endsWith(c, "ing");
    }

    /** A linking adverb set off by commas between a subject and its cue: ", however,", ", for its part,", ", for example,". */
    boolean isLinkingAside(int from, int to) {
        if (to - from == 1) {
            return t.isWord(from) && LINKING.contains(t.lower(from));
        }
        return to - from == 2 && t.eq(from, "for") && (t.eq(from + 1, "example") || t.eq(from + 1, "instance"))
                || to - from == 3 && t.eq(from, "for") && t.eq(from + 2, "part")
                && (t.eq(from + 1, "its") || t.eq(from + 1, "his") || t.eq(from + 1, "her") || t.eq(from + 1, "their"))
                || to - from == 2 && t.eq(from, "in") && (t.eq(from + 1, "turn") || t.eq(from + 1, "response")
                || t.eq(from + 1, "addition"));
    }

    /**
     * A person's name, a role in apposition ending at the comma at token j, and a short description of the role's body
     * from there to the comma at token k before the cue: "Sylvie Kerbrat, general secretary of the CGS, the country’s
     * largest union confederation, said". The person with that role, or null.
     */
    private Mention roleThenDescription(int j, int from, int k) {
        if (k - j > 12 || !(t.eq(j + 1, "the") || t.eq(j + 1, "a") || t.eq(j + 1, "an") || ph.isPossessive(j + 1))
                || !plainAside(j + 1, k)) {
            return null;
        }
        for (int x = j - 1; x > from && x > j - 25; x--) {
            if (t.is(x, ',')) {
                Mention person = ph.left(x, from - 1);
                int[] endOut = new int[1];
                String role = person != null && person.type() == Mention.Type.PERSON_NAME && person.endTok() == x
                        ? ph.appositionAfter(person, j, endOut) : null;
                return role != null && endOut[0] == j ? person.withRole(role) : null;
            }
            if (t.kind(x) == Tokens.QUOTE && !ph.isPossessiveMark(x) || isCue(x)) {
                return null;
            }
        }
        return null;
    }

    /**
     * The comma that opens an apposition whose last part, from comma j to the cue's comma k, is the end of a list
     * ("…, human settlements and bulk infrastructure services,"): that part has "and" and only lower-case words,
     * and the apposition opens with "the" or "a" within 32 tokens of k, with no cue or quotation inside. -1 when
     * there is none.
     */
    private int listedAsideOpening(int j, int from, int k) {
        boolean and = false;
        for (int x = j + 1; x < k; x++) {
            if (!t.isWord(x) || t.isCapitalized(x) || isCue(x)) {
                return -1;
            }
            and |= t.eq(x, "and");
        }
        if (!and) {
            return -1;
        }
        for (int x = j - 1; x > from && x > k - 32; x--) {
            if (t.is(x, ',')) {
                return t.eq(x + 1, "the") || t.eq(x + 1, "a") || t.eq(x + 1, "an") ? x : -1;
            }
            if (!t.isWord(x) && !ph.isPossessiveMark(x) || isCue(x)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The three operators, Zoomr, Voltway and Kikk, said": a group or a body's nominal that opens the clause, then the
     * one-word names of its members set off by commas up to the comma at k; the nominal speaks. Null otherwise.
     */
    private Mention namingTheirMembers(int k, int from) {
        int comma = from + 1;
        while (comma < k && !t.is(comma, ',')) {
            comma++;
        }
        if (comma + 3 >= k || !t.eq(k - 2, "and") && !t.eq(k - 2, "or")) {
            return null; // (the list's words are read before the phrase is: most asides are no list)
        }
        boolean and = false;
        for (int x = comma + 1; x < k; x++) {
            boolean joins = t.is(x, ',') || t.eq(x, "and");
            and |= t.eq(x, "and");
            // (names of one word each, as brands and firms are: two people named in full speak as themselves)
            if (!joins && !(t.isWord(x) && t.isCapitalized(x)) || joins == (t.is(x - 1, ',') || t.eq(x - 1, "and"))) {
                return null;
            }
        }
        if (!and) {
            return null;
        }
        Mention lead = ph.right(from, k);
        return lead != null && (lead.type() == Mention.Type.GROUP || lead.type() == Mention.Type.ORG_NOMINAL)
                && lead.endTok() == comma ? lead : null;
    }

    /** The article or possessive determiner off the front of a role ("the chairman", "its leader"). */
    static String stripArticle(String s) {
        if (s.startsWith("the ") || s.startsWith("The ")) {
            return s.substring(4);
        }
        if (s.startsWith("a ") || s.startsWith("A ")) {
            return s.substring(2);
        }
        if (s.startsWith("an ") || s.startsWith("An ")) {
            return s.substring(3);
        }
        if (s.startsWith("one ") || s.startsWith("One ")) {
            return s.substring(4);
        }
        return stripPossessiveDeterminer(s);
    }

    /** "Its chief executive" → "chief executive": a role is given without its possessive determiner. */
    private static String stripPossessiveDeterminer(String s) {
        int sp = s.indexOf(' ');
        if (sp == 3 && s.regionMatches(true, 0, "its", 0, 3) || sp == 3 && s.regionMatches(true, 0, "his", 0, 3)
                || sp == 3 && s.regionMatches(true, 0, "her", 0, 3) || sp == 5 && s.regionMatches(true, 0, "their", 0, 5)) {
            return s.substring(sp + 1);
        }
        return s;
    }

    /**
     * The comma that opens a relative clause ", who …" or ", whose …" before the aside's last comma j, when
     * the clause holds commas of its own and ends at the cue's comma k, or that opens the apposition a ", which …"
     * clause belongs to; else j.
     */
    /**
     * The "whose" after a comma that owns the one to three plain words before the comma at token j, with no verb or cue
     * among them ("…, whose director-general, Mwila Chanda, said": the name in apposition to what it owns); else -1.
     */
    private int ownerWhose(int j, int from) {
        int whose = j - 2;
        while (whose > from && whose > j - 5 && !t.eq(whose, "whose")) {
            whose--;
        }
        if (!t.eq(whose, "whose") || !t.is(whose - 1, ',')) {
            return -1;
        }
        for (int x = whose + 1; x < j; x++) {
            if (!t.isWord(x) || isCue(x) || ph.isAuxiliary(x) || t.endsWith(x, "ed")) {
                return -1;
            }
        }
        return whose;
    }

    private int relativeOpening(int j, int from, int k) {
        if (t.eq(j + 1, "which")) {
            // "Mizuno Reiko, a spokesperson for Higashi-Kaido Electric Power Co., which operates the plant, said": the
            // clause is about the apposition's organisation, and the aside opens with the apposition
            for (int r = j - 1; r > from && r > k - 30; r--) {
                if (t.kind(r) == Tokens.QUOTE && !ph.isPossessiveMark(r) || isCue(r)) {
                    return j;
                }
                if (t.is(r, ',')) {
                    // (not the comma after a phrase opening the sentence: "In a statement, the Apparel Makers
                    // Federation (KAMF), which represents factory owners, said")
                    return (t.eq(r + 1, "a") || t.eq(r + 1, "an") || t.eq(r + 1, "the"))
                            && !ph.frontedPhrase(a.sentenceStart(a.sentenceOf(r)), r) ? r : j;
                }
            }
            return j;
        }
        if (isRelativePronoun(j + 1)) {
            return j;
        }
        for (int r = j - 1; r > from && r > k - 30; r--) {
            if (t.kind(r) == Tokens.QUOTE && !ph.isPossessiveMark(r)) {
                return j;
            }
            if (t.is(r, ',') && (t.isWho(r + 1) || t.eq(r + 1, "whose"))) {
                // (but "…, whose director-general, Mwila Chanda, said": the clause's verb is the cue, and the name in
                // apposition to what "whose" owns speaks)
                return ownerWhose(j, from) == r + 1 ? j : r;
            }
        }
        return j;
    }

    /** ", which" inside the aside from token from to to: the apposition's organisation described. */
    private boolean whichClauseIn(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (t.is(k, ',') && t.eq(k + 1, "which")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An aside that says where the words were given: "in a statement posted on the ministry’s website late on
     * Monday", "in an interview with the paper".
     */
    private boolean channelAside(int s) {
        return t.eq(s, "in") && (t.eq(s + 1, "a") || t.eq(s + 1, "an") || t.eq(s + 1, "its") || t.eq(s + 1, "their"))
                && (t.eq(s + 2, "statement") || t.eq(s + 2, "interview") || t.eq(s + 2, "post") || t.eq(s + 2, "letter")
                || t.eq(s + 2, "release") || t.eq(s + 2, "memo"));
    }

    /** Skips ", who asked not to be named," after a phrase; returns the token after it, or start. */
    int skipRelative(Mention m, int start, int limit) {
        if (!t.is(start, ',') || !(t.isWho(start + 1) || t.eq(start + 1, "speaking"))) {
            return start;
        }
        for (int k = start + 2; k < limit && k < start + 20; k++) {
            if (t.is(k, ',')) {
                return k + 1;
            }
        }
        return start;
    }

    boolean anonymityBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (ph.has(k, Lexicon.ANONYMITY)) {
                return true;
            }
        }
        return false;
    }

    int skipBetween(int c, int limit) {
        int n = 0;
        while (c < limit && n < 4 && t.isWord(c) && (BETWEEN_SUBJECT_AND_CUE.contains(t.lower(c))
                || t.lower(c).endsWith("ly") && !t.isCapitalized(c) && ph.cue(c) == null && !ph.isLyNoun(c))) {
            c++;
            n++;
        }
        return c;
    }

    /**
     * A person's name with the role set off before it: "the head of military intelligence, Major General
     * Ada Moll" has the role "head of military intelligence"; a rank before the name gives way to it.
     */
    Mention withRoleBefore(Mention m, int from) {
        if (m.type() != Mention.Type.PERSON_NAME || !ph.hasRankOnly(m)) {
            return m;
        }
        String role = ph.appositionBefore(m, from - 1);
        return role == null ? m : m.withRole(role);
    }

    /**
     * The speaker of the first cue with a "that" clause after token from and before token to, with no quotation
     * mark on the way and no participle before it; else null, and null when it is a pronoun. The first,
     * not the nearest: in "Cardin said Republicans rejected his plan, calling it …", "rejected" is part of
     * what Cardin said.
     */
    /**
     * The person who is the subject of the sentence's first cue, before token to, when no quotation comes first: the
     * chairman of "Spice Federation (SF) chairman Ramesh Pillai said …, but warned that …", not the body named before
     * him. Null otherwise.
     */
    private Mention firstCuePerson(int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (t.kind(j) == Tokens.QUOTE && !ph.isPossessiveMark(j)) {
                return null;
            }
            if (isCue(j)) {
                Subject sub = t.endsWith(j, "ing") ? null : subjectOf(j, from);
                return sub != null && sub.mention().type() == Mention.Type.PERSON_NAME ? sub.mention() : null;
            }
        }
        return null;
    }

    private Mention mainCueSubject(int from, int to) {
        int verb = -1; // the last cue read as a verb
        for (int j = from + 1; j < to; j++) {
            if (t.kind(j) == Tokens.QUOTE && !ph.isPossessiveMark(j) || isCue(j) && t.endsWith(j, "ing")) {
                return null;
            }
            if (!isCue(j)) {
                continue;
            }
            // a cue word that is the object of the cue before it names a report, not a speaker's verb: "denied local
            // media reports that …"
            boolean object = verb >= 0 && j - verb <= 4 && lowerWordsBetween(verb + 1, j);
            if (!object) {
                verb = j;
            }
            if (thatAfter(j, to)) {
                Subject sub = subjectOf(verb, from);
                if (sub != null) {
                    // a pronoun is left to the sentence subject, which the resolver reads the same way
                    return sub.mention().type() == Mention.Type.PRONOUN ? null : sub.mention();
                }
            }
        }
        return null;
    }

    /**
     * The subject of the last cue between from and to, a finite verb with no quotation or participle after it; null if
     * none or a pronoun ("Alongside the group's calls for action, a strategist said …, saying": the strategist's).
     */
    private Mention lastCueSubject(int from, int to) {
        for (int j = to - 1; j > from; j--) {
            if (t.kind(j) == Tokens.QUOTE && !ph.isPossessiveMark(j) || isCue(j) && t.endsWith(j, "ing")) {
                return null;
            }
            if (isCue(j)) {
                Subject sub = subjectOf(j, from);
                return sub == null || sub.mention().type() == Mention.Type.PRONOUN ? null : sub.mention();
            }
        }
        return null;
    }

    /** Tokens from to to are lower-case words. */
    private boolean lowerWordsBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.isWord(k) || t.isCapitalized(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Capitals joined by periods after "the", touching the period after them: the "U.N" of "the U.N.", the "S.E.C" of
     * "The S.E.C." (not "D.C. reporting", a place before a participle, nor "the U.S.", a country mostly named as a
     * modifier: "the U.S. added 292,000 jobs").
     */
    private boolean isInitialism(int i) {
        return t.isInitials(i) && t.length(i) >= 3 && t.end(i) == t.start(i + 1) && t.eq(i - 1, "the")
                && !t.eq(i, "u.s") && !t.eq(i, "u.k");
    }

    /** A cue form that is a verb after a singular subject: "the U.N. said", "reports", not "the U.N. report". */
    private static boolean isFinite(String cw) {
        return cw.endsWith("s") || cw.endsWith("ed") || cw.equals("said") || cw.equals("told") || cw.equals("wrote");
    }

    /** Prepositions that open what a group or source is of, on or from: "experts on …", "officials from …". */
    private static final Set<String> MODIFYING_PREPOSITIONS = Set.of("in", "on", "from", "at", "across", "around", "of");

    /**
     * A group or unnamed source opening the clause, whose prepositional phrase runs on to a cue of saying or
     * telling c in plain words that no phrase rule takes ("Experts on North Korea and nuclear nonproliferation
     * said", "officials from both parties say"): the whole stretch up to the cue speaks. Null when the clause
     * opens otherwise.
     */
    private Subject postModifiedSubject(int c, int k, int from, String cw) {
        if (!SAY_TELL.contains(cw)) {
            return null;
        }
        Mention whole = postModified(k, from);
        return whole == null ? null : new Subject(whole, "speaker-cue", whole.startTok(), List.of(), c + 1, cw);
    }

    /**
     * The group or unnamed source that opens the clause at token from (or after its last comma) and whose
     * prepositional phrase runs on in plain words to token k, as one phrase; null when the clause opens otherwise.
     */
    private Mention postModified(int k, int from) {
        if (k - from > 16) {
            return null;
        }
        int s = from;
        for (int j = k; j > from; j--) {
            if (t.is(j, ',')) {
                s = j + 1; // "Although Scott lacks a signature achievement, elected officials from both parties say"
                break;
            }
        }
        Mention head = ph.right(s, k + 1);
        if (head == null || head.type() != Mention.Type.GROUP && head.type() != Mention.Type.ANONYMOUS
                || head.endTok() > k || k - head.endTok() > 8) {
            return null;
        }
        // the stretch left opens with a preposition ("from both parties"), or with "and" inside a prepositional
        // phrase the head already holds ("on North Korea and nuclear nonproliferation"), or with what a possessive
        // that ends it owns ("An official at the health ministry's food safety division")
        int tail = head.endTok();
        boolean inside = false;
        for (int j = head.startTok() + 1; j < tail && !inside; j++) {
            inside = MODIFYING_PREPOSITIONS.contains(t.lower(j));
        }
        if (!MODIFYING_PREPOSITIONS.contains(t.lower(tail)) && !(inside && (t.eq(tail, "and") || ph.isPossessive(tail - 1)))) {
            return null;
        }
        for (int j = tail; j <= k; j++) {
            // (a year or a number may stand in it: "An engineer involved in the 2023 inspection")
            if (!t.isWord(j) && !ph.isPossessiveMark(j) && t.kind(j) != Tokens.NUMBER || ph.cue(j) != null
                    || ph.has(j, Lexicon.PRONOUN) || ph.isAuxiliary(j) || isRelativePronoun(j) || t.eq(j, "that")) {
                return null;
            }
        }
        return runOnTo(head, k);
    }

    /**
     * The person whose role names the organisation that an aside then describes: "Gustav Ando, research director for
     * IHS Life Sciences, a business information and consulting company, said" is Gustav Ando, research director for
     * IHS Life Sciences. Null unless the organisation ends a role set off by commas after a person's name.
     */
    private Mention personBeforeEmployer(Mention org, int j, int k, int from) {
        if (k - j > 12 || !isBodyDescription(j + 1) && !isRelativePronoun(j + 1)) {
            return null;
        }
        return personBeforeEmployer(org, j, from);
    }

    /**
     * The person named before the role that ends on organisation org, whose aside closes at the comma at token j:
     * "Kwok Man-tat, chairman of the Harbour Personal Mobility Association, who watched …, said" (the role up to j), or
     * null.
     */
    private Mention personBeforeEmployer(Mention org, int j, int from) {
        if (org.type() != Mention.Type.ORG_NAME && org.type() != Mention.Type.PERSON_NAME) {
            return null;
        }
        int comma = org.startTok() - 1;
        while (comma > from && comma > org.startTok() - 8 && t.isWord(comma) && !t.isCapitalized(comma)) {
            comma--; // the role before the organisation: "research director for"
        }
        if (comma == org.startTok() - 1 || !t.is(comma, ',')) {
            return null;
        }
        Mention person = ph.left(comma, from - 1);
        return person == null || person.type() != Mention.Type.PERSON_NAME || person.endTok() != comma ? null
                : person.withRole(stripArticle(ph.surface(comma + 1, j)));
    }

    /**
     * The name an unnamed witness is given in an aside that ends at token k: "A bar worker, identified in court only
     * as Chloe, told" and "One investor, a retired nurse identified in court only as Maureen, told" give Chloe and
     * Maureen, with the description as role (the nominal of the aside, else the subject's). Null when the aside
     * after the comma at token j ends on no name after "only as".
     */
    private Mention nameGivenOnlyAs(Mention subject, int j, int k) {
        if (subject.type() == Mention.Type.PERSON_NAME || subject.type() == Mention.Type.ORG_NAME) {
            return null;
        }
        for (int p = j + 1; p + 2 < k; p++) {
            if (t.eq(p, "only") && t.eq(p + 1, "as")) {
                Mention name = ph.right(p + 2, k);
                if (name == null || name.type() != Mention.Type.PERSON_NAME || name.endTok() != k) {
                    return null;
                }
                Mention described = t.eq(j + 1, "a") || t.eq(j + 1, "an") ? ph.right(j + 1, p) : null;
                Mention role = described != null && described.type() != Mention.Type.PRONOUN ? described : subject;
                return name.withRole(stripArticle(ph.surface(role.startTok(), role.endTok())));
            }
        }
        return null;
    }

    /**
     * As {@link #isBodyDescription}, with the organisation's word the description's head: "a student-led campaign
     * that …", "a Nairobi-based advocacy group" (not "a company director").
     */
    private boolean describesBody(int k) {
        if (!t.eq(k, "a") && !t.eq(k, "an")) {
            return false;
        }
        for (int j = k + 1; j <= k + 3 && t.isWord(j) && !t.isCapitalized(j); j++) {
            if (ph.has(j, Lexicon.ROLE | Lexicon.GROUP | Lexicon.ANONYMOUS)) {
                return false; // a person's trade comes first: "a professor of government", "a retired mail carrier"
            }
            if (BODY_HEADS.contains(t.lower(j))) {
                return !t.isWord(j + 1) || ph.has(j + 1, Lexicon.STOP) || isRelativePronoun(j + 1) || t.eq(j + 1, "that");
            }
        }
        return false;
    }

    /** Head nouns of a description that make the name before it a body's. */
    private static final Set<String> BODY_HEADS = Set.of("campaign", "group", "charity", "coalition", "movement",
            "organisation", "organization", "alliance", "network", "association", "foundation", "institute", "trust",
            "nonprofit", "collective", "cooperative", "co-operative", "federation", "company", "firm", "startup",
            "think-tank", "consortium", "union", "party");

    /**
     * An aside opening at token k describes an organisation: "a campaign group set up by …", "an umbrella body for
     * …" (an article, then an organisation or group word within three words).
     */
    private boolean isBodyDescription(int k) {
        if (!t.eq(k, "a") && !t.eq(k, "an")) {
            return false;
        }
        for (int j = k + 1; j <= k + 3 && t.isWord(j) && !t.isCapitalized(j); j++) {
            if (ph.has(j, Lexicon.ORG | Lexicon.COMPANY) || t.eq(j, "group")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name that the acronym in brackets closed at token close spells, whatever its case: "the Syndicat national
     * des gardiens du patrimoine (SNGP)", which no phrase rule reads as a name. Null when there is none.
     */
    private Mention nameSpelledBefore(int close) {
        return t.is(close, ')') ? NameScan.acronymDefinition(a, close - 1) : null;
    }

    /**
     * A name opening the clause with an apposition between dashes before the cue c: "Jason Sims — a teacher from Mount
     * Pleasant — says". The name, with the apposition as role when it opens with an article and a role word; null
     * when the words before the cue are no such aside.
     */
    private Subject dashedApposition(int c, int k, int from, String cw) {
        if (!ph.isAsideDash(k)) {
            return null;
        }
        for (int j = k - 2; j > from && j >= k - DASHED_ASIDE_REACH; j--) {
            if (ph.isAsideDash(j)) {
                // a name, or a body, a group or a source: "Some economists — including two of the bank's own governors —
                // warn that", "Democrats — and some Republicans — say"
                Mention m = ph.left(j, from - 1);
                if (m == null || m.endTok() != j || m.type() == Mention.Type.DOCUMENT || m.type() == Mention.Type.PRONOUN
                        || m.startTok() != from && m.startTok() != datelineEnd(from, k) || !plainAside(j + 1, k)) {
                    return null;
                }
                if (m.type() == Mention.Type.PERSON_NAME && isRoleApposition(j + 1) && m.role() == null) {
                    m = m.withRole(stripArticle(ph.surface(j + 1, k)));
                }
                return new Subject(m, "speaker-cue", m.startTok(), List.of(), c + 1, cw);
            }
            // (an aside may hold a relative clause with its own cue or quotation, which plainAside checks: "Donald Trump -
            // who previously said he would “…” - said at a rally that")
            if (t.kind(j) == Tokens.PUNCT && !t.is(j, ',') && !t.is(j, '-') || isCue(j) && !relativeBefore(j)) {
                return null;
            }
        }
        return null;
    }

    /** Tokens an aside between dashes may span before a cue. */
    private static final int DASHED_ASIDE_REACH = 40;

    /** A relative word ("who", "which") between token j and the aside dash before it. */
    private boolean relativeBefore(int j) {
        for (int k = j - 1; k >= 0 && k >= j - DASHED_ASIDE_REACH && !ph.isAsideDash(k); k--) {
            if (relativeWord(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A body whose document a person signed, in an aside before the cue c: "the Minerals Commission, in a press release
     * signed by its Head of Corporate Affairs, Mrs. X, said". The body speaks; who signed the release does not. Null when
     * the words before the cue (ending at the comma k) are no such aside.
     */
    private Subject signedFor(int c, int k, int from, String cw) {
        if (!t.is(k, ',')) {
            return null;
        }
        for (int j = k - 1; j > from + 3 && j >= k - 24; j--) {
            if (a.inQuote(j) || t.is(j, '.') && !t.isWord(j - 1)) {
                return null;
            }
            if (t.eq(j, "by") && t.eq(j - 1, "signed")) {
                for (int i = j - 2; i > from && i >= j - 10; i--) {
                    if (t.eq(i, "in") && t.is(i - 1, ',')) {
                        // (the body's acronym in brackets may close its name: "The National Monetary Authority (NMA), in
                        // a circular … signed by")
                        int end = t.is(i - 2, ')') ? beforeBracket(i - 2, from) + 1 : i - 1;
                        Mention m = ph.left(end, from - 1);
                        return m != null && m.endTok() == end && (m.type() == Mention.Type.ORG_NAME
                                || m.type() == Mention.Type.ORG_NOMINAL)
                                ? new Subject(m, "speaker-cue", m.startTok(), List.of(), c + 1, cw) : null;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** Tokens a group's participle or relative clause may run before its cue. */
    private static final int MAX_GROUP_TAIL = 12;

    /**
     * A group opening the clause whose participle or relative clause runs on without commas to the cue c
     * ("Residents opposed to the plan say", "Activists clamoring to block the bill say", "Groups that have
     * endorsed him say", "Parents whose children attend the school said"): the group speaks, never the clause's own
     * object; a participle's phrase is part of its name, a relative clause is not. A relative clause only before a
     * cue of saying or telling, and never one that holds a cue ("voters who said …" are what voters said). Null when
     * the clause opens otherwise.
     */
    private Mention tailedGroup(int c, int k, int from, String cw) {
        int predicate = -1; // the auxiliary of "were quick to (point out)", after which the tail is no part of the group
        int auxiliaries = 0;
        for (int j = k; j > from && j > k - MAX_GROUP_TAIL; j--) {
            if (!t.isWord(j) && !ph.isPossessiveMark(j) || ph.cue(j) != null && j != k || ph.has(j, Lexicon.PRONOUN)
                    && !t.eq(j, "him") && !t.eq(j, "her") && !t.eq(j, "them") && !t.eq(j, "it")) {
                return null;
            }
            if (ph.isAuxiliary(j) && j < k) {
                auxiliaries++;
                predicate = j;
                continue;
            }
            boolean relative = (t.isWho(j) || t.eq(j, "whose") || t.eq(j, "that")) && j < k
                    && (SAY_TELL.contains(cw) || ARGUE_THAT.contains(cw) && t.eq(c + 1, "that"));
            boolean participle = !relative && j < k && ph.isParticiple(j) && ph.cue(j) == null && !ph.isAuxiliary(j)
                    && !ph.has(j, Lexicon.ROLE | Lexicon.GROUP);
            if (!relative && !participle) {
                continue;
            }
            Mention head = ph.left(j, from - 1);
            if (head == null || head.endTok() != j || head.type() != Mention.Type.GROUP
                    || !(head.startTok() == from || head.startTok() == datelineEnd(from, k) || afterFrontedPhrase(head.startTok(), from)
                    || head.startTok() == from + 1 && (t.eq(from, "but") || t.eq(from, "and")))) {
                continue; // a participle inside the clause: "Groups that have endorsed him"
            }
            if (relative) {
                return head; // a relative clause restricts the group it follows and is no part of its name ("Nurses")
            }
            if (auxiliaries > 0 && !(auxiliaries == 1 && t.eq(k, "to") && k - predicate <= 3)) {
                return null; // an auxiliary after a participle opens a clause of its own
            }
            // (only a predicate before the cue's "to" leaves the group before it: "The officials involved were quick to
            // point out that …")
            return runOnTo(head, auxiliaries > 0 ? predicate - 1 : k);
        }
        return null;
    }

    /** The phrase from m's first token through token k, of m's type and head: a group or source with its tail. */
    private Mention runOnTo(Mention m, int k) {
        return new Mention(m.startTok(), k + 1, m.start(), t.end(k), m.type(), ph.surface(m.startTok(), k + 1), null, m.head());
    }

    /** Token k is a lower-case word that no function-word list holds: a verb or noun, not "with" or "the". */
    private boolean isLowerContentWord(int k) {
        return t.isWord(k) && !t.isCapitalized(k) && !ph.has(k, Lexicon.STOP);
    }

    /**
     * A speaker phrase followed by a relative clause without commas before a cue of saying or telling
     * c ("A packing-line worker who asked not to be named said"): the phrase before "who", within ten words
     * of the cue, or 32 for an anonymity clause, which makes it anonymous. Null when there is none.
     */
    private Subject restrictedSubject(int c, int k, int from, String cw) {
        // other cues after a relative clause are too often its own verbs' objects, but for "called" after a sentence's
        // subject: "Residents who live near the plant called the decision “a betrayal”"
        boolean calling = cw.equals("called") || cw.equals("call") || cw.equals("calls");
        if (!SAY_TELL.contains(cw) && !calling && !(ARGUE_THAT.contains(cw) && t.eq(c + 1, "that"))) {
            return null;
        }
        // from the word before the cue: in "voters who say …" the verb is the relative clause's own; an
        // anonymity clause may give its reason ("who asked not to be named because he was not authorized to
        // speak to the media said")
        for (int j = k - 1; j > from && j >= k - 32 && (t.isWord(j) || t.kind(j) == Tokens.NUMBER); j--) {
            if (t.isWho(j)) {
                Mention s = ph.left(j, from - 1);
                if (s == null || s.endTok() != j || s.type() == Mention.Type.PRONOUN
                        || s.type() == Mention.Type.DOCUMENT) {
                    return null;
                }
                boolean anonymity = anonymityBetween(j, c);
                if (k - j > 10 && !anonymity || calling && s.startTok() != from) {
                    return null;
                }
                if (anonymity) {
                    s = s.withType(Mention.Type.ANONYMOUS);
                }
                return new Subject(s, "speaker-cue", s.startTok(), List.of(), c + 1, cw);
            }
        }
        return null;
    }

    /**
     * A name of two words or more set off by commas after an unnamed role and its place that open the sentence: the
     * "Sunday Okonkwo-Agu" of "A block moulder in Ikosi-Oja, Sunday Okonkwo-Agu, said", with the role and place as his
     * role; else null (the place's region is no name: "a rally in Dorwick, Ohio,").
     */
    private Mention nameAfterPlacedRole(int j, int k, int from) {
        if (j - from < 4 || k - j < 3 || !(t.eq(from, "a") || t.eq(from, "an") || t.eq(from, "the"))) {
            return null;
        }
        int p = from + 2;
        while (p < j - 1 && t.isWord(p) && !t.isCapitalized(p) && !isPlacePreposition(p)) {
            p++;
        }
        if (p >= j - 1 || p > from + 4 || !isPlacePreposition(p) || j - p > 4) {
            return null;
        }
        for (int q = p + 1; q < j; q++) {
            if (!t.isWord(q) || !t.isCapitalized(q)) {
                return null; // (the place's name runs up to the comma)
            }
        }
        Mention named = ph.right(j + 1, k);
        Mention rest = named == null || named.startTok() != j + 1 ? ph.right(j + 2, k) : null;
        if (rest != null && rest.type() == Mention.Type.PERSON_NAME && rest.startTok() == j + 2 && t.isWord(j + 1)
                && t.isCapitalized(j + 1)) {
            // (a given name that is also a day's: "Sunday Okonkwo-Agu")
            named = new Mention(j + 1, k, t.start(j + 1), t.end(k - 1), Mention.Type.PERSON_NAME, ph.surface(j + 1, k),
                    null, rest.head());
        }
        return named != null && named.type() == Mention.Type.PERSON_NAME && named.endTok() == k
                && named.endTok() - named.startTok() >= 2 ? named.withRole(stripArticle(ph.surface(from, j))) : null;
    }

    /** Token p opens where someone is: "in", "at", "from", "near", "outside". */
    private boolean isPlacePreposition(int p) {
        return t.eq(p, "in") || t.eq(p, "at") || t.eq(p, "from") || t.eq(p, "near") || t.eq(p, "outside");
    }

    /**
     * The person named before a place given as where they are from: the "Margaret Ellery" of "Margaret Ellery, 81, from
     * Lower Stanbridge,", of "John Hale, 47, of Leeds said" and of "M. G. Nimal Kumara (47) of Pelengahawatte said"
     * ("of" only after an age, set off by commas or brackets); null when the place has no person before it.
     */
    private Mention personFromPlace(Mention place, int from) {
        int p = place.startTok() - 1;
        if (place.type() != Mention.Type.PERSON_NAME && place.type() != Mention.Type.ORG_NAME || p - 1 <= from
                || !t.eq(p, "from") && !t.eq(p, "of")) {
            return null;
        }
        int close = p - 1;
        boolean aged = t.kind(close - 1) == Tokens.NUMBER
                && (t.is(close, ',') && t.is(close - 2, ',') || t.is(close, ')') && t.is(close - 2, '('));
        if (!aged && !((t.eq(p, "from") || t.eq(p, "of")) && t.is(close, ','))) { // ("Jane Doe, of Caldwell Springs,")
            return null;
        }
        int nameEnd = aged ? close - 2 : close;
        Mention person = nameEnd - 1 < from ? null : ph.left(nameEnd, from - 1);
        return person != null && person.type() == Mention.Type.PERSON_NAME && person.endTok() == nameEnd ? person
                : null;
    }

    /**
     * The person's name that a nominal ending at token end stands in apposition to, with the nominal as
     * role: "Darren Mulvey, a local businessman," gives Darren Mulvey. Null when the nominal follows no
     * name and a comma.
     */
    private Mention apposedName(Mention nominal, int end, int from) {
        int comma = nominal.startTok() - 1;
        if (nominal.type() != Mention.Type.PERSON_NOMINAL && nominal.type() != Mention.Type.ANONYMOUS
                || comma - 1 < from || !t.is(comma, ',')) {
            return null;
        }
        Mention named = ph.left(comma, from - 1);
        if (named == null || named.type() != Mention.Type.PERSON_NAME) {
            return null;
        }
        String role = ph.appositionAfter(named, end, new int[1]);
        return role == null ? named : named.withRole(role);
    }

    /**
     * The person named before the apposition that ends in the body, when that apposition is a post in it: "Tom Hale,
     * branch secretary of the Health Workers' Union," (end is the comma after the body); else null.
     */
    private Mention holderOfPostIn(Mention body, int end, int from) {
        if (body.type() != Mention.Type.ORG_NAME && body.type() != Mention.Type.ORG_NOMINAL || body.endTok() != end) {
            return null;
        }
        int j = body.startTok() - 1;
        if (t.eq(j, "the")) {
            j--;
        }
        if (!t.eq(j, "of") && !t.eq(j, "at")) {
            return null;
        }
        int comma = j - 1;
        boolean role = false;
        while (comma > from && comma >= j - 4 && t.isWord(comma) && !t.isCapitalized(comma)) {
            role |= ph.isRole(comma);
            comma--;
        }
        if (!role || !t.is(comma, ',') || comma - 1 < from) {
            return null;
        }
        Mention named = ph.left(comma, from - 1);
        return named == null || named.type() != Mention.Type.PERSON_NAME ? null
                : named.withRole(ph.surface(comma + 1, body.endTok()));
    }

    /** An organisation's name that starts with a capital: "Tierra Viva" of "the green-regionalist party Tierra Viva". */
    private static boolean capitalName(Mention m) {
        String n = m.name();
        int at = n != null && n.startsWith("the ") ? 4 : 0; // "the Tlacoyan Water and Sanitation System" keeps its "the"
        return n != null && n.length() > at && Character.isUpperCase(n.charAt(at));
    }

    /**
     * The first of two coordinated nominals ending at token end, the second without a determiner: "a
     * local businessman and former councillor". Null when the words before end are no such pair.
     */
    private Mention firstConjunct(int end, int from) {
        for (int j = end - 1; j > from && j >= end - 4 && t.isWord(j) && !t.isCapitalized(j); j--) {
            if (t.eq(j, "and")) {
                Mention first = ph.left(j, from - 1);
                return first != null && (first.type() == Mention.Type.PERSON_NOMINAL
                        || first.type() == Mention.Type.ANONYMOUS) ? first : null;
            }
        }
        return null;
    }

    /** "that" opens the clause of cue j, maybe after a time ("denied that", "said on Wednesday that"). */
    private boolean thatAfter(int j, int to) {
        for (int k = j + 1; k < to && k <= j + 4; k++) {
            if (t.eq(k, "that")) {
                return true;
            }
            if (!ph.has(k, Lexicon.TEMPORAL) && !t.eq(k, "on") && !t.eq(k, "last")) {
                return false;
            }
        }
        return false;
    }

    /** Adverbs that may open a sentence before its subject: "Only last month Callum …", "Just days later, …". */
    private static final Set<String> OPENING_ADVERBS = Set.of("only", "just", "even", "also", "still", "earlier",
            "later", "then");

    /** A cue's subject: the speaker phrase, how it was found, its first token, relays found on the way. */
    record Subject(Mention mention, String rule, int firstTok, List<ViaRef> via, int cueEnd, String cueText) {
    }

    /**
     * The speaker of cue c within a sentence starting at token from: the phrase left of it ("Danilov
     * said", "Oleksiy Danilov, the secretary of …, commented"), the agent of a passive ("was voiced by
     * X"), the object of "quoted … as saying", or the sentence's subject for a participle (", stressing").
     */
    Subject subjectOf(int c, int from) {
        int quotedAs = quotedPassiveAs(c, from);
        Subject sub = subjectOf(c, from, quotedAs > 0);
        if (quotedAs < 0 || sub == null) {
            return sub == null || !sub.rule().equals("speaker-cue") ? sub : quotedAsSaying(c, sub);
        }
        // "X was quoted by the paper as saying": X speaks, the paper relays
        // (past the agency's initials in brackets: "by the News Agency of Nigeria (NAN) as saying")
        int byEnd = t.is(quotedAs - 1, ',') ? quotedAs - 1 : quotedAs;
        byEnd = t.is(byEnd - 1, ')') ? beforeBracket(byEnd - 1, c + 1) + 1 : byEnd;
        Mention by = t.eq(c + 1, "by") ? ph.right(c + 2, byEnd) : null;
        List<ViaRef> via = by == null || by.type() != Mention.Type.ORG_NAME ? List.of() : List.of(relays.viaOf(by));
        return new Subject(sub.mention(), "passive-quoted-as-saying", sub.firstTok(), via, quotedAs + 2,
                sub.cueText() + " ... as saying");
    }

    /** The "as" of "was quoted (by …) as saying" when cue c is that passive "quoted" or "cited"; else -1. */
    private int quotedPassiveAs(int c, int from) {
        if (!(t.eq(c, "quoted") || t.eq(c, "cited")) || c - 1 < from
                || !(t.eq(c - 1, "was") || t.eq(c - 1, "were") || t.eq(c - 1, "been"))) {
            return -1;
        }
        int end = a.sentenceEnd(a.sentenceOf(c));
        for (int k = c + 1; k < end && k <= c + 13 && (t.isWord(k) || t.is(k, ',') || t.is(k, '(') || t.is(k, ')'));
                k++) {
            if (t.eq(k, "as") && t.eq(k + 1, "saying")) {
                return k;
            }
        }
        return -1;
    }

    /** As {@link #subjectOf(int, int)}; a passive "was quoted … as saying" takes its subject, not its agent. */
    private Subject subjectOf(int c, int from, boolean quotedPassive) {
        String cw = t.lower(c);
        int end = a.sentenceEnd(a.sentenceOf(c));
        // passive: was voiced by X / was echoed by X; in the present only with the agent next to the participle:
        // "who is accused of running over a cyclist", "Visitors are urged to follow …" (not a progressive, "is calling
        // the plan …"; nor a raising verb before a past act, whose subject spoke: "is reported to have called")
        boolean present = !cw.endsWith("ing") && !(t.eq(c + 1, "to") && t.eq(c + 2, "have"))
                && (t.eq(c - 1, "is") || t.eq(c - 1, "are") || t.eq(c - 1, "being"));
        // (a progressive is no passive: "were warning that", "have been saying that")
        if (!quotedPassive && c - 1 >= from && (present || !cw.endsWith("ing") && (t.eq(c - 1, "was") || t.eq(c - 1, "were")
                || t.eq(c - 1, "been")))) {
            for (int k = c + 1; k < end && k < (present ? c + 2 : c + 12); k++) {
                if (t.eq(k, "by")) {
                    Mention m = subjectAfter(k + 1, end);
                    if (m != null) {
                        return new Subject(m, "passive-by", k, List.of(), c + 1, cw);
                    }
                }
            }
            return null;
        }
        if (cw.equals("put") && t.eq(c + 1, "it")) {
            // "As one grandmother at the school gate put it:"
            for (int k = c - 2; k >= from && k >= c - 12; k--) {
                if (t.eq(k, "as")) {
                    Mention m = asPutItSpeaker(k, c);
                    if (m != null) {
                        return new Subject(m, "as-put-it", k, List.of(), c + 2, "put it");
                    }
                    break;
                }
            }
        }
        if (cw.endsWith("ing") && c - 2 >= from && t.eq(c - 1, "while") && commaBefore(c - 1) && t.eq(c + 1, "that")) {
            // "The minister defended the plan, while acknowledging that …": the sentence's subject (a quotation
            // after "while telling another to" is left to the quotation's own attribution)
            Mention m = mainCueSubject(from, c - 2);
            if (m == null) {
                m = sentenceSubject(from, c - 1);
            }
            return m == null ? null : new Subject(m, "participle", c, List.of(), c + 1, cw);
        }
        if (cw.endsWith("ing") && c - 3 >= from && t.eq(c - 1, "by") && t.isWord(c - 2) && !t.isCapitalized(c - 2)
                && !a.inQuote(c)) {
            // "Carvalho stoked the row by telling reporters …", "She hit back by insisting that …": the sentence's subject
            // (not a passive's agent: "was hit by falling debris" has no cue)
            Mention m = sentenceSubject(from, c - 1);
            return m == null ? null : new Subject(m, "participle", c, List.of(), c + 1, cw);
        }
        if (cw.endsWith("ing") && c - 1 >= from && commaBefore(c)) {
            int close = closingMarkBefore(c, from);
            Mention m = close >= 0 ? attributionSubject(close + 1, c) : null;
            if (m == null && close < 0 && t.is(c - 1, ',') && c - 2 > from && isCue(c - 2) && !t.endsWith(c - 2, "ing")) {
                // "…, one of the people said, adding that …": the participle goes on from the cue before it
                // (not from a relative clause's cue: "retaliated against developers who complained, saying …" is the
                // sentence subject's)
                Subject before = subjectOf(c - 2, from);
                m = before == null || before.rule().equals("relative") ? null : before.mention();
            }
            if (m == null && close < 0 && t.is(c - 1, ',')) {
                // "Pressed by the chair, Ashdown-Price denied that she had ignored it, saying …": or from the
                // sentence's first cue, whose subject is found more surely than the sentence's
                m = mainCueSubject(from, c - 1);
            }
            if (m == null && (close < 0 || !startsInQuotation(from))) {
                m = sentenceSubject(from, c); // “… defended “New York values,” saying …”: the quotation is an object
            }
            if (m == null && close < 0 && t.is(c - 1, ',')) {
                // "The losing bidder, Dragamar Engenharia, said it would …, arguing that …": the subject of the cue before,
                // with no "that" after it
                m = lastCueSubject(from, c - 1);
            }
            return m == null ? null : new Subject(m, "participle", c, List.of(), c + 1, cw);
        }
        Mention writer = cw.endsWith("ing") && !a.inQuote(c) ? writerBeforeAddressee(c, from) : null;
        if (writer != null) {
            return new Subject(writer, "participle", c, List.of(), c + 1, cw);
        }
        int k = c - 1;
        if (t.eq(k, "to") && (t.eq(k - 1, "rose") || t.eq(k - 1, "rises")
                || t.eq(k - 1, "up") && (t.eq(k - 2, "stood") || t.eq(k - 2, "got")))) {
            k = t.eq(k - 1, "up") ? k - 3 : k - 2; // the House: "Rupert Allingham-Fry rose to promise that …"
        }
        int n = 0;
        while (k >= from && n < 4) {
            // an adverb before the cue ("… quickly said"), but not a noun ending alike ("her family said", "at the rally said"),
            // nor a name's last word ("Heritage First warned")
            if (t.isWord(k) && (betweenSubjectAndCue(k, c) && !(t.isCapitalized(k) && t.isCapitalized(k - 1))
                    || t.endsWith(k, "ly") && !t.isCapitalized(k) && !ph.has(k, Lexicon.GROUP | Lexicon.ROLE | Lexicon.ORG
                    | Lexicon.ANONYMOUS | Lexicon.COMPANY | Lexicon.DOCUMENT) && !ph.isLyNoun(k))) {
                k--;
            } else {
                int j = beforeTime(k, from); // "Health Minister Karl Obermair on Wednesday denied …"
                if (j == k) {
                    break;
                }
                k = j;
            }
            n++;
        }
        if (k - 3 > from && t.eq(k - 2, "in") && (t.eq(k - 1, "a") || t.eq(k - 1, "the")) && t.is(k - 3, ',')
                && ph.has(k, Lexicon.DOCUMENT)) {
            // "…, Comrade Uchenna Ezeudo-Lawal, in a statement on Friday said": the channel, its closing comma left out
            k -= 3;
        }
        if (k < from) {
            return null;
        }
        Mention contracted = contractedPronoun(k, c);
        if (contracted != null) {
            // ("I've argued", "we'd add" outside quotation marks: the writer's own voice, as "I said" is)
            return (contracted.head().equals("i") || contracted.head().equals("we")) && !a.inQuote(c) ? null
                    : new Subject(contracted, "speaker-cue", k, List.of(), c + 1, cw);
        }
        if (t.is(k, ',') && t.is(k - 1, ')') && k - 3 > from && beforeBracket(k - 1, from) != k - 1
                && ph.isPartyTag(beforeBracket(k - 1, from) + 2)) {
            k--; // "Sen. Jack Reed (D-R.I.), said": the comma after the party bracket sets off nothing
        }
        k = beforeBracket(k, from);
        if (t.isWho(k) && k - 1 > from && t.isWord(k - 1) && !t.isCapitalized(k - 1)) {
            // a restrictive relative clause on a group: "angering parents who say they were never consulted", "among
            // voters who said Wall Street does more to help" (not one unnamed person, whom such a clause only describes:
            // "a candidate who called for …"; nor a verb's object taken into the phrase: "rebuked critics who say")
            Mention m = ph.left(k, from - 1);
            if (m != null && m.endTok() == k && m.startTok() + 1 < k && t.endsWith(m.startTok(), "ing")
                    && !t.isCapitalized(m.startTok())) {
                m = ph.left(k, m.startTok()); // "angering parents who say": the participle is no part of the group
            }
            if (m != null && m.endTok() == k && m.type() == Mention.Type.GROUP && !Finder.isPastForm(t, m.startTok())
                    && !ph.isAuxiliary(m.startTok())) {
                return new Subject(m, "relative", m.startTok(), List.of(), c + 1, cw);
            }
        }
        if ((t.isWho(k) || t.eq(k, "which")) && k - 1 > from && t.is(k - 1, ',')) {
            // a relative clause: "… drew criticism from fishing communities, who say the measure …" (after an
            // acronym in brackets too: "the Union des producteurs laitiers (UPL), which says …")
            if (anonymityBetween(c + 1, Math.min(c + 7, t.size()))) {
                return null; // "A former quarryman, who asked not to be named, said": the aside asks, it says nothing
            }
            Mention m = ph.left(t.is(k - 2, ')') ? beforeBracket(k - 2, from) + 1 : k - 1, from - 1);
            if (m == null && k - 3 > from && t.kind(k - 2) == Tokens.NUMBER && t.is(k - 3, ',')) {
                m = ph.left(k - 3, from - 1); // "Sumo Flomo, 78, who said": the name before the age
                m = m != null && m.type() == Mention.Type.PERSON_NAME ? m : null;
            }
            if (m == null) {
                m = nameSpelledBefore(k - 2);
            }
            if (m == null) {
                m = firstConjunct(k - 1, from); // "Darren Mulvey, a local businessman and former councillor, who wrote:"
            }
            if (m == null || m.type() == Mention.Type.DOCUMENT || m.type() == Mention.Type.PRONOUN) {
                return null;
            }
            // "a post by Darren Mulvey, a local businessman, who wrote:": the nominal is the name's apposition
            Mention named = apposedName(m, k, from);
            if (named == null) {
                named = holderOfPostIn(m, k - 1, from); // "Tom Hale, branch secretary of the Union, who said"
            }
            return named != null ? new Subject(named, "relative", named.startTok(), List.of(), c + 1, cw)
                    : new Subject(m, "relative", m.startTok(), List.of(), c + 1, cw);
        }
        if (t.eq(k, "and") || t.eq(k, "but") || t.is(k, ',') && t.eq(k + 1, "then") && k + 2 == c) {
            // (or after a comma and "then": "Kasich offered the man a job, then said he would …")
            // a second verb of the same subject: "Air Lumière said …, and said it would …", or of the subject of the
            // clause the first verb stands in: "Shares fell after the chipmaker gave a weak forecast and said …"
            Mention shared = subordinateSubject(from, k);
            if (shared == null) {
                shared = contrastSubject(from, k);
            }
            if (shared == null) {
                shared = firstCuePerson(from, k);
            }
            if (shared == null) {
                shared = nameAfterNominal(sentenceSubject(from, k), k);
            }
            return shared == null ? null : new Subject(shared, "coordinated", c, List.of(), c + 1, cw);
        }
        Subject signed = signedFor(c, k, from, cw);
        if (signed != null) {
            return signed;
        }
        Subject dashed = dashedApposition(c, k, from, cw);
        if (dashed != null) {
            return dashed;
        }
        int naming = namingAside(k, from);
        if (naming >= 0) {
            // "Rogelio Dumaguing, known to residents as “Kap Oying,” said": a name given in an aside, no role
            Mention named = ph.left(naming, from - 1);
            if (named != null && (named.type() == Mention.Type.PERSON_NAME || named.type() == Mention.Type.ORG_NAME)) {
                return new Subject(named, "speaker-cue", named.startTok(), List.of(), c + 1, cw);
            }
        }
        Mention m;
        int first;
        if (closesQuotedRelative(k, from)) {
            k--; // "Humphrey, who calls Rask a “sociopath,” said": the aside's comma stands inside the closing mark
        }
        if (t.is(k, ',')) {
            Mention listing = namingTheirMembers(k, from);
            if (listing != null) {
                return new Subject(listing, "speaker-cue", listing.startTok(), List.of(), c + 1, cw);
            }
            // an apposition or relative clause between the subject and its cue
            int j = k - 1;
            boolean quoted = false;
            while (j >= from && j > k - 40 && !t.is(j, ',')) {
                quoted |= t.kind(j) == Tokens.QUOTE && !ph.isPossessiveMark(j) && !marksShortTitle(j);
                j--;
            }
            int before = j > from && t.is(j, ',') && isLinkingAside(j + 1, k) ? commaBack(j - 1, from, k - 40) : -1;
            if (before >= 0 && !quoted) {
                // "Brian Murphy, the chairman of the county party, for example, said": a linking aside after another
                // aside; the other one stands between the subject and the cue
                k = j;
                j = before;
                for (int q = j + 1; q < k; q++) {
                    quoted |= t.kind(q) == Tokens.QUOTE && !ph.isPossessiveMark(q) && !marksShortTitle(q);
                }
            }
            // a quotation may stand inside a relative clause only ("X, who leads the committee «…», told …")
            if (j < from || !t.is(j, ',') || quoted && !isRelativePronoun(j + 1) && relativeAt(j + 1, k) < 0) {
                return null;
            }
            Mention placedRoleName = nameAfterPlacedRole(j, k, from);
            if (placedRoleName != null) {
                return new Subject(placedRoleName, "speaker-cue", from, List.of(), c + 1, cw);
            }
            if (placeTail(j + 1)) {
                // "Clinton, at a rally in Dorwick, Ohio, said": the state ends the aside, the subject is before it
                int j2 = commaBack(j - 1, from, k - 25);
                Mention placed = j2 < 0 ? ph.left(j, from - 1) : null;
                if (placed != null && placed.endTok() == j && placed.startTok() == from && k - j <= 4
                        && (placed.type() == Mention.Type.ANONYMOUS || placed.type() == Mention.Type.GROUP)) {
                    // "A woman at a rally in Dorwick, Ohio, said": an unnamed source whose place ends in its region
                    return new Subject(runOnTo(placed, k - 1), "speaker-cue", from, List.of(), c + 1, cw);
                }
                j = j2 >= 0 ? j2 : j;
            }
            int place = t.is(j - 1, '.') ? j - 2 : j - 1;
            if (isRelativePronoun(j + 1) && place > from && placeTail(place)) {
                // "Paul Porter, a truck driver from Ava, Mo., who drives for a grocer, said": the place is inside the
                // apposition, which opens at the comma before it
                int j2 = commaBack(place - 2, from, k - 40);
                j = j2 >= 0 ? j2 : j;
            }
            int tag = t.is(j - 1, '.') ? j - 2 : j - 1;
            if (tag - 1 > from && t.is(tag - 1, ',') && ph.isPartyTag(tag)) {
                // "Sen. Tom Bly, D-Ore., who chairs the panel, said", "Sen. Ana Ruiz, R-Fla., appearing on Fox News,
                // said": the party and state stand between the name and its aside
                j = tag - 1;
            }
            // a relative clause with commas of its own: "Gloria Pettaway, whose mother, Ruth, died in the fire, said"
            j = relativeOpening(j, from, k);
            // "Gov. John Kasich (R-OH), said", "Kestrel Aviation Holdings Inc., said" (the legal form's period)
            int namedEnd = t.is(k - 1, ')') ? beforeBracket(k - 1, from) + 1
                    : t.is(k - 1, '.') && ph.isLegalFormAbbreviation(k - 2) ? k - 1 : k;
            Mention named = ph.right(j + 1, namedEnd);
            if (named != null && (t.eq(j + 1, "a") || t.eq(j + 1, "an")) && prepositionBetween(j + 2, namedEnd)) {
                named = null; // "Kyle Brandvold, an aide to Mrs. Loomis, said": whom the role serves, not the speaker
            }
            if (named != null && t.eq(j + 1, "the") && prepositionBetween(j + 2, namedEnd)) {
                // "Margaret Henshall, the daughter of resident Edna Henshall, said": a person named before her relation
                // to another speaks
                Mention person = ph.left(j, from - 1);
                if (person != null && person.type() == Mention.Type.PERSON_NAME && person.endTok() == j) {
                    named = null;
                }
            }
            // (the phrase before the aside, asked for once: "The operator, government-owned Coastal Hardwoods
            // Corporation, says" names the body after a nominal of its own)
            Mention lead = named != null && named.endTok() == namedEnd ? ph.left(j, from - 1) : null;
            boolean bodysNominal = lead != null && lead.endTok() == j && lead.type() == Mention.Type.ORG_NOMINAL;
            if (named != null && named.endTok() == namedEnd && (named.type() == Mention.Type.PERSON_NAME
                    || named.type() == Mention.Type.ORG_NAME
                    && (t.isCapitalized(j + 1) || t.eq(j + 1, "the") && capitalName(named)
                    || capitalName(named) && bodysNominal))) {
                // "The company that runs the terminals, Selwick Freight, said"
                int firstTok = named.startTok();
                int whose = ownerWhose(j, from);
                if (named.type() == Mention.Type.PERSON_NAME && whose >= 0) {
                    // "the union FIML, whose provincial secretary, Giulia Ferrandi Sacco, told": what "whose" owns is her
                    // role
                    return new Subject(named.withRole(ph.surface(whose + 1, j)), "speaker-cue", firstTok, List.of(), c + 1, cw);
                }
                if (named.type() == Mention.Type.PERSON_NAME && t.eq(j + 1, "the") && namedEnd - j == 3 && lead != null
                        && lead.endTok() == j && (lead.type() == Mention.Type.ORG_NAME || lead.type() == Mention.Type.ORG_NOMINAL)) {
                    // "The Ebersfeld works council, the Betriebsrat, said": one word after "the" is the body's other
                    // name, no person's
                    return new Subject(lead, "speaker-cue", lead.startTok(), List.of(), c + 1, cw);
                }
                if (named.type() == Mention.Type.PERSON_NAME && t.eq(j + 1, "the") && bodysNominal) {
                    // "The gondoliers’ association, the Bancale dei Gondolieri, called": the body's name, after "the"
                    return new Subject(named.withType(Mention.Type.ORG_NAME), "speaker-cue", firstTok, List.of(), c + 1, cw);
                }
                if (named.type() == Mention.Type.PERSON_NAME && lead != null
                        && (lead.type() == Mention.Type.PERSON_NOMINAL || lead.type() == Mention.Type.ORG_NAME && isRoleOfBody(lead)
                        // (or an unnamed role the name then names: "…, a spokeswoman, Anna White, said")
                        || lead.type() == Mention.Type.ANONYMOUS && lead.endTok() == j && ph.isRole(j - 1) && named.role() == null
                        && (t.eq(lead.startTok(), "a") || t.eq(lead.startTok(), "an")))) {
                    // "Selwick Freight’s chief executive, Marta Lindqvist, said": the lead phrase is her role
                    int s0 = lead.startTok();
                    while (s0 - 1 >= from && t.isCapitalized(s0 - 1) && !ph.has(s0 - 1, Lexicon.STOP)) {
                        s0--;
                    }
                    if (s0 - 2 == from && ph.isRole(from) && (t.eq(s0 - 1, "to") || t.eq(s0 - 1, "for"))) {
                        s0 = from; // "Counsel to the plaintiff, Kelechi Onwuzurike-Bello, told": the role opens the sentence
                    }
                    firstTok = s0;
                    // "The jury president, the actor Ada Moll, said": the subject's own nominal is her role
                    named = named.withRole(stripArticle(ph.surface(s0, j)));
                }
                if (named.type() == Mention.Type.ORG_NAME && lead != null && lead.endTok() == j && t.is(lead.startTok() - 1, ',')
                        && (bodysNominal || lead.type() == Mention.Type.PERSON_NOMINAL && t.eq(lead.startTok(), "its"))) {
                    // "…, the city's tram operator, Carris do Norte, announced", "…, its owner, Délalföldi Cukor Zrt., said":
                    // the body's nominal opens the attribution
                    // (a comma before it: the nominal that opens a sentence is its subject already)
                    firstTok = lead.startTok();
                }
                return new Subject(named, "speaker-cue", firstTok, List.of(), c + 1, cw);
            }
            Mention described = roleThenDescription(j, from, k);
            if (described != null) {
                return new Subject(described, "speaker-cue", described.startTok(), List.of(), c + 1, cw);
            }
            int listed = listedAsideOpening(j, from, k);
            Mention listedBody = listed < 0 ? null : ph.left(listed, from - 1);
            if (listedBody != null && listedBody.type() == Mention.Type.ORG_NAME && listedBody.endTok() == listed
                    && listedBody.startTok() == from) {
                // "The Roof Over Us Coalition, an alliance of tenants’ groups, trade unions and student unions, said": a
                // body described by a list with commas of its own
                return new Subject(listedBody, "speaker-cue", listedBody.startTok(), List.of(), c + 1, cw);
            }
            // "Sen. Tom Bly (R-Ore.), who chairs the panel, said": a party bracket closes the name
            // (a name suffix's or a legal form's period closes the name: "Joseph R. Biden Jr., who …, said")
            Mention subject = ph.left(t.is(j - 1, ')') ? beforeBracket(j - 1, from) + 1
                    : t.is(j - 1, '.') && (t.eq(j - 2, "jr") || t.eq(j - 2, "sr") || ph.isLegalFormAbbreviation(j - 2)) ? j - 1
                    : j, from - 1);
            if (subject == null) {
                subject = nameSpelledBefore(j - 1);
            }
            if (subject == null && j - 1 > from && (t.eq(j - 1, "here") || t.eq(j - 1, "there"))) {
                // "Smallholders here, however, said": where the group is, before the aside
                Mention there = ph.left(j - 1, from - 1);
                subject = there == null || there.type() != Mention.Type.GROUP ? null : runOnTo(there, j - 1);
            }
            if (subject == null && isRelativePronoun(j + 1)) {
                subject = postModified(j - 1, from); // "A miner at one of the pits, who spoke on condition of anonymity, said"
            } else if (subject != null && isRelativePronoun(j + 1) && subject.startTok() > from + 2
                    && subject.type() != Mention.Type.PERSON_NAME) {
                // "An engineer at the site, who spoke on condition of anonymity, said": the source the place is for
                Mention source = postModified(j - 1, from);
                subject = source != null && source.startTok() < subject.startTok() ? source : subject;
            }
            if (subject == null && t.eq(j + 1, "and") && t.isWho(j + 2) && anonymityBetween(j + 2, k)) {
                // a second relative clause after ", and" gives the reason for anonymity: "A farmer who has agreed to lease
                // land for a turbine, and who asked not to be named, said"
                Subject restricted = restrictedSubject(c, j, from, cw);
                if (restricted != null) {
                    return new Subject(restricted.mention().withType(Mention.Type.ANONYMOUS), "speaker-cue",
                            restricted.firstTok(), List.of(), c + 1, cw);
                }
            }
            if (subject == null && j - 2 > from && t.kind(j - 1) == Tokens.NUMBER && t.is(j - 2, ',')) {
                subject = ph.left(j - 2, from - 1); // an age before the aside: "Kerry Stokes, 29, who was on the bus, told …"
            }
            if (subject == null && j - 1 > from && ph.isAuxiliary(j - 1) && isLinkingAside(j + 1, k)) {
                subject = ph.left(j - 1, from - 1); // "He did, however, deny that …"
            }
            if (subject == null && j - 2 > from && t.is(j - 2, ',') && isLinkingAside(j - 1, j) && isRelativePronoun(j + 1)) {
                subject = ph.left(j - 2, from - 1); // "Sanders, meanwhile, who has no such endorsements, said"
            }
            if (subject == null) {
                // "Thandi Mokoena, the member of the committee for water and sanitation, human settlements and bulk
                // services, said": a list with commas inside the apposition; the name stands before its first comma
                int opening = listedAsideOpening(j, from, k);
                Mention person = opening < 0 ? null : ph.left(opening, from - 1);
                if (person == null || person.type() != Mention.Type.PERSON_NAME || person.endTok() != opening) {
                    return null;
                }
                return new Subject(person.withRole(stripArticle(ph.surface(opening + 1, k))), "speaker-cue",
                        person.startTok(), List.of(), c + 1, cw);
            }
            // "The Apparel Makers and Exporters Association, in a statement, said": a name that holds "and"
            subject = coordinatedBefore(subject, from);
            if (t.eq(subject.startTok() - 1, "to") || t.eq(subject.startTok() - 1, "of")) {
                // "Two suppliers to Maplecrest, who asked not to be identified, said": the group before the name
                subject = groupBeforeName(subject, from);
            }
            Mention employee = personBeforeEmployer(subject, j, k, from);
            if (employee != null) {
                return new Subject(employee, "speaker-cue", employee.startTok(), List.of(), c + 1, cw);
            }
            Mention onlyAs = nameGivenOnlyAs(subject, j, k);
            if (onlyAs != null) {
                return new Subject(onlyAs, "speaker-cue", subject.startTok(), List.of(), c + 1, cw);
            }
            String seg = t.lower(j + 1);
            if (seg.equals("of") || seg.equals("from") || seg.equals("at") || t.kind(j + 1) == Tokens.NUMBER && j + 2 == k
                    || isLinkingAside(j + 1, k) || ph.isPartyTag(j + 1)) {
                // an affiliation, an age or a linking adverb: "Dr Harriet Olabode, of the Agency, warned" /
                // "Dariusz Kowalczyk, 44, said" / "The opposition, however, accused …"
                return new Subject(subject, "speaker-cue", subject.startTok(), List.of(), c + 1, cw);
            }
            if (isRelativePronoun(j + 1) || seg.equals("speaking")) {
                Mention resident = personFromPlace(subject, from);
                if (resident != null) {
                    // "Margaret Ellery, 81, from Lower Stanbridge, who takes the bus to dialysis, said": the person the
                    // place is given for speaks
                    return new Subject(resident, "speaker-cue", resident.startTok(), List.of(), c + 1, cw);
                }
                Mention apposed = apposedName(subject, j, from);
                if (apposed != null) {
                    // "Willie Minor, an actor in Dallas, who runs a theatre, recalled": the name speaks
                    return new Subject(apposed, "speaker-cue", apposed.startTok(), List.of(), c + 1, cw);
                }
                if (anonymityBetween(j + 1, k)) {
                    subject = subject.withType(Mention.Type.ANONYMOUS);
                }
            } else {
                int[] endOut = new int[1];
                String role = ph.appositionAfter(subject, k + 1, endOut, subject.type() != Mention.Type.PERSON_NAME);
                if (role == null || endOut[0] != k) {
                    // a person's name may carry any short aside before the cue ("Ray Albertson, one of the two
                    // dissenting votes, called …"; "Henrik Aasland, an ecologist who was not involved, said …"),
                    // an organisation or an unnamed source opening the sentence a shorter one ("Willowmere Care Ltd,
                    // now in administration, said", "A spokesperson for Orsa Motors, one of its backers, said")
                    // (a document too: "An objection letter from the parish council, read out at the meeting, said:")
                    boolean unnamed = subject.type() == Mention.Type.ANONYMOUS || subject.type() == Mention.Type.GROUP
                            || subject.type() == Mention.Type.PERSON_NOMINAL || subject.type() == Mention.Type.DOCUMENT;
                    // an unnamed source's reason for anonymity: "A lobbyist for …, who spoke on condition of
                    // anonymity because talks with House leaders are continuing, said"
                    // (or in an apposition's relative clause: "One of them, a 34-year-old lasher who asked not to be
                    // named, told")
                    int relative = unnamed ? relativeAt(j + 1, k) : -1;
                    boolean anonymityReason = relative >= 0 && anonymityBetween(relative, k);
                    boolean asideOk = subject.type() == Mention.Type.PERSON_NAME
                            || (t.eq(j + 1, "titled") || t.eq(j + 1, "entitled")) && k - j <= 14 // "The report, titled ‘…’, found"
                            || (subject.type() == Mention.Type.ORG_NAME || subject.type() == Mention.Type.ORG_NOMINAL
                            && !t.eq(j + 1, "by") || unnamed) && (k - j <= 10 || channelAside(j + 1) || anonymityReason
                            || subject.type() == Mention.Type.ORG_NAME && k - j <= 20 && isBodyDescription(j + 1)
                            // "Neighborhood leaders in the eastern colonias, where many homes have received water only
                            // once a week since January, said": a group's relative clause may run longer
                            || unnamed && k - j <= 20 && (isRelativePronoun(j + 1) || t.eq(j + 1, "where")
                            // "…, many of whom lost trees that took decades to grow, say"
                            // (or "many of whose families …")
                            || t.eq(j + 2, "of") && (t.eq(j + 3, "whom") || t.eq(j + 3, "whose"))))
                            && (subject.startTok() == from || subject.startTok() == datelineEnd(from, k)
                            || afterFrontedPhrase(subject.startTok(), from)
                            // (or a body after the content it trails, described with "the": "…, Calvaro SpA, the
                            // State-controlled company in charge of the project, said on Tuesday")
                            || subject.type() == Mention.Type.ORG_NAME && t.is(subject.startTok() - 1, ',')
                            && t.eq(j + 1, "the") && k - j <= 12)
                            && !t.eq(j + 1, "whom");
                    // a relative clause may run longer: "Ferrandi, a former tax accountant who bought the club out of
                    // bankruptcy in 2016 and is known on the terraces as «il Ragioniere», has repeatedly said"
                    // and so may an apposition that opens with its role: "a consultant in emergency medicine at …
                    // and chair of the patient-flow working group of …", and the reason for anonymity
                    int longest = subject.type() == Mention.Type.PERSON_NAME && (relativeAt(j + 1, k) >= 0
                            || whichClauseIn(j + 1, k) || isRoleApposition(j + 1)) || anonymityReason ? 32 : 20;
                    if (!asideOk || k - j > longest || !plainAside(j + 1, k)) {
                        return null;
                    }
                    if (role != null && !t.isWho(endOut[0]) && !t.eq(endOut[0], "which")) {
                        role = null;
                    }
                }
                if (subject.type() == Mention.Type.PERSON_NAME && describesBody(j + 1)
                        && !ph.has(subject.startTok(), Lexicon.FEMALE | Lexicon.MALE | Lexicon.HONORIFIC)) {
                    // "Fossil Free Carrowmere, a student-led campaign that …, said": a body, which has no role
                    subject = subject.withType(Mention.Type.ORG_NAME);
                    role = null;
                }
                if (subject.type() == Mention.Type.PERSON_NAME && role != null) {
                    subject = subject.withRole(role);
                }
            }
            m = subject;
            first = subject.startTok();
        } else {
            // "Joseph Biden Jr. said", "The U.N. said", "the F.B.I. has said": the period of a name suffix or an
            // initialism closes the name
            // (and the period of a company's legal form: "Acme Corp. said")
            m = ph.left(t.is(k, '.') && (t.eq(k - 1, "jr") || t.eq(k - 1, "sr") || isInitialism(k - 1) && (k == c - 1
                    && isFinite(cw) || k < c - 1) || ph.isLegalFormAbbreviation(k - 1)) ? k : k + 1, from - 1);
            Mention share = share(k + 1, from);
            // (a share opening the sentence is no name: "Two-thirds say")
            if (share != null && (m == null || share.startTok() < m.startTok()
                    || share.startTok() == m.startTok() && m.type() == Mention.Type.PERSON_NAME)) {
                m = share;
            }
            Mention tailed = m == null || m.startTok() > from ? tailedGroup(c, k, from, cw) : null;
            if (tailed != null) {
                return new Subject(tailed, "speaker-cue", tailed.startTok(), List.of(), c + 1, cw);
            }
            if (m == null) {
                Subject modified = postModifiedSubject(c, k, from, cw);
                if (modified != null) {
                    return modified;
                }
                Subject restricted = restrictedSubject(c, k, from, cw); // "A worker who asked not to be named said …"
                return restricted != null ? restricted : documentBeforeParticiple(c, k, from, cw);
            }
            int before = m.startTok() - 1;
            if (before > from && isLowerContentWord(before)
                    || before - 1 > from && t.isWord(before) && ph.has(before, Lexicon.STOP) && isLowerContentWord(before - 1)) {
                // the phrase is the object of a relative clause's verb: "One official who relayed the exchange said",
                // "Residents who spoke with our correspondent said"
                Subject restricted = restrictedSubject(c, m.startTok(), from, cw);
                if (restricted != null) {
                    return restricted;
                }
            }
            m = groupList(groupBeforeName(coordinatedBefore(m, from), from), from);
            Mention aged = personFromPlace(m, from);
            m = aged != null ? aged : m;
            first = m.startTok();
            m = withRoleBefore(m, from);
        }
        Mention owner = documentOwner(m, from);
        if (owner != null) {
            m = owner;
            first = owner.startTok();
        }
        if (m.type() == Mention.Type.PRONOUN && (m.head().equals("i") || m.head().equals("we")) && !a.inQuote(c)) {
            return null;
        }
        return new Subject(m, "speaker-cue", first, List.of(), c + 1, cw);
    }

    /**
     * The one quoted for the subject of cue c when c is the "quoted" or "cited" of "X quoted Y as saying" (X relays,
     * Y speaks), also after an aside ("The newspaper Correio Central, however, quoted an unnamed official as saying");
     * else the subject as it is.
     */
    private Subject quotedAsSaying(int c, Subject sub) {
        Mention m = sub.mention();
        if (!relaysQuote(c) || m.type() == Mention.Type.PRONOUN) {
            return sub;
        }
        Mention y = quotedObject(c + 1, a.sentenceEnd(a.sentenceOf(c)));
        int asTok = y == null ? -1 : asAfter(y);
        if (asTok > 0 && t.eq(asTok + 1, "saying")) {
            return new Subject(y, "quoted-as-saying", sub.firstTok(), List.of(relays.viaOf(m)), asTok + 2, sub.cueText()
                    + " ... as saying");
        }
        return sub;
    }

    /** Token k is the verb of "X quoted (quotes, cited, cites) Y as saying". */
    boolean relaysQuote(int k) {
        return t.eq(k, "quoted") || t.eq(k, "cited") || t.eq(k, "quotes") || t.eq(k, "cites");
    }

    /** The nearest comma at or before token j, from floor on and not before from, with no quotation mark between; else -1. */
    private int commaBack(int j, int from, int floor) {
        while (j >= from && j > floor && !t.is(j, ',') && t.kind(j) != Tokens.QUOTE) {
            j--;
        }
        return j >= from && t.is(j, ',') ? j : -1;
    }

    /**
     * "Aides to Mr. Trump said", "Advisers to Ms. Ruiz said": the group before "to" speaks, not the name after it; and a
     * group before its place's name ({@link #groupAtPlace}: "Shopkeepers along the Riva dei Mercanti said").
     */
    private Mention groupBeforeName(Mention m, int from) {
        int b = m.startTok() - 1;
        int of = t.eq(b, "late") && t.eq(b - 1, "the") ? b - 2 : b;
        if (m.type() == Mention.Type.PERSON_NAME && of > from && t.eq(of, "of")) {
            // "Relatives of the late John Smith said", "The heirs of X said": the person's kin speak, not the person
            Mention kin = ph.left(of, from - 1);
            if (kin != null && kin.endTok() == of && kin.type() == Mention.Type.GROUP) {
                return runOnTo(kin, m.endTok() - 1);
            }
        }
        if (m.isName() && m.endTok() - 2 > from && !t.eq(b, "to")) {
            return groupAtPlace(m, from);
        }
        if (!m.isName() || b - 1 < from || !t.eq(b, "to")) {
            return m;
        }
        Mention g = ph.left(b, from - 1);
        if (g == null || g.endTok() != b || g.type() != Mention.Type.GROUP && g.type() != Mention.Type.ANONYMOUS) {
            return m;
        }
        String phrase = ph.surface(g.startTok(), m.endTok());
        return new Mention(g.startTok(), m.endTok(), g.start(), m.end(), g.type(), phrase, null, g.head());
    }

    /**
     * "Analysts, economists and investors say": groups joined by commas and "and" or "or" that open the clause speak
     * together, as written; else m.
     */
    private Mention groupList(Mention m, int from) {
        int join = m.startTok() - 1;
        if (m.type() != Mention.Type.GROUP || join - 1 < from || !t.eq(join, "and") && !t.eq(join, "or")) {
            return m;
        }
        Mention g = ph.left(join, from - 1);
        if (g == null || g.type() != Mention.Type.GROUP || g.endTok() != join) {
            return m;
        }
        int start = g.startTok();
        while (start - 2 >= from && t.is(start - 1, ',')) {
            Mention h = ph.left(start - 1, from - 1);
            if (h == null || h.type() != Mention.Type.GROUP || h.endTok() != start - 1) {
                break;
            }
            start = h.startTok();
        }
        if (start != from && !afterFrontedPhrase(start, from)) {
            return m;
        }
        return new Mention(start, m.endTok(), t.start(start), m.end(), Mention.Type.GROUP, ph.surface(start, m.endTok()),
                null, m.head());
    }

    /**
     * The token after a time counted back or on from the sentence's start ("A few minutes later", "Two days ago,",
     * "Hours later"), when a pronoun or a capitalised word follows it; else p.
     */
    private int pastTimeAgo(int p, int before) {
        int k = p;
        while (k < before && k < p + 3 && (t.eq(k, "a") || t.eq(k, "few") || t.eq(k, "several") || t.eq(k, "two")
                || t.eq(k, "three") || t.kind(k) == Tokens.NUMBER)) {
            k++;
        }
        if (k >= before || !TIME_UNITS.contains(t.lower(k)) || !(t.eq(k + 1, "later") || t.eq(k + 1, "earlier")
                || t.eq(k + 1, "ago"))) {
            return p;
        }
        int q = t.is(k + 2, ',') ? k + 3 : k + 2;
        return q < before && (ph.has(q, Lexicon.PRONOUN) || t.isCapitalized(q)) ? q : p;
    }

    /** A day, a month or another time word between tokens from (inclusive) and to (exclusive). */
    private boolean timeWordBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (Dates.WEEKDAYS.contains(t.lower(k)) || ph.has(k, Lexicon.TEMPORAL) && !ph.has(k, Lexicon.STOP | Lexicon.DETERMINER)
                    && !t.eq(k, "statement") && !t.eq(k, "interview")) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions that put a group somewhere: "Shopkeepers along the Riva dei Mercanti said". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "around", "at", "along", "outside", "near",
            "across", "on", "throughout", "inside");

    /**
     * Function words a place may hold besides its prepositions: "in the marginal seat of Marrick", "at several filling
     * stations in …".
     */
    private static final Set<String> PLACE_WORDS = Set.of("the", "a", "an", "of", "several", "some", "many", "all",
            "both");

    /** Words after which a clause's subject opens: "when scrutineers in the seat of Marrick confirmed". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("when", "after", "as", "while", "because", "and", "but");

    /**
     * "Shopkeepers along the Riva dei Mercanti said", "scrutineers in the marginal seat of Marrick confirmed": the group
     * whose place the name is speaks, with its place; else m. The group opens the clause, and only the place's words
     * (no comma, cue or clause word) stand between it and the name.
     */
    private Mention groupAtPlace(Mention m, int from) {
        // (the phrase may hold the group already, named by its place: "Parents on the picket line outside Linden Park
        // Elementary" is read as a name)
        for (int j = m.endTok() - 2; j > from && j >= m.endTok() - 12; j--) {
            if (!t.isWord(j)) {
                return m;
            }
            if (t.isCapitalized(j)) {
                continue; // (the place's own name)
            }
            String w = t.lower(j);
            if (ph.cue(j) != null || t.isWho(j) || ph.has(j, Lexicon.PRONOUN)
                    || ph.has(j, Lexicon.STOP) && !PLACE_WORDS.contains(w) && !PLACE_PREPOSITIONS.contains(w)) {
                return m; // ("Islanders on Tarsa face another summer … after Westerlink Ferries said": a clause between)
            }
            if (!PLACE_PREPOSITIONS.contains(w)) {
                continue;
            }
            Mention g = ph.left(j, from - 1);
            if (g != null && g.endTok() == j && g.type() == Mention.Type.GROUP && (g.startTok() == from
                    || afterFrontedPhrase(g.startTok(), from) || CLAUSE_OPENERS.contains(t.lower(g.startTok() - 1)))) {
                return new Mention(g.startTok(), m.endTok(), g.start(), m.end(), g.type(), ph.surface(g.startTok(), m.endTok()),
                        null, g.head());
            }
        }
        return m;
    }

    /**
     * The name set between commas after a nominal subject, else the subject: "Fúria Alviverde" of "the group, Fúria
     * Alviverde, said … and accused", as the first verb's speaker is.
     */
    private Mention nameAfterNominal(Mention m, int end) {
        if (m == null || m.isName() || m.type() == Mention.Type.PRONOUN || !t.is(m.endTok(), ',')) {
            return m;
        }
        Mention name = ph.right(m.endTok() + 1, end);
        return name != null && name.isName() && t.is(name.endTok(), ',') ? name : m;
    }

    /**
     * A share of the people polled that ends just before token end and opens its clause: "26 percent (of
     * Democrats)", "Six in 10 (voters)", "Nearly half", "a third of those polled", "those surveyed". A
     * group speaker; null when no such share stands there.
     */
    Mention share(int end, int from) {
        // the anchor nearest the cue first; when it opens no share, an earlier one ("Some 56 percent of Cuban-Americans
        // polled said": not "Cuban-Americans polled")
        for (int k = end - 1; k >= from && k >= end - 12; k--) {
            if (isShareAnchor(k)) {
                Mention m = shareAt(k, end, from);
                if (m != null) {
                    return m;
                }
            } else if (!(t.isWord(k) || t.kind(k) == Tokens.NUMBER || ph.isPossessiveMark(k)) || isCue(k) || t.isWho(k)
                    || t.eq(k, "that") || t.eq(k, "which") || t.eq(k, "and") || t.eq(k, "or")) {
                return null;
            }
        }
        return null;
    }

    /** The share that turns on the anchor token and ends before end, or null. */
    private Mention shareAt(int anchor, int end, int from) {
        int start = shareStart(anchor, from);
        if (start < 0 || isQuantifier(anchor) && !quantifierAlone(anchor, end)) {
            return null;
        }
        // more, nearly, about … before the figure
        while (start - 1 >= from && t.isWord(start - 1) && SHARE_HEDGES.contains(t.lower(start - 1))) {
            start--;
            if (t.eq(start, "than") && start - 1 >= from && (t.eq(start - 1, "more") || t.eq(start - 1, "fewer")
                    || t.eq(start - 1, "less"))) {
                start--;
            }
        }
        if (start - 1 >= from && t.eq(start - 1, "a") && (t.eq(start, "mere") || t.eq(start, "whopping") || t.eq(start, "scant"))) {
            start--; // "A mere 9 percent say"
        }
        int before = start - 1;
        if (before >= from && !t.is(before, ',') && !t.is(before, ';') && !t.is(before, ':')
                && !(t.isWord(before) && SHARE_OPENERS.contains(t.lower(before)))) {
            return null; // "rose 26 percent": the figure is not the subject of its clause
        }
        if (before >= from && t.eq(before, "with") && t.eq(end, "reporting")) {
            return null; // "with 98 percent of precincts reporting": a count of returns, nobody's words
        }
        // ("Another said": one more unnamed person)
        Mention.Type type = t.eq(anchor, "another") ? Mention.Type.ANONYMOUS : Mention.Type.GROUP;
        return new Mention(start, end, t.start(start), t.end(end - 1), type, ph.surface(start, end), null, t.lower(anchor));
    }

    /** "many", "most", "some", "several", "others", "another" or "those" at token k: a share with no figure. */
    private boolean isQuantifier(int k) {
        return t.eq(k, "those") || t.isWord(k) && QUANTIFIERS.contains(t.lower(k));
    }

    /** Quantifiers that are a subject by themselves: "Many in the crowd said", "Others call it …", "Another said". */
    private static final Set<String> QUANTIFIERS = Set.of("many", "most", "some", "several", "others", "another");

    /**
     * A quantifier is the whole subject before end, or takes a short phrase of place or part ("Many said", "Many in the
     * crowd said", "some of them said"); before a noun ("Some attack ads", "many more voters") it is no subject itself.
     */
    private boolean quantifierAlone(int q, int end) {
        return q + 1 == end || end - q <= 6 && t.isWord(q + 1) && (t.eq(q + 1, "of") || SHARE_BY.contains(t.lower(q + 1)));
    }

    /**
     * The word a share turns on: "percent", "%", "half", "third", "majority", "surveyed", the "in" of "six in 10", or a
     * quantifier ("many", "another", "those over 60").
     */
    private boolean isShareAnchor(int k) {
        if (t.is(k, '%')) {
            return k > 0 && t.kind(k - 1) == Tokens.NUMBER;
        }
        if (!t.isWord(k) || !mayBeShareAnchor(k)) {
            return false;
        }
        String w = t.lower(k);
        if (QUANTIFIERS.contains(w)) {
            return true; // a quantifier that is the subject itself
        }
        switch (w) {
            case "percent":
            case "half":
            case "third":
            case "thirds":
            case "quarter":
            case "quarters":
            case "majority":
            case "majorities":
            case "plurality":
            case "surveyed":
            case "polled":
            case "questioned":
                return true;
            case "those":
                // "Those over 60 say": a share by age or place (not "those who", a restricted subject)
                return t.isWord(k + 1) && SHARE_BY.contains(t.lower(k + 1));
            case "in":
                return isFigure(k - 1) && isFigure(k + 1);
            case "of":
                return t.eq(k - 1, "out") && isFigure(k - 2) && isFigure(k + 1); // "nine out of 10"
            default:
                // "Three-in-five", "4-in-10" (the hyphen splits a figure from its words); "two-thirds", "three-fourths"
                return w.contains("-in-") || w.startsWith("in-") && k >= 2 && t.is(k - 1, '-') && t.kind(k - 2) == Tokens.NUMBER
                        || isHyphenatedFraction(w);
        }
    }

    /**
     * False for a word that cannot be a share anchor, told from its first letter and hyphens alone: most
     * words of a text are ruled out before a lower-case string is made of them.
     */
    private boolean mayBeShareAnchor(int k) {
        switch (Character.toLowerCase(t.first(k))) {
            case 'p': case 'h': case 't': case 'q': case 'm': case 's': case 'i': case 'o': case 'a':
                return true;
            default:
                char[] cs = a.chars();
                for (int i = t.start(k); i < t.end(k); i++) {
                    if (cs[i] == '-') {
                        return true; // "three-in-five"
                    }
                }
                return false;
        }
    }

    /** The first token of a share whose anchor is at token a, or -1 when no figure or article opens it. */
    private int shareStart(int a, int from) {
        String w = t.is(a, '%') ? "%" : t.lower(a);
        if (QUANTIFIERS.contains(w)) {
            return a;
        }
        switch (w) {
            case "percent":
            case "%":
            case "in":
                return a - 1 >= from && isFigure(a - 1) ? a - 1 : -1;
            case "of":
                return a - 2 >= from ? a - 2 : -1; // the figure of "nine out of 10"
            case "surveyed":
            case "polled":
            case "questioned":
                // "those surveyed", "voters polled", "a third of those polled"
                return a - 1 >= from && t.isWord(a - 1) && !isCue(a - 1) ? a - 1 : -1;
            case "half":
            case "majorities":
            case "those":
                return a;
            default:
                if (w.startsWith("in-")) {
                    return a - 2 >= from ? a - 2 : -1;
                }
                if (w.contains("-in-") || isHyphenatedFraction(w)) {
                    return a;
                }
                // "a third", "two-thirds", "a majority", "three quarters"
                if (a - 1 >= from && (t.eq(a - 1, "a") || t.eq(a - 1, "the") || isFigure(a - 1))) {
                    return a - 1;
                }
                return w.contains("-") ? a : -1;
        }
    }

    /** A fraction written as one hyphenated word: "two-thirds", "three-fourths", "four-fifths", "three-quarters". */
    private static boolean isHyphenatedFraction(String w) {
        return w.endsWith("-thirds") || w.endsWith("-fourths") || w.endsWith("-fifths") || w.endsWith("-quarters");
    }

    /** A figure: a number, or a number word ("six", "Twenty-four"). */
    private boolean isFigure(int k) {
        if (k < 0 || k >= t.size()) {
            return false;
        }
        if (t.kind(k) == Tokens.NUMBER) {
            return true;
        }
        if (!t.isWord(k)) {
            return false;
        }
        for (String part : t.lower(k).split("-")) {
            if (!NUMBER_WORDS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Nordvik Ferries and the Aldmoor Port Authority said": an organisation's name joined by "and" to a
     * name before it is one speaker, the coordination as written. Else the phrase itself.
     */
    private Mention coordinatedBefore(Mention m, int from) {
        int and = m.startTok() - 1;
        if (!m.isName() || and - 1 < from || !t.eq(and, "and")) {
            return m;
        }
        Mention first = ph.left(and, from - 1);
        if (first != null && first.type() == Mention.Type.PERSON_NAME && m.type() == Mention.Type.PERSON_NAME
                && first.startTok() == from && m.role() == null && first.name() != null && first.name().indexOf(' ') > 0
                && m.name() != null && m.name().indexOf(' ') > 0) {
            // "Senators Nadia Ekwall-Rhys and Brent Mossgrove said": both speak, as one group named by both (the
            // shared title left out, as a title is from a name)
            int q = first.startTok();
            while (q + 2 < and && (ph.isRole(q) || ph.has(q, Lexicon.HONORIFIC) || t.is(q, '.')
                    || t.isWord(q) && TITLE_PLURALS.contains(t.lower(q)))) {
                q++;
            }
            return new Mention(first.startTok(), m.endTok(), first.start(), m.end(), Mention.Type.GROUP,
                    a.text().substring(t.start(q), m.end()), null, m.head());
        }
        if (first == null || !first.isName() || first.type() != Mention.Type.ORG_NAME
                && m.type() != Mention.Type.ORG_NAME) {
            return m;
        }
        if (m.type() == Mention.Type.PERSON_NAME && m.role() != null && !t.isCapitalized(m.startTok()) && !t.isCapitalized(and - 1)) {
            // "State local government and environment exco member Datuk Seri Azman Shukor": two portfolios in lower case
            // before one person's post, no second speaker
            return new Mention(first.startTok(), m.endTok(), first.start(), m.end(), m.type(), m.name(),
                    ph.surface(first.startTok(), and) + " and " + m.role(), m.head());
        }
        int nameStart = first.start() + Math.max(0, ph.surface(first.startTok(), first.endTok()).lastIndexOf(first.name()));
        String name = a.text().substring(nameStart, m.end());
        return new Mention(first.startTok(), m.endTok(), first.start(), m.end(), Mention.Type.ORG_NAME, name, null,
                m.head());
    }

    /**
     * The closing mark of a quotation that ends within a few tokens before participle c, in its
     * sentence, or -1: in “…,” he said, adding … the subject is after the mark, never inside it.
     */
    private int closingMarkBefore(int c, int from) {
        for (int k = c - 2; k >= from && k > c - 20; k--) {
            if (a.inQuote(k)) {
                int close = t.firstAtOrAfter(a.quotes().get(a.quoteOf(k)).close());
                return close < c ? close : -1;
            }
        }
        return -1;
    }

    /**
     * The token before a short bracket that ends at k and follows a capitalised word ("Sen. Ada Kerr
     * (D-Vessia) said": the name is the subject), else k.
     */
    private int beforeBracket(int k, int from) {
        if (!t.is(k, ')')) {
            return k;
        }
        for (int j = k - 1; j > from && j > k - 8; j--) {
            if (t.is(j, '(')) {
                return t.isCapitalized(j - 1) && plainAside(j + 1, k) ? j - 1 : k;
            }
            if (t.is(j, ',') || t.is(j, ')')) {
                return k;
            }
        }
        return k;
    }

    /** A comma or a dash right before token c, or a comma inside the closing mark before it (American style: “… values,” saying). */
    boolean commaBefore(int c) {
        // (or a dash: "Rubio flipped his choice on the spot – saying he was rooting for …")
        return t.is(c - 1, ',') || t.is(c - 1, '\u2013') || t.is(c - 1, '\u2014')
                || t.kind(c - 1) == Tokens.QUOTE && !a.opensQuote(c - 1) && t.is(c - 2, ',');
    }

    /** The sentence starting at token from opens with a quotation (its mark or its first words). */
    private boolean startsInQuotation(int from) {
        return a.inQuote(from) || a.opensQuote(from);
    }

    /** The speaker of the attribution clause from p to participle c: “he said,” / “said Oster,” / “Oster added,”. */
    private Mention attributionSubject(int p, int c) {
        // (past the rest of a closing mark typed as two apostrophes: ''…,'' Mr. Vos said)
        while (p < c && (t.kind(p) == Tokens.PUNCT || t.kind(p) == Tokens.QUOTE)) {
            p++;
        }
        if (isCue(p)) {
            return mayInvert(p) ? subjectAfter(p + 1, c) : null; // inverted: said Oster, adding …
        }
        Mention m = ph.right(p, c);
        if (m == null) {
            return null;
        }
        for (int k = m.endTok(); k < c; k++) {
            if (isCue(k)) {
                return m;
            }
        }
        return null;
    }

    /**
     * Who put out the document that "says": the subject of "issued a statement saying …" or "released a
     * letter stating …"; null when the document is not the object of such a verb.
     */
    private Mention documentOwner(Mention doc, int from) {
        int v = doc.startTok() - 1;
        if (doc.type() != Mention.Type.DOCUMENT || v <= from || !ISSUED.contains(t.lower(v))) {
            return null;
        }
        int k = v - 1;
        while (k > from && t.isWord(k) && BETWEEN_SUBJECT_AND_CUE.contains(t.lower(k))) {
            k--;
        }
        Mention owner = ph.left(k + 1, from - 1);
        return owner == null || owner.type() == Mention.Type.DOCUMENT ? null : owner;
    }

    /**
     * Token i opens the region or country after a place: "in Dorwick, Ohio," / "at a school in Tarn,
     * Upper Vessia," — a place name, never a speaker.
     */
    private boolean placeTail(int i) {
        if (!t.is(i - 1, ',') || !t.isCapitalized(i) || !t.isCapitalized(i - 2)
                || ph.has(i, Lexicon.HONORIFIC | Lexicon.FEMALE | Lexicon.MALE) && (t.isCapitalized(i + 1)
                || t.is(i + 1, '.') && t.isCapitalized(i + 2))) {
            // (a title or a given name before a surname opens a person's name: "the director at MINRIT, Mrs Beatrice …,";
            // not a state's abbreviation: "of Baldwin, Miss., dismisses")
            return false;
        }
        for (int k = i - 3; k >= 0 && k >= i - 6; k--) {
            if (!t.isCapitalized(k) && !t.is(k, '.')) {
                // (or "of" after an age: "Cory James, 22, of Flint, Mich., said")
                // (or "of" after a group: "Residents of Dorwick, Ohio, said")
                // (or "of" after a name, with a comma or not: "Jane Doe, of Caldwell Springs, Ohio, said")
                return isPlacePreposition(k) || t.eq(k, "of") && t.is(k - 1, ',') && t.kind(k - 2) == Tokens.NUMBER
                        || t.eq(k, "of") && (t.isCapitalized(k - 1) || t.is(k - 1, ',') && t.isCapitalized(k - 2))
                        && t.is(i + 1, ',') // (one word: "Ohio,")
                        || t.eq(k, "of") && ph.has(k - 1, Lexicon.GROUP);
            }
        }
        return false;
    }

    /**
     * A one-word "name" that opens a fronted phrase rather than the clause: "Hours later, Vance
     * replied …", "Therefore, analysts believe …" — after the phrase's comma a subject and its verb follow.
     */
    private boolean frontedWord(Mention opening, int before) {
        if (opening.endTok() != opening.startTok() + 1 || opening.type() == Mention.Type.PRONOUN) {
            return false;
        }
        for (int k = opening.endTok(); k < before && k < opening.endTok() + 12; k++) {
            if (t.is(k, ',')) {
                Mention next = placeTail(k + 1) ? null : ph.right(k + 1, before);
                if (next == null || next.type() == Mention.Type.DOCUMENT) {
                    return false;
                }
                int v = skipBetween(next.endTok(), before);
                return v < before && t.isWord(v) && !t.isCapitalized(v) && !t.eq(v, "of") && !t.eq(v, "and");
            }
            if (isCue(k) || t.kind(k) == Tokens.QUOTE) {
                return false;
            }
        }
        return false;
    }

    /**
     * A participle that opens the sentence, its phrase closed by a comma before the subject: "Continuing to
     * explain his plan, Ramos …", "Appearing tired, Ruiz …", "Having lost the vote, the mayor …". A name
     * ending in -ing ("Manning said") is followed by its verb, not by these words.
     */
    private boolean frontedParticiple(Mention opening, int before) {
        int p = opening.startTok();
        if (opening.endTok() != p + 1 || !t.endsWith(p, "ing") || t.end(p) - t.start(p) < 6) {
            return false;
        }
        int n = p + 1;
        if (!t.isWord(n) || t.isCapitalized(n) || !(AFTER_PARTICIPLE.contains(t.lower(n)) || t.endsWith(n, "ed")
                || participleObject(n))) {
            return false;
        }
        for (int k = n; k < before && k < n + 15; k++) {
            if (t.is(k, ',')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token n can open the object of a participle that opens its sentence ("Addressing journalists after the meeting,"):
     * a lower-case word that is no verb of its own (a cue, an auxiliary) nor a conjunction or a relative pronoun, as
     * after a name ("Fleming said", "Manning has", "Harding and Ruiz").
     */
    private boolean participleObject(int n) {
        return ph.cue(n) == null && !ph.isAuxiliary(n) && !t.eq(n, "and") && !t.eq(n, "or") && !t.isWho(n)
                && !t.eq(n, "which") && !t.eq(n, "also");
    }

    /**
     * The first token after a dateline that opens a paragraph ("Lisbon (AFP) – …", "DORVALE, May 3 — …"),
     * else from. A dateline is capitalised words, numbers and a bracket ended by a dash before a capital, or words in
     * capitals ended by a colon ("CHANDRAVALI: The court …"); a newsletter's signpost ("Why it matters:") is passed
     * over too.
     */
    int datelineEnd(int from, int before) {
        int dash = ph.datelineDash(from, before, 10);
        if (dash >= 0 && t.isCapitalized(dash + 1)) {
            return dash + 1;
        }
        int colon = ph.capitalsColon(from, before);
        if (colon < 0) {
            colon = ph.signpostColon(from, before); // "The other side: The council said …"
        }
        return colon >= 0 ? colon + 1 : from;
    }

    /**
     * Token mark opens or closes a quotation of one to four capitalised words, a title or a name ("the budgeting app
     * “Penny Ledger”"), which an apposition may hold as it holds any name.
     */
    private boolean marksShortTitle(int mark) {
        int after = a.quoteOf(mark + 1);
        int q = after >= 0 ? after : a.quoteOf(mark - 1);
        if (q < 0) {
            return false;
        }
        int words = 0;
        for (int x = mark - 5; x <= mark + 5; x++) {
            if (a.quoteOf(x) == q) {
                if (!t.isWord(x) || !t.isCapitalized(x)) {
                    return false;
                }
                words++;
            }
        }
        return words >= 1 && words <= 4;
    }

    /**
     * The subject of a clause after ", but" or ", and" before the "and" at token and, when a cue verb (after ", and", any
     * past verb) follows that subject: "X was not available, but his spokesperson, Ms Y, accused … and said …" (Ms Y said
     * it, not X), "Rabbis called for a boycott, and the league denounced … and said …". Null when there is none.
     */
    private Mention contrastSubject(int from, int and) {
        for (int j = and - 1; j > from + 1; j--) {
            if ((t.eq(j, "but") || t.eq(j, "and")) && t.is(j - 1, ',') && !a.inQuote(j)) {
                Mention m = nameAfterNominal(ph.right(j + 1, and), and);
                int verb = m == null ? -1 : t.is(m.endTok(), ',') ? m.endTok() + 1 : m.endTok();
                if (verb >= 0 && verb + 1 < and && t.endsWith(verb, "ly") && !t.isCapitalized(verb)) {
                    verb++; // "…, and the Anti-Defamation League strongly denounced … and said"
                }
                // (after "and", a past verb of the clause's own: "…, and the league denounced …")
                return m != null && m.type() != Mention.Type.DOCUMENT && verb < and && (isCue(verb)
                        || t.eq(j, "and") && t.isWord(verb) && !t.isCapitalized(verb) && t.length(verb) > 4
                        && t.endsWith(verb, "ed")) ? m : null;
            }
        }
        return null;
    }

    /**
     * The subject of a subordinate clause that runs, with no comma, up to token {@code and}: "after the chipmaker"
     * of "Shares fell after the chipmaker gave a weak forecast and said …"; null when there is none or the words
     * after the conjunction are no subject and verb ("after the meeting and said").
     */
    private Mention subordinateSubject(int from, int and) {
        // (the subordinator may open the sentence: "When Rubio thanked Miami and said …")
        for (int j = and - 1; j >= from && j >= and - 20; j--) {
            // (a cue that takes no clause may be the first verb: "When Rubio thanked Miami and said …")
            if (!t.isWord(j) && t.kind(j) != Tokens.NUMBER && !ph.isPossessiveMark(j) || isCue(j) && ph.cue(j).clause()) {
                return null;
            }
            if (SUBORDINATORS.contains(t.lower(j))) {
                Mention s = ph.right(j + 1, and);
                int verb = s == null ? -1 : s.endTok();
                // (a name and one lower-case word before "and" make a noun phrase, no clause: "before the Easter
                // recess and said")
                return s != null && s.type() != Mention.Type.DOCUMENT && verb < and && t.isWord(verb)
                        && !t.isCapitalized(verb) && !ph.has(verb, Lexicon.STOP) && !(verb == and - 1 && s.isName()) ? s : null;
            }
        }
        return null;
    }

    /**
     * A document described by a participle of making between it and cue c, with no commas: "A Lakeshore Research
     * poll released on Monday found", "The report published on Tuesday said". Null when the words before the cue
     * are no such participle phrase of up to eight words.
     */
    private Subject documentBeforeParticiple(int c, int k, int from, String cw) {
        for (int j = k; j > from && j >= k - 8 && t.isWord(j) && !isCue(j); j--) {
            if (Finder.AUTHORED.contains(t.lower(j))) {
                Mention doc = ph.left(j, from - 1);
                return doc == null || doc.type() != Mention.Type.DOCUMENT ? null
                        : new Subject(doc, "speaker-cue", doc.startTok(), List.of(), c + 1, cw);
            }
        }
        return null;
    }

    /**
     * A body's name typed an organisation that ends in a capitalised role word, maybe with its acronym in brackets and
     * a portfolio after "for" or "of": "the County Executive Committee Member (CEC) for Health" names a post.
     */
    private boolean isRoleOfBody(Mention m) {
        for (int k = m.startTok() + 1; k < m.endTok(); k++) {
            int n = t.is(k + 1, '(') && t.is(k + 3, ')') ? k + 4 : k + 1;
            if (t.isCapitalized(k) && ph.isRole(k) && !ph.has(k, Lexicon.ORG)
                    && (n == m.endTok() || t.eq(n, "for") || t.eq(n, "of"))) {
                return true;
            }
        }
        return false;
    }

    /** Past forms of verbs that hand an infinitive to their object, whose words it then are: "asked them to say". */
    private static final Set<String> OBJECT_CONTROL = Set.of("asked", "urged", "told", "wanted", "expected", "forced",
            "invited", "allowed", "encouraged", "persuaded", "pressured", "pressed", "needed", "pushed",
            "ordered", "called", "begged", "challenged", "dared", "paid", "hired", "instructed", "directed", "authorized",
            "authorised", "permitted", "required", "got", "advised", "reminded", "convinced", "tasked",
            // and verbs after which the words were not said, or not yet: "declined for years to reveal"
            "declined", "refused", "failed", "struggled", "hesitated", "neglected", "forgot", "tried", "attempted",
            "sought", "planned", "intended", "hoped", "wished", "proposed", "offered", "threatened", "vowed", "pledged",
            "promised", "agreed", "decided", "preferred", "waited", "scrambled", "rushed");

    /** Nouns an infinitive completes, whose words are not reported: "his campaign's decision to tell supporters". */
    private static final Set<String> INFINITIVE_NOUNS = Set.of("decision", "plan", "plans", "attempt", "effort", "efforts",
            "bid", "move", "refusal", "promise", "pledge", "vow", "right", "chance", "opportunity", "way", "order",
            "orders", "need", "intention", "threat", "request", "push", "willingness", "reluctance", "failure", "ability",
            "permission", "pressure", "offer", "proposal", "call", "calls", "time", "urge", "desire", "readiness");

    /** "go on" in its forms: "goes on to say". */
    private static final Set<String> GO_ON = Set.of("go", "goes", "went", "going", "gone");

    /** Past forms that move their object to speak, which it then did: "prompted the almanac to state". */
    private static final Set<String> CAUSED_TO = Set.of("prompted", "led", "caused", "moved", "inspired", "drove");

    /** Object pronouns, after which an infinitive is the object's: "urged him to say". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "you", "it");

    /**
     * The subject of an infinitive cue c, as the sentence's subject and past verb give it: "Trump tweeted on Friday to
     * say …", "Ross stood at the event to say …" (something stands between the verb and "to", so "wanted to say" and
     * "was expected to say", words not yet said, have none). Also: a group more or less likely to say something, as a
     * poll finds ("Democratic voters are more likely to say that …"); the subject of "was quick to add" or "was prompted
     * to say"; the subject of "go on" ("The email goes on to say:"); the object of a verb that moved it to speak ("prompted
     * the almanac to state"). Null otherwise, and when the verb hands the words to its object ("asked voters to say") or a
     * noun takes the infinitive ("the decision to tell").
     */
    Subject infinitiveSubject(int c, int from, String cw) {
        int to = c - 1;
        if (!t.eq(to, "to") || to - 2 < from) {
            return null;
        }
        int likely = to - 1;
        for (int q = to - 1; q > from && q >= to - 5 && t.isWord(q); q--) {
            if (t.eq(q, "than") && t.eq(q - 1, "likely")) {
                likely = q - 1; // "more likely than older voters to say": the comparison's other side stands between
                break;
            }
        }
        if (t.eq(likely, "likely") && (t.eq(likely - 1, "more") || t.eq(likely - 1, "less") || t.eq(likely - 1, "most")
                || t.eq(likely - 1, "least"))) {
            int k = likely - 2;
            if (k > from && (t.endsWith(k, "ly") || t.eq(k, "far") || t.eq(k, "much") || t.eq(k, "even"))) {
                k--; // "slightly more likely"
            }
            if (!isBeForm(k)) {
                return null;
            }
            Mention m = share(k, from);
            if (m == null) {
                m = ph.left(k, from - 1);
            }
            return m != null && (m.type() == Mention.Type.GROUP || m.type() == Mention.Type.ANONYMOUS)
                    ? new Subject(m, "likely-to", m.startTok(), List.of(), c + 1, cw) : null;
        }
        if (t.isWord(to - 1) && BE_QUICK_TO.contains(t.lower(to - 1)) && isBeForm(to - 2)) {
            // "Trump was quick to add that …", "Mr. Trump was prompted to say, “…”": the subject of "was" speaks
            Mention m = phraseBeforeVerb(to - 2, c, from);
            return m == null || m.type() == Mention.Type.DOCUMENT ? null
                    : new Subject(m, "infinitive", m.startTok(), List.of(), c + 1, cw);
        }
        if (t.eq(to - 1, "on") && t.isWord(to - 2) && GO_ON.contains(t.lower(to - 2))) {
            // "The email goes on to say: …", "Groberg then went on to explain …": the subject of "go on", a document too
            Mention m = phraseBeforeVerb(to - 2, c, from);
            return m == null ? null : new Subject(m, "infinitive", m.startTok(), List.of(), c + 1, cw);
        }
        if (t.isWord(to - 1) && (OBJECT_PRONOUNS.contains(t.lower(to - 1)) || INFINITIVE_NOUNS.contains(t.lower(to - 1)))) {
            return null;
        }
        for (int j = to - 2; j > from && j >= to - 10; j--) {
            if (!t.isWord(j) && t.kind(j) != Tokens.NUMBER || t.eq(j, "that") || t.isWho(j)) {
                return null;
            }
            // (the verb may be a cue itself: "tweeted on Friday to say")
            if (!t.isCapitalized(j) && Finder.isPastForm(t, j)) {
                if (CAUSED_TO.contains(t.lower(j))) {
                    // "That record prompted the Harlow Almanac to state, “…”": the object was moved to speak, and did
                    Mention o = ph.right(j + 1, to);
                    return o == null || o.type() == Mention.Type.PRONOUN && !OBJECT_PRONOUNS.contains(o.head()) ? null
                            : new Subject(o, "infinitive", o.startTok(), List.of(), c + 1, cw);
                }
                if (OBJECT_CONTROL.contains(t.lower(j))) {
                    return null;
                }
                Mention m = sentenceSubject(from, j);
                if (m == null || m.type() == Mention.Type.DOCUMENT || m.endTok() > j) {
                    return null;
                }
                for (int k = m.endTok(); k < j; k++) {
                    if (!betweenSubjectAndCue(k, c)) {
                        return null;
                    }
                }
                return new Subject(m, "infinitive", m.startTok(), List.of(), c + 1, cw);
            }
        }
        return null;
    }

    /**
     * The phrase that ends before the verb at token verb, past the words that may stand between a subject and cue c
     * ("Groberg then went on"): the verb's subject, or null.
     */
    private Mention phraseBeforeVerb(int verb, int c, int from) {
        int k = verb;
        while (k - 1 > from && t.isWord(k - 1) && betweenSubjectAndCue(k - 1, c)) {
            k--;
        }
        return ph.left(k, from - 1);
    }

    /** Words between a form of "be" and an infinitive cue whose words the subject did say: "was quick to add". */
    private static final Set<String> BE_QUICK_TO = Set.of("quick", "careful", "eager", "keen", "happy", "glad", "prompted",
            "forced", "compelled", "moved", "quicker");

    /** Token k is "was", "were", "is" or "are". */
    private boolean isBeForm(int k) {
        return t.eq(k, "was") || t.eq(k, "were") || t.eq(k, "is") || t.eq(k, "are");
    }

    /** Prepositions before a gerund cue whose subject is the sentence's: "before saying", "upon saying". */
    private static final Set<String> GERUND_PREPOSITIONS = Set.of("before", "after", "upon", "on", "while", "by", "to");

    /**
     * The subject of a gerund cue after a preposition, as the sentence's subject: "Mr. McConnell deflected questions
     * before saying, “…”", "Silverman drew boos upon saying, “…”". Null otherwise.
     */
    Subject gerundSubject(int c, int from, String cw) {
        int p = c - 1;
        if (!cw.endsWith("ing") || p <= from || !t.isWord(p) || !GERUND_PREPOSITIONS.contains(t.lower(p))
                || t.is(p - 1, ',')) {
            return null;
        }
        Mention m = sentenceSubject(from, p);
        return m == null || m.type() == Mention.Type.DOCUMENT || m.endTok() > p ? null
                : new Subject(m, "gerund", m.startTok(), List.of(), c + 1, cw);
    }

    /** Titles in the plural before two names: "Senators X and Y". */
    private static final Set<String> TITLE_PLURALS = Set.of("senators", "sens", "representatives", "reps", "governors",
            "mayors", "councillors", "councilors", "ministers", "judges", "justices", "doctors", "drs", "professors",
            "commissioners", "supervisors", "delegates", "lawmakers");

    /** "to", "for" or "of" stands between tokens from and to. */
    private boolean prepositionBetween(int from, int to) {
        for (int q = from; q < to; q++) {
            if (t.eq(q, "to") || t.eq(q, "for") || t.eq(q, "of")) {
                return true;
            }
        }
        return false;
    }

    /** Conjunctions that open a clause with a subject of its own (shared with the name scan). */
    static final Set<String> SUBORDINATORS = Set.of("after", "when", "because", "since", "while", "before",
            "until", "once", "although", "though");

    /**
     * Token s follows a short fronted phrase that opens the sentence at token from and closes with a comma: "On Monday,
     * Sangwon Electronics, the largest memory maker, said", "In a separate filing, …".
     */
    private boolean afterFrontedPhrase(int s, int from) {
        int comma = s - 1;
        if (comma - from < 1 || comma - from > 8 || !t.is(comma, ',')
                || !ph.has(from, Lexicon.STOP | Lexicon.TEMPORAL) || ph.has(from, Lexicon.PRONOUN | Lexicon.DETERMINER)) {
            return false;
        }
        for (int k = from; k < comma; k++) {
            if (!t.isWord(k) && t.kind(k) != Tokens.NUMBER) {
                return false;
            }
        }
        return true;
    }

    /** The subject of a sentence's main clause, skipping a fronted phrase ("In an interview, X …"). */
    /** "signed by" stands between tokens from and to: a statement's signer follows. */
    private boolean signedByBetween(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (t.eq(k, "signed") && t.eq(k + 1, "by")) {
                return true;
            }
        }
        return false;
    }

    Mention sentenceSubject(int from, int before) {
        int p = datelineEnd(from, before);
        p = pastTimeAgo(p, before); // "A few minutes later they reversed themselves, … and said"
        String w = t.lower(p);
        if (w.equals("but") || w.equals("and") || w.equals("yet")) {
            p++;
            w = t.lower(p);
        }
        int rough = -1; // the word that makes the count rough, which the group keeps
        if (Phrases.APPROXIMATELY.contains(w) && p + 1 < before && t.kind(p + 1) == org.whosaid.text.Tokens.NUMBER) {
            rough = p;
            p++; // "Around 140 families …, saying": the count opens the group
            w = t.lower(p);
        } else if (p + 2 < before && (t.eq(p, "more") || t.eq(p, "fewer") || t.eq(p, "less")) && t.eq(p + 1, "than")
                && t.kind(p + 2) == org.whosaid.text.Tokens.NUMBER) {
            rough = p;
            p += 2; // "More than 600 landowners …, saying"
            w = t.lower(p);
        }
        if (OPENING_ADVERBS.contains(w) && p + 2 < before) {
            // "Only last month Callum gushed …, telling presenters:": an adverb and a time before the subject
            int q = p + 1;
            q = (t.eq(q, "last") || t.eq(q, "this") || t.eq(q, "next")) && ph.has(q + 1, Lexicon.TEMPORAL) ? q + 2
                    : ph.has(q, Lexicon.TEMPORAL) ? q + 1 : q;
            if (q < before && (t.isCapitalized(q) || ph.has(q, Lexicon.PRONOUN))) { // "Then she thanked them, saying"
                p = q;
                w = t.lower(p);
            }
        }
        // a fronted phrase ("On Monday, …") is skipped, but not a pronoun or indefinite subject ("She denied …,
        // calling …"; "A county commissioner, …, said")
        boolean count = t.kind(p) == org.whosaid.text.Tokens.NUMBER; // "140 families are refusing …, saying"
        // (a pronoun after an opening word is in lower case: "Then she thanked them, saying …", "And he denied it, …")
        Mention opening = (t.isCapitalized(p) || count || p > from && ph.has(p, Lexicon.PRONOUN)) && !w.equals("the")
                ? ph.right(p, before) : null;
        if (opening == null && t.isWord(p) && !t.isCapitalized(p) && !ph.has(p, Lexicon.STOP)) {
            // a name after its lower-case trade: "And economist Mutale Kasanda-Phiri … said …, but warned that …"
            Mention named = ph.right(p, before);
            opening = named != null && named.type() == Mention.Type.PERSON_NAME ? named : null;
        }
        boolean fronted = opening != null && (frontedWord(opening, before) || frontedParticiple(opening, before))
                // ("Continuing, he said"; "Contacted by phone, the director …")
                || opening == null && t.is(p + 1, ',') && Phrases.OPENING_PARTICIPLES.contains(w)
                || opening == null && t.isCapitalized(p) && t.endsWith(p, "ed") && t.eq(p + 1, "by");
        boolean speaker = opening != null && opening.type() != Mention.Type.DOCUMENT && !fronted;
        if (!speaker && (fronted || !t.isCapitalized(p) || ph.has(p, Lexicon.STOP) && !w.equals("the")
                || ph.isOpeningPlacePreposition(p))) {
            int opened = p;
            for (int k = p; k < before; k++) {
                if (t.is(k, ',') && !placeTail(k + 1)) {
                    p = k + 1;
                    break;
                }
            }
            if (signedByBetween(opened, p)) {
                // "In a statement signed by its Registrar, Mrs. X, the university management …": the signer's name is set
                // off too, and the body after it is the subject
                int q = p;
                while (q < before && q < p + 8 && !t.is(q, ',')) {
                    q++;
                }
                p = q < before && t.is(q, ',') ? q + 1 : p;
            }
            int aside = p + 1;
            if (aside < before && t.is(aside, ',') && isLinkingAside(p, aside)) {
                p = aside + 1; // "At a hearing on Thursday, however, he denied …"
            }
            // a time after a place: "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …"
            for (int n = 0; n < 2 && (t.eq(p, "on") || t.eq(p, "in") || t.eq(p, "at") || t.eq(p, "last")
                    || t.eq(p, "this") || t.eq(p, "earlier")); n++) {
                int comma = p + 1;
                while (comma < before && comma < p + 5 && t.isWord(comma) && !ph.has(comma, Lexicon.PRONOUN)) {
                    comma++;
                }
                if (comma >= before || !t.is(comma, ',') || !timeWordBetween(p, comma)) {
                    break;
                }
                p = comma + 1;
            }
        }
        Mention m = ph.right(p, before);
        if (m == null) {
            return null;
        }
        if (m.type() == Mention.Type.GROUP && t.eq(m.endTok(), "and") && m.endTok() + 1 < before) {
            Mention second = ph.right(m.endTok() + 1, before);
            if (second != null && second.type() == Mention.Type.GROUP) {
                // "Importers and freight forwarders at the Asekyem Port have …, describing it as": both groups speak
                m = new Mention(m.startTok(), second.endTok(), m.start(), second.end(), Mention.Type.GROUP,
                        ph.surface(m.startTok(), second.endTok()), null, second.head());
            }
        }
        if (rough >= 0 && m.type() == Mention.Type.GROUP) {
            m = ph.withApproximation(m, rough - 1); // "About 300 seasonal pickers", as written
        }
        Mention named = appositiveName(m, before);
        if (named != null) {
            return named; // "…, Karvia’s ambassador to the EU, Viktor Sauliak, said …, adding that …"
        }
        if (m.type() == Mention.Type.PERSON_NAME && m.role() == null) {
            int[] endOut = new int[1];
            String role = ph.appositionAfter(m, before, endOut);
            if (role != null) {
                m = m.withRole(role);
            }
        }
        return m;
    }
}
