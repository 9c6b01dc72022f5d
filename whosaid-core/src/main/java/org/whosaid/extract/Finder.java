package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whosaid.model.CueClass;
import org.whosaid.model.Kind;
import org.whosaid.model.Rejected;
import org.whosaid.resolve.Draft;
import org.whosaid.resolve.Draft.CueRef;
import org.whosaid.resolve.Draft.ViaRef;
import org.whosaid.extract.Subjects.Subject;
import org.whosaid.resolve.Mention;
import org.whosaid.text.Analysis;
import org.whosaid.text.Dates;
import org.whosaid.text.Quote;
import org.whosaid.text.Tokens;

/**
 * Finds the statements of one analysed article: quotations with their attribution, reported speech
 * around cue verbs, and marked spans that are not statements. Speakers are left as written; the
 * resolve stage names them. Every search is bounded to a window of tokens around a quote or a cue.
 */
final class Finder {
    /** Nouns of time that a determiner may open after a trailing attribution ("…, she said this week"). */
    private static final Set<String> TIME_NOUNS = Set.of(
            "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "time", "morning",
            "afternoon", "evening", "night", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "spring", "summer", "autumn", "fall", "winter", "decade", "hour", "hours");

    /** Participles that take their reported clause without "that" ("…, saying the talks had failed"). */
    private static final Set<String> CLAUSE_PARTICIPLES = Set.of("saying", "adding", "arguing", "insisting", "contending",
            "asserting");
    /**
     * Participles whose clause may follow without "that" only when a verb shows it is one ("…, noting he had backed
     * Rubio"): before a noun phrase they name a thing ("noting flagging conditions in China").
     */
    private static final Set<String> VERB_CLAUSE_PARTICIPLES = Set.of("noting", "explaining", "stressing", "claiming",
            "conceding", "acknowledging");

    /** Cue verbs of a headline in title case, where the name scan takes every capitalised word for a name. */
    private static final Set<String> HEADLINE_CUES = Set.of("says", "claims", "insists", "admits", "denies",
            "predicts", "argues", "suggests", "warns");

    /** What "In her view, …" holds: a view, an opinion. */
    private static final Set<String> VIEW_NOUNS = Set.of("view", "opinion", "estimation", "judgment", "judgement");

    /**
     * What a denial denies: "rejected claims (circulating online) that …", "denied reports that …", "rejected the
     * impression that …".
     */
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "report", "reports", "allegation",
            "allegations", "suggestion", "suggestions", "accusation", "accusations", "rumour", "rumours", "rumor",
            "rumors", "speculation", "assertion", "assertions", "charge", "charges", "criticism", "fears", "impression",
            "notion", "idea", "perception", "insinuation", "insinuations", "argument", "arguments");

    private static final double DIRECT_ADJACENT = 0.95;
    private static final double DIRECT_BEFORE = 0.9;
    private static final double DIRECT_COLON = 0.85;
    private static final double DIRECT_CONTINUED = 0.6;
    private static final double DIRECT_NO_SPEAKER = 0.3;
    private static final double INDIRECT_THAT = 0.85;
    private static final double INDIRECT_TRAILING = 0.8;
    private static final double INDIRECT_ACCORDING = 0.8;
    private static final double INDIRECT_PARTICIPLE = 0.75;

    private final Analysis a;
    private final Tokens t;
    private final Phrases ph;
    private final boolean[] usedCue;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Rejected> rejected = new ArrayList<>();
    /** Char ranges already taken by statements, start to end; new statements must not overlap them. */
    private final java.util.TreeMap<Integer, Integer> taken = new java.util.TreeMap<>();
    /** Sentences that already hold a statement found through a cue. */
    private final java.util.BitSet sentencesWithCue = new java.util.BitSet();
    /** The relays (outlets, channels, "according to" sources) of each sentence. */
    private final Relays relays;
    /** The speakers of cues: subjects, inverted and passive agents, apposition and asides. */
    private final Subjects subjects;
    /** Why a marked span is no statement: scare quotes, titles, the author's own words. */
    private final Rejections rejections;
    /** The last attribution found after a quotation, its end token and the kind it gave: for split quotes. */
    private Attribution lastAfter;
    private int lastAfterEnd = -1;
    private Kind lastKind = Kind.DIRECT;

    Finder(Analysis analysis) {
        this.a = analysis;
        this.t = analysis.tokens();
        this.ph = new Phrases(analysis);
        this.usedCue = new boolean[t.size()];
        this.relays = new Relays(analysis, ph);
        this.subjects = new Subjects(analysis, ph, relays);
        this.rejections = new Rejections(analysis, ph, subjects);
    }

    /** True when token i is a cue verb that attributed a statement. */
    boolean usedAsCue(int i) {
        return usedCue[i];
    }

    /** The phrase finder over this article, with its per-token word caches, for the name scan. */
    Phrases phrases() {
        return ph;
    }

    List<Draft> drafts() {
        return drafts;
    }

    /** Rejections with char offsets (converted to code points by the caller). */
    List<Rejected> rejected() {
        return rejected;
    }

    void run() {
        findQuotations();
        findReportedSpeech();
        drafts.sort((x, y) -> Integer.compare(x.start(), y.start()));
        quotationsAfterReports();
    }

    /**
     * A quotation that opens a paragraph with no attribution of its own, right after a paragraph that ends on a person's
     * reported words, is theirs: "Carter said that … would not happen." / "“That’s because this region …”". (Reported
     * speech is found after the quotations, so this is settled once both are known.)
     */
    private void quotationsAfterReports() {
        for (int i = 1; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            Draft prev = drafts.get(i - 1);
            if (d.speaker() == null && d.kind() == Kind.DIRECT && d.paragraph() > 0
                    && prev.paragraph() == d.paragraph() - 1 && prev.kind() == Kind.INDIRECT && prev.speaker() != null
                    && isPersonMention(prev.speaker()) && prev.cue() != null
                    && !prev.cue().text().toLowerCase(java.util.Locale.ROOT).startsWith("according")
                    && opensParagraphAt(d.start())) {
                drafts.set(i, new Draft(d.kind(), d.start(), d.end(), d.paragraph(), prev.speaker(), prev.cue(), prev.via(),
                        DIRECT_CONTINUED, List.of("quote:continues-previous-report")));
            }
        }
    }

    /**
     * A person: "he" or "she", a person's nominal, or a name that opens with a given name or a title or that has a role
     * (bodies and groups hand their words to a named voice, and a name alone may be a company's).
     */
    private boolean isPersonMention(Mention m) {
        return m.type() == Mention.Type.PRONOUN && (t.eq(m.startTok(), "he") || t.eq(m.startTok(), "she"))
                || m.type() == Mention.Type.PERSON_NOMINAL
                || m.type() == Mention.Type.PERSON_NAME && (m.role() != null
                || ph.has(m.startTok(), Lexicon.FEMALE | Lexicon.MALE | Lexicon.HONORIFIC));
    }

    /** The quoted words starting at char offset start open their paragraph (after the opening mark). */
    private boolean opensParagraphAt(int start) {
        int open = t.firstAtOrAfter(start) - 1;
        return open >= 0 && a.opensParagraph(open);
    }

    // ---------------------------------------------------------------- quotations

    /** What attributes a quotation: the speaker phrase, the cue, how it was found, and relays. */
    private record Attribution(Mention speaker, CueRef cue, String rule, double confidence, List<ViaRef> via,
                               boolean beforeQuote) {
    }

    private void findQuotations() {
        List<Quote> quotes = a.quotes();
        int outerClose = -1;
        for (Quote q : quotes) {
            if (q.open() < outerClose) {
                continue; // nested inside a quotation already handled: part of its words
            }
            outerClose = q.close();
            int cs = q.contentStart();
            int ce = q.contentEnd();
            int openTok = t.firstAtOrAfter(q.open());
            int closeTok = t.firstAtOrAfter(q.close());
            if (closeTok <= openTok + 1) {
                continue;
            }
            Rejected.Reason reason = rejections.reason(openTok, closeTok);
            if (reason != null) {
                rejected.add(new Rejected(a.text().substring(cs, ce), cs, ce, reason));
                continue;
            }
            Attribution at = after(openTok, closeTok);
            if (at == null) {
                at = splitContinuation(openTok);
            }
            if (at == null) {
                at = before(openTok);
            }
            if (at == null) {
                at = colonIntroduction(openTok);
            }
            if (at == null) {
                at = trailing(closeTok);
            }
            if (at == null) {
                at = sameSentence(openTok);
            }
            if (at == null) {
                at = previousSentence(openTok);
            }
            if (at == null) {
                at = previousParagraph(openTok);
            }
            int words = rejections.wordCount(openTok + 1, closeTok);
            if (at == null && rejections.isUnsaidTitle(openTok, closeTok)) {
                rejected.add(new Rejected(a.text().substring(cs, ce), cs, ce, Rejected.Reason.TITLE));
                continue;
            }
            if (at == null && words <= 3) {
                rejected.add(new Rejected(a.text().substring(cs, ce), cs, ce, Rejected.Reason.SCARE_QUOTE));
                continue;
            }
            Kind kind = at != null && at.rule().equals("split-quote") ? lastKind : quoteKind(openTok, t.firstAtOrAfter(cs), at);
            if (at != null && at.rule().equals("continues-after-attribution")) {
                kind = Kind.DIRECT;
            }
            if (at != null && at.rule().startsWith("after:")) {
                lastAfter = at;
                lastAfterEnd = Math.max(at.speaker().endTok(), at.cue() == null ? 0 : t.firstAtOrAfter(at.cue().end()));
                lastKind = kind;
            }
            Draft d;
            if (at == null) {
                d = new Draft(kind, cs, ce, a.paragraphOf(openTok), null, null, List.of(),
                        DIRECT_NO_SPEAKER, List.of("quote:no-attribution"));
            } else {
                d = new Draft(kind, cs, ce, a.paragraphOf(openTok), at.speaker(), at.cue(),
                        at.via(), at.confidence(), List.of("quote:" + at.rule()));
            }
            add(d);
            if (kind == Kind.MIXED && at != null && at.rule().startsWith("after:") && at.cue() != null) {
                releaseCueOfClause(t.firstAtOrAfter(at.cue().start()));
            }
            if (kind == Kind.MIXED && at != null && at.rule().startsWith("before:") && at.cue() != null) {
                int c = t.firstAtOrAfter(at.cue().start());
                clauseBeforeQuote(c, openTok);
                clauseAfterQuote(c, openTok, closeTok, at.speaker());
            }
        }
        shareTrailingAttribution();
    }

    /**
     * "Fundraising was “stagnant for a month” as donors waited to see how a “turbulent cycle” played out, he said": the
     * quoted fragments of one sentence share the attribution that trails its last one.
     */
    private void shareTrailingAttribution() {
        for (int i = drafts.size() - 2; i >= 0; i--) {
            Draft d = drafts.get(i);
            Draft next = drafts.get(i + 1);
            if (d.speaker() == null && d.kind() == Kind.MIXED && next.speaker() != null
                    && (next.evidence().get(0).startsWith("quote:trailing") || next.evidence().get(0).equals("quote:shared-trailing"))
                    && a.sentenceOf(t.firstAtOrAfter(d.start())) == a.sentenceOf(t.firstAtOrAfter(next.start()))) {
                drafts.set(i, new Draft(d.kind(), d.start(), d.end(), d.paragraph(), next.speaker(), next.cue(), next.via(),
                        next.confidence(), List.of("quote:shared-trailing")));
            }
        }
    }

    /**
     * "Citing “obligations in Tennessee,” the spokeswoman told POLITICO that Gore would skip it": the cue of a
     * partial quotation before it also reports a "that" clause of its own, a few words on.
     */
    private void releaseCueOfClause(int c) {
        int end = a.sentenceEnd(a.sentenceOf(c));
        for (int k = c + 1; k < end && k <= c + 4; k++) {
            if (t.eq(k, "that")) {
                usedCue[c] = false;
                return;
            }
            if (!t.isWord(k)) {
                return;
            }
        }
    }

    /** The second part of a split quotation: “…,” she said, “…” takes the first part's attribution. */
    private Attribution splitContinuation(int openTok) {
        if (lastAfter == null || lastAfterEnd > openTok || a.paragraphOf(lastAfterEnd) != a.paragraphOf(openTok)) {
            return null;
        }
        boolean adjacent = true;
        int attributionSentence = a.sentenceOf(lastAfterEnd);
        for (int k = lastAfterEnd; k < openTok; k++) {
            int title = programmeTitleClose(k);
            if (title >= 0) {
                // “…,” Rubio said on ABC's “This Week.” “…”: a programme's title belongs to the attribution
                k = title;
                adjacent = false;
                continue;
            }
            if (t.kind(k) != Tokens.PUNCT) {
                adjacent = false;
            }
            // a cue later in the attribution's own sentence is part of it ("…,” he told Reuters when asked …)
            if (t.kind(k) == Tokens.QUOTE || subjects.isCue(k) && a.sentenceOf(k) != attributionSentence) {
                return null;
            }
        }
        if (adjacent) {
            return new Attribution(lastAfter.speaker(), lastAfter.cue(), "split-quote", DIRECT_ADJACENT, lastAfter.via(),
                    false);
        }
        // “…,” said X at a briefing. “Next sentence …” — the quotation goes on after its attribution sentence,
        // also after a conjunction that opens the sentence: “…,” he said outside. But “…”
        if (a.sentenceOf(openTok) == a.sentenceOf(lastAfterEnd) + 1 && opensSentenceAfterConjunction(openTok)) {
            return new Attribution(lastAfter.speaker(), lastAfter.cue(), "continues-after-attribution", DIRECT_BEFORE,
                    lastAfter.via(), false);
        }
        return null;
    }

    /** The quotation at openTok opens its sentence, alone or after "But", "And", "Yet", "Still" (and a comma). */
    private boolean opensSentenceAfterConjunction(int openTok) {
        int s = a.sentenceOf(openTok);
        int k = a.sentenceStart(s);
        if (k < openTok && t.isCapitalized(k) && (t.eq(k, "but") || t.eq(k, "and") || t.eq(k, "yet") || t.eq(k, "still"))) {
            k++;
            if (t.is(k, ',')) {
                k++;
            }
        }
        return k == openTok;
    }

    private CueRef cueRef(int from, int to) {
        Lexicon.CueWord w = ph.cue(from);
        CueClass cls = w == null ? CueClass.NEUTRAL : w.cueClass();
        return new CueRef(a.text().substring(t.start(from), t.end(to - 1)), t.start(from), t.end(to - 1), cls);
    }

    /** The attribution after a closing mark: “…,” Danilov said / said the mayor / BBC quoted X as saying. */
    private Attribution after(int openTok, int closeTok) {
        int p = closeTok + 1;
        int para = a.paragraphOf(closeTok);
        int skipped = 0;
        while (p < t.size() && skipped < 3 && a.paragraphOf(p) == para && (t.kind(p) == Tokens.PUNCT
                || t.kind(p) == Tokens.QUOTE)) {
            if (t.kind(p) == Tokens.QUOTE && a.opensQuote(p) || t.is(p, '.') || t.is(p, '!') || t.is(p, '?')) {
                return null; // a new quotation or a new sentence starts: no attribution after this one
            }
            p++;
            skipped++;
        }
        if (p >= t.size() || a.paragraphOf(p) != para) {
            return null;
        }
        if (closesSentenceBefore(closeTok, p)) {
            return attributionSentence(p);
        }
        return attributionAt(p, limitAfter(p, para));
    }

    /**
     * The sentence at p is an attribution and nothing more: “… not dead.” Lena Vos said. Null when it
     * reports content of its own or holds a quotation (“… for years.” He added, “…”).
     */
    private Attribution attributionSentence(int p) {
        int s = a.sentenceOf(p);
        int end = contentEnd(a.sentenceEnd(s));
        if (end - p > 15) {
            return null;
        }
        for (int k = p; k < end; k++) {
            if (t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k) || t.eq(k, "that")) {
                return null;
            }
        }
        Attribution at = attributionAt(p, end);
        if (at == null || at.cue() == null) {
            return null;
        }
        int cueTok = t.firstAtOrAfter(at.cue().start());
        int after = Math.max(t.firstAtOrAfter(at.cue().end()), at.speaker().endTok());
        if (!onlyTrailing(after, end)) {
            usedCue[cueTok] = false; // the cue reports content of its own: leave it to reported speech
            return null;
        }
        return at;
    }

    /**
     * The quoted words end with a full stop and a new sentence starts after the mark: “… for years.” He
     * added, “…” — the cue that follows opens the next statement rather than closing this one.
     */
    private boolean closesSentenceBefore(int closeTok, int p) {
        int last = closeTok - 1;
        return t.is(last, '.') && !t.is(last - 1, '.') && a.sentenceOf(p) != a.sentenceOf(last);
    }

    private int limitAfter(int p, int para) {
        int limit = p;
        while (limit < t.size() && limit - p < 30 && a.paragraphOf(limit) == para && !(t.kind(limit) == Tokens.QUOTE
                && a.opensQuote(limit))) {
            if (limit > p && (t.is(limit, '.') || t.is(limit, '!') || t.is(limit, '?') || t.is(limit, ';'))
                    && a.sentenceOf(limit) != a.sentenceOf(p)) {
                break;
            }
            limit++;
        }
        return limit;
    }

    /**
     * An attribution clause starting at token p: "CUE SPEAKER" (inverted), "SPEAKER CUE",
     * "SPEAKER quoted X as saying", "as SPEAKER put it", "according to SPEAKER".
     */
    private Attribution attributionAt(int p, int limit) {
        String w = t.lower(p);
        if (w.equals("according") && t.eq(p + 1, "to")) {
            Mention m = subjects.subjectAfter(p + 2, limit);
            if (m != null) {
                usedCue[p] = true;
                return new Attribution(m, cueRef(p, p + 2), "after:according-to", DIRECT_ADJACENT, relays.at(p), false);
            }
        }
        if (w.equals("as") && p + 1 < limit) {
            int put = putItAfter(p, limit);
            Mention placed = put > 0 ? subjects.asPutItSpeaker(p, put) : null;
            if (placed != null) {
                usedCue[put] = true;
                return new Attribution(placed, cueRef(put, put + 2), "after:as-put-it", DIRECT_ADJACENT, relays.at(put), false);
            }
            Mention m = subjects.subjectAfter(p + 1, limit);
            if (m != null) {
                int c = subjects.skipBetween(m.endTok(), limit);
                if (c < limit && (t.eq(c, "put") || subjects.isCue(c))) {
                    int cueEnd = t.eq(c, "put") && t.eq(c + 1, "it") ? c + 2 : c + 1;
                    usedCue[c] = true;
                    return new Attribution(m, cueRef(c, cueEnd), "after:as-put-it", DIRECT_ADJACENT, relays.at(c), false);
                }
            }
        }
        if (subjects.isCue(p) && !usedCue[p] && subjects.mayInvert(p)) {
            // inverted: said Danilov / said the mayor, a former teacher
            Mention m = subjects.subjectAfter(p + 1, limit);
            // (not the subject of the reported clause: "…,” said he doesn't believe …", "…,” said the council would appeal")
            if (m != null && m.type() != Mention.Type.DOCUMENT && !(m.endTok() < limit && (ph.isAuxiliary(m.endTok())
                    || m.type() == Mention.Type.PRONOUN && t.isWord(m.endTok())))) {
                usedCue[p] = true;
                return new Attribution(m, cueRef(p, p + 1), "after:inverted", DIRECT_ADJACENT, relays.at(p), false);
            }
        }
        Mention m = ph.right(p, limit);
        if (m == null) {
            m = nameAfterDescription(p, limit);
        }
        if (m == null) {
            // "(California) Rep. Duncan Hunter’s chief of staff, Joe Kasper, said": the title goes with the name the
            // role is of
            int title = ph.has(p, Lexicon.HONORIFIC) ? p : t.isCapitalized(p) && ph.has(p + 1, Lexicon.HONORIFIC) ? p + 1 : -1;
            Mention owned = title >= 0 && t.is(title + 1, '.') ? ph.right(title + 2, limit) : null;
            m = owned != null && owned.type() == Mention.Type.PERSON_NOMINAL && t.is(owned.endTok(), ',') ? owned : null;
        }
        if (m == null) {
            return null;
        }
        if (m.type() == Mention.Type.PERSON_NAME && t.is(m.endTok(), '.') && m.endTok() + 1 < limit
                && (t.eq(m.endTok() - 1, "jr") || t.eq(m.endTok() - 1, "sr"))) {
            // “…,” James B. Comey Jr. said / James B. Comey Jr., the director of …, said: the suffix's period is the name's
            m = new Mention(m.startTok(), m.endTok() + 1, m.start(), t.end(m.endTok()), m.type(), m.name(), m.role(), m.head());
        }
        int c;
        Mention named = subjects.appositiveName(m, limit);
        if (named != null) {
            // "the company's spokesman, Felix Aumann, said": the name in apposition is the speaker
            m = named;
            c = t.is(named.endTok(), ',') ? named.endTok() + 1 : named.endTok();
        } else {
            int[] endOut = new int[1];
            String role = ph.appositionAfter(m, limit, endOut);
            c = role != null && t.is(endOut[0], ',') ? endOut[0] + 1 : m.endTok();
            if (role != null && t.isWho(endOut[0])) {
                // "Danielle Okafor, a lawyer with the Voting Access Project who represents the plaintiffs, said": the
                // apposition's own relative clause runs to its comma
                int comma = endOut[0] + 1;
                while (comma < limit && comma < endOut[0] + 16 && t.kind(comma) != Tokens.QUOTE && !t.is(comma, ',')) {
                    comma++;
                }
                c = comma < limit && t.is(comma, ',') ? comma + 1 : c;
            }
            if (role != null && m.type() == Mention.Type.PERSON_NAME) {
                m = m.withRole(role);
            }
        }
        c = subjects.skipRelative(m, c, limit);
        if (c != m.endTok() && c > 0 && subjects.anonymityBetween(m.endTok(), c)) {
            m = m.withType(Mention.Type.ANONYMOUS);
        }
        if (c == m.endTok()) {
            int aside = skipNameAside(m, c, limit);
            if (aside > c && t.is(c, '(') && t.is(aside, ',')) {
                // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the apposition after the bracket
                int[] endOut = new int[1];
                Mention bracketed = new Mention(m.startTok(), aside, m.start(), m.end(), m.type(), m.name(), m.role(), m.head());
                String role = ph.appositionAfter(bracketed, limit, endOut);
                if (role != null && t.is(endOut[0], ',')) {
                    aside = endOut[0] + 1;
                    m = m.withRole(role);
                }
            }
            c = aside;
        }
        c = subjects.skipBetween(c, limit);
        if ((c >= limit || !subjects.isCue(c)) && m.type() == Mention.Type.PERSON_NAME) {
            int past = pastAsides(m.endTok(), limit);
            c = past > 0 ? subjects.skipBetween(past, limit) : c;
        }
        if ((c >= limit || !subjects.isCue(c)) && m.type() == Mention.Type.PERSON_NAME) {
            int cue = cueAfterLongApposition(m.endTok(), limit);
            c = cue > 0 ? cue : c;
        }
        if (c >= limit || !subjects.isCue(c) || usedCue[c]) {
            return null;
        }
        String cw = t.lower(c);
        if (subjects.relaysQuote(c) && m.type() != Mention.Type.PRONOUN) {
            // BBC quoted Zaluzhny as saying
            Mention y = subjects.quotedObject(c + 1, limit);
            int asTok = y == null ? -1 : subjects.asAfter(y);
            if (asTok > 0 && (t.eq(asTok + 1, "saying") || t.eq(asTok + 1, "telling") || t.eq(asTok + 1, "writing"))) {
                usedCue[c] = true;
                CueRef cue = new CueRef(t.lower(c) + " ... as " + t.lower(asTok + 1), t.start(c), t.end(asTok + 1),
                        CueClass.NEUTRAL);
                List<ViaRef> via = new ArrayList<>();
                via.add(relays.viaOf(m));
                return new Attribution(y, cue, "after:quoted-as-saying", DIRECT_ADJACENT, via, false);
            }
        }
        usedCue[c] = true;
        int cueEnd = cw.equals("put") && t.eq(c + 1, "it") ? c + 2 : c + 1;
        return new Attribution(m, cueRef(c, cueEnd), "after:speaker-cue", DIRECT_ADJACENT, relays.at(c), false);
    }

    /** Tokens a description set between a name and its cue may run: "Trump, the GOP front-runner and …, said". */
    private static final int LONG_APPOSITION = 32;

    /**
     * The cue after a long description set between commas after a person's name, when the description opens with an
     * article or a possessive and holds no quotation mark, colon, semicolon nor cue of its own: "“…,” Trump, the 2016
     * GOP presidential front-runner nationally and polling leader in South Carolina by a wide margin after winning the
     * New Hampshire primary, said". -1 otherwise.
     */
    private int cueAfterLongApposition(int comma, int limit) {
        if (!t.is(comma, ',') || !(opensNounPhrase(comma + 1) || ph.isPossessivePronoun(comma + 1))) {
            return -1;
        }
        for (int k = comma + 2; k < limit && k <= comma + LONG_APPOSITION; k++) {
            if (t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k) || t.is(k, ';') || t.is(k, ':')) {
                return -1;
            }
            if (subjects.isCue(k)) {
                return t.is(k - 1, ',') && k - 1 > comma + 2 ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The token after two to four short asides that follow a person's name, each closed by a comma, when a
     * cue comes next: "Harry Webb, 30, of Raleigh, N.C., who was among those polled, said". -1 otherwise;
     * an aside opened by "and" or "or" is a second speaker, not an aside.
     */
    private int pastAsides(int c, int limit) {
        int segments = 0;
        while (t.is(c, ',') && segments < 4) {
            int k = c + 1;
            while (k < limit && k - c <= 12 && !t.is(k, ',')) {
                k++;
            }
            if (k >= limit || !t.is(k, ',') || k == c + 1 || t.eq(c + 1, "and") || t.eq(c + 1, "or")
                    || !subjects.plainAside(c + 1, k)) {
                return -1;
            }
            segments++;
            c = k;
            if (segments >= 2 && subjects.isCue(subjects.skipBetween(c + 1, limit))) {
                return c + 1;
            }
        }
        return -1;
    }

    /** The token of "put" in "put it" within a few words after token p, or -1. */
    private int putItAfter(int p, int limit) {
        for (int k = p + 1; k + 1 < limit && k <= p + 12; k++) {
            if (t.eq(k, "put") && t.eq(k + 1, "it")) {
                return k;
            }
            if (!t.isWord(k) && !ph.isPossessiveMark(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A person's name after a few lower-case words that describe them, which carry it as a role:
     * “…,” election law expert Rick Hasel said / screenwriter Cole Haddon wrote. Null otherwise.
     */
    private Mention nameAfterDescription(int p, int limit) {
        for (int k = p; k < limit && k < p + 5 && t.isWord(k); k++) {
            if (t.isCapitalized(k)) {
                Mention name = k > p ? ph.right(k, limit) : null;
                if (name == null || name.type() != Mention.Type.PERSON_NAME) {
                    return null;
                }
                return name.role() != null ? name : name.withRole(ph.surface(p, k));
            }
            if (ph.cue(k) != null || ph.has(k, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.TEMPORAL)
                    || Subjects.BETWEEN_SUBJECT_AND_CUE.contains(t.lower(k)) || t.eq(k, "and") || t.eq(k, "but")
                    || t.eq(k, "or") || t.eq(k, "as") || t.eq(k, "then") || t.eq(k, "so")) {
                return null;
            }
        }
        return null;
    }

    /**
     * Skips a short aside after a person's name before its cue: an age or a party between commas
     * (“…,” Ramon, 58, told AFP / Mila Bachner, Republican of Vessia, told …) or a bracket (“Jim
     * Dorsey (D-Wash.) said”). Returns the token after the aside, or c when there is none.
     */
    private int skipNameAside(Mention m, int c, int limit) {
        if (m.type() != Mention.Type.PERSON_NAME) {
            return c;
        }
        char close = t.is(c, '(') ? ')' : t.is(c, ',') ? ',' : 0;
        if (close == 0) {
            return c;
        }
        for (int k = c + 1; k < limit && k < c + 12; k++) {
            if (t.is(k, close)) {
                return k > c + 1 && subjects.plainAside(c + 1, k) ? k + 1 : c;
            }
            if (close == ')' && t.is(k, ',')) {
                return c;
            }
        }
        return c;
    }

    /** The attribution before an opening mark in the same sentence: Danilov said: “…” / called it “…”. */
    private Attribution before(int openTok) {
        int s = a.sentenceOf(openTok);
        int from = a.sentenceStart(s);
        if (!a.opensParagraph(openTok) && a.sentenceOf(openTok - 1) != s) {
            return null;
        }
        int andThat = -2; // the last "and that" before the quotation, looked for once a cue is far back
        int deferred = -1; // a cue after a modal or "to", tried when no other attributes the quotation
        for (int c = openTok - 1; c >= from && c >= openTok - 45; c--) {
            if (t.kind(c) == Tokens.QUOTE && a.inQuote(c)) {
                return null;
            }
            if (c < openTok - 30) {
                if (andThat == -2) {
                    int and = andThatBefore(from, openTok);
                    andThat = and < 0 || t.eq(and + 2, "of") ? -1 : and + 1; // not "and that of staff"
                }
                if (andThat < 0 || !thatClauseBefore(c, andThat)) {
                    continue; // far back, only a cue whose second that-clause holds the quotation
                }
            }
            Attribution owned = nounCue(c, openTok);
            if (owned != null) {
                return owned;
            }
            if (subjects.isCue(c) && !usedCue[c] && !negated(c) || t.eq(c, "according") && t.eq(c + 1, "to")) {
                // a denied cue attributes nothing: "said it does not comment on “pending actions”" is said
                if (deferred < 0 && c > from && isModalOrTo(c - 1)) {
                    // "The mayor said the council would ask … „…”": a verb inside the reported clause, tried last
                    deferred = c;
                    continue;
                }
                // a fragment quoted inside a clause that an earlier cue reports is that cue's speaker's: "told the
                // Gazette that workers had reported “grinding noises”" (the one told the paper chose the words)
                // (the cheap scan for a governing cue first: the subject is found only when there is one)
                int governing = t.isWord(openTok - 1) ? governingCue(c) : c;
                // (a relay's "quoted X as saying" governs a pronoun's verb too: "quoted Minister X as saying he had
                // asked for “a full report”")
                Attribution at = governing != c && !t.isCapitalized(governing)
                        && (embeddedSubject(c, from) || subjects.relaysQuote(governing))
                        ? cueBefore(governing, from, openTok) : null;
                int quoted = at == null ? quotedBeforeAsSaying(c, from) : -1;
                if (quoted >= 0) {
                    // "quoted a former engineer, who asked not to be named, as saying: “…”": the relay's cue, past the
                    // cue of the aside
                    at = cueBefore(quoted, from, openTok);
                }
                if (at == null) {
                    at = cueBefore(c, from, openTok);
                }
                if (at != null) {
                    return at;
                }
            }
        }
        return deferred >= 0 ? cueBefore(deferred, from, openTok) : null;
    }

    /** The unused "quoted" or "cited" before the "as saying" that ends at cue c, in its sentence from token from; else -1. */
    private int quotedBeforeAsSaying(int c, int from) {
        if (!(t.eq(c, "saying") || t.eq(c, "telling")) || !t.eq(c - 1, "as")) {
            return -1;
        }
        for (int k = c - 2; k >= from && k >= c - 30; k--) {
            if (subjects.relaysQuote(k) && subjects.isCue(k)) {
                return usedCue[k] ? -1 : k;
            }
        }
        return -1;
    }

    /**
     * Cue c has a subject of its own right before it that is no pronoun ("workers had reported"), as a verb inside
     * another cue's clause has; a second verb of the first subject has none ("said it understood … but accused").
     */
    private boolean embeddedSubject(int c, int from) {
        Subject sub = subjects.subjectOf(c, from);
        return sub != null && sub.rule().equals("speaker-cue") && sub.mention().type() != Mention.Type.PRONOUN;
    }

    /**
     * Tokens from the comma at k to the comma at close set a short description apart, with no verb: the ", the council's
     * clerk," of "said Paul Ngata, the council's clerk, “…”".
     */
    private boolean apposedBefore(int k, int close) {
        if (!t.is(k, ',') || close - k < 2 || close - k > 12) {
            return false;
        }
        for (int j = k + 1; j < close; j++) {
            if (!(t.isWord(j) || ph.isPossessiveMark(j)) || subjects.isCue(j) || isVerbForm(j)) {
                return false;
            }
        }
        return true;
    }

    /** Cue c is "say" or "tell" in any form, a cue whose object is what was said, never a name given to a thing. */
    private boolean isSayingCue(int c) {
        Lexicon.CueWord w = ph.cue(c);
        return w != null && (w.lemma().equals("say") || w.lemma().equals("tell"));
    }

    /** Token k is a modal or the "to" of an infinitive: "would ask", "to tell". */
    private boolean isModalOrTo(int k) {
        return t.eq(k, "would") || t.eq(k, "will") || t.eq(k, "could") || t.eq(k, "should") || t.eq(k, "might")
                || t.eq(k, "to");
    }

    /**
     * Who speaks through the document an "according to" names, else the phrase m itself: the body whose own report it
     * is ("the final report of the Rail Accident Investigation Office"), or its author ("a report by the audit office",
     * "a resolution issued on Wednesday by the Ministry of Energy"); the search stops at token end.
     */
    private Mention documentsAuthor(Mention m, int end) {
        if (m.type() != Mention.Type.DOCUMENT) {
            for (int k = m.startTok() + 1; k + 1 < m.endTok() && k <= m.startTok() + 3; k++) {
                if (t.eq(k + 1, "of") && !t.isCapitalized(k) && (t.eq(k, "report") || t.eq(k, "findings"))) {
                    Mention body = ph.right(k + 2, end);
                    return body != null && (body.type() == Mention.Type.ORG_NAME || body.type() == Mention.Type.ORG_NOMINAL)
                            ? body : m;
                }
            }
            return m;
        }
        int by = authorBy(m.endTok(), end);
        Mention author = by < 0 ? null : ph.right(by + 1, end);
        return author != null && author.type() != Mention.Type.PRONOUN && author.type() != Mention.Type.DOCUMENT ? author : m;
    }

    /** The attribution of a quotation after it by cue c of the sentence from token from, or null. */
    private Attribution cueBefore(int c, int from, int openTok) {
        if (t.eq(c, "according")) {
            Mention m = subjects.subjectAfter(c + 2, openTok);
            if (m == null && t.is(c + 3, ',')) {
                m = objectPronounAt(c + 2); // "According to him, the village has had “one working boat”"
            }
            if (m == null) {
                return null;
            }
            m = documentsAuthor(m, openTok);
            usedCue[c] = true;
            return new Attribution(m, cueRef(c, c + 2), "before:according-to", DIRECT_BEFORE, List.of(), true);
        }
        Subject sub = subjects.subjectOf(c, from);
        if (sub == null) {
            // "was prompted to say, “…”", "The email goes on to say: “…”", "before saying, “…”"
            sub = subjects.infinitiveSubject(c, from, t.lower(c));
            if (sub == null && (t.is(c + 1, ',') || t.is(c + 1, ':')) && c + 2 == openTok) {
                sub = subjects.gerundSubject(c, from, t.lower(c));
            }
        }
        // a fronted cue: "Said Dorothy Poynter, who grew up with him, “We were all so proud.”"; or one after a fronted
        // word or phrase and its comma, the speaker closed by a comma before the mark: "But, said Solovey, “…”",
        // "Because of how the schedule was drawn, explained Rosenberg, “…”"
        boolean asideBefore = c > from && t.is(c - 1, ',') && (t.is(openTok - 1, ',') || t.is(openTok - 1, ':'));
        if (sub == null && (c == from || asideBefore) && subjects.mayInvert(c)) {
            Mention m = subjects.subjectAfter(c + 1, openTok);
            // (a pronoun only right before the mark's colon or comma: "Said she: “…”")
            boolean pronounBefore = m != null && m.type() == Mention.Type.PRONOUN && c == from && m.endTok() == openTok - 1
                    && (t.is(openTok - 1, ':') || t.is(openTok - 1, ',')) && isSubjectPronoun(m.startTok());
            if (m != null && m.type() != Mention.Type.DOCUMENT && (m.type() != Mention.Type.PRONOUN || pronounBefore)
                    && (c == from || m.endTok() == openTok - 1 || apposedBefore(m.endTok(), openTok - 1))) {
                usedCue[c] = true;
                return new Attribution(m, cueRef(c, c + 1), "before:inverted", DIRECT_BEFORE, relays.at(c), true);
            }
        }
        if (sub == null) {
            return null;
        }
        if (objectOfWhat(sub) && !t.is(openTok - 1, ':') && !t.is(openTok - 1, ',') && isSayingCue(c)) {
            // "proved what workers had been saying “from the very first day”": the cue's object is "what", and the
            // quoted words are the clause's that holds it (not a name given: "what campaigners called “…”")
            return null;
        }
        usedCue[c] = true;
        CueRef cue = passiveOrQuoted(c, sub);
        return new Attribution(sub.mention(), cue, "before:" + sub.rule(), DIRECT_BEFORE,
                Relays.merge(sub.via(), relays.at(c)), true);
    }

    /**
     * Cue c opens a "that" clause within its first twelve tokens, before the second one at token andThat: "said
     * at a press conference in … that the bank …, and that its policy rate would stay at 45 percent “for as long as
     * it takes”".
     */
    private boolean thatClauseBefore(int c, int andThat) {
        for (int k = c + 1; k + 2 <= andThat && k <= c + 12; k++) {
            if (t.eq(k, "that")) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of saying that carry their speaker as a possessive and their words in a "that" clause. */
    private static final Set<String> SAYING_NOUNS = Set.of("remark", "remarks", "comment", "comments", "claim",
            "assertion", "statement", "warning", "promise", "pledge", "insistence", "admission", "argument",
            "contention", "suggestion", "accusation", "allegation", "vow", "boast", "prediction", "declaration", "answer",
            "response", "reply", "message", "point", "explanation");

    /**
     * "over her remark that “there’s a special place in hell …”", "Albright's claim that “…”": a noun of
     * saying, owned by a possessive and followed by "that", attributes the quotation after it to its owner.
     * Null when token c is no such noun.
     */
    private Attribution nounCue(int c, int openTok) {
        // (or "was that": "Her answer was that “…”")
        int that = t.eq(c + 1, "that") ? c + 1 : (t.eq(c + 1, "was") || t.eq(c + 1, "is")) && t.eq(c + 2, "that") ? c + 2 : -1;
        if (that < 0 || openTok > that + 11 || !t.isWord(c) || !SAYING_NOUNS.contains(t.lower(c))) {
            return null;
        }
        Mention owner = nounCueOwner(c);
        return owner == null ? null : new Attribution(owner, cueRef(c, c + 1), "before:noun-cue", DIRECT_BEFORE, List.of(), true);
    }

    /**
     * "Ana Bell's answer was that most of her donors live in Varrow": a noun of saying, owned by a name or a possessive
     * pronoun, then "was that" and a clause, reports what its owner said.
     */
    private void nounReport(int c) {
        int p = c + 3;
        int end = contentEnd(a.sentenceEnd(a.sentenceOf(c)));
        if (t.kind(p) == Tokens.QUOTE || a.inQuote(c) || !startsClause(p, end)) {
            return; // (a quotation after "was that" is found as one)
        }
        Mention owner = nounCueOwner(c);
        if (owner != null) {
            Subject sub = new Subject(owner, "noun-cue", owner.startTok(), List.of(), p, t.lower(c));
            addIndirect(p, end, c, sub, "indirect:noun-cue", INDIRECT_THAT - 0.1);
        }
    }

    /** Who owns the noun of saying at c: a name in the possessive, or a possessive pronoun's antecedent; or null. */
    private Mention nounCueOwner(int c) {
        int p = c - 1;
        Mention owner = null;
        String pronoun = ownerPronoun(p);
        if (pronoun != null) {
            // "Madeleine Albright … fanned controversy over her remark that": the sentence's subject owns it
            Mention subject = subjects.sentenceSubject(a.sentenceStart(a.sentenceOf(c)), p);
            boolean fits = subject != null && (pronoun.equals("it") ? subject.type() == Mention.Type.ORG_NAME
                    : !pronoun.equals("they") && subject.type() == Mention.Type.PERSON_NAME && subject.name().indexOf(' ') > 0);
            owner = fits ? subject : pronounAt(p, pronoun);
        } else if (p >= 0 && t.isCapitalized(p) && t.endsWith(p, "'s")) {
            int first = p;
            while (first - 1 >= 0 && t.isCapitalized(first - 1) && a.sentenceOf(first - 1) == a.sentenceOf(p)
                    && !ph.has(first - 1, Lexicon.STOP | Lexicon.ROLE | Lexicon.HONORIFIC)) {
                first--;
            }
            owner = ph.possessiveName(first, c);
        }
        return owner;
    }

    /** The subject form of the possessive determiner at token k ("her" → "she", "its" → "it"), or null. */
    private String ownerPronoun(int k) {
        return t.eq(k, "his") ? "he" : t.eq(k, "her") ? "she" : t.eq(k, "their") ? "they" : t.eq(k, "its") ? "it" : null;
    }

    /** The pronoun at token k as a speaker phrase that resolves like its subject form ("according to him" as "he"). */
    private Mention pronounAt(int k, String subjectForm) {
        return new Mention(k, k + 1, t.start(k), t.end(k), Mention.Type.PRONOUN, null, null, subjectForm);
    }

    /** "him", "her" or "them" at token k as a speaker phrase that resolves like "he", "she" or "they"; else null. */
    private Mention objectPronounAt(int k) {
        String subjectForm = subjects.subjectForm(k);
        return subjectForm == null ? null : pronounAt(k, subjectForm);
    }

    private CueRef passiveOrQuoted(int c, Subject sub) {
        if (sub.cueEnd() > c + 1) {
            return new CueRef(sub.cueText(), t.start(c), t.end(sub.cueEnd() - 1), cueRef(c, c + 1).cueClass());
        }
        return cueRef(c, c + 1);
    }

    /** The sentence before the quotation ends with a colon: “Nayev added:” / “...was voiced by X:”. */
    private Attribution colonIntroduction(int openTok) {
        int prev = openTok - 1;
        if (prev < 0 || !t.is(prev, ':')) {
            return null;
        }
        int s = a.sentenceOf(prev);
        int from = a.sentenceStart(s);
        for (int c = prev - 1; c >= from; c--) {
            if (subjects.isCue(c) && !usedCue[c]) {
                Subject sub = subjects.subjectOf(c, from);
                if (sub != null) {
                    usedCue[c] = true;
                    return new Attribution(sub.mention(), passiveOrQuoted(c, sub), "colon:" + sub.rule(), DIRECT_COLON,
                            Relays.merge(sub.via(), relays.at(c)), true);
                }
            }
        }
        // no cue: the last speaker phrase before the colon ("Her answer, from Mayor Ruiz:")
        Mention m = ph.left(prev, from - 1);
        if (m != null && m.startTok() > from && (t.eq(m.startTok() - 1, "told") || t.eq(m.startTok() - 1, "tells")
                || t.eq(m.startTok() - 1, "on"))) {
            m = null; // "… told MailOnline:" and "… wrote on X:" name the outlet, not the speaker
        }
        if (m == null || !m.isName()) {
            m = subjects.sentenceSubject(from, prev); // "Okafor was unmoved:"
        }
        if (m != null && (m.type() == Mention.Type.PERSON_NAME || m.type() == Mention.Type.ORG_NAME)) {
            m = subjects.withRoleBefore(m, from);
            return new Attribution(m, null, "colon:name", DIRECT_COLON - 0.1, relays.at(from), true);
        }
        if (m != null && m.type() == Mention.Type.PRONOUN && m.startTok() == from && prev - from <= 8) {
            return new Attribution(m, null, "colon:pronoun", DIRECT_COLON - 0.1, List.of(), true); // "She had this to say:"
        }
        if (m != null && (m.type() == Mention.Type.PERSON_NOMINAL || m.type() == Mention.Type.ORG_NOMINAL
                || m.type() == Mention.Type.GROUP || m.type() == Mention.Type.ANONYMOUS) && m.startTok() == from
                && prev - from <= 8) {
            // "The mayor was blunt:", "The union had a warning for ministers:": a short sentence about whoever speaks
            return new Attribution(m, null, "colon:nominal", DIRECT_COLON - 0.1, relays.at(from), true);
        }
        return null;
    }

    /**
     * A quotation inside a sentence that ends with its attribution: 'The government “has done its
     * part” by cutting spending, he said in a post on X.' The attribution follows a comma after the
     * quotation and only adverbials and relays follow it.
     */
    private Attribution trailing(int closeTok) {
        int s = a.sentenceOf(closeTok);
        int from = a.sentenceStart(s);
        int end = contentEnd(a.sentenceEnd(s));
        for (int k = closeTok + 1; k < end && k < closeTok + 40; k++) {
            if (t.kind(k) == Tokens.QUOTE && a.opensQuote(k)) {
                return null; // another quotation comes first: it takes what follows
            }
            if (!t.is(k, ',')) {
                continue;
            }
            for (int c = k + 1; c < end && c <= k + 8; c++) {
                if (!subjects.isCue(c) || usedCue[c]) {
                    continue;
                }
                if (c == k + 1) { // inverted: "…, said the minister."
                    Mention m = subjects.mayInvert(c) ? subjects.subjectAfter(c + 1, end) : null;
                    if (m != null && m.type() != Mention.Type.DOCUMENT && onlyTrailing(m.endTok(), end)) {
                        usedCue[c] = true;
                        return new Attribution(m, cueRef(c, c + 1), "trailing:inverted", INDIRECT_TRAILING, relays.at(c), false);
                    }
                    break;
                }
                Subject sub = subjects.subjectOf(c, from);
                if (sub != null && sub.firstTok() == k + 1 && onlyTrailing(sub.cueEnd(), end)) {
                    usedCue[c] = true;
                    return new Attribution(sub.mention(), passiveOrQuoted(c, sub), "trailing:" + sub.rule(),
                            INDIRECT_TRAILING, Relays.merge(sub.via(), relays.at(c)), false);
                }
                break;
            }
        }
        return null;
    }

    /** A second quoted fragment in a sentence whose first one is attributed: "would “…” and generate “…”". */
    private Attribution sameSentence(int openTok) {
        int s = a.sentenceOf(openTok);
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            int first = t.firstAtOrAfter(d.start());
            if (first >= t.size() || a.sentenceOf(first) != s) {
                return null;
            }
            if (d.speaker() != null) {
                return new Attribution(d.speaker(), d.cue(), "same-sentence", DIRECT_BEFORE, d.via(), true);
            }
        }
        return null;
    }

    /**
     * A quotation that opens a sentence with no cue of its own, right after a sentence of the same
     * paragraph holding an attributed quotation: the speaker goes on ("… Adelson told Reuters. “He was charming.”").
     */
    private Attribution previousSentence(int openTok) {
        if (a.opensParagraph(openTok) || a.sentenceOf(openTok - 1) == a.sentenceOf(openTok)) {
            return null;
        }
        int previous = a.sentenceOf(openTok - 1);
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            int first = t.firstAtOrAfter(d.start());
            if (first >= t.size()) {
                return null;
            }
            // (or a quotation of several sentences whose last one is the previous: "“… progress. For us it means …”,
            // said X, port secretary of the union. “And nobody asked the men.”")
            int last = Math.max(first, t.firstAtOrAfter(d.end()) - 1);
            if (a.sentenceOf(first) < previous && a.sentenceOf(last) != previous) {
                return null;
            }
            if ((a.sentenceOf(first) == previous || a.sentenceOf(last) == previous) && d.speaker() != null) {
                return new Attribution(d.speaker(), d.cue(), "continues-previous-sentence", DIRECT_BEFORE, d.via(), false);
            }
        }
        return null;
    }

    /** A quotation paragraph with no cue, after a paragraph whose statement it continues. */
    private Attribution previousParagraph(int openTok) {
        int para = a.paragraphOf(openTok);
        if (para == 0 || openTok > 0 && a.paragraphOf(openTok - 1) == para) {
            return null;
        }
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.paragraph() == para - 1 && d.speaker() != null) {
                return new Attribution(d.speaker(), d.cue(), "continues-previous-paragraph", DIRECT_CONTINUED,
                        d.via(), true);
            }
            if (d.paragraph() < para - 1) {
                break;
            }
        }
        return null;
    }

    /** Direct or mixed, from the words around the opening mark; first is the first token of the quoted words. */
    private Kind quoteKind(int openTok, int first, Attribution at) {
        int prev = openTok - 1;
        if (prev < 0 || a.paragraphOf(prev) != a.paragraphOf(openTok) || a.sentenceOf(prev) != a.sentenceOf(openTok)) {
            return Kind.DIRECT;
        }
        boolean upper = t.isCapitalized(first) || t.kind(first) != Tokens.WORD;
        // (a lower-case fragment after a dash is part of the writer's sentence: "people -- unnamed -- “are very threatened”")
        if (t.is(prev, ':') || t.is(prev, '\u2014') && upper && at != null && at.beforeQuote()) {
            return Kind.DIRECT;
        }
        if (t.is(prev, ',') && upper && at != null && at.beforeQuote()) {
            return Kind.DIRECT; // Danilov said, “We …”
        }
        if (subjects.isCue(prev) && upper) {
            return Kind.DIRECT;
        }
        if (t.is(prev, ',') && upper && at != null && !at.beforeQuote()) {
            return Kind.DIRECT; // second part of a split quote: “…,” she said, “…”
        }
        return Kind.MIXED;
    }

    // ---------------------------------------------------------------- reported speech

    private void findReportedSpeech() {
        headline();
        int n = t.size();
        for (int c = 0; c < n; c++) {
            if (usedCue[c] || a.inQuote(c) || !t.isWord(c)) {
                continue;
            }
            if (t.eq(c, "according") && t.eq(c + 1, "to")) {
                according(c, 2);
                continue;
            }
            if (t.eq(c, "per") && (t.is(c - 1, ',') || c == a.sentenceStart(a.sentenceOf(c)))) {
                according(c, 1); // "…, per a company spokesperson.", "Per the ministry, …"
                continue;
            }
            if (t.eq(c, "heard") && t.eq(c + 1, "from")) {
                heardFrom(c);
                continue;
            }
            if (t.eq(c, "in") && t.is(c + 3, ',') && VIEW_NOUNS.contains(t.lower(c + 2))) {
                inTheirView(c);
                continue;
            }
            if ((t.eq(c + 1, "was") || t.eq(c + 1, "is")) && t.eq(c + 2, "that") && SAYING_NOUNS.contains(t.lower(c))) {
                nounReport(c); // "Her answer was that …"
                continue;
            }
            Lexicon.CueWord cue = ph.cue(c);
            if (cue == null) {
                continue;
            }
            reported(c, cue);
        }
    }

    /**
     * "Bernie Sanders Says He’s Already Started Writing His Inaugural Address": a headline in title case,
     * the article's first paragraph and one line, reports what follows its cue.
     */
    private void headline() {
        int n = t.size();
        int end = 0;
        while (end < n && a.paragraphOf(end) == 0) {
            end++;
        }
        if (end == n || end > 40 || a.sentenceOf(end - 1) != 0) {
            return; // a one-paragraph text has no headline; a headline is short and one sentence
        }
        int words = 0;
        int capitals = 0;
        for (int k = 0; k < end; k++) {
            if (t.kind(k) == Tokens.WORD) {
                words++;
                capitals += t.isCapitalized(k) ? 1 : 0;
            }
        }
        if (words < 4 || capitals * 10 < words * 7) {
            return;
        }
        int last = t.is(end - 1, '.') ? end - 2 : end - 1;
        if (last > 3 && t.isCapitalized(last) && HEADLINE_CUES.contains(t.lower(last))) {
            // "Clean Energy Could Gain Under Trump, Lindsey Graham Says.": the speaker after a comma, the content before
            int comma = last - 1;
            while (comma > last - 7 && comma > 1 && !t.is(comma, ',')) {
                comma--;
            }
            Mention m = t.is(comma, ',') ? ph.right(comma + 1, last) : null;
            if (m != null && m.endTok() == last && m.type() != Mention.Type.PRONOUN && m.type() != Mention.Type.DOCUMENT) {
                Subject sub = new Subject(m, "headline", comma + 1, List.of(), last + 1, t.lower(last));
                addIndirect(0, comma, last, sub, "indirect:headline", INDIRECT_THAT - 0.1);
            }
            return;
        }
        for (int c = 1; c + 2 < end; c++) {
            if (t.kind(c) == Tokens.QUOTE && !ph.isPossessiveMark(c)) {
                return;
            }
            if (t.isCapitalized(c) && HEADLINE_CUES.contains(t.lower(c))) {
                Mention m = ph.right(0, c);
                if (m != null && m.endTok() == c && m.type() != Mention.Type.PRONOUN && m.type() != Mention.Type.DOCUMENT
                        && plainHeadlineName(c)) {
                    Subject sub = new Subject(m, "headline", 0, List.of(), c + 1, t.lower(c));
                    addIndirect(c + 1, contentEnd(end), c, sub, "indirect:headline", INDIRECT_THAT - 0.1);
                }
                return;
            }
        }
    }

    /** The words before a headline's cue hold no function word ("Ben Carson Defends Himself Against Claims …"). */
    private boolean plainHeadlineName(int c) {
        for (int k = 0; k < c; k++) {
            if (ph.has(k, Lexicon.STOP | Lexicon.PRONOUN) || t.endsWith(k, "s") && !ph.isPossessiveMark(k + 1)
                    && !t.endsWith(k, "'s") && k + 1 < c && t.length(k) > 3 && !ph.has(k, Lexicon.GROUP | Lexicon.ORG)) {
                return false; // a function word, or a verb before the cue ("Defends")
            }
        }
        return true;
    }

    /**
     * Cue c is denied or withheld: "did not say", "didn't confirm", "never said", "declined to say",
     * "refused to comment", maybe with an adverb between ("did not immediately say").
     */
    private boolean negated(int c) {
        int k = c - 1;
        if (t.isWord(k) && t.endsWith(k, "ly")) {
            k--;
        }
        if (t.eq(k, "not") || t.eq(k, "never") || t.isWord(k) && t.endsWith(k, "n't")) {
            return true;
        }
        return t.eq(k, "to") && (t.eq(k - 1, "declined") || t.eq(k - 1, "refused") || t.eq(k - 1, "declines")
                || t.eq(k - 1, "refuses") || t.eq(k - 1, "declining") || t.eq(k - 1, "refusing"));
    }

    /**
     * The comma that closes a participle aside opening at token p ("published on Tuesday in the journal X,"),
     * within 16 tokens and before a cue; else -1.
     */
    private int participleAside(int p, int end) {
        if (!t.isWord(p) || t.isCapitalized(p) || !t.endsWith(p, "ed") || !opensParticipleAdverbial(p + 1)) {
            return -1;
        }
        for (int k = p + 2; k < end && k < p + 16; k++) {
            if (t.is(k, ',')) {
                int named = nameAsideEnd(k + 1, end);
                return named > 0 && t.eq(named + 1, "that") ? named : k + 1 < end ? k : -1;
            }
            if (t.kind(k) == Tokens.QUOTE || subjects.isCue(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** A participle of making and "by" stand in tokens [from, to): the "signed by" of a statement's signer. */
    private boolean signedByBefore(int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (AUTHORED.contains(t.lower(k)) && t.eq(k + 1, "by")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comma that closes a name of capitalised words (or a title's period) opening at token p, set off after a
     * signer's post: the second comma of "signed by its Head of Corporate Affairs, Madam Akosua Mensah, that"; else -1.
     */
    private int nameAsideEnd(int p, int end) {
        int k = p;
        while (k < end && k < p + 6 && (t.isWord(k) && t.isCapitalized(k) || t.is(k, '.'))) {
            k++;
        }
        return k > p + 1 && k < end && t.is(k, ',') ? k : -1;
    }

    /** The word after a participle that opens its adverbial: "published on Tuesday", "released last week". */
    private boolean opensParticipleAdverbial(int k) {
        return t.eq(k, "on") || t.eq(k, "in") || t.eq(k, "by") || t.eq(k, "last") || t.eq(k, "this")
                || t.eq(k, "at") || t.eq(k, "from");
    }

    /**
     * "In her view, orchestras have apologised too long.", "In Mr Berg's opinion, …": at the start of its
     * sentence, the holder of the view speaks the rest of it.
     */
    private void inTheirView(int c) {
        int s = a.sentenceOf(c);
        if (c != a.sentenceStart(s)) {
            return;
        }
        int w = c + 1;
        Mention m;
        String owner = ownerPronoun(w);
        if (owner != null && !owner.equals("it")) {
            m = pronounAt(w, owner); // "In her view, …"
        } else if (t.isCapitalized(w) && (t.endsWith(w, "'s") || t.endsWith(w, "s'"))) {
            int nameEnd = t.end(w) - (t.endsWith(w, "'s") ? 2 : 1);
            m = new Mention(w, w + 1, t.start(w), nameEnd, Mention.Type.PERSON_NAME,
                    a.text().substring(t.start(w), nameEnd), null, t.lower(w));
        } else {
            return;
        }
        Subject sub = new Subject(m, "in-view", c, List.of(), c + 3, a.text().substring(t.start(c), t.end(c + 2)));
        addIndirect(c + 4, contentEnd(a.sentenceEnd(s)), c, sub, "indirect:in-view", INDIRECT_TRAILING);
    }

    /** One told that no phrase parses: "reporters", "journalists" or an object pronoun ("him", "us"). */
    private boolean isPlainToldObject(int p) {
        return t.eq(p, "reporters") || t.eq(p, "journalists") || t.eq(p, "him") || t.eq(p, "her") || t.eq(p, "them")
                || t.eq(p, "me") || t.eq(p, "us");
    }

    /** The token after the one told from token p ("reporters", "him", "the Courier"), or p when no phrase is there. */
    private int toldObjectEnd(int p, int end) {
        if (isPlainToldObject(p)) {
            return p + 1;
        }
        Mention object = ph.right(p, end);
        return object == null || object.type() == Mention.Type.PRONOUN ? p : object.endTok();
    }

    /**
     * The token after the one told ("reporters", "him", "the legislature", "the BBC"), when "that" follows it;
     * else p.
     */
    private int pastToldObject(int p, int end) {
        // (a time may come between: "wrote to staff on Tuesday that …")
        if (isPlainToldObject(p)) {
            int past = skipTemporal(p + 1, end);
            return t.eq(past, "that") ? past : p;
        }
        Mention object = ph.right(p, end);
        int past = object == null ? -1 : skipTemporal(object.endTok(), end);
        if (past >= 0 && t.eq(past, "that")) {
            return past;
        }
        if (ph.isDeterminerWord(p)) {
            // "the legislature", "a packed town hall": a few plain words after their determiner
            for (int k = p + 1; k < end && k <= p + 4 && t.isWord(k) && !subjects.isCue(k); k++) {
                if (t.eq(k + 1, "that")) {
                    return k + 1;
                }
            }
        }
        return p;
    }

    /** "The court heard from prosecutor Lydia Marsh that …": the one heard from is the speaker. */
    private void heardFrom(int c) {
        int s = a.sentenceOf(c);
        int end = contentEnd(a.sentenceEnd(s));
        Mention m = ph.right(c + 2, end);
        if (m == null || m.type() == Mention.Type.PRONOUN || m.type() == Mention.Type.DOCUMENT || !t.eq(m.endTok(), "that")) {
            return;
        }
        Subject sub = new Subject(m, "heard-from", c, List.of(), c + 2, "heard from");
        addIndirect(m.endTok() + 1, end, c, sub, "indirect:heard-from", INDIRECT_THAT);
    }

    private void reported(int c, Lexicon.CueWord cue) {
        if (negated(c)) {
            return; // "Osk did not say how many soldiers were involved": nothing was said
        }
        int s = a.sentenceOf(c);
        // (the dateline is neither content nor speaker: "KASTRAVA, May 21 (Reuters) - Prices …, said two traders")
        int from = afterDateline(a.sentenceStart(s), c);
        int end = contentEnd(a.sentenceEnd(s));
        String cw = t.lower(c);
        // participle: "…, stressing that CONTENT"
        // (or "…, while acknowledging that …")
        if (cw.endsWith("ing") && c > from
                && (subjects.commaBefore(c) || t.eq(c - 1, "while") && subjects.commaBefore(c - 1) || t.eq(c - 1, "by")
                // (an adverb between: "…, falsely suggesting that")
                || t.isWord(c - 1) && !t.isCapitalized(c - 1) && t.endsWith(c - 1, "ly") && subjects.commaBefore(c - 1))) {
            int after = cw.equals("pointing") && t.eq(c + 1, "out") ? c + 2 : c + 1; // "…, pointing out that"
            int p = thatAfterAside(after, end);
            if (p == after) {
                p = thatAfterAside(skipTemporal(after, end), end);
            }
            int clause = -1; // the clause after the one told, without "that"
            if (cw.equals("telling") && !t.eq(p, "that")) {
                int past = pastToldObject(p, end); // "…, telling the legislature that …"
                int o = past == p ? toldObjectEnd(p, end) : p;
                if (o > p && startsClause(o, end) && finiteVerbWithin(o, Math.min(end, o + 8))) {
                    clause = o; // "…, telling reporters he had nothing to do with it"
                }
                p = past;
            }
            boolean that = t.eq(p, "that");
            // "…, saying the city is an important front": the clause may follow without "that"
            if (that || clause >= 0 || cue.clause() && p == c + 1 && startsClause(p, end) && (CLAUSE_PARTICIPLES.contains(cw)
                    || VERB_CLAUSE_PARTICIPLES.contains(cw) && finiteVerbWithin(p, Math.min(end, p + 8)))) {
                Subject sub = subjects.subjectOf(c, from);
                if (sub == null) {
                    sub = trailingSpeakerBefore(c, from, cw);
                }
                if (sub == null && t.endsWith(c - 1, "ly") && !subjects.commaBefore(c)) {
                    // "…, falsely suggesting that …": the sentence's subject, as without the adverb
                    Mention m = subjects.sentenceSubject(from, c - 2);
                    sub = m == null || m.type() == Mention.Type.DOCUMENT ? null
                            : new Subject(m, "participle", c, List.of(), c + 1, cw);
                }
                if (sub != null) {
                    addIndirect(that ? p + 1 : clause >= 0 ? clause : p, end, c, sub, "indirect:participle", INDIRECT_PARTICIPLE);
                }
            }
            return;
        }
        Subject sub = subjects.subjectOf(c, from);
        if (sub == null && cw.equals(cue.lemma())) {
            sub = subjects.infinitiveSubject(c, from, cw); // "Trump tweeted on Friday to say …"
        }
        if (sub == null && t.eq(c + 1, "that")) {
            sub = subjects.gerundSubject(c, from, cw); // "… before saying that …"
        }
        if (sub == null && t.eq(c + 1, "that") && (c == from + 1 && t.eq(from, "having") || c == from && cw.endsWith("ing"))) {
            frontedParticiple(c, cw, end);
            return;
        }
        // inverted trailing attribution: "CONTENT, said the minister."
        if (sub == null && c > from && t.is(c - 1, ',') && subjects.mayInvert(c)) {
            Mention m = subjects.subjectAfter(c + 1, end);
            int[] appositionEnd = {-1};
            if (m != null && m.role() != null && t.is(m.endTok(), ',')) {
                ph.appositionAfter(m.withRole(null), end, appositionEnd); // "says Carl Anthony, historian at …, is that"
            }
            if (m != null && m.type() != Mention.Type.DOCUMENT && !t.eq(c, "called") && (resumesAfter(m.endTok(), end)
                    || appositionEnd[0] > 0 && t.is(appositionEnd[0], ',') && ph.isAuxiliary(appositionEnd[0] + 1)
                    || resumesAfterRelative(m.endTok(), end))
                    && plainBefore(from, c - 1)) {
                // "The fare, said the mayor, will rise": the attribution stands inside its content (not "The program,
                // called EB-5, allows …", which names it)
                Subject inv = new Subject(m, "inverted", c, List.of(), c + 1, cw);
                addIndirect(from, end, c, inv, "indirect:parenthetical", INDIRECT_TRAILING);
                return;
            }
            // "…, said two traders, who declined to be identified because they were not authorised to speak": the
            // reason for anonymity may run to the sentence's end
            boolean anonymityTail = m != null && t.is(m.endTok(), ',') && t.isWho(m.endTok() + 1)
                    && subjects.anonymityBetween(m.endTok() + 2, Math.min(end, m.endTok() + 8))
                    && !quotationWithin(m.endTok(), end);
            // "…, said a resident who lives near the plant.", "…, said an official who was briefed on the talks and
            // spoke on condition of anonymity": a restrictive relative clause describes the unnamed speaker to the end
            boolean describedTail = m != null && !m.isName() && m.type() != Mention.Type.PRONOUN && t.isWho(m.endTok())
                    && end - m.endTok() <= 32 && !quotationWithin(m.endTok(), end);
            if (m != null && m.type() != Mention.Type.DOCUMENT && (onlyTrailing(m.endTok(), end) || anonymityTail
                    || describedTail || appositionEnd[0] > 0 && onlyNamesAfter(appositionEnd[0], end))) {
                if ((anonymityTail || describedTail && subjects.anonymityBetween(m.endTok() + 1, end))
                        && m.type() != Mention.Type.PERSON_NAME) {
                    m = m.withType(Mention.Type.ANONYMOUS);
                }
                Subject inv = new Subject(m, "inverted", c, List.of(), c + 1, cw);
                addIndirect(from, c - 1, c, inv, "indirect:trailing-inverted", INDIRECT_TRAILING);
            }
            return;
        }
        if (sub == null || objectOfWhat(sub) && !t.eq(sub.cueEnd(), "that")) {
            return; // (the object of "what he said four years ago about …" is "what": no content follows)
        }
        int first = sub.firstTok();
        if (t.eq(from, "as") && first == from + 1 && sub.cueEnd() == c + 1 && t.is(c + 1, ',') && c + 4 < end) {
            // "As another study from 2011 noted, the average age was 18": the content follows the frame's comma
            addIndirect(c + 2, end, c, sub, "indirect:as-noted", INDIRECT_TRAILING);
            return;
        }
        // parenthetical: "The fare, the mayor said, will rise" / "At one point, she said, she had thought of leaving" /
        // "The damage was, she said, worse than expected" (a verb left without its complement before the attribution)
        if (first - 1 > from && t.is(first - 1, ',') && subjects.mayInvert(c) && !t.eq(from, "according")
                && (resumesAfter(sub.cueEnd(), end) || ph.isAuxiliary(first - 2) && first - 2 > from
                && t.is(sub.cueEnd(), ',') && t.isWord(sub.cueEnd() + 1)) && plainBefore(from, first - 1)) {
            addIndirect(from, end, c, sub, "indirect:parenthetical", INDIRECT_TRAILING);
            return;
        }
        // trailing: "CONTENT, Danilov said (on this visit, according to Ukrinform).", or after a dash: "CONTENT – the
        // authority has admitted"
        if (first - 1 > from && (t.is(first - 1, ',') || ph.isAsideDash(first - 1)) && onlyTrailing(sub.cueEnd(), end)) {
            int contentFrom = from;
            if (t.eq(from, "according") && t.eq(from + 1, "to")) {
                return;
            }
            if (t.eq(from, "asked") || t.eq(from, "when") && t.eq(from + 1, "asked")) {
                return; // "Asked whether she would sell, Marchbank laughed": the question put, not her words
            }
            if (first - 1 - contentFrom < 6 && ph.has(contentFrom, Lexicon.TEMPORAL) && !opensNounPhrase(contentFrom)
                    && !t.isCapitalized(contentFrom + 1) && !(t.eq(contentFrom, "at") && t.eq(contentFrom + 1, "least"))) {
                return; // "In an email, Trump said …": a fronted phrase, not reported content
            }
            int fronted = first - 1 - contentFrom;
            if ((fronted < 6 && FRONTING_WORDS.contains(t.lower(contentFrom))
                    || fronted < 8 && t.isCapitalized(contentFrom) && t.endsWith(contentFrom, "ing"))
                    && !finiteVerbWithin(contentFrom, first - 1)) {
                // "On Thursday, however, Trump spoke …", "Before dropping out, Ted Cruz responded …", and a participle
                // phrase: "Speaking to Yle, he said:", "Presiding over the ceremony, the commissioner called on …"
                return;
            }
            Subject cited = citedSource(sub, end);
            addIndirect(contentFrom, first - 1, c, cited != null ? cited : sub,
                    cited != null ? "indirect:trailing-citing" : "indirect:trailing", INDIRECT_TRAILING);
            return;
        }
        Subject cited = citedSource(sub, end);
        int citedEnd = cited == null ? -1 : cited.mention().endTok();
        int p;
        if (citedEnd > 0 && t.is(citedEnd, ',') && t.eq(citedEnd + 1, "that")) {
            // "The Athletic reported last week, citing three players, that …": the players speak, the outlet relays
            sub = cited;
            p = citedEnd + 2;
        } else {
            p = forwardContent(c, cw, sub, cue, end);
        }
        if (p < 0) {
            return;
        }
        boolean that = t.eq(p - 1, "that") && p - 1 >= sub.cueEnd();
        if (!that && ph.isAuxiliary(p) && t.endsWith(c, "ed") && first == a.sentenceStart(s)
                && sub.mention() != null && sub.mention().endTok() == c) {
            return; // "A unit promised in 2021 is still awaiting a permit": a participle in the subject, no speech
        }
        int to = contrastedReport(p, end);
        if (!that && THING_TAKING.contains(cue.lemma()) && !finiteVerbWithin(p - 1, beforeAndOrBut(p, to))
                && !(t.endsWith(p, "ing") && t.length(p) > 5 && !cue.lemma().equals("admit"))) {
            // "The firm added suppliers outside China", "confirmed the delay on Monday but played down its impact":
            // what was added or confirmed is a thing, no clause (nor is a plea: "admitted causing death by careless
            // driving"; another gerund's is one: "confirmed meeting the envoy")
            return;
        }
        if (opensWithSubordinator(s) && noCommaBetween(a.sentenceStart(s), c)) {
            to = subordinateClauseEnd(p, to);
        }
        int relativeEnd = sub.rule().equals("relative") ? relativeClauseEnd(p, to) : to;
        if (relativeEnd < to) {
            if (!that && !ph.has(p, Lexicon.PRONOUN) && !finiteVerbWithin(p, relativeEnd)) {
                return; // a thing, no clause: "Brellmont, which admits no wrongdoing, said", "X, who wrote the order, said"
            }
            to = relativeEnd;
        }
        if (first - 2 >= from && t.eq(first - 1, "which") && t.is(first - 2, ',') && isVerbForm(p)) {
            // "Mrs. Clinton's vote, which she has often said was a mistake, was a factor": the clause's gap, then its comma
            for (int k = p + 1; k < to; k++) {
                if (t.is(k, ',')) {
                    if (isVerbForm(k + 1)) {
                        to = k; // (the main clause's verb after it; not "…, with a couple of strays")
                    }
                    break;
                }
            }
        }
        addIndirect(p, to, c, sub, that ? "indirect:cue-that" : "indirect:cue-clause",
                that ? INDIRECT_THAT : INDIRECT_THAT - 0.1);
    }

    /**
     * A participle's report opening the sentence is the main clause's subject's: "Having announced that he would not
     * send me to prison, Judge Berman proceeded …", "Noting that turnout had fallen, the mayor called …". The content
     * runs to the comma after which that subject and its verb stand.
     */
    private void frontedParticiple(int c, String cw, int end) {
        for (int k = c + 3; k + 2 < end && k <= c + 40; k++) {
            if (t.is(k, ',') && !a.inQuote(k)) {
                Mention m = ph.right(k + 1, end);
                if (m != null && m.type() != Mention.Type.DOCUMENT && m.type() != Mention.Type.PRONOUN && m.endTok() < end
                        && (isVerbForm(m.endTok()) || subjects.isCue(m.endTok()))) {
                    Subject sub = new Subject(m, "fronted-participle", k + 1, List.of(), c + 1, cw);
                    addIndirect(c + 2, k, c, sub, "indirect:fronted-participle", INDIRECT_PARTICIPLE);
                    return;
                }
            }
        }
    }

    /**
     * The speaker of a trailing attribution that a participle goes on from: "None of the workers was hurt, the company
     * said in a statement, adding that …" (the company adds it). Null when no cue of a trailing attribution stands
     * within a few words before the participle's comma.
     */
    private Subject trailingSpeakerBefore(int c, int from, String cw) {
        for (int k = c - 2; k > from && k >= c - 10; k--) {
            if (!t.isWord(k) || a.inQuote(k)) {
                return null;
            }
            if (subjects.isCue(k)) {
                Subject sub = subjects.subjectOf(k, from);
                return sub == null || !t.is(sub.firstTok() - 1, ',') ? null
                        : new Subject(sub.mention(), sub.rule(), sub.firstTok(), sub.via(), c + 1, cw);
            }
        }
        return null;
    }

    /** How words came when not face to face: "said by phone", "by email", "by video link". */
    private static final Set<String> BY_MEANS = Set.of("phone", "telephone", "email", "e-mail", "text", "video", "videolink",
            "letter", "satellite", "radio");

    /** Those a speaker tells in a room: "told the hearing", "told a news conference", "told trustees". */
    private static final Set<String> AUDIENCE_NOUNS = Set.of("meeting", "hearing", "court", "committee", "inquiry",
            "tribunal", "conference", "audience", "crowd", "rally", "house", "chamber", "assembly", "jury", "panel",
            "summit", "forum", "briefing", "room", "gathering", "session", "trustees", "councillors", "councilors",
            "delegates", "senators", "members", "supporters", "investors", "shareholders", "residents", "parents",
            "students", "staff", "colleagues", "workers", "employees", "voters", "mourners", "fans");

    /**
     * The token after an audience right after a telling cue ("the meeting", "a packed news conference", "trustees"),
     * or p when none is there.
     */
    private int audienceEnd(int p, int end) {
        int k = t.eq(p, "the") || t.eq(p, "a") || t.eq(p, "an") ? p + 1 : p;
        // (a capitalised word after the article names whose the audience is: "told a Senate panel")
        for (int words = 0; k < end && words < 3 && t.isWord(k) && (!t.isCapitalized(k) || k > p); words++, k++) {
            if (AUDIENCE_NOUNS.contains(t.lower(k))) {
                while (k + 1 < end && t.isWord(k + 1) && AUDIENCE_NOUNS.contains(t.lower(k + 1))) {
                    k++; // "a rally audience"
                }
                if (t.eq(k + 1, "of")) {
                    // "told a meeting of Pacific Island leaders that …": who made up the audience, up to the "that"
                    for (int j = k + 2; j < end && j <= k + 6 && t.isWord(j) && ph.cue(j) == null; j++) {
                        if (t.eq(j, "that")) {
                            return j;
                        }
                    }
                }
                return k + 1;
            }
            if (k == p || ph.cue(k) != null || ph.has(k, Lexicon.PRONOUN) || t.eq(k, "that")) {
                // without an article the first word itself must be the audience ("told trustees"), not "told them"; and
                // the clause's "that" ends the one told ("told the Gazette that workers had …")
                return p;
            }
        }
        return p;
    }

    /**
     * The closing mark of a programme's title whose opening mark is token k, right after an outlet's possessive
     * ("MSNBC's “Morning Joe”", which the rejections name a title), else -1.
     */
    private int programmeTitleClose(int k) {
        if (!a.opensQuote(k) || !ph.isOutletPossessive(k - 1)) {
            return -1;
        }
        int first = k + 1;
        if (t.kind(first) == Tokens.QUOTE && t.start(first) == t.end(k)) {
            first++; // the second apostrophe of a mark typed as two: NBC's ''Meet the Press''
        }
        int q = a.quoteOf(first);
        if (q < 0) {
            return -1;
        }
        int close = t.firstAtOrAfter(a.quotes().get(q).close());
        return t.kind(close + 1) == Tokens.QUOTE && t.start(close + 1) == t.end(close) ? close + 1 : close;
    }

    /**
     * "told its 380 employees on Monday that …": past a counted audience after its determiner, plain words and a day,
     * when the clause's "that" comes next; else p.
     */
    private int pastCountedAudience(int p, int end) {
        if (!(ph.isPossessivePronoun(p) || t.eq(p, "the") || t.eq(p, "all")) || t.kind(p + 1) != Tokens.NUMBER) {
            return p;
        }
        for (int k = p + 2; k < end && k < p + 9; k++) {
            if (t.eq(k, "that")) {
                return k;
            }
            if (!t.isWord(k) || ph.cue(k) != null || ph.has(k, Lexicon.PRONOUN) || ph.isAuxiliary(k)) {
                return p;
            }
        }
        return p;
    }

    /**
     * "told USA TODAY's weekly video newsmaker series it is clear …": past a capitalised owner's possessive and
     * the plain words of what it owns, when the clause's "that" or subject pronoun comes next; else p.
     */
    private int pastOwnedAudience(int p, int end) {
        int k = p;
        while (k < end && k < p + 4 && t.isCapitalized(k) && !t.endsWith(k, "'s")) {
            k++;
        }
        if (k >= end || !t.isCapitalized(k) || !t.endsWith(k, "'s")) {
            return p;
        }
        int owned = ++k;
        while (k < end && k < owned + 5 && t.isWord(k) && !t.isCapitalized(k) && ph.cue(k) == null
                && !ph.has(k, Lexicon.PRONOUN) && !t.eq(k, "that")) {
            k++;
        }
        return k > owned && (t.eq(k, "that") || ph.has(k, Lexicon.PRONOUN)) ? k : p;
    }

    /** Cues whose object, the one told, stands before the content: "told reporters that", "telling staff that". */
    private static final Set<String> TELL_OBJECT = Set.of("told", "tells", "tell", "telling", "warned", "warns", "warning",
            "assured", "assuring", "reminded", "reminding");

    /**
     * Where the content of a forward report starts: "Danilov said (on Monday) (that) CONTENT", "told
     * reporters (that) CONTENT". -1 when no content clause follows the cue.
     */
    private int forwardContent(int c, String cw, Subject sub, Lexicon.CueWord cue, int end) {
        int p = sub.cueEnd();
        if (TELL_OBJECT.contains(cw)) {
            Mention obj = ph.right(p, end);
            // (a pronoun's head is its word; "it" is also the object's form: "warned it that …")
            if (obj != null && obj.type() == Mention.Type.PRONOUN && (obj.head().equals("i")
                    || SUBJECT_PRONOUNS.contains(obj.head()) && !obj.head().equals("it") || ph.isAuxiliary(obj.endTok())
                    || t.eq(obj.endTok(), "would") || t.eq(obj.endTok(), "will"))) {
                // "warned they would strike", "warned it would respond": a pronoun in the subject's form, or before a
                // verb, is the clause's subject, no one warned ("warned it that …" is)
                obj = null;
            }
            int audience = audienceEnd(p, end);
            if (audience > p && (obj == null || audience > obj.endTok())) {
                p = audience; // "told the meeting the longest route …", "told trustees during …"
            } else if (obj != null) {
                p = obj.endTok();
                if (t.eq(p + 1, "that") && relays.isOutletNounAfter(p)) {
                    p++; // "told the Sme daily that …": the outlet's noun after its name
                }
                if (ph.isBracketedAcronym(p + 2)) {
                    p += 3; // "told the Ghana News Agency (GNA) that …"
                }
                Mention second = t.eq(p, "and") && (t.isCapitalized(p + 1) || ph.isDeterminerWord(p + 1) && t.isCapitalized(p + 2))
                        ? ph.right(p + 1, end) : null;
                if (second != null && second.type() != Mention.Type.PRONOUN) {
                    p = second.endTok(); // "told The Post and Courier that", "told Reuters and the BBC that"
                }
            } else if (t.isWord(p) && !t.eq(p, "that") && ph.cue(p) == null
                    && (isPlainToldObject(p) || t.eq(p, "parliament") || t.eq(p, "lawmakers")
                    // "told suppliers it would cut the price": a plural noun, then the clause's own subject
                    || !t.isCapitalized(p) && t.endsWith(p, "s") && ph.has(p + 1, Lexicon.PRONOUN))) {
                p++;
            }
            p = pastOwnedAudience(p, end);
            p = pastCountedAudience(p, end);
            int title = programmeTitleClose(p + 1);
            if (title >= 0) {
                p = title + 1; // "told MSNBC's “Morning Joe” that …"
            }
            if ((t.eq(p, "in") || t.eq(p, "at")) && t.isCapitalized(p + 1) && p > sub.cueEnd()) {
                // "told reporters in Brinsford the project …": where they were told
                p++;
                while (p < end && t.isCapitalized(p)) {
                    p++;
                }
            }
        }
        if (t.eq(p, "to") && p == sub.cueEnd() && !TELL_OBJECT.contains(cw)) {
            int that = pastToldObject(p + 1, end);
            if (that > p + 1 && t.eq(that, "that") && !isVerbForm(that + 1)) {
                // "wrote to the senator's office that …", "complained to reporters that …" (not a relative clause:
                // "was speaking to a party that had just adopted …")
                p = that;
            }
        }
        if (t.is(p, ',') && t.is(p + 2, ',') && subjects.isLinkingAside(p + 1, p + 2)) {
            p += 3; // "cautioned, however, that …"
        }
        if (p == sub.cueEnd()) {
            p = thatAfterAside(p, end); // "said, apparently for the first time, that …", "agrees with Viguerie that …"
        }
        if (p == sub.cueEnd() && t.is(p, ',') && t.isWord(p + 1) && Subjects.SUBORDINATORS.contains(t.lower(p + 1))) {
            // "Mr. Trump agreed, though Mrs. Fiorina said she doubted …": another clause, not what was agreed; unless an
            // aside before the "that" ("stated, while testifying before Congress, that …")
            for (int k = p + 2; k + 2 < end && k <= p + 14; k++) {
                if (t.is(k, ',') && t.eq(k + 1, "that")) {
                    return k + 2;
                }
            }
            return -1;
        }
        // (not the "up to" of a quantity that opens the clause: "said up to 300 tonnes could rot")
        if ((t.eq(p, "out") || t.eq(p, "up") || t.eq(p, "back")) && p == sub.cueEnd()
                && !(t.eq(p, "up") && t.eq(p + 1, "to") && (t.kind(p + 2) == Tokens.NUMBER || isAOrOne(p + 2)
                || isFraction(p + 2)))) {
            p++; // the particle of "pointed out that", "tweeted out", "brought up that", "shot back that"
        }
        if (cue.lemma().equals("make clear") && p == sub.cueEnd()) {
            p += t.eq(p, "it") ? 2 : 1; // "made clear that …", "made it clear that …"
        }
        if (cue.lemma().equals("claim") && (t.eq(p, "responsibility") || t.eq(p, "credit") || t.eq(p, "victory"))) {
            return -1; // "claimed responsibility for the attack": an act owned, no words reported
        }
        if (cue.lemma().equals("threaten") && !t.eq(p, "that")) {
            return -1; // "threatening the town of Verdell Springs": a danger to a thing; only a "that" clause is words
        }
        if ((cue.lemma().equals("shoot back") || cue.lemma().equals("hit back")) && !t.eq(p, "that")) {
            return -1; // "hit back in an Instagram post, writing: …": only a "that" clause is reported after it
        }
        if (t.eq(p, "by") && t.isWord(p + 1) && BY_MEANS.contains(t.lower(p + 1))) {
            p += t.eq(p + 2, "message") || t.eq(p + 2, "link") ? 3 : 2; // "said by phone that …", "said by text message"
        }
        p = skipTemporal(p, end);
        if (ph.isDash(p) && p == sub.cueEnd()) {
            // an aside between dashes before the "that": "said — on Twitter, as it happens — that …"
            for (int k = p + 1; k < end && k <= p + 12; k++) {
                if (ph.isDash(k)) {
                    if (t.eq(k + 1, "that")) {
                        p = k + 1;
                    }
                    break;
                }
            }
        }
        if ((t.eq(p, "on") || t.eq(p, "in")) && p == sub.cueEnd()) {
            // "claimed on its leak site on Friday that …": where it was said, then the "that"
            for (int k = p + 1; k < end && k <= p + 8; k++) {
                if (t.eq(k, "that")) {
                    // (not a place's or a thing's relative clause: "spoke in a shed at the port that overlooks the bay")
                    if (namesOccasion(k - 1) || ph.has(k - 1, Lexicon.TEMPORAL)) {
                        p = k;
                    }
                    break;
                }
                if (!t.isWord(k) && t.kind(k) != Tokens.NUMBER
                        || (subjects.isCue(k) || isVerbForm(k)) && !isDescribingParticiple(k)) {
                    break;
                }
            }
        }
        int claimed = skipProposition(p, end);
        if (claimed != p && !t.eq(claimed, "that")) {
            return claimed; // "rejected suggestions it had been punished"
        }
        p = claimed;
        if (t.eq(p, "that")) {
            // "who asked that their names not be published": a request, not words reported
            return cue.cueClass() == CueClass.QUESTION ? -1 : p + 1;
        }
        if (cue.cueClass() == CueClass.DENIAL) {
            int that = claimThat(p, end);
            if (that > 0) {
                return that + 1;
            }
            if (chargesOnly(p, end)) {
                return -1; // "denies eight counts of fraud", "denied the charges against him": a plea, no words reported
            }
        }
        if ((cue.cueClass() == CueClass.QUESTION || CALLS_TO_ACT.contains(cue.lemma())) && isModalOrTo(c - 1)) {
            return -1; // a request still to be made: "said it … would ask members to approve picketing"
        }
        if (cue.cueClass() == CueClass.QUESTION) {
            return questionContent(p, end);
        }
        boolean onward = cue.lemma().equals("call") && t.eq(sub.cueEnd(), "on")
                || cue.lemma().equals("appeal") && t.eq(sub.cueEnd(), "to");
        if ((cue.lemma().equals("tell") || cue.lemma().equals("warn")) && toWithin(p, end, 7)) {
            // "told jurors to ignore …", "warned voters not to …": the listener named, then what to do (what one is
            // told may be a clause too: "told reporters the plan was dead")
            int q = listenerEnd(p, end);
            if (q < 0 && p > c + 1 && (t.eq(p, "to") || t.eq(p, "not"))) {
                q = p; // (the listener already passed over: "told jurors | to ignore …")
            }
            int to = q >= 0 && t.eq(q, "not") ? q + 1 : q;
            if (q >= 0 && t.eq(to, "to") && t.isWord(to + 1) && !t.isCapitalized(to + 1) && !t.eq(to + 1, "the")) {
                return q;
            }
        }
        if (CALLS_TO_ACT.contains(cue.lemma()) || onward) {
            // a call to act, as "asked the council to vote again" is: "urged both sides to return to the table",
            // "called on the government to withdraw the decree", "appealed to the drivers to clear the road" (the
            // listener is read from the cue, not after a time: "on" is no time here), "advised motorists to avoid …"
            int q = questionContent(onward ? sub.cueEnd() + 1 : p, end);
            return q >= 0 && (t.eq(q, "to") || t.eq(q, "not")) ? q : -1;
        }
        if ((cue.lemma().equals("report") || cue.lemma().equals("announce") || cue.lemma().equals("post"))
                && p == c + 1 && t.isWord(p) && !t.isCapitalized(p) && t.endsWith(p, "s") && t.eq(p + 1, "that")
                && !ph.has(p, Lexicon.PRONOUN | Lexicon.DETERMINER | Lexicon.GROUP | Lexicon.ANONYMOUS | Lexicon.ORG)) {
            return -1; // "after the chipmaker reported sales that fell short of estimates": a thing and its relative clause
        }
        boolean announces = cue.cueClass() == CueClass.ANNOUNCEMENT || cue.cueClass() == CueClass.CONFIRMATION;
        if ((announces || cue.lemma().equals("declare")) && (t.eq(p, "a") || t.eq(p, "an"))) {
            return -1; // "announced a voluntary recall", "confirmed an outbreak", "declared a state of emergency": a thing
        }
        if (announces && ph.isPossessivePronoun(p) && !auxiliaryWithin(p + 1, Math.min(end, p + 6))) {
            return -1; // "confirmed his signing on a five-year contract", not "confirmed its plant would close"
        }
        if (announces && t.eq(p, "the") && nounPhraseOnly(p + 1, end)) {
            return -1; // "announced the full removal of the subsidy", "confirmed the new closure date": a thing, no clause
        }
        if (t.isWord(p) && t.endsWith(p, "ly") && (t.eq(p + 1, "as") || t.eq(p + 1, "while") || t.eq(p + 1, "when"))) {
            return -1; // "said matter-of-factly as confetti fluttered down": how and when it was said, not what
        }
        if (t.eq(p, "this") && (t.eq(p + 1, "while") || t.eq(p + 1, "when") || t.eq(p + 1, "at") || t.eq(p + 1, "during"))) {
            return -1; // "disclosed this while speaking at the forum": "this" points back to what was said before
        }
        // "quoted X as saying CONTENT": the clause hangs on "saying"; a document's finding may open on a share without
        // "that" ("A survey … found 48 percent of voters support …", whose cue the lexicon lets through only so)
        boolean clause = cue.clause() || sub.rule().endsWith("quoted-as-saying") || cue.lemma().equals("find")
                && ph.opensShare(p);
        return clause && (startsClause(p, end) || frontedPhraseThenClause(p, end)) ? p : -1;
    }

    /**
     * From p, "in" or "on" and one or two plain words, then a subject pronoun and its verb: "said in politics it takes time
     * …" (the phrase opens the reported clause).
     */
    private boolean frontedPhraseThenClause(int p, int end) {
        if (!(t.eq(p, "in") || t.eq(p, "on"))) {
            return false;
        }
        for (int k = p + 1; k < end && k <= p + 3; k++) {
            if (SUBJECT_PRONOUNS.contains(t.lower(k)) && k > p + 1 && t.isWord(k + 1) && !t.isCapitalized(k + 1)) {
                return true;
            }
            if (!t.isWord(k) || t.isCapitalized(k) || ph.has(k, Lexicon.PRONOUN | Lexicon.TEMPORAL) || subjects.isCue(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Tokens from p to the clause's end (a comma, a period or end) hold no verb a clause would need: no cue, auxiliary,
     * modal, past form in -ed, "that", "to" or pronoun ("the new closure date", "the full removal of the subsidy on
     * Premium Motor Spirit (PMS)"); at most twelve of them.
     */
    private boolean nounPhraseOnly(int p, int end) {
        for (int k = p; k < p + 12; k++) {
            if (k >= end || t.is(k, ',') || t.is(k, '.') || t.is(k, ';')) {
                return k > p;
            }
            if (t.kind(k) == Tokens.QUOTE || t.isWord(k) && (ph.cue(k) != null || ph.isAuxiliary(k) || t.endsWith(k, "ed")
                    || t.eq(k, "that") || t.eq(k, "to") || ph.has(k, Lexicon.PRONOUN))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Tokens from p name charges or claims and no more: a determiner or a number, up to three words with no verb among
     * them, one a charge or a claim, then a preposition or the end ("eight counts of fraud", "the charges against him",
     * "the allegations"); not a clause ("the company knew", "the board had met") nor a thing denied ("any involvement in
     * the attacks", which says what is denied).
     */
    private boolean chargesOnly(int p, int end) {
        if (!(ph.isDeterminerWord(p) || t.eq(p, "all") || t.eq(p, "any") || t.kind(p) == Tokens.NUMBER
                || ph.isSmallNumber(p) || t.eq(p, "both") || t.eq(p, "several"))) {
            return false;
        }
        int k = p + 1;
        boolean charge = false;
        while (k < end && k <= p + 3 && t.isWord(k) && !t.isCapitalized(k) && !ph.isPrepositionWord(k)) {
            if (isVerbForm(k) || ph.cue(k) != null) {
                return false;
            }
            charge |= ph.has(k, Lexicon.PROPOSITION) || t.eq(k, "count") || t.eq(k, "counts");
            k++;
        }
        return charge && (k >= end || !t.isWord(k) || ph.isPrepositionWord(k));
    }

    /** Past tenses without -ed that make a clause of the words before them: "denied the company knew". */
    private static final Set<String> IRREGULAR_PAST = Set.of("knew", "met", "took", "made", "gave", "paid", "sent",
            "saw", "went", "got", "kept", "left", "lost", "ran", "sold", "spent", "won", "wrote", "broke", "came", "hid",
            "put", "let", "set", "cut", "hit", "led", "fell", "held", "sought", "bought", "brought", "thought", "told",
            "rose", "grew", "began", "became", "fought", "caught", "felt", "meant", "stood", "built", "struck", "drew",
            "chose", "fled", "withdrew", "shrank", "sank");

    /** An auxiliary or a past form among tokens from to to: the words are a clause ("Clinton attacked her in 1978"). */
    private boolean finiteVerbWithin(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.isWord(k) && !t.isCapitalized(k) && isVerbForm(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Cues whose object is as often a thing as a clause: without "that", a clause needs a verb of its own ("admitted
     * the offence", "confirmed the delay"). ("Announced", "reported" and "acknowledged" are left out: PolNeAR counts
     * their noun-phrase objects, "announced plans to merge", as attributions.)
     */
    private static final Set<String> THING_TAKING = Set.of("add", "admit", "confirm");

    /** The first "and" or "but" from token from on, before to; else to (the subject's second verb stands after it). */
    private int beforeAndOrBut(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.eq(k, "and") || t.eq(k, "but")) {
                return k;
            }
        }
        return to;
    }

    /** Token k is an auxiliary or a past form. */
    private boolean isVerbForm(int k) {
        return ph.isAuxiliary(k) || isPastForm(k);
    }

    /** Token k is a past form: "-ed", or one of {@link #IRREGULAR_PAST}. */
    private boolean isPastForm(int k) {
        return isPastForm(t, k);
    }

    /** Token k of t is a past form: "-ed", or one of {@link #IRREGULAR_PAST} ("met", "knew"). */
    static boolean isPastForm(Tokens t, int k) {
        return t.endsWith(k, "ed") || IRREGULAR_PAST.contains(t.lower(k));
    }

    private boolean auxiliaryWithin(int from, int to) {
        for (int k = from; k < to; k++) {
            if (ph.isAuxiliary(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The "that" after a claim noun at p ("claims that", "reports in the press that", "allegations made
     * by the union that"), within eight plain words; else -1.
     */
    private int claimThat(int p, int end) {
        // ("denied a report that …")
        int k = t.eq(p, "the") || t.eq(p, "a") || t.eq(p, "an") || t.eq(p, "any") || t.eq(p, "his") || t.eq(p, "her")
                || t.eq(p, "their") || t.eq(p, "its") ? p + 1 : p;
        if (ph.isPossessive(k)) {
            k++; // "rejected the union’s claim that …"
        } else if (t.isWord(k) && ph.isPossessiveMark(k + 1)) {
            k += 2; // "the nurses’ claim"
        }
        // up to three lower-case words that describe the claim: "a local media report that", "union claims that"; or
        // a name's first: "Opposition claims that"
        for (int j = k; j < k + 3 && j < end && t.isWord(j) && (!t.isCapitalized(j) || j == k)
                && !CLAIM_NOUNS.contains(t.lower(j))
                && ph.cue(j) == null && !ph.has(j, Lexicon.STOP | Lexicon.PRONOUN); j++) {
            if (CLAIM_NOUNS.contains(t.lower(j + 1))) {
                k = j + 1;
                break;
            }
        }
        if (!t.isWord(k) || !CLAIM_NOUNS.contains(t.lower(k))) {
            return -1;
        }
        for (int j = k + 1; j < end && j <= k + 8; j++) {
            if (t.eq(j, "that")) {
                return j + 2 < end ? j : -1;
            }
            if (!t.isWord(j) || ph.cue(j) != null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * What a question or request asks, after the one asked: "asked (the mayor) whether the bridge would
     * reopen", "wondered how …", "asked residents to stay indoors". -1 when neither a question word nor
     * "to" follows within a short object.
     */
    /** A "to" among the n tokens from p, before end: the words are read before any phrase is parsed. */
    private boolean toWithin(int p, int end, int n) {
        for (int k = p; k < end && k < p + n; k++) {
            if (t.eq(k, "to")) {
                return true;
            }
        }
        return false;
    }

    /** Cues whose listener is called to act: "urged X to", "advised X to", "encouraged X to". */
    private static final java.util.Set<String> CALLS_TO_ACT = java.util.Set.of("urge", "advise", "encourage", "petition");

    /** The token after the one spoken to at p: a speaker phrase or an object pronoun ("asked him", "told jurors"); else -1. */
    private int listenerEnd(int p, int end) {
        Mention listener = ph.right(p, end);
        if (listener != null && listener.type() != Mention.Type.DOCUMENT) {
            return listener.endTok();
        }
        return t.eq(p, "him") || t.eq(p, "her") || t.eq(p, "them") || t.eq(p, "me") || t.eq(p, "us") || t.eq(p, "you")
                ? p + 1 : -1;
    }

    private int questionContent(int p, int end) {
        int q = listenerEnd(p, end);
        if (q < 0) {
            q = p;
        }
        if (q > p && ph.isBracketedAcronym(q + 2)) {
            q += 3; // the listener's initials: "called on Meridian Alumina Jamaica (MAJ) to stop …"
        }
        if (q == p && (ph.has(p, Lexicon.DETERMINER | Lexicon.GROUP | Lexicon.ANONYMOUS | Lexicon.ROLE | Lexicon.ORG)
                || t.isWord(p) && !t.isCapitalized(p) && (t.endsWith(p, "s") && t.length(p) > 3 || pluralBeforeTo(p, end)))) {
            // "asked the network to …", "asked voters whether …": a short listener the lexicon does not know
            int k = p + 1;
            while (k < end && k <= p + 4 && t.isWord(k) && !isQuestionWord(k) && !t.eq(k, "to")
                    && ph.cue(k) == null) {
                k++;
            }
            q = k;
        }
        if (q > p && !t.eq(q, "to") && !t.eq(q, "not") && (!isQuestionWord(q) || t.isWho(q))) {
            // "urged people over 70 to stay indoors", "travelers who develop a fever … to call" (a "who" right after the
            // listener opens a relative clause, not a question)
            q = toAfterListener(q, end);
        }
        if (q < 0 || q + 2 > end || q + 2 == end && !t.eq(q, "to")) {
            return -1; // (a request may be two words: "urged the government to intervene")
        }
        if (isQuestionWord(q)) {
            return q;
        }
        // a request: "asked the council (not) to vote again" (never right after the cue: "asked to be named")
        int to = t.eq(q, "not") ? q + 1 : q;
        return t.eq(to, "to") && q > p && t.isWord(to + 1) && !t.isCapitalized(to + 1) ? q : -1;
    }

    /**
     * Lower-case words from p up to three long end in a plural right before "to": "mountain clubs | to inspect", "local
     * growers | to", a listener the lexicon does not know.
     */
    private boolean pluralBeforeTo(int p, int end) {
        if (ph.has(p, Lexicon.STOP) && !t.eq(p, "all") && !t.eq(p, "both")) {
            return false; // "asking for the changes to be paused": no listener ("urged all parties to" has one)
        }
        for (int k = p + 1; k < end && k <= p + 2; k++) {
            if (!t.isWord(k) || t.isCapitalized(k) || subjects.isCue(k)) {
                return false;
            }
            if (t.eq(k + 1, "to")) {
                return t.endsWith(k, "s") && t.length(k) > 3;
            }
        }
        return false;
    }

    /**
     * The "to" of a request within a few words after its listener's phrase at q ("people | over 70 to stay", "travelers |
     * who develop a fever or rash by Jan. 30 to call"), before a lower-case verb, with no cue, quotation mark or comma
     * between; else q.
     */
    private int toAfterListener(int q, int end) {
        if (trailingReportAfter(q)) {
            // the request is inside what the sentence's source reports: "X had asked the team in January to …, ESPN reported"
            return q;
        }
        for (int k = q; k < end && k <= q + 10; k++) {
            if (t.eq(k, "to")) {
                // (not before an article: "urged residents to a hotline")
                return k > q && t.isWord(k + 1) && !t.isCapitalized(k + 1) && !ph.has(k + 1, Lexicon.DETERMINER) ? k : q;
            }
            if (!(t.isWord(k) || t.kind(k) == Tokens.NUMBER || t.is(k, '.') && k > q && t.end(k - 1) == t.start(k))
                    || subjects.isCue(k)) {
                return q;
            }
        }
        return q;
    }

    /** After token k its sentence ends on an attribution after a comma: "…, ESPN first reported.", "…, according to NHK.". */
    private boolean trailingReportAfter(int k) {
        int end = a.sentenceEnd(a.sentenceOf(k));
        for (int j = k + 1; j < end; j++) {
            if (t.is(j, ',')) {
                for (int c = j + 1; c < end && c <= j + 5; c++) {
                    if (t.eq(c, "according") || subjects.isCue(c)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean isQuestionWord(int k) {
        return t.eq(k, "whether") || t.eq(k, "if") || t.eq(k, "what") || t.eq(k, "why") || t.eq(k, "how")
                || t.isWho(k) || t.eq(k, "whom") || t.eq(k, "when") || t.eq(k, "where") || t.eq(k, "which");
    }

    /**
     * "She said the aquifer had fallen and that “doing nothing is not an option”", "said fares had
     * fallen and that the route was losing “£3,000 a week”": when a quotation takes the cue before it,
     * the clause between the cue and the "and that" before the quotation is reported too.
     */
    private void clauseBeforeQuote(int c, int openTok) {
        c = governingCue(c);
        int and = andThatBefore(c, openTok);
        Lexicon.CueWord cue = ph.cue(c);
        if (and < 0 || cue == null) {
            return;
        }
        Subject sub = subjects.subjectOf(c, a.sentenceStart(a.sentenceOf(c)));
        if (sub == null) {
            return;
        }
        int end = t.is(and - 1, ',') ? and - 1 : and;
        int p = forwardContent(c, t.lower(c), sub, cue, end);
        if (p < 0 || end - p < 3) {
            return;
        }
        if (quotationWithin(p, end)) {
            return; // the clause holds a quotation of its own
        }
        boolean that = t.eq(p - 1, "that") && p - 1 >= sub.cueEnd();
        addIndirect(p, end, c, sub, that ? "indirect:cue-that" : "indirect:cue-clause",
                that ? INDIRECT_THAT : INDIRECT_THAT - 0.1);
    }

    /**
     * The free cue before cue c in its sentence, with no comma or quotation mark between them, that c's clause
     * reports ("said she had told him about the deal and that …": "said", not "told"); else c.
     */
    private int governingCue(int c) {
        int from = a.sentenceStart(a.sentenceOf(c));
        for (int k = c - 1; k >= from && k > c - 8; k--) {
            if (t.is(k, ',') || t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k)) {
                return c;
            }
            Lexicon.CueWord cue = usedCue[k] ? null : ph.cue(k);
            int quoted = cue != null ? quotedBeforeAsSaying(k, from) : -1;
            if (quoted >= 0) {
                return quoted; // "quoted Mayor X as saying the town had asked the railroad “for years” to …"
            }
            if (cue != null && cue.clause() && subjects.isCue(k)) {
                return k;
            }
        }
        return c;
    }

    /**
     * The "and" of the last "and that" (or "but that") between cue c and the quotation opening at openTok, in its
     * sentence; else -1.
     */
    private int andThatBefore(int c, int openTok) {
        int s = a.sentenceOf(openTok);
        for (int k = openTok - 1; k > c + 1 && a.sentenceOf(k) == s; k--) {
            if (t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k)) {
                return -1;
            }
            if (t.eq(k, "that") && (t.eq(k - 1, "and") || t.eq(k - 1, "but"))) {
                return k - 1;
            }
        }
        return -1;
    }

    /**
     * The comma at token j parts the items of a list that the quotation opening at openTok ends: each comma is followed
     * by "a", "an" or "the", and "and" stands before the quotation ("a rowing trial, a history test and «…»").
     */
    private boolean isListBeforeQuote(int j, int openTok) {
        boolean and = false;
        for (int k = j; k < openTok; k++) {
            if (t.is(k, ',')) {
                if (!(t.eq(k + 1, "a") || t.eq(k + 1, "an") || t.eq(k + 1, "the"))) {
                    return false;
                }
            } else if (t.kind(k) == Tokens.PUNCT || ph.cue(k) != null) {
                return false;
            } else if (t.eq(k, "and")) {
                and = true;
            }
        }
        return and;
    }

    /**
     * "said the cuts would be made “in close dialogue with the unions” and that no shops would close",
     * "said there were “no current plans”, but that …": a second that-clause after a mixed quotation,
     * without marks of its own, is reported too, when the quotation stands in the cue's own clause and the
     * cue's subject is the quotation's speaker.
     */
    private void clauseAfterQuote(int c, int openTok, int closeTok, Mention speaker) {
        int s = a.sentenceOf(c);
        int k = closeTok + 1;
        // "… “no current plans” to lengthen breaks, but that …": the second clause may come a few words on
        while (k + 1 < t.size() && k < closeTok + 12 && a.sentenceOf(k + 1) == s && t.kind(k) != Tokens.QUOTE
                && !((t.eq(k, "and") || t.eq(k, "but")) && t.eq(k + 1, "that"))) {
            k++;
        }
        if (!t.eq(k, "and") && !t.eq(k, "but") || !t.eq(k + 1, "that") || a.sentenceOf(k + 1) != s) {
            return;
        }
        int governs = c; // the verb the clauses hang on
        if (subjects.relaysQuote(c)) {
            // "quoted X, director of …, as saying the variety had “performed as expected” and that …": "saying"
            for (int j = c + 1; j + 1 < openTok; j++) {
                if (t.eq(j, "as") && t.eq(j + 1, "saying")) {
                    governs = j + 1;
                    break;
                }
            }
        }
        Lexicon.CueWord cue = ph.cue(governs);
        if (cue != null && !cue.clause() && !t.eq(governs + 1, "that") && speaker.type() == Mention.Type.PRONOUN
                && governingCue(c) != c) {
            // "Rennick said he had asked for a report “within the week” and that all sirens …": the clause of the
            // pronoun's verb hangs on the cue before it, which the second clause goes on from
            governs = governingCue(c);
            c = governs;
            cue = ph.cue(governs);
            speaker = null;
        }
        if (cue == null || !cue.clause() && !t.eq(governs + 1, "that")) {
            // "called the plan “final” and that …": the second clause is no object of the cue; but "submitted that
            // the Act was “arbitrary” and that …" goes on with the cue's own "that"
            return;
        }
        for (int j = governs + 1; j < openTok; j++) {
            if (t.is(j, ',') && isListBeforeQuote(j, openTok)) {
                continue; // a list's comma: "would include a rowing trial, a history test and «…», and that …"
            }
            if (t.is(j, ',') && (t.eq(j + 1, "which") || t.isWho(j + 1))) {
                // a relative clause between commas stays inside the cue's clause: "said that the limits, which cut
                // by 30 per cent the volume …, were « necessary … » and that …"
                int close = j + 2;
                while (close < openTok && t.kind(close) != Tokens.PUNCT) {
                    close++;
                }
                if (close < openTok && t.is(close, ',')) {
                    j = close;
                    continue;
                }
            }
            if (t.kind(j) == Tokens.PUNCT) {
                return; // the quotation hangs on something after the cue ("tells X, responding to news that …")
            }
        }
        int p = k + 2;
        int end = contentEnd(a.sentenceEnd(s));
        if (quotationWithin(p, end)) {
            return; // a quotation of its own, found as such
        }
        Subject sub = subjects.subjectOf(c, a.sentenceStart(s));
        if (sub != null && (speaker == null || sub.mention().start() == speaker.start())) {
            addIndirect(p, end, c, sub, "indirect:cue-that", INDIRECT_THAT);
        }
    }

    /**
     * "…, the agency VarInform reported, citing a source in the ministry" ("quoting district officials"): the cited
     * source is the speaker and the reporter its relay. Null when the attribution cites nobody.
     */
    private Subject citedSource(Subject reporter, int end) {
        int k = skipTemporal(reporter.cueEnd(), end);
        if (t.is(k, ',')) {
            k++;
        }
        if (!(t.eq(k, "citing") || t.eq(k, "quoting")) || !t.is(k - 1, ',')) {
            return null;
        }
        Mention source = ph.right(k + 1, end);
        if (source == null || source.type() == Mention.Type.PRONOUN || source.type() == Mention.Type.DOCUMENT) {
            return null;
        }
        List<ViaRef> via = new ArrayList<>(reporter.via());
        via.add(relays.viaOf(reporter.mention()));
        return new Subject(source, "citing", reporter.firstTok(), via, reporter.cueEnd(), reporter.cueText());
    }

    /**
     * "According to X, …", "…, according to X", "…, per X": the source X after the opener at token c, which is width
     * tokens long ("according to" 2, "per" 1), speaks the rest of the sentence.
     */
    private void according(int c, int width) {
        int s = a.sentenceOf(c);
        int from = a.sentenceStart(s);
        int end = contentEnd(a.sentenceEnd(s));
        // the source runs from "according to" to the next comma, dash or bracket, or to the sentence end
        int chunkEnd = sourceChunkEnd(c + width, end);
        Mention m = subjects.subjectAfter(c + width, end);
        if (m == null) {
            m = describedName(c + width, end);
        }
        boolean per = width == 1; // "per" is a source only before a speaker the lexicon knows: not "per cent"
        if (m == null && per) {
            return;
        }
        if (m == null && chunkEnd == c + width + 1) {
            m = objectPronounAt(c + width); // "according to him"
        }
        if (m == null && chunkEnd > c + width && t.isWord(c + width) && !ph.has(c + width, Lexicon.STOP | Lexicon.PRONOUN)
                || m == null && (t.eq(c + width, "the") || t.eq(c + width, "a") || t.eq(c + width, "an")
                || t.eq(c + width, "one")) && chunkEnd > c + width + 1
                // (or the owner's pronoun: "according to its annual accounts")
                || m == null && ph.isPossessivePronoun(c + width) && chunkEnd > c + width + 1
                && ph.has(chunkEnd - 1, Lexicon.DOCUMENT)) {
            // "according to FEC filings", "according to his Facebook profile", "according to exit polls", "according
            // to a global index": a source the lexicon does not know is the phrase as written
            int docEnd = chunkEnd;
            for (int k = c + width + 1; k + 1 < chunkEnd; k++) {
                if (t.eq(k + 1, "by") && (t.eq(k, "seen") || t.eq(k, "obtained") || t.eq(k, "reviewed"))) {
                    docEnd = k; // "according to filings seen by the Ledger": the paper is a relay, not the source
                    break;
                }
            }
            int head = docEnd - 1;
            for (int k = c + width; k + 1 < docEnd; k++) {
                if (ph.has(k, Lexicon.DOCUMENT) && t.isWord(k + 1) && AUTHORED.contains(t.lower(k + 1))) {
                    head = k; // "board papers published in January": the papers, which the board's word modifies
                    break;
                }
            }
            m = new Mention(c + width, docEnd, t.start(c + width), t.end(docEnd - 1), Mention.Type.DOCUMENT,
                    ph.surface(c + width, docEnd), null, t.lower(head));
        }
        if (m == null) {
            return;
        }
        if ((m.type() == Mention.Type.ORG_NOMINAL || m.type() == Mention.Type.GROUP && ORGANISERS.contains(m.head()))
                && t.is(m.endTok(), ',')) {
            // "according to the exams regulator, Ofqas, …", "According to the operator, Velbrandt Chemie, …": the body's
            // name set in apposition is the source (and the organisers' too: "according to the organisers, the
            // Valdecerro Tenants’ Union")
            Mention named = ph.right(m.endTok() + 1, end);
            // (at the sentence's start a person's name after the comma is the content's subject: "According to the
            // prosecutor's office, Calvanese-Dori, 52, is suspected of …"; a name of words no given name opens, set off
            // by commas, is the body's: "According to the novel’s publisher, Lantern Row Books, sales …")
            if (named != null && (named.type() == Mention.Type.ORG_NAME || named.type() == Mention.Type.PERSON_NAME
                    && named.role() == null && (c > from || namedBodyInApposition(named))) && named.endTok() - named.startTok() <= 5
                    && (named.endTok() >= end || t.kind(named.endTok()) == Tokens.PUNCT)) {
                m = named.withType(Mention.Type.ORG_NAME);
            }
        }
        m = documentsAuthor(m, end);
        if (sentencesWithCue.get(s)) {
            return; // a statement of this sentence already took "according to X" as its relay (relays.at())
        }
        Subject sub = new Subject(m, "according-to", c, List.of(), c + width, per ? "per" : "according to");
        boolean chunkToEnd = chunkEnd >= end;
        // (or after a conjunction: "But according to the department, nearly nine million more workers …")
        if (c == from || c == from + 1 && (!t.isCapitalized(from) || t.eq(from, "but") || t.eq(from, "and") || t.eq(from, "yet"))
                || c == subjects.datelineEnd(from, c + 1)) {
            int p = m.endTok();
            if (ph.isBracketedAcronym(p + 2)) {
                p += 3; // "According to a notification from the Civil Aviation Safety Directorate (CASD), the crew …"
            }
            int relative = t.isWho(p) ? p : t.is(p, ',') && t.isWho(p + 1) ? p + 1 : -1;
            if (relative > 0) {
                // "According to a union official who asked not to be named, …": the relative clause goes with the source
                int comma = relative + 1;
                while (comma < end && comma < relative + 20 && !t.is(comma, ',')) {
                    comma++;
                }
                if (comma < end && t.is(comma, ',')) {
                    if (subjects.anonymityBetween(relative, comma)) {
                        sub = new Subject(m.withType(Mention.Type.ANONYMOUS), "according-to", c, List.of(), c + width,
                                sub.cueText());
                    }
                    p = comma;
                }
            } else if (!chunkToEnd && t.is(chunkEnd, ',') && chunkEnd >= p) {
                p = chunkEnd; // "According to a poll released Sunday, …": the content starts after the source's comma
                int next = participleAside(p + 1, end);
                if (next > 0) {
                    p = next; // "According to the paper, published on Tuesday in the journal X, the effect …"
                }
            }
            if (t.is(p, ',')) {
                p++;
            }
            addIndirect(p, contrastedReport(p, end), c, sub, "indirect:according-to", INDIRECT_ACCORDING);
        } else if (t.is(c - 1, ',') && t.is(chunkEnd, ',') && (resumesAfter(chunkEnd, end) || frontedOpener(from, c - 1)
                && clauseAfter(chunkEnd + 1, end)) && plainBefore(from, c - 1)
                && !(ph.isAuxiliary(from + 1) || finiteVerbWithin(from + 1, c - 1))) {
            // "Fundraising, according to the campaign, has surged": the source stands inside the content (after a
            // linking or fronted phrase the content starts after the source: "In addition, according to the department,
            // nearly …", "In 2019, according to the census, …")
            int p = frontedOpener(from, c - 1) && !ph.isAuxiliary(chunkEnd + 1) ? chunkEnd + 1 : from;
            addIndirect(p, end, c, sub, "indirect:according-to-parenthetical", INDIRECT_ACCORDING);
        } else if (t.is(c - 1, ',') && (onlyTrailing(m.endTok(), end) || chunkToEnd || relativeToEnd(chunkEnd, end)
                || relativeToEnd(m.endTok(), end) || t.is(chunkEnd, ',') && plainBefore(from, c - 1)
                || describesSource(m.endTok(), end))) {
            // (or after a whole clause, whatever follows the source's comma: "Turnout was 61 percent, according to the
            // electoral commission, the highest since 1992")
            addIndirect(from, c - 1, c, sub, "indirect:according-to-trailing", INDIRECT_ACCORDING);
        } else if (chunkToEnd && c - from >= 4 && (t.isWord(c - 1) || t.kind(c - 1) == Tokens.NUMBER)
                && plainBefore(from, c)) {
            // "… 46 percent to 39 percent according to a poll released Monday": no comma before the source
            addIndirect(from, c, c, sub, "indirect:according-to-trailing", INDIRECT_ACCORDING);
        }
    }

    /**
     * What follows a source at token p to the sentence end only describes it: its initials in brackets, then nothing, a
     * participle ("… from Island Vessels Scotland (IVS) seen by this newspaper", "a study by scientists at X published
     * Wednesday in the journal Y") or a relative clause ("…, which called the strike"), with no quotation mark and no
     * "that" in it.
     */
    private boolean describesSource(int p, int end) {
        if (t.is(p, '(')) {
            int close = p + 1;
            while (close < end && close < p + 5 && !t.is(close, ')')) {
                close++;
            }
            if (close >= end || !t.is(close, ')')) {
                return false;
            }
            p = close + 1;
        }
        if (p >= end) {
            return true;
        }
        int w = t.is(p, ',') ? p + 1 : p;
        boolean relative = t.is(p, ',') && (t.eq(w, "which") || t.isWho(w));
        boolean participle = w == p && t.isWord(p) && !t.isCapitalized(p) && (t.endsWith(p, "ed") || t.eq(p, "seen")
                || t.eq(p, "written") || t.eq(p, "shown") || t.eq(p, "given") || t.eq(p, "made"));
        if (!relative && !participle) {
            return false;
        }
        for (int k = w + 1; k < end; k++) {
            if (t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k) || t.eq(k, "that") || t.is(k, ';')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A relative clause about the source runs from p (its comma, or its "who") to the sentence end: "…, according to
     * the health ministry in the enclave, which is run by the group." No cue in it: it describes the source, it
     * reports nothing; an anonymity clause may have both.
     */
    private boolean relativeToEnd(int p, int end) {
        int w = t.is(p, ',') ? p + 1 : p;
        if (!(t.eq(w, "which") || t.isWho(w))) {
            return false;
        }
        // an anonymity clause explains itself with verbs of saying: "… who spoke on condition of anonymity
        // because it had not been announced"
        boolean anonymity = t.isWho(w) && subjects.anonymityBetween(w, end);
        for (int k = w + 1; k < end; k++) {
            if (t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k) || !anonymity && (subjects.isCue(k) || t.is(k, ','))) {
                return false;
            }
        }
        return true;
    }

    /** The end of the source after "according to": the next comma, dash, bracket, colon or quotation mark, or end. */
    private int sourceChunkEnd(int p, int end) {
        int k = p;
        while (k < end && k < p + 16) {
            if (t.is(k, '(') && k + 3 == end && ph.isBracketedAcronym(k + 2)) {
                return end; // "… by the Consumer Electronics Safety Agency (CESA).": the source's initials end the sentence
            }
            if (t.is(k, ',') || t.is(k, ';') || t.is(k, ':') || t.is(k, '(') || ph.isAsideDash(k)
                    || t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k)) {
                return k;
            }
            k++;
        }
        return k < end ? p : end; // a source longer than sixteen tokens is no phrase
    }

    /**
     * The name after a short description the lexicon does not know: "according to the tracking site
     * JobCuts Tracker" is JobCuts Tracker. Null unless "the"/"a" and at most three lower-case words lead to a name.
     */
    private Mention describedName(int p, int end) {
        if (!t.eq(p, "the") && !t.eq(p, "a")) {
            return null;
        }
        int k = p + 1;
        while (k < end && k <= p + 3 && t.isWord(k) && !t.isCapitalized(k) && ph.cue(k) == null
                && !ph.has(k, Lexicon.STOP)) {
            k++;
        }
        if (k == p + 1 || k >= end || !t.isCapitalized(k)) {
            return null;
        }
        Mention m = ph.right(k, end);
        return m != null && m.isName() ? m : null;
    }

    /**
     * Where content from p ends before a contrasted report of another speaker, the comma of ", while organisers said
     * …" or ", whereas the union says …", or before the speaker's own refusal ("… but declined to say when"); else end.
     * (Only "say" and "tell": "whereas Petraeus acknowledged that …" is still the first speaker's account.)
     */
    private int contrastedReport(int p, int end) {
        for (int k = p; k + 2 < end; k++) {
            if ((t.eq(k, "but") || t.eq(k, "and")) && k > p + 1 && (t.eq(k + 1, "declined") || t.eq(k + 1, "refused")
                    || t.eq(k + 1, "declines") || t.eq(k + 1, "refuses")) && t.eq(k + 2, "to")) {
                // "confirmed the closure but declined to give a reason": the subject's own next act, not its words
                return t.is(k - 1, ',') ? k - 1 : k;
            }
            if (t.eq(k, "but") && k > p + 1 && (t.eq(k + 1, "has") || t.eq(k + 1, "had") || t.eq(k + 1, "have"))
                    && isSayingCue(k + 2)) {
                // "encouraged allies to bolster defense spending but has said she will …": the subject's next report
                return t.is(k - 1, ',') ? k - 1 : k;
            }
            if (t.is(k, ',') && (t.eq(k + 1, "while") || t.eq(k + 1, "whereas"))) {
                // (a share may speak: "…, while nine in 10 said …")
                for (int j = k + 3; j < end && j <= k + 8 && (t.isWord(j) || t.kind(j) == Tokens.NUMBER); j++) {
                    if (t.eq(j, "said") || t.eq(j, "say") || t.eq(j, "says") || t.eq(j, "told")) {
                        return k;
                    }
                }
            }
            if (t.is(k, ',') && t.eq(k + 1, "as") && t.isWord(k + 2) && !ph.has(k + 2, Lexicon.PRONOUN)) {
                // "…, as fishing organisations warned that …": another speaker's report (a pronoun's "as he said" may
                // be the first speaker's own aside)
                for (int j = k + 3; j < end && j <= k + 7 && t.isWord(j); j++) {
                    if (subjects.isCue(j) && !t.endsWith(j, "ing")) {
                        Mention speaker = ph.right(k + 2, j);
                        if (speaker != null && speaker.endTok() == j) {
                            return k;
                        }
                    }
                }
            }
        }
        return end;
    }

    /** Sentence end without its final punctuation and closing marks. */
    private int contentEnd(int sentenceEnd) {
        int e = sentenceEnd;
        // a closing bracket or a per cent sign belongs to the words ("slowed to 4.1%.")
        while (e > 0 && (t.kind(e - 1) == Tokens.PUNCT && !t.is(e - 1, ')') && !t.is(e - 1, '%') && !t.is(e - 1, ']')
                || t.kind(e - 1) == Tokens.QUOTE
                && !a.inQuote(e - 1))) {
            if (t.is(e - 1, '.') && e >= 2 && t.end(e - 2) == t.start(e - 1) && t.length(e - 2) >= 3 && t.isInitials(e - 2)) {
                break; // the period of "U.S." ends the sentence too, and belongs to the word
            }
            e--;
        }
        return e;
    }

    /**
     * Token k is a noun after its determiner and at most two plain words: "a post", "its final incident report" (a
     * cue word used so names a channel, not a report).
     */
    private boolean nounAfterDeterminer(int k) {
        if (t.endsWith(k, "ing") && !ph.has(k - 1, Lexicon.DETERMINER)) {
            return false; // (an -ing word stays a cue: "the candidate boasted of his negotiating skills" reports forward)
        }
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            if (ph.has(j, Lexicon.DETERMINER) || ph.isPossessivePronoun(j)) {
                return true;
            }
            if (!t.isWord(j) || t.isCapitalized(j) || subjects.isCue(j) || ph.has(j, Lexicon.STOP | Lexicon.PRONOUN)) {
                return false;
            }
        }
        return false;
    }

    /** After a trailing attribution only adverbials and relays follow, no new clause. */
    private boolean onlyTrailing(int from, int end) {
        // a longer tail is trailing only when a clause hangs on the attribution early: "…, Oshiro told a regular press
        // conference Monday, after a magnitude-6.4 quake last month rattled towns along the coast."
        boolean longTail = end - from > 14;
        int p = from;
        boolean told = p > 0 && (t.eq(p - 1, "told") || t.eq(p - 1, "tells") || t.eq(p - 1, "tell"));
        if (told) {
            if (audienceTail(p, end)) {
                return true; // "…, Ash Carter told a Senate panel Wednesday."
            }
            Mention object = ph.right(p, end);
            p = object != null ? object.endTok() : isPlainToldObject(p) ? p + 1 : p;
        }
        if (t.eq(p, "on") && t.eq(p + 1, "condition") && t.eq(p + 2, "of") && t.eq(p + 3, "anonymity")
                && (p + 4 >= end || t.eq(p + 4, "because") || t.eq(p + 4, "since") || t.eq(p + 4, "as"))) {
            // "…, a person familiar with the deal told The Associated Press on condition of anonymity because the
            // trade had not been announced": the reason for anonymity reports nothing
            return true;
        }
        if (t.is(p, ';')) {
            return true; // "…, political analysts say; in 2012, …": a semicolon ends the attribution's clause
        }
        if (p < end && t.isWord(p) && t.endsWith(p, "ly") && !ph.has(p, Lexicon.TEMPORAL) && opensNounPhrase(p + 1)
                && !timeNounAfter(p + 1, end)) {
            return false; // "The rail operator, Norrail, said only one train in three would run": an adverb, then content
        }
        // "…, Sanders promised to take bold action": "to" with a verb, not "to reporters"
        if (p < end && p == from && t.eq(p, "to") && t.isWord(p + 1) && !t.isCapitalized(p + 1) && !t.endsWith(p + 1, "s")
                && !ph.isDeterminerWord(p + 1) && !t.eq(p + 1, "these") && !t.eq(p + 1, "those")
                && !ph.has(p + 1, Lexicon.PRONOUN) && !t.eq(p + 1, "me") && !t.eq(p + 1, "him")
                && !t.eq(p + 1, "us") && !t.eq(p + 1, "them")) {
            return false;
        }
        // "…, Cornyn told reporters this was the only chance": a clause follows, so the report runs forward
        if (p < end && !t.is(p, ',') && !t.is(p, '(') && !ph.has(p, Lexicon.TEMPORAL) && !t.endsWith(p, "ly")
                && !t.eq(p, "according") && !t.eq(p, "after") && !t.eq(p, "before") && !t.eq(p, "during")
                && !t.eq(p, "to") && !t.eq(p, "for") && !t.eq(p, "with") && !t.eq(p, "from") && !t.eq(p, "as")
                && !t.eq(p, "by") && !t.eq(p, "when") && !t.eq(p, "while") && !t.eq(p, "of")
                && !t.eq(p, "in") && !t.eq(p, "on") && !t.eq(p, "at")) {
            return false;
        }
        if ((!told || p > from) && p < end && opensNounPhrase(p) && !timeNounAfter(p, end)) {
            // "In 1999, he said the president …", "…, Trump asked the network to pay", "…, X told reporters
            // the filters …": a noun phrase after the cue (or after the one told) opens reported content or is
            // the cue's object, unless it is a time ("…, he said this week", "…, she said the next morning")
            return false;
        }
        for (int k = from; k < (longTail ? from + 14 : end); k++) {
            int title = programmeTitleClose(k);
            if (title >= 0) {
                k = title; // "…, he said on MSNBC's “Morning Joe.”": a programme's title is no quotation
                continue;
            }
            if (t.is(k, ',') && t.isWord(k + 1) && !t.isCapitalized(k + 1) && (!longTail || hungClauseAfter(k)
                    // (or "and" right after the attribution: "…, Hennessey said, and with the aides chastened, …")
                    || t.eq(k + 1, "and") && k - from <= 3)) {
                // a clause hung on the attribution: "…, the union announced on Thursday, threatening …"
                return true;
            }
            if (k > from && t.isWord(k) && (t.eq(k, "after") || t.eq(k, "as") || t.eq(k, "when") || t.eq(k, "while"))
                    && (ph.has(k - 1, Lexicon.TEMPORAL) || Dates.WEEKDAYS.contains(t.lower(k - 1)))
                    && t.isWord(k + 1) && !t.eq(k + 1, "that")) {
                // "…, Hradov city hall announced on Thursday after councillors approved …": a clause of its own
                return true;
            }
            if (t.is(k, ';')) {
                return true;
            }
            if (t.eq(k, "that") || t.kind(k) == Tokens.QUOTE
                    || subjects.isCue(k) && !t.eq(k, "told") && !nounAfterDeterminer(k)) { // "in a post on X" is no cue
                return false;
            }
        }
        return !longTail;
    }

    /**
     * The comma at k opens a clause hung on an attribution that ends a long sentence: a subordinate clause ("…, as their
     * row … turned bitter"), a participle ("…, the company said Tuesday, becoming the latest insurer …"), or a time
     * before "after" or "before" ("…, weeks after the family sold its stake", "…, eight months after a funding round").
     */
    private boolean hungClauseAfter(int k) {
        String w = t.lower(k + 1);
        if (HUNG_CLAUSES.contains(w)) {
            return true;
        }
        if (t.length(k + 1) > 4 && t.endsWith(k + 1, "ing")) {
            // (its object or clause follows: "becoming the latest insurer", "promising to lift"; not a gerund that opens
            // a clause of its own: "…, he said, replacing Clinton would be …")
            return ph.has(k + 2, Lexicon.DETERMINER) || t.eq(k + 2, "to") || t.eq(k + 2, "that") || t.eq(k + 2, "it")
                    || t.eq(k + 2, "them") || ph.isPossessivePronoun(k + 2);
        }
        int q = t.kind(k + 1) == Tokens.NUMBER || isNumberWord(k + 1) ? k + 2 : k + 1;
        return (TIME_NOUNS.contains(t.lower(q)) || t.eq(q, "shortly") || t.eq(q, "soon") || t.eq(q, "just"))
                && (t.eq(q + 1, "after") || t.eq(q + 1, "before"));
    }

    /**
     * Tokens from to to (a comma) are a linking word or a short fronted phrase of time or place with no verb: "However",
     * "In addition", "In 2019", "Last year", "At the plant" (not "For Clinton,", which is part of the content).
     */
    private boolean frontedOpener(int from, int to) {
        if (subjects.isLinkingAside(from, to)) {
            return true;
        }
        if (to - from < 2 || to - from > 5 || !t.isWord(from)
                || !FRONTED_TIME_OR_PLACE.contains(t.lower(from))) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (!(t.isWord(k) || t.kind(k) == Tokens.NUMBER) || subjects.isCue(k) || isVerbForm(k) || t.endsWith(k, "ing")) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a short phrase of time or place before a clause ("In 2019,", "Last year,", "At the plant,"). */
    private static final Set<String> FRONTED_TIME_OR_PLACE = Set.of("on", "in", "at", "before", "after", "during", "since",
            "by", "last", "this", "earlier");

    /** From p a clause of at least three words runs to end, with no quotation mark: the content after a fronted source. */
    private boolean clauseAfter(int p, int end) {
        if (end - p < 3 || !(t.isWord(p) || t.kind(p) == Tokens.NUMBER)) {
            return false;
        }
        for (int k = p; k < end; k++) {
            if (t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k)) {
                return false;
            }
        }
        return true;
    }

    /** Words that open a fronted phrase before a clause's subject ("On Thursday, however,", "Before dropping out,"). */
    private static final Set<String> FRONTING_WORDS = Set.of("on", "in", "at", "before", "after", "during", "since",
            "though", "although", "while", "when", "like", "despite", "for", "by", "with", "without", "unlike");

    /** Counts written as words before a time ("eight months after", "a few weeks before"). */
    private static final Set<String> SMALL_NUMBERS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "a", "several", "few");

    /** Token k is one of {@link #SMALL_NUMBERS}. */
    private boolean isNumberWord(int k) {
        return t.isWord(k) && SMALL_NUMBERS.contains(t.lower(k));
    }

    /**
     * From p to the sentence's end only the audience told and when: "a Senate panel Wednesday", "the House
     * committee on Tuesday" (an audience noun, the words before it no pronoun, verb or cue).
     */
    private boolean audienceTail(int p, int end) {
        int k = p;
        while (k < end && k < p + 5 && t.isWord(k) && !AUDIENCE_NOUNS.contains(t.lower(k))) {
            if (ph.has(k, Lexicon.PRONOUN) || ph.isAuxiliary(k) || subjects.isCue(k) || t.eq(k, "that")) {
                return false;
            }
            k++;
        }
        if (k >= end || !t.isWord(k) || !AUDIENCE_NOUNS.contains(t.lower(k))) {
            return false;
        }
        for (k++; k < end; k++) {
            if (!t.isWord(k) || !ph.has(k, Lexicon.TEMPORAL) && !Dates.WEEKDAYS.contains(t.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Only a few capitalised words and commas from p to the sentence's end: the rest of an affiliation's name
     * after an apposition ("…, director of the … Project at the University of California, Davis, Center for
     * Regional Change.").
     */
    private boolean onlyNamesAfter(int p, int end) {
        if (end - p > 8) {
            return false;
        }
        for (int k = p; k < end; k++) {
            if (!t.is(k, ',') && !t.is(k, '.') && !t.isCapitalized(k) && !t.eq(k, "for") && !t.eq(k, "of")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words that open a clause hung on an attribution, after its comma: "…, the planemaker said on Wednesday, in a fresh
     * blow to airlines …", "…, the carrier said on Monday, a blow to …", "…, the institute announced on Monday, but the
     * figure was met with disbelief …".
     */
    private static final Set<String> HUNG_CLAUSES = Set.of("after", "as", "when", "while", "before", "because", "since",
            "following", "in", "amid", "despite", "a", "an", "but");

    /**
     * "And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive": a relative clause about
     * the inverted speaker, set off by commas, and the content goes on after it with its verb.
     */
    private boolean resumesAfterRelative(int p, int end) {
        if (!t.is(p, ',') || !t.isWho(p + 1)) {
            return false;
        }
        for (int k = p + 2; k < end && k < p + 22; k++) {
            if (t.kind(k) == Tokens.QUOTE || subjects.isCue(k)) {
                return false;
            }
            if (t.is(k, ',')) {
                return k + 1 < end && t.isWord(k + 1) && (ph.isAuxiliary(k + 1) || t.endsWith(k + 1, "n't")
                        || t.endsWith(k + 1, "s") && !t.isCapitalized(k + 1) && !ph.has(k + 1, Lexicon.GROUP));
            }
        }
        return false;
    }

    /**
     * After an attribution set between commas, the sentence goes on with the rest of its content: a
     * verb whose subject stood before the attribution ("The fare, the mayor said, will rise") or a new
     * clause after a fronted phrase ("Still, she said, the council must vote"). A short adverbial may
     * follow the cue first ("she said on Monday,"); a participle or a preposition after the comma
     * hangs on the attribution instead ("…, he said, adding …").
     */
    private boolean resumesAfter(int p, int end) {
        int k = p;
        while (k < end && k < p + 8 && !t.is(k, ',')) {
            if (t.kind(k) != Tokens.WORD && t.kind(k) != Tokens.NUMBER || t.eq(k, "that") || subjects.isCue(k)
                    || ph.isAuxiliary(k)) {
                return false; // (an auxiliary makes a clause of the words after the cue, no adverbial: "the ministry
                // said its forces had struck …, the state news agency reported")
            }
            k++;
        }
        int w = k + 1;
        if (!t.is(k, ',') || w + 1 >= end) {
            return false;
        }
        if (t.kind(w) == Tokens.NUMBER) {
            return true; // "Turnout, she said, 40 percent higher …" / "In 2014, he said, 300 jobs went"
        }
        if (!t.isWord(w)) {
            return false;
        }
        if (!t.isCapitalized(w) && (ph.has(w, Lexicon.GROUP | Lexicon.ANONYMOUS) || t.isWord(w + 1) && !t.isCapitalized(w + 1)
                && ph.has(w + 1, Lexicon.GROUP) && t.endsWith(w + 1, "s") && ph.cue(w) == null
                && !ph.has(w, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER | Lexicon.TEMPORAL))) {
            return true; // "Still, he said, officials must decide", "In the end, Mr. Rosenthal said, union voters …"
        }
        if (t.isCapitalized(w)) {
            // a name opens the resumed clause; after a capitalised word the comma more likely ends a place ("in Berea, Ohio")
            return (k == p || !t.isCapitalized(k - 1)) && (!ph.has(w, Lexicon.STOP) || ph.has(w, Lexicon.HONORIFIC))
                    && ph.cue(w) == null;
        }
        if (!ph.isAuxiliary(w) && !t.endsWith(w, "ing") && !t.endsWith(w, "ly") && ph.cue(w) == null
                && !ph.has(w, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER | Lexicon.TEMPORAL)
                && SUBJECT_WORDS.matcher(t.lower(w)).matches() && auxiliaryWithin(w + 1, Math.min(end, w + 5))
                && !quotationWithin(w, end)) {
            return true; // "In his state, Christie said, nonviolent first-time drug offenders are sent to treatment"
        }
        return ph.isAuxiliary(w) || ph.has(w, Lexicon.PRONOUN)
                || opensNounPhrase(w) && !t.eq(w, "a") && !t.eq(w, "an") && !t.eq(w, "one")
                || (t.eq(w, "a") || t.eq(w, "an")) && indefiniteSubjectAndVerb(w + 1)
                || pastAfterSubject(w);
    }

    /**
     * Token k, after "a" or "an" that follows an attribution set between commas, is a plain noun right before a past
     * verb or an auxiliary: the subject of the resumed clause ("In the early 1990s, she said, a boss invited her to
     * lunch"), not an apposition after the attribution ("…, he said, a claim the ministry denies").
     */
    private boolean indefiniteSubjectAndVerb(int k) {
        return t.isWord(k) && !t.isCapitalized(k) && ph.cue(k) == null && !ph.has(k, Lexicon.STOP | Lexicon.TEMPORAL)
                && t.isWord(k + 1) && (isPastForm(k + 1) && ph.cue(k + 1) == null || ph.isAuxiliary(k + 1));
    }

    /**
     * Token w, after an attribution set between commas, is a past verb (or a present one in "-s") whose subject is all
     * the sentence holds before the attribution: "The captain, they said, ordered them to wait", "Bob, the soldiers said,
     * went ahead", "The boy, the chief said, faces a charge".
     */
    private boolean pastAfterSubject(int w) {
        boolean present = t.isWord(w) && t.length(w) > 3 && t.endsWith(w, "s") && !t.endsWith(w, "ss")
                && !t.endsWith(w, "us") && !ph.has(w, Lexicon.GROUP | Lexicon.ANONYMOUS | Lexicon.STOP | Lexicon.PRONOUN);
        if (!isPastForm(w) && !present || ph.cue(w) != null) {
            return false;
        }
        int s = a.sentenceStart(a.sentenceOf(w));
        Mention subject = ph.right(s, w);
        if (subject != null) {
            return t.is(subject.endTok(), ',') && subject.type() != Mention.Type.PRONOUN;
        }
        // or a short noun phrase of no list: "The skipper, the crew said, ordered"
        if (!ph.isDeterminerWord(s)) {
            return false;
        }
        for (int k = s + 1; k < w && k <= s + 5; k++) {
            if (t.is(k, ',')) {
                return k > s + 1;
            }
            if (!t.isWord(k) && !ph.isPossessiveMark(k) || isVerbForm(k) || ph.cue(k) != null || ph.has(k, Lexicon.STOP)) {
                return false;
            }
        }
        return false;
    }

    /** A quotation mark (not a possessive apostrophe) among tokens from to to. */
    private boolean quotationWithin(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k)) {
                return true;
            }
        }
        return false;
    }

    /** Lower-case letters and hyphens only: a word that may open a bare noun phrase. */
    private static final java.util.regex.Pattern SUBJECT_WORDS = java.util.regex.Pattern.compile("[a-z][a-z-]*");

    /** The words before an attribution hold no cue and no quotation mark of their own. */
    private boolean plainBefore(int from, int to) {
        if (to - from > 40) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (t.kind(k) == Tokens.QUOTE && !ph.isPossessiveMark(k) || subjects.isCue(k)) {
                return false;
            }
        }
        return true;
    }

    /** An article, demonstrative or possessive determiner: the first word of a noun phrase. */
    private boolean opensNounPhrase(int p) {
        return t.isWord(p) && (ph.has(p, Lexicon.DETERMINER) || t.eq(p, "my") || t.eq(p, "your")
                || t.eq(p, "that") || t.eq(p, "those"));
    }

    /** A word of time within the two words after a determiner: "this week", "the next morning", "last Friday". */
    private boolean timeNounAfter(int p, int end) {
        for (int k = p + 1; k < end && k <= p + 2 && t.isWord(k); k++) {
            if (TIME_NOUNS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** A year written in figures: "said in 2008 that …". */
    private boolean isYear(int k) {
        return t.kind(k) == Tokens.NUMBER && t.length(k) == 4 && (t.first(k) == '1' || t.first(k) == '2');
    }

    /** Token k is the day of a date, beside its month: the "4" of "on March 4", "on 4 March", "on Sept. 4". */
    private boolean isDayOfMonth(int k) {
        return t.kind(k) == Tokens.NUMBER && t.length(k) <= 2
                && (isMonth(k - 1) || isMonth(k + 1) || t.is(k - 1, '.') && isMonth(k - 2)); // "Sept. 4"
    }

    private boolean isMonth(int k) {
        return t.isCapitalized(k) && Dates.MONTHS.contains(t.lower(k));
    }

    /** Ordinals of "for the first time", "for the third time". */
    private static final java.util.Set<String> ORDINALS = java.util.Set.of("first", "second", "third", "fourth", "fifth",
            "umpteenth", "hundredth", "nth");

    private int skipTemporal(int p, int end) {
        if (t.eq(p, "for") && t.eq(p + 1, "the") && t.eq(p + 3, "time") && p + 4 < end
                && (ORDINALS.contains(t.lower(p + 2)) || t.eq(p + 2, "last"))) {
            p += 4; // "said for the first time that …": when, then the content
        }
        int start = p;
        for (int round = 0; round < 2; round++) {
            while (p < end && p - start < 12 && (t.isWord(p) && (ph.has(p, Lexicon.TEMPORAL) || t.isCapitalized(p)
                    && p > start) || t.is(p, ',') || p > start && (isYear(p) || isDayOfMonth(p) || t.is(p, '.') && isMonth(p - 1)))) {
                if (t.eq(p, "that")) {
                    break;
                }
                p++;
            }
            int title = p > start ? programmeTitleClose(p) : -1;
            if (title < 0 || title + 1 >= end) {
                break;
            }
            p = title + 1; // "said on NBC's “Meet the Press” on Sunday that …": the programme's title, then on
        }
        if (p - 2 > start && p < end && t.isWord(p) && ph.has(p - 1, Lexicon.DETERMINER) && !ph.has(p - 2, Lexicon.DETERMINER)
                && !t.eq(p - 2, "in") && !t.eq(p - 2, "on") && !t.eq(p - 2, "at")) {
            p--; // "said on Monday the station's pumps had burnt out": the article opens the clause's subject
        }
        if (t.eq(p, "during") || t.eq(p, "while") || t.eq(p, "after") || t.eq(p, "before")) {
            // "said (on Tuesday) during a visit to Lokomarin in Tarakwen County that …", "said after the hearing
            // that …": the occasion, then the content
            for (int k = p + 1; k < end && k <= p + 12 && t.isWord(k); k++) {
                if (t.eq(k, "that")) {
                    return k;
                }
            }
        }
        if (p == start && (t.eq(p, "through") || t.eq(p, "via"))) {
            // "said through a spokesman that …", "denied via his lawyer that …": who carried the words, then the content
            boolean channel = false;
            for (int k = p + 1; k < end && k <= p + 6 && t.isWord(k); k++) {
                if (t.eq(k, "that")) {
                    return channel ? k : p;
                }
                channel |= ph.has(k, Lexicon.ROLE | Lexicon.DOCUMENT | Lexicon.ANONYMOUS);
            }
        }
        // only skip if the skipped run ends at "that" or a clause start; otherwise keep the original position
        if (p < end && (t.eq(p, "that") || p == start)) {
            return p;
        }
        // "on Monday", "in a statement": a preposition is skipped only with the time or occasion after it
        // ("promised in exchange for …" is no time)
        boolean preposition = (t.eq(start, "on") || t.eq(start, "in")) && p > start + 1;
        if (t.eq(start, "on") || t.eq(start, "in") || t.eq(start, "at")) {
            // "declared on national television that …", "disclosed in court that …", "said in a regulatory
            // filing that …", "denied at the time that …"; not "said on Tuesday it expected that …", where the
            // clause has begun
            // (further on after a document only: "said in a filing with the Hong Kong stock exchange that …", not
            // "spoke in a cottage on a Marine base that overlooks the bay")
            boolean document = false;
            int k = start + 1;
            for (; k < end && k <= start + (document ? 10 : 6) && t.isWord(k); k++) {
                if (t.eq(k, "that")) {
                    return k;
                }
                document |= ph.has(k, Lexicon.DOCUMENT) || WRITTEN_FOR.contains(t.lower(k)) || t.eq(k, "interview");
                // (a participle after the article describes the thing: "in a written submission that")
                if (preposition && (ph.has(k, Lexicon.PRONOUN) || subjects.isCue(k) && !isDescribingParticiple(k))) {
                    break;
                }
            }
            int aside = t.is(k, ',') ? participleAside(k + 1, end) : -1;
            if (aside > 0 && t.eq(aside + 1, "that")) {
                return aside + 1; // "said in its decision, published on Tuesday, that …"
            }
            int signer = document && t.is(k, ',') && signedByBefore(start + 1, k) ? nameAsideEnd(k + 1, end) : -1;
            if (signer > 0 && t.eq(signer + 1, "that")) {
                return signer + 1; // "said in a statement signed by its Head of Corporate Affairs, Madam X, that …"
            }
        }
        return preposition || t.eq(start, "last")
                || t.eq(start, "yesterday") || t.eq(start, "earlier") || t.is(start, ',') ? p : start;
    }

    /** Token k is a participle between an article and its noun: the "written" of "in a written submission". */
    private boolean isDescribingParticiple(int k) {
        return ph.isDeterminerWord(k - 1) && t.isWord(k + 1) && !t.eq(k + 1, "that") && (isPastForm(k) || t.endsWith(k, "en"));
    }

    /** Heads of a group that a body's name may follow in apposition: "the organisers, the Valdecerro Tenants’ Union". */
    private static final Set<String> ORGANISERS = Set.of("organisers", "organizers");

    /**
     * A name of two to five words, none of them a given name the lists know, set off by a comma after it and not
     * followed by an age: "Lantern Row Books, sales …", not "Calvanese-Dori, 52, is suspected".
     */
    private boolean namedBodyInApposition(Mention named) {
        int e = named.endTok();
        return e - named.startTok() >= 2 && t.is(e, ',') && t.kind(e + 1) != Tokens.NUMBER
                && !ph.has(named.startTok(), Lexicon.FEMALE | Lexicon.MALE | Lexicon.HONORIFIC);
    }

    /** What a writer writes for an outlet: "wrote in his column for The Meridian Herald that …". */
    static final Set<String> WRITTEN_FOR = Set.of("column", "op-ed", "article", "essay", "piece", "editorial",
            "commentary", "newsletter", "blog");

    /** Skips "the idea" / "claims" before a "that" clause: "rejected claims that …". */
    private int skipProposition(int p, int end) {
        int k = t.eq(p, "the") || t.eq(p, "any") || t.eq(p, "all") ? p + 1 : p;
        if (k < end && ph.has(k, Lexicon.PROPOSITION) && ph.has(k + 1, Lexicon.PRONOUN) && !t.eq(k + 1, "that")) {
            return k + 1; // "rejected suggestions it had been punished": the clause opens without "that"
        }
        if (k < end && ph.has(k, Lexicon.PROPOSITION) && t.eq(k + 1, "the") && auxiliaryWithin(k + 3, Math.min(end, k + 6))) {
            return k + 1; // "rejected claims the decision was about saving money"
        }
        if (k < end && ph.has(k, Lexicon.PROPOSITION) && (t.eq(k + 1, "from") || t.eq(k + 1, "by"))) {
            // "rejected complaints from village heads that …": whose claim it was, then the "that"
            for (int j = k + 2; j < end && j <= k + 6 && t.isWord(j) && !subjects.isCue(j); j++) {
                if (t.eq(j, "that")) {
                    return j;
                }
            }
        }
        return k < end && ph.has(k, Lexicon.PROPOSITION) && t.eq(k + 1, "that") ? k + 1 : p;
    }

    /** Content that can be a reported clause: a subject-like first word and some length. */
    private boolean startsClause(int p, int end) {
        if (end - p == 2 && pronounAndPastVerb(p)) {
            return true; // "denied it happened"
        }
        // three words are a clause when they open with a pronoun: "said it would appeal"
        // a figure opens a clause too: "said 12 officers had been injured"
        // and so do three words with an auxiliary second: "said prices were rising"
        // and so do three words with a determiner, a noun and a past form: "say the price rose"
        // and so do three with a group and a plain verb: "said people misunderstand Trump"
        int least = ph.has(p, Lexicon.PRONOUN) || ph.isPronounContraction(p)
                || ph.isAuxiliary(p + 1) && !ph.has(p, Lexicon.DETERMINER)
                || ph.has(p, Lexicon.GROUP) && !t.isCapitalized(p) && t.isWord(p + 1) && !t.isCapitalized(p + 1)
                && !ph.has(p + 1, Lexicon.STOP | Lexicon.GROUP | Lexicon.TEMPORAL)
                || ph.isDeterminerWord(p) && t.isWord(p + 1) && !t.isCapitalized(p + 1) && t.isWord(p + 2)
                && !t.isCapitalized(p + 2) && isVerbForm(p + 2) ? 3 : 4;
        if (isCurrency(p) && t.kind(p + 1) == Tokens.NUMBER) {
            // a sum opens the clause: "said £12 million had been set aside", not "reported $2.17 billion in revenue"
            return end - p >= 4 && auxiliaryWithin(p + 2, Math.min(end, p + 8));
        }
        if (end - p < least || !t.isWord(p) && t.kind(p) != Tokens.NUMBER) {
            return false;
        }
        if (t.isWord(p) && !t.isCapitalized(p) && !ph.has(p, Lexicon.PRONOUN) && t.is(p + 1, ',') && ph.isAuxiliary(p + 2)) {
            return false; // a noun, a comma and a verb: the end of a subject, "… for insurance claims adjusters, is laying off"
        }
        String w = t.lower(p);
        if ((w.equals("over") || w.equals("about") || w.equals("under"))
                && (t.kind(p + 1) == Tokens.NUMBER || isFraction(p + 1) || isAOrOne(p + 1) && isFraction(p + 2))) {
            // a quantity opens the clause: "said over 2.31 crore voters were eligible", "said about a third of the
            // half-year profit came from …"
            return true;
        }
        if (w.equals("to") || w.equals("for") || w.equals("about") || w.equals("with") || w.equals("of")
                || w.equals("by") || w.equals("and") || w.equals("in") || w.equals("on")
                || w.equals("at") && !t.eq(p + 1, "least")
                || w.equals("so") || w.equals("as") || w.equals("from") || w.equals("goodbye") || w.equals("nothing")
                || w.equals("over") || w.equals("against") || w.equals("into") || w.equals("amid") || w.equals("during")) {
            return false;
        }
        return true;
    }

    /** Fractions that a share opens with: "half", "a third", "two-thirds". */
    private static final Set<String> FRACTIONS = Set.of("half", "third", "quarter", "fifth", "tenth", "two-thirds",
            "three-quarters");

    private boolean isFraction(int p) {
        return t.isWord(p) && FRACTIONS.contains(t.lower(p));
    }

    private boolean isAOrOne(int p) {
        return t.eq(p, "a") || t.eq(p, "one");
    }

    private boolean isCurrency(int p) {
        return t.is(p, '$') || t.is(p, '\u00A3') || t.is(p, '\u20AC') || t.is(p, '\u00A5') || t.is(p, '\u20B9');
    }

    /** Reported content ends where a second report of the same speaker begins (", adding that", "but warned"). */
    private int cutAtNextReport(int fromTok, int toTok) {
        int s = fromTok < toTok ? a.sentenceOf(fromTok) : -1;
        Mention reporter = s < 0 ? null : relays.trailingReporter(a.sentenceStart(s), a.sentenceEnd(s));
        if (reporter != null && reporter.startTok() - 1 > fromTok && reporter.startTok() - 1 < toTok) {
            toTok = reporter.startTok() - 1; // "…, the state news agency DrosPress reported": the relay, not the content
        }
        // a fronted clause ("When the moderator pointed out that …,") holds the cue when no comma stands before its content
        boolean fronted = s >= 0 && opensWithSubordinator(s) && noCommaBetween(a.sentenceStart(s), fromTok);
        // whether a finite verb stands among the content's tokens before k: looked for only when asked, from where the
        // last look stopped, so that the scan stays linear and most contents never look
        boolean verbBefore = false;
        int verbScanned = fromTok;
        for (int k = fromTok + 1; k + 1 < toTok; k++) {
            if ((t.is(k, ',') || t.eq(k, "and") || t.eq(k, "but")) && subjects.isCue(k + 1) && !a.inQuote(k)
                    && (t.endsWith(k + 1, "ing") || !t.is(k, ','))
                    || t.is(k, ',') && t.eq(k + 1, "according") && t.eq(k + 2, "to")) {
                return k;
            }
            if (fronted && t.is(k, ',') && !a.inQuote(k) && mainClauseReport(k + 1, toTok)) {
                return k; // "When the moderator pointed out that …, the candidate said …": the main clause's own report
            }
            if (t.is(k, ',') && (t.eq(k + 1, "and") || t.eq(k + 1, "but")) && !a.inQuote(k) && shareReporting(k + 2, toTok)) {
                return k; // "Nearly a third say they don't know, and one in five say it is not": another share's words
            }
            if ((t.is(k, ',') || t.eq(k, "and")) && !a.inQuote(k) && t.kind(k + 1) == Tokens.NUMBER && shareReporting(k + 1, toTok)) {
                return k; // "56 percent say …, 34% say … and 10% say …": each figure's own words
            }
            // (not "whereas", which may open the first speaker's account of another's act: "X said there was no
            // intent, whereas the general acknowledged that …")
            if (t.is(k, ',') && (t.eq(k + 1, "though") || t.eq(k + 1, "although")) && !a.inQuote(k)
                    && ownReport(k + 2, toTok)) {
                return k; // "Police said it was 8,000, though organisers said it was over 10,000": another's report
            }
            if (t.is(k, ',') && t.eq(k + 1, "with") && withSpeakerReporting(k + 2, toTok)) {
                return k; // "…, with one source telling trade magazine The Grocer the chain would …": another speaker
            }
            if (t.is(k, ',') && k + 2 < toTok && isSubjectPronoun(k + 1) && subjects.isCue(k + 2) && !t.endsWith(k + 2, "ing") && startsClause(k + 3, toTok) && !a.inQuote(k)) {
                return k; // "…, he claimed they had never met": a second report, by its own subject, after a comma
            }
            if ((t.eq(k, "and") || t.eq(k, "but")) && k + 3 < toTok && !t.isCapitalized(k + 1) && !a.inQuote(k)
                    && !isSubjectPronoun(k + 1)) {
                for (; !verbBefore && verbScanned < k; verbScanned++) {
                    verbBefore = t.isWord(verbScanned) && !t.isCapitalized(verbScanned) && isVerbForm(verbScanned);
                }
                if (verbBefore && ownReport(k + 1, toTok)) {
                    // "… but U.S. officials have said they …": another subject's report (after a clause of its own, not
                    // inside a subject: "Mills and another aide asked …")
                    return t.is(k - 1, ',') ? k - 1 : k;
                }
            }
            if ((t.eq(k, "and") || t.eq(k, "but")) && k + 2 < toTok && SUBJECT_PRONOUNS.contains(t.lower(k + 1))
                    && subjects.isCue(k + 2) && t.eq(k + 3, "that") && !a.inQuote(k)) {
                // "…, and he denied that deputies had been slow": a second report, by its own subject
                return t.is(k - 1, ',') ? k - 1 : k;
            }
        }
        return toTok;
    }

    /**
     * The end of content reported inside a fronted subordinate clause: the last comma before the main clause's own
     * subject ("While analysts say the state must act, they differ on how", "Although critics say …, the mayor has
     * refused"); to when no such comma is found.
     */
    private int subordinateClauseEnd(int p, int to) {
        for (int k = to - 2; k >= p + 3; k--) {
            if (t.is(k, ',') && t.isWord(k + 1) && (ph.has(k + 1, Lexicon.PRONOUN) || ph.isDeterminerWord(k + 1)
                    || t.isCapitalized(k + 1) || t.eq(k + 1, "nobody") || t.eq(k + 1, "everyone")) && !a.inQuote(k)) {
                return k;
            }
        }
        return to;
    }

    /**
     * The end of content reported in a relative clause set off by commas: the comma before the main clause's verb ("Mr.
     * Trump, who said last week that the judge was biased, issued a statement"); to when none is found.
     */
    private int relativeClauseEnd(int p, int to) {
        boolean inner = false; // inside a relative clause of the content's own: "said the bridge, which opened in 1990, was …"
        for (int k = p + 2; k + 1 < to; k++) {
            if (t.is(k, ',') && (t.eq(k + 1, "which") || t.isWho(k + 1))) {
                inner = true;
            } else if (t.is(k, ',') && inner) {
                inner = false;
            } else if (t.is(k, ',') && !a.inQuote(k) && t.isWord(k + 1) && !t.isCapitalized(k + 1)
                    && (isVerbForm(k + 1) || subjects.isCue(k + 1))) {
                return k;
            }
        }
        return to;
    }

    /** Sentence s opens with a subordinating conjunction: "When", "After", "As", "Because" …. */
    private boolean opensWithSubordinator(int s) {
        int first = a.sentenceStart(s);
        return t.isWord(first) && (Subjects.SUBORDINATORS.contains(t.lower(first)) || t.eq(first, "as") || t.eq(first, "if"));
    }

    /**
     * A speaker phrase starts at token p and a cue verb follows it, with no comma after the verb: "the candidate said",
     * not the aside of "because, she said, the comment …".
     */
    private boolean mainClauseReport(int p, int toTok) {
        Mention m = ph.right(p, toTok);
        return m != null && m.endTok() < toTok && subjects.isCue(m.endTok()) && !t.is(m.endTok() + 1, ',');
    }

    private boolean noCommaBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, ',')) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we");

    /** Nouns of an occasion or a medium that close a short aside before "that": "said in an interview that". */
    private static final Set<String> ASIDE_NOUNS = Set.of("statement", "interview", "speech", "letter", "post", "book",
            "remarks", "filing", "memo", "email", "op-ed", "column", "tweet", "video", "testimony", "hearing",
            "conference", "briefing", "address", "debate", "rally", "meeting", "evidence", "proof", "message", "call",
            "podcast", "broadcast", "radio", "television", "court", "documents", "appearance", "site", "website", "blog",
            "page", "account", "channel", "platform", "show", "program", "programme", "network", "forum", "panel",
            "summit", "session", "floor", "trail", "stage", "podium", "release", "notice", "report", "affidavit",
            "complaint", "lawsuit", "motion", "brief", "announcement", "newsletter", "editorial", "article", "essay",
            "submission", "submissions", "response", "reply", "letters", "declaration");

    /** Token j ends an aside that names an occasion or a medium: a name ("on CNN"), or one of {@link #ASIDE_NOUNS}. */
    private boolean namesOccasion(int j) {
        return t.isCapitalized(j) || t.isWord(j) && ASIDE_NOUNS.contains(t.lower(j));
    }

    /** Token k is "he", "she", "they", "it" or "we". */
    private boolean isSubjectPronoun(int k) {
        return ph.has(k, Lexicon.PRONOUN) && SUBJECT_PRONOUNS.contains(t.lower(k));
    }

    /** Tokens p and p + 1 are a subject pronoun and its past verb, a clause of two words: "denied it happened". */
    private boolean pronounAndPastVerb(int p) {
        return isSubjectPronoun(p) && isPastForm(p + 1);
    }

    /** The subject follows "what", whose object the cue's is: "what he said four years ago", "what workers had been saying". */
    private boolean objectOfWhat(Subject sub) {
        return t.eq(sub.firstTok() - 1, "what");
    }

    /** Prepositions that open a short phrase between a cue and its "that": "claiming without any evidence that". */
    private static final Set<String> ASIDE_PREPOSITIONS = Set.of("without", "with", "in", "at", "during", "on");

    /**
     * The "that" after a short aside right after a cue, or p: a phrase between commas ("saying, apparently for the
     * first time, that …") or opened by a preposition ("claiming without any evidence that …", "agrees with Viguerie
     * that …"), with no verb in it.
     */
    private int thatAfterAside(int p, int end) {
        boolean comma = t.is(p, ',');
        if (!comma && !(t.isWord(p) && ASIDE_PREPOSITIONS.contains(t.lower(p))) || t.eq(p, "at") && t.eq(p + 1, "least")) {
            return p;
        }
        for (int k = p + 1; k < end && k <= p + 9; k++) {
            if (t.eq(k, "that")) {
                // (the aside's closing comma, when one opened it: "saying, apparently for the first time, that"; a
                // place's or a thing's relative clause is none: "spoke in a cottage that overlooks the bay")
                boolean closes = comma ? t.is(k - 1, ',') && k - 1 > p + 1
                        : !t.is(k - 1, ',') && (t.eq(p, "without") || namesOccasion(k - 1) || ph.has(k - 1, Lexicon.PRONOUN));
                return closes && !isVerbForm(k + 1) ? k : p;
            }
            if (!(t.isWord(k) || t.kind(k) == Tokens.NUMBER || t.is(k, ',') && comma || ph.isPossessiveMark(k))
                    || isVerbForm(k) || subjects.isCue(k) || a.inQuote(k)) {
                return p;
            }
        }
        return p;
    }

    /**
     * Tokens from p are a subject phrase of its own (a group, a body, a name, a share), maybe an auxiliary, a finite cue and
     * the start of a clause: "U.S. officials have said they …".
     */
    private boolean ownReport(int p, int toTok) {
        boolean cue = false; // (most "and"s have no cue after them: the phrase is parsed only when one stands near)
        for (int j = p + 1; j < toTok && j <= p + 9 && !cue; j++) {
            cue = subjects.isCue(j);
        }
        if (!cue) {
            return false;
        }
        Mention m = ph.right(p, toTok);
        if (m == null || m.type() == Mention.Type.PRONOUN || m.type() == Mention.Type.DOCUMENT) {
            return false;
        }
        int k = m.endTok();
        while (k < toTok && k < m.endTok() + 2 && ph.isAuxiliary(k)) {
            k++;
        }
        return k + 1 < toTok && subjects.isCue(k) && !t.endsWith(k, "ing") && (t.eq(k + 1, "that") || startsClause(k + 1, toTok));
    }

    /** Tokens from p are a share of people and its cue: "one in five say", "42 percent said". */
    private boolean shareReporting(int p, int toTok) {
        for (int k = p + 1; k < toTok && k <= p + 8; k++) {
            if (subjects.isCue(k)) {
                Mention m = subjects.share(k, p);
                return m != null && m.startTok() == p;
            }
        }
        return false;
    }

    /** Tokens from p are a short phrase and a cue in -ing: "one source telling", "several analysts saying". */
    private boolean withSpeakerReporting(int p, int toTok) {
        for (int k = p + 1; k < toTok && k <= p + 4 && t.isWord(k); k++) {
            if (t.endsWith(k, "ing") && subjects.isCue(k)) {
                return ph.right(p, k) != null;
            }
        }
        return false;
    }

    /** "to" and a lower-case verb at from, after a cue that calls to act and its listener: "urged X to intervene". */
    private boolean callToAct(int from, int cueTok) {
        Lexicon.CueWord cue = ph.cue(cueTok);
        return cue != null && (CALLS_TO_ACT.contains(cue.lemma()) || cue.lemma().equals("ask") || cue.lemma().equals("call"))
                && !t.endsWith(cueTok, "ing") // (a participle's subject is read less surely: "written to X urging him to …")
                && from > cueTok + 1 && t.eq(from, "to") && t.isWord(from + 1) && !t.isCapitalized(from + 1);
    }

    private void addIndirect(int fromTok, int toTok, int cueTok, Subject sub, String rule, double confidence) {
        if (fromTok > cueTok) {
            toTok = cutAtNextReport(fromTok, toTok);
        } else {
            fromTok = afterDateline(fromTok, cueTok);
        }
        while (toTok - 1 > fromTok && t.is(toTok - 1, ',')) {
            toTok--; // "said more homes had been built, and insisted …": the comma before the next clause is not reported
        }
        if (fromTok > cueTok && t.is(fromTok, ',') && toTok - fromTok > 1) {
            if (t.eq(fromTok - 1, "that") && t.endsWith(fromTok + 1, "ing") && subjects.isCue(fromTok + 1)) {
                return; // "denied that, saying …": "that" is what was denied, and the participle reports on its own
            }
            fromTok++; // "said that, in his view, the plan had failed": the aside's comma opens no content
        }
        if (fromTok > cueTok && closedByTrailingAttribution(fromTok, toTok)) {
            // "One of them warned that the bank risked …, the people said": the sentence is the people's account, and
            // the report inside it is part of what they said
            return;
        }
        if (toTok - fromTok < 3 && !(toTok - fromTok == 2 && (pronounAndPastVerb(fromTok) || callToAct(fromTok, cueTok)))) {
            // (two words make a clause only as a pronoun and its past verb, "denied it happened", or as a call to act
            // after its listener, "urged the government to intervene")
            return;
        }
        int start = t.start(fromTok);
        int end = t.end(toTok - 1);
        if (overlapsTaken(start, end) && fromTok > cueTok) {
            // "He said he had not seen it, and when asked …, he said, “I hope not.”": the content ends before the clause
            // that brings its own quotation
            toTok = beforeQuotedReport(fromTok, toTok);
            end = t.end(toTok - 1);
        }
        if (overlapsTaken(start, end)) {
            return; // the words are already a statement (a quotation or another report)
        }
        usedCue[cueTok] = true;
        CueRef cue = sub.rule().equals("according-to") ? cueRef(cueTok, sub.cueEnd()) : passiveOrQuoted(cueTok, sub);
        List<ViaRef> via = Relays.merge(sub.via(), relays.at(cueTok));
        Mention m = sub.mention();
        via = new ArrayList<>(via);
        via.removeIf(v -> v.start() >= m.start() && v.end() <= m.end());
        add(new Draft(Kind.INDIRECT, start, end, a.paragraphOf(cueTok), m, cue, via, confidence, List.of(rule)));
    }

    /**
     * A comma among the content's tokens [from, to) opens an attribution that closes its sentence: "…, the people said.",
     * "…, said an American official who was briefed on the talks.", "…, two officials told reporters." Not an outlet's
     * ("…, the state news agency said"), which relays the sentence's own report.
     */
    private boolean closedByTrailingAttribution(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!t.is(k, ',') || a.inQuote(k)) {
                continue;
            }
            int end = contentEnd(a.sentenceEnd(a.sentenceOf(k)));
            Mention m = null;
            if (subjects.isCue(k + 1)) {
                if (!subjects.mayInvert(k + 1) || ph.cue(k + 1).lemma().equals("report")) {
                    continue;
                }
                m = subjects.subjectAfter(k + 2, end);
                boolean describedTail = m != null && !m.isName() && m.type() != Mention.Type.PRONOUN && t.isWho(m.endTok())
                        && end - m.endTok() <= 32 && !quotationWithin(m.endTok(), end);
                if (m == null || !describedTail && !onlyTrailing(m.endTok(), end)) {
                    continue;
                }
            } else {
                for (int c = k + 2; c < end && c <= k + 8 && m == null; c++) {
                    if (subjects.isCue(c) && !t.endsWith(c, "ing")) {
                        if (ph.cue(c).lemma().equals("report")) {
                            break; // "…, Kordinform reported": an outlet relays the report, which keeps its speaker
                        }
                        Subject sub = subjects.subjectOf(c, k + 1);
                        m = sub != null && sub.firstTok() == k + 1 && sub.mention().endTok() == c
                                && shortTail(sub.cueEnd(), end) ? sub.mention() : null;
                        if (m == null) {
                            break;
                        }
                    }
                }
            }
            if (m != null && m.type() != Mention.Type.DOCUMENT && !relays.isOutlet(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokens from to end, after a cue, are a short tail with no cue nor verb of a clause: "(the people said) on Tuesday",
     * "(two officials told) Reuters"; not "(…, Trump said) during the debate were sparked by …", which reports on.
     */
    private boolean shortTail(int from, int end) {
        if (end - from > 12 || !onlyTrailing(from, end) || finiteVerbWithin(from, end)) {
            return false;
        }
        for (int k = from; k < end; k++) {
            if (subjects.isCue(k)) {
                return false;
            }
        }
        return true;
    }

    /** Participles that name who made a document: "a resolution issued by", "a report prepared by". */
    static final Set<String> AUTHORED = Set.of("issued", "published", "released", "prepared", "written",
            "commissioned", "compiled", "drafted", "signed", "posted", "filed", "submitted", "unsealed", "leaked",
            "circulated", "lodged", "announced");

    /**
     * The "by" or "from" that introduces a document's author right after it ("a report by …", "a letter from …"),
     * or after a participle of making and a few words of time ("a resolution issued on Wednesday by …"); else -1.
     */
    private int authorBy(int after, int end) {
        if (t.eq(after, "by") || t.eq(after, "from")) {
            return after;
        }
        if (!t.isWord(after) || !AUTHORED.contains(t.lower(after))) {
            return -1;
        }
        for (int k = after + 1; k < end && k <= after + 4 && t.isWord(k); k++) {
            if (t.eq(k, "by")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Reported content that opens a paragraph starts after its dateline: "PARIS –", "SAN FRANCISCO,
     * Feb 11 (Reuters) -", "WASHINGTON (AP) —", "PUNE:" are the story's place, not what was said.
     */
    private int afterDateline(int fromTok, int limit) {
        if (!t.isAllCaps(fromTok)) {
            int end = ph.mixedCaseDatelineEnd(fromTok); // a dateline in mixed case: "Hessfurt (dpa) - A strike …"
            return end > 0 && end < limit ? end : fromTok;
        }
        int dash = ph.datelineDash(fromTok, limit, 14);
        if (dash >= 0) {
            int k = dash + 1;
            while (k < limit && ph.isDash(k)) {
                k++; // "KUZUHARA, Oct. 14 (Kyodo) -- A magnitude-7.1 earthquake …": a doubled dash
            }
            return k;
        }
        int k = fromTok;
        while (k < limit && k < fromTok + 3 && t.isAllCaps(k)) {
            k++;
        }
        return t.is(k, ':') && t.isCapitalized(k + 1) ? k + 1 : fromTok; // "PUNE: Scooter maker Vellora will …"
    }

    private void add(Draft d) {
        drafts.add(d);
        // a quotation occupies its marks too, so that reported content around it cannot swallow it
        taken.put(d.start() - 1, d.end() + 1);
        if (d.cue() != null) {
            sentencesWithCue.set(a.sentenceOf(t.firstAtOrAfter(d.cue().start())));
        }
    }

    /** Words that open a clause after a comma: "…, and when asked …", "…, but she said …". */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "when", "although", "though", "yet",
            "whereas", "before", "after", "as");

    /**
     * The end of reported content running from fromTok into a later statement (a quotation taken first) that has its own
     * cue: the comma closing the first clause ("…, and when …") or else the last comma before that cue; toTok when no
     * such comma leaves three words of content.
     */
    private int beforeQuotedReport(int fromTok, int toTok) {
        var next = taken.ceilingEntry(t.start(fromTok));
        if (next == null || next.getKey() + 1 >= t.end(toTok - 1)) {
            return toTok;
        }
        int q = t.firstAtOrAfter(next.getKey() + 1);
        int cueAt = -1;
        for (int k = q - 1; k > fromTok; k--) {
            if (subjects.isCue(k)) {
                cueAt = k;
                break;
            }
        }
        int last = -1;
        // (a comma right before that cue closes an aside, not a clause: "Brellmont, which admits no wrongdoing, said")
        for (int k = fromTok + 3; k < cueAt - 1; k++) {
            if (t.is(k, ',') || t.is(k, ';')) {
                if (t.isWord(k + 1) && CLAUSE_OPENERS.contains(t.lower(k + 1))) {
                    return k;
                }
                last = k;
            }
        }
        return last > 0 ? last : toTok;
    }

    private boolean overlapsTaken(int start, int end) {
        var before = taken.floorEntry(end - 1);
        return before != null && before.getValue() > start;
    }
}
