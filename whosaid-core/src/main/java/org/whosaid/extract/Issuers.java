package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.whosaid.resolve.Issued;
import org.whosaid.resolve.Mention;
import org.whosaid.text.Analysis;
import org.whosaid.text.Tokens;

/**
 * Finds who issued each document the article mentions, from the sentence that mentions it, so that "the report
 * said" and "according to the circular" can be given to their issuer:
 * <ul>
 * <li>"by" or "from" after the document: "a report released on Monday by the Centre for …", "a memo from the
 * Department of Health", "The study, published in …, was led by researchers at …";</li>
 * <li>the document as the channel of its sentence's speaker: "NACGAP, in a communiqué issued after …, accused",
 * "Harbourline said in a filing";</li>
 * <li>the document as the object of an issuing verb: "the regulator issued a show-cause notice", a suit brought
 * by "sued": "Fourteen residents … sued Corliss Coatings", and a declaration made by "declared a …".</li>
 * </ul>
 */
final class Issuers {
    private Issuers() {
    }

    /**
     * Participles that lead from a document to its issuer's "by": "a resolution issued on Wednesday by". Unlike the
     * finder's {@code AUTHORED}, which finds who speaks through an "according to" document, not "signed" or
     * "commissioned": the official who signed a circular or the client of a study did not issue it.
     */
    private static final Set<String> ISSUING = Set.of("issued", "released", "published", "presented", "prepared",
            "compiled", "conducted", "led", "written", "authored", "produced", "sent", "filed", "adopted", "lodged",
            "submitted", "posted", "announced");
    /** Participles before the "by" of who obtained or read a document, not who issued it: "seen by the Ledger". */
    private static final Set<String> HELD = Set.of("seen", "obtained", "reviewed", "viewed", "read", "received", "leaked");
    /**
     * Documents whose "of" names their author, not their subject: "the report of the committee" (not "an audit of the
     * council", "a survey of the reef").
     */
    private static final Set<String> OF_AUTHOR = Set.of("report", "reports", "findings", "ruling", "judgment", "judgement",
            "decision", "communiqué", "communique", "statement", "opinion", "recommendations");
    /** Verbs whose subject issues the document that is their object: "the regulator issued a show-cause notice". */
    private static final Set<String> ISSUE_VERBS = Set.of("issued", "issues", "filed", "files", "released",
            "releases", "published", "publishes", "sent", "lodged", "submitted", "tabled", "provided", "supplied", "mailed",
            "compiled", "prepared");
    /** Verbs that bring a suit without naming it: "Fourteen residents … sued Corliss Coatings". */
    private static final Set<String> SUE = Set.of("sued", "sues");
    /** Words that open a sentence before its subject: "But the National Association … , in a communiqué". */
    private static final Set<String> OPENERS = Set.of("but", "and", "meanwhile", "however");
    /** Tokens looked at between a document and its issuer's "by". */
    private static final int WINDOW = 10;
    /** Tokens looked at for the comma that closes an opening "In a communiqué issued …," aside. */
    private static final int ASIDE = 25;

    /** The documents of the article in text order, each with its issuer or null. */
    static List<Issued> find(Analysis a, Phrases ph, List<Mention> names) {
        Tokens t = a.tokens();
        List<Issued> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) != Tokens.WORD || a.inQuote(i)) {
                continue;
            }
            boolean sued = t.length(i) == 4 && SUE.contains(t.lower(i));
            // "Tallis & Reed Inc. filed for bankruptcy": a filing, which its subject made ("according to the filing")
            boolean filedFor = !sued && (t.eq(i, "filed") || t.eq(i, "files")) && t.eq(i + 1, "for");
            // "Gov. X declared a state of emergency": a declaration, which its subject made ("the declaration said")
            boolean declared = !sued && !filedFor && (t.eq(i, "declared") || t.eq(i, "declares")) && t.eq(i + 1, "a");
            if (!sued && !filedFor && !declared && !isDocument(t, ph, i) && !isFiledClaim(t, i)) {
                continue;
            }
            int sentence = a.sentenceOf(i);
            int first = a.sentenceStart(sentence);
            int last = a.sentenceEnd(sentence);
            Mention issuer;
            if (sued || filedFor || declared) {
                issuer = subjectBefore(t, ph, i, first); // the suit, the filing or the declaration is its subject's
            } else {
                issuer = byAfter(t, ph, i, first, last);
                if (issuer == null) {
                    issuer = channelSubject(t, ph, i, first, last);
                }
                if (issuer == null) {
                    issuer = issuingVerbSubject(t, ph, i, first);
                }
            }
            String word = sued ? "lawsuit" : declared ? "declaration" : filedFor ? "filing" : t.lower(i);
            out.add(new Issued(t.start(i), word, Issued.familyOf(word), typed(issuer, names)));
        }
        return out;
    }

    /** A lower-case document word ("report", "circular", "lawsuit"), not a word of a title ("the World Report"). */
    private static boolean isDocument(Tokens t, Phrases ph, int i) {
        return !t.isCapitalized(i) && t.length(i) >= 4 && ph.has(i, Lexicon.DOCUMENT);
    }

    /**
     * A claim made a document by the verb that lodges it: "the co-operative filed the claim", "lodged a claim" (where
     * "rejected the claim that …" is a proposition).
     */
    private static boolean isFiledClaim(Tokens t, int i) {
        return t.eq(i, "claim") && isDeterminer(t, i - 1) && t.isWord(i - 2)
                && (t.eq(i - 2, "filed") || t.eq(i - 2, "lodged") || t.eq(i - 2, "submitted"));
    }

    /** "a report by X", "a memo from X", "a resolution issued on Wednesday by X", "The study, published …, was led by X". */
    /**
     * The phrase of the issuer at token k, past a lower-case description between "the" and a name: "by the nonpartisan
     * Congressional Review Office" is the office's.
     */
    private static Mention agent(Tokens t, Phrases ph, int k, int last) {
        Mention m = ph.right(k, last);
        if (m == null && t.eq(k, "the") && t.isWord(k + 1) && !t.isCapitalized(k + 1) && t.isCapitalized(k + 2)) {
            m = ph.right(k + 2, last);
        }
        return m;
    }

    private static Mention byAfter(Tokens t, Phrases ph, int doc, int first, int last) {
        int k = doc + 1;
        if (t.eq(k, "from") || t.eq(k, "by")) {
            return acceptable(agent(t, ph, k + 1, last));
        }
        if (t.eq(k, "of") && OF_AUTHOR.contains(t.lower(doc))) {
            // "the final report of the Rail Accident Investigation Office", "the ruling of the court": a body's own document
            Mention body = agent(t, ph, k + 1, last);
            if (body != null && (body.type() == Mention.Type.ORG_NAME || body.type() == Mention.Type.ORG_NOMINAL)) {
                return acceptable(body);
            }
        }
        if (t.eq(k, "of")) { // "the largest survey of the reef in a decade, by researchers from …"
            while (k < last && k < doc + WINDOW && !t.is(k, ',')) {
                k++;
            }
            return t.is(k, ',') && t.eq(k + 1, "by") ? acceptable(agent(t, ph, k + 2, last)) : null;
        }
        if (t.is(k, ',')) {
            k++;
            if (t.eq(k, "by") || t.eq(k, "from")) {
                return acceptable(agent(t, ph, k + 1, last)); // "The survey, by the Pew Research Center, found"
            }
        }
        int who = t.eq(doc + 1, "that") || t.eq(doc + 1, "which") ? doc + 2 : doc + 1; // (no comma: a relative clause)
        Mention maker = t.isWord(who) && !ISSUING.contains(t.lower(who)) ? ph.right(who, last) : null;
        // (and figures "the hospital reported to the state", where "X reported the email came …" reports no document)
        if (maker != null && maker.type() != Mention.Type.DOCUMENT && t.isWord(maker.endTok())
                && (ISSUE_VERBS.contains(t.lower(maker.endTok())) || t.eq(maker.endTok(), "reported"))) {
            // "a plan it submitted to the ministry", "the report that the council published": the relative clause's subject
            // ("it" is the body that opens the sentence: "The company plans …, according to a plan it submitted")
            Mention opening = t.eq(who, "it") ? ph.right(first, doc) : null;
            return opening != null && (opening.type() == Mention.Type.ORG_NAME || opening.type() == Mention.Type.ORG_NOMINAL)
                    ? opening : acceptable(maker);
        }
        if (!t.isWord(k) || !ISSUING.contains(t.lower(k))) {
            return null;
        }
        for (int j = k + 1; j < last && j < k + WINDOW; j++) {
            if (t.eq(j, "by")) {
                // (not the "by" of who has the document: "a notice sent to some users and seen by Bytewire")
                return t.isWord(j - 1) && HELD.contains(t.lower(j - 1)) ? null : acceptable(agent(t, ph, j + 1, last));
            }
            if (t.is(j, ',')) {
                // "The study, published in the journal …, was led by researchers at …"
                boolean passive = (t.eq(j + 1, "was") || t.eq(j + 1, "were")) && t.isWord(j + 2)
                        && ISSUING.contains(t.lower(j + 2)) && t.eq(j + 3, "by");
                return passive ? acceptable(agent(t, ph, j + 4, last)) : null;
            }
        }
        return null;
    }

    /**
     * The document is the channel ("in a filing", "in an emailed statement") of the speaker that opens the sentence
     * ("NACGAP, in a communiqué …, accused", "Harbourline said in a filing") or that stands just before the cue
     * ("…, the company said in an exchange filing").
     */
    private static Mention channelSubject(Tokens t, Phrases ph, int doc, int first, int last) {
        int p = doc - 1;
        while (p > first && p > doc - 4 && t.isWord(p) && !t.isCapitalized(p) && !isDeterminer(t, p)) {
            p--; // "in an emailed statement", "in a joint communiqué"
        }
        if (!isDeterminer(t, p) || !t.eq(p - 1, "in")) {
            return null;
        }
        int in = p - 1;
        // (or the cue and a comma: "…, a committee of MPs has found, in a report that …")
        int cue = ph.cue(in - 1) != null ? in - 1 : t.is(in - 1, ',') && ph.cue(in - 2) != null ? in - 2 : -1;
        if (cue >= 0) {
            int k = cue;
            if (k - 1 > first && (t.eq(k - 1, "has") || t.eq(k - 1, "have") || t.eq(k - 1, "had"))) {
                k--; // "has found"
            }
            if (k - 3 > first && ph.isBracketedAcronym(k - 1)) {
                k -= 3; // "the State Audit Office (SAO) said in a report": the name before its initials
            }
            Mention before = acceptable(ph.left(k, first - 1));
            if (before != null) {
                return before;
            }
        }
        int s = first;
        if (t.isWord(s) && OPENERS.contains(t.lower(s))) {
            s += t.is(s + 1, ',') ? 2 : 1;
        }
        if (in == s) {
            // "In a communiqué issued after its meeting on Sunday, the union described …": the subject after the aside
            for (int k = doc + 1; k < last && k < doc + ASIDE; k++) {
                if (t.is(k, ',')) {
                    Mention after = acceptable(agent(t, ph, k + 1, last));
                    return after != null && (ph.cue(after.endTok()) != null || t.isWord(after.endTok())
                            && t.endsWith(after.endTok(), "ed")) ? after : null;
                }
            }
            return null;
        }
        Mention opening = acceptable(ph.right(s, in));
        if (opening == null) {
            return null;
        }
        int e = opening.endTok();
        if (ph.isBracketedAcronym(e + 2)) {
            e += 3; // "the National Monetary Authority (NMA), in a circular"
        }
        boolean aside = t.is(e, ',') && e + 1 == in;
        boolean cued = ph.cue(e) != null && in - e <= 3;
        // "The governor's office denied that …, saying in a statement that …": the participle's subject
        boolean participle = t.is(in - 2, ',') && t.endsWith(in - 1, "ing") && ph.cue(in - 1) != null && ph.cue(e) != null;
        return aside || cued || participle ? opening : null;
    }

    /** "the Capital Markets Regulatory Authority (CMRA) issued a show-cause notice", "has filed a complaint". */
    private static Mention issuingVerbSubject(Tokens t, Phrases ph, int doc, int first) {
        int p = doc - 1;
        while (p > first && p > doc - 4 && t.isWord(p) && !isDeterminer(t, p) && !ISSUE_VERBS.contains(t.lower(p))) {
            p--;
        }
        if (isDeterminer(t, p)) {
            p--;
        }
        if (!t.isWord(p) || !ISSUE_VERBS.contains(t.lower(p))) {
            return null;
        }
        return subjectBefore(t, ph, p, first);
    }

    /** The phrase that ends just before the verb at token v, past an auxiliary and a bracketed acronym. */
    private static Mention subjectBefore(Tokens t, Phrases ph, int v, int first) {
        int e = v;
        if (ph.isAuxiliary(e - 1)) {
            e--; // "has issued"
        }
        if (ph.isBracketedAcronym(e - 1)) {
            e -= 3;
        } else if (t.is(e - 1, '.') && ph.isLegalFormAbbreviation(e - 2)) {
            e--; // "Tallis & Reed Inc. filed"
        } else if (t.is(e - 1, ',')) {
            // "Gordon Mayes, a retired schoolteacher from Ashford Hills, filed an objection": the name that opens the
            // sentence before the aside
            int x = e - 2;
            while (x > first && x > e - ASIDE && !t.is(x, ',') && t.kind(x) != Tokens.QUOTE) {
                x--;
            }
            Mention named = x > first && t.is(x, ',') ? ph.left(x, first - 1) : null;
            return named != null && named.endTok() == x && named.startTok() == first && named.isName()
                    ? acceptable(named) : null;
        }
        return e > first ? acceptable(ph.left(e, first - 1)) : null;
    }

    private static boolean isDeterminer(Tokens t, int i) {
        return t.eq(i, "a") || t.eq(i, "an") || t.eq(i, "its") || t.eq(i, "their") || t.eq(i, "the");
    }

    /** A phrase that can issue a document: a name, an organisation, a group of people; not a pronoun or a document. */
    private static Mention acceptable(Mention m) {
        if (m == null) {
            return null;
        }
        return switch (m.type()) {
            case PERSON_NAME, ORG_NAME, ORG_NOMINAL, GROUP -> m;
            default -> null;
        };
    }

    /** The name scan's mention at the same place when there is one: it carries the name's type ("a company"). */
    private static Mention typed(Mention m, List<Mention> names) {
        if (m == null || !m.isName()) {
            return m;
        }
        for (Mention n : names) {
            if (n.startTok() == m.startTok()) {
                return n;
            }
        }
        return m;
    }
}
