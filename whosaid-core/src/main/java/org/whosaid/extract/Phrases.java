package org.whosaid.extract;

import org.whosaid.resolve.Mention;
import org.whosaid.text.Analysis;
import org.whosaid.text.Dates;
import org.whosaid.text.Tokens;

/**
 * Finds speaker phrases around a token: names with their titles and pre-modifying roles, pronouns,
 * role nominals ("the minister"), organisations, groups and anonymous sources. Works on a bounded
 * window of tokens, so each call costs at most a few dozen token reads.
 */
final class Phrases {
    private static final int MAX_PHRASE = 16;

    private final Analysis a;
    private final Tokens t;
    private final String text;
    private final char[] chars;
    private final Lexicon lex = Lexicon.get();

    /** Marks a mask as looked up (no list uses this bit), so that 0 can mean "not looked up yet". */
    private static final int KNOWN = 1 << 30;
    /** Stands in the cue cache for "looked up: no cue", so that null can mean "not looked up yet". */
    private static final Lexicon.CueWord NO_CUE = new Lexicon.CueWord("", org.whosaid.model.CueClass.NEUTRAL, false);
    /** Stands in the phrase cache for "parsed: no phrase". */
    private static final Mention NO_PHRASE = new Mention(0, 0, 0, 0, Mention.Type.DOCUMENT, null, null, null);

    /**
     * Per token, filled on first ask: the word lists it is in (with {@link #KNOWN}), its cue verb,
     * and the phrase parsed from it up to its sentence end. The arrays start zeroed, so an article
     * pays for no pass over them.
     */
    private final int[] masks;
    private final Lexicon.CueWord[] cues;
    private final Mention[] sentenceMemo;
    /**
     * Per token, whether it continues a phrase that may run to its sentence end ({@link #continues} with the
     * sentence end as limit): the phrases parsed from each word of a long noun phrase or name ask it again
     * of every token after their start. 0 unasked, 1 no, 2 yes.
     */
    private final byte[] continuesToSentenceEnd;
    /** Per token, whether it is one of {@link #AUXILIARIES}: 0 unasked, 1 no, 2 yes. */
    private final byte[] auxiliaries;
    /**
     * The phrases parsed by right() with a limit before the sentence end, by token and limit (a few per
     * article: a map, made on first use, costs less than arrays over every token).
     */
    private java.util.Map<Long, Mention> limitedMemo;
    /** Role words the article uses as surnames ("King" of "Sarah King"), made on first use by {@link #isRoleSurname}. */
    private java.util.Set<String> roleSurnames;

    /*
     * The connectives the phrase rules test on nearly every token ("of", "the", "familiar", …), one
     * small id each, found once per token and kept in connectives[]: a rule then reads one array slot
     * instead of comparing strings, and a plain word (OTHER) fails all such tests at once. An id stands
     * for exactly t.eq(i, word) (CLOSE also for "privy", FAMILIAR for "aware"): only word tokens can spell
     * these words.
     */
    private static final byte UNSEEN = 0;
    private static final byte OTHER = 1;
    private static final byte OF = 2;
    private static final byte FOR = 3;
    private static final byte AT = 4;
    private static final byte IN = 5;
    private static final byte FROM = 6;
    private static final byte WITH = 7;
    private static final byte TO = 8;
    private static final byte THE = 9;
    private static final byte A = 10;
    private static final byte AN = 11;
    private static final byte AND = 12;
    /** "familiar", and "aware", which takes "of" where "familiar" takes "with" ("people aware of the development"). */
    private static final byte FAMILIAR = 13;
    /** "close", and "privy", which also takes "to" after a source: the one id that stands for two words. */
    private static final byte CLOSE = 14;
    private static final byte KNOWLEDGE = 15;
    private static final byte THIS = 16;
    private static final byte THAT = 17;
    private static final byte HIS = 18;
    private static final byte HER = 19;
    private static final byte ITS = 20;
    private static final byte THEIR = 21;
    private static final byte OUR = 22;
    private static final byte ONE = 23;
    private static final byte THEM = 24;
    private static final byte THOSE = 25;
    /** "involved", which takes "in" after a source: "a diplomat involved in the talks". */
    private static final byte INVOLVED = 26;
    /** The word of each id, at its index. */
    private static final String[] CONNECTIVE_WORDS = {
            null, null, "of", "for", "at", "in", "from", "with", "to", "the", "a", "an", "and", "familiar", "close",
            "knowledge", "this", "that", "his", "her", "its", "their", "our", "one", "them", "those", "involved"};

    /** Sets of ids, one bit per id. "to" is a preposition only by rule ({@link #isCloseTo}, {@link #isRoleTo}). */
    private static final int PREPOSITIONS = 1 << OF | 1 << AT | 1 << IN | 1 << FOR | 1 << FROM | 1 << WITH;
    private static final int THE_OR_A = 1 << THE | 1 << A;
    private static final int DETERMINER_WORDS = 1 << THE | 1 << A | 1 << AN | 1 << THIS | 1 << THAT | 1 << HIS
            | 1 << HER | 1 << ITS | 1 << THEIR;
    private static final int THEM_OR_THOSE = 1 << THEM | 1 << THOSE;
    /** Connectives a phrase never ends on (with "knowledge" after "with", handled apart). */
    private static final int TRAILING = PREPOSITIONS | THE_OR_A | 1 << AND;

    private final byte[] connectives;

    Phrases(Analysis analysis) {
        this.a = analysis;
        this.t = analysis.tokens();
        this.text = analysis.text();
        this.chars = analysis.chars();
        this.masks = new int[t.size()];
        this.cues = new Lexicon.CueWord[t.size()];
        this.sentenceMemo = new Mention[t.size()];
        this.continuesToSentenceEnd = new byte[t.size()];
        this.auxiliaries = new byte[t.size()];
        this.connectives = new byte[t.size()];
    }

    /** The connective id of token i (OTHER for any other token, and outside the text). */
    private int connective(int i) {
        if (i < 0 || i >= connectives.length) {
            return OTHER;
        }
        int id = connectives[i];
        if (id == UNSEEN) {
            id = findConnective(i);
            connectives[i] = (byte) id;
        }
        return id;
    }

    /** Compares token i with the one or two connectives of its length and first letter, at most. */
    private int findConnective(int i) {
        if (t.kind(i) != Tokens.WORD) {
            return OTHER;
        }
        char c = t.first(i);
        switch (t.length(i)) {
            case 1:
                return c == 'a' || c == 'A' ? A : OTHER;
            case 2:
                switch (c | 0x20) { // an ASCII letter in lower case; other characters fail t.eq below
                    case 'o': return either(i, OF, OTHER);
                    case 'a': return either(i, AT, AN);
                    case 'i': return either(i, IN, OTHER);
                    case 't': return either(i, TO, OTHER);
                    default: return OTHER;
                }
            case 3:
                switch (c | 0x20) {
                    case 'f': return either(i, FOR, OTHER);
                    case 't': return either(i, THE, OTHER);
                    case 'a': return either(i, AND, OTHER);
                    case 'h': return either(i, HIS, HER);
                    case 'i': return either(i, ITS, OTHER);
                    case 'o': return either(i, OUR, ONE);
                    default: return OTHER;
                }
            case 4:
                switch (c | 0x20) {
                    case 'f': return either(i, FROM, OTHER);
                    case 'w': return either(i, WITH, OTHER);
                    case 't': return t.eq(i, "this") ? THIS : either(i, THAT, THEM);
                    default: return OTHER;
                }
            case 5:
                switch (c | 0x20) {
                    case 'c': return either(i, CLOSE, OTHER);
                    case 'p': return t.eq(i, "privy") ? CLOSE : OTHER; // "sources privy to the development": as "close to"
                    case 'a': return t.eq(i, "aware") ? FAMILIAR : OTHER;
                    case 't': return either(i, THEIR, THOSE);
                    default: return OTHER;
                }
            case 8:
                return (c | 0x20) == 'f' ? either(i, FAMILIAR, OTHER) : (c | 0x20) == 'i' ? either(i, INVOLVED, OTHER) : OTHER;
            case 9:
                return (c | 0x20) == 'k' ? either(i, KNOWLEDGE, OTHER) : OTHER;
            default:
                return OTHER;
        }
    }

    /** Connective x or y when token i spells its word, else OTHER. */
    private int either(int i, int x, int y) {
        return t.eq(i, CONNECTIVE_WORDS[x]) ? x : y != OTHER && t.eq(i, CONNECTIVE_WORDS[y]) ? y : OTHER;
    }

    /** Token i is "his", "her", "its", "their" or "our". */
    boolean isPossessivePronoun(int i) {
        return connectiveIn(i, POSSESSIVES);
    }

    private static final int POSSESSIVES = 1 << HIS | 1 << HER | 1 << ITS | 1 << THEIR | 1 << OUR;

    /** True when token i is one of the connectives of the set (bits of ids). */
    private boolean connectiveIn(int i, int set) {
        return (1 << connective(i) & set) != 0;
    }

    /** True when word token i is in one of the lists given as bits. */
    boolean has(int i, int lists) {
        if (i < 0 || i >= masks.length || t.kind(i) != Tokens.WORD) {
            return false;
        }
        if (masks[i] == 0) {
            look(i);
        }
        return (masks[i] & lists) != 0;
    }

    /** Token i is a word that no word list holds. */
    boolean inNoList(int i) {
        return t.isWord(i) && !has(i, ~KNOWN);
    }

    /** The cue verb at token i, or null. */
    Lexicon.CueWord cue(int i) {
        if (i < 0 || i >= cues.length || t.kind(i) != Tokens.WORD) {
            return null;
        }
        Lexicon.CueWord known = cues[i];
        if (known == null) {
            Lexicon.CueWord w = lex.cueOf(chars, t.start(i), t.end(i));
            known = w == null || insideName(i) || isStateNoun(i) || isNounUse(i, w) || !inFrame(i, w) || isCounselAside(i)
                    || isHavingSaid(i) || isAttributiveParticiple(i) ? NO_CUE : w;
            cues[i] = known;
        }
        return known == NO_CUE ? null : known;
    }

    /**
     * A past participle between a determiner or a figure and its plain noun, an adjective that reports nothing: "271
     * pledged delegates", "the announced cuts", "a promised review".
     */
    private boolean isAttributiveParticiple(int i) {
        return t.endsWith(i, "ed") && (t.kind(i - 1) == Tokens.NUMBER || connectiveIn(i - 1, THE_OR_A | 1 << AN))
                && t.isWord(i + 1) && !t.isCapitalized(i + 1) && connective(i + 1) == OTHER && !isAuxiliary(i + 1)
                && !has(i + 1, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER | Lexicon.TEMPORAL)
                && lex.cueOf(chars, t.start(i + 1), t.end(i + 1)) == null; // (the lexicon's, not cue(): no recursion)
    }

    /** The "said" of the idiom "Having said that," ("Having said this,"), which turns the argument and reports nothing. */
    private boolean isHavingSaid(int i) {
        return t.eq(i - 1, "having") && (t.eq(i + 1, "that") || t.eq(i + 1, "this")) && t.is(i + 2, ',') && t.eq(i, "said");
    }

    /**
     * A participle alone between commas after a name and before a cue says for whom counsel acts, and reports
     * nothing: "Eoin Gildea-Moran BL, defending, said".
     */
    private boolean isCounselAside(int i) {
        return t.is(i - 1, ',') && t.is(i + 1, ',') && t.endsWith(i, "ing") && i >= 2 && t.isCapitalized(i - 2)
                && t.isWord(i + 2) && lex.cueOf(chars, t.start(i + 2), t.end(i + 2)) != null;
    }

    /**
     * Verbs that report speech only in a frame: "put" in "as she put it", "continue" right before its
     * quotation or punctuation ("he continued: …", not "would continue the policy"), "went" in "went on".
     */
    private boolean inFrame(int i, Lexicon.CueWord w) {
        switch (w.lemma()) {
            case "add":
                // "Terrell Ogundipe added 21 points and 12 rebounds": a box score, not a report
                return t.kind(i + 1) != Tokens.NUMBER;
            case "recall":
                // "she recalled that …", never "Halcyon is recalling about (almost, over …) 380,000 hubs" (a product recall)
                // (after a quotation, "“…,” recalled the senator" attributes it)
                return quotationBefore(i) || !(has(i + 1, Lexicon.DETERMINER) || t.kind(i + 1) == Tokens.NUMBER
                        || t.eq(i + 1, "about") || t.eq(i + 1, "some") || t.eq(i + 1, "nearly") || t.eq(i + 1, "more")
                        || t.eq(i + 1, "almost") || t.eq(i + 1, "around") || t.eq(i + 1, "roughly") || t.eq(i + 1, "over"));
            case "agree":
                // "agreed that …", "agreed the plan was fair"; never "agreed on $38 billion", "agreed to pay", "agreed a deal"
                return !(t.eq(i + 1, "on") || t.eq(i + 1, "to") || t.eq(i + 1, "upon") || has(i + 1, Lexicon.DETERMINER)
                        || t.kind(i + 1) == Tokens.NUMBER);
            case "submit":
                // a counsel's "submitted that …", "“…,” he submitted"; never "submitted his proposal"
                return t.eq(i + 1, "that") || quotationBefore(i);
            case "post":
                return !has(i - 1, Lexicon.DOCUMENT); // "a statement posted on Facebook": no cue, a description
            case "pose":
                // "“How does he feed his children?” posed Wafula": right after a quotation only
                return t.kind(i - 1) == Tokens.QUOTE || t.is(i - 1, ',') && t.kind(i - 2) == Tokens.QUOTE;
            case "repeat":
                // "“Forty-three,” she repeated"; not "the warning was repeated by …", whose agent is introduced
                return !isPassiveAuxiliary(i - 1);
            case "put":
                return t.eq(i + 1, "it");
            case "continue":
                // (or before its "that": "The narrator continues that, in “…”")
                return i + 1 >= t.size() || t.kind(i + 1) == Tokens.PUNCT || t.kind(i + 1) == Tokens.QUOTE || t.eq(i + 1, "that");
            case "find":
                // "the study found that …" reports a finding, and so does a trailing "…, a new study has found.";
                // "found him very charming" and "the body was found." report nothing
                // (and a document's finding of a share without "that": "A survey released Tuesday found 48 percent of
                // voters support …")
                return t.eq(i + 1, "that") || (t.is(i + 1, '.') || t.is(i + 1, ',')) && !isPassiveAuxiliary(i - 1)
                        || opensShare(i + 1) && documentSubjectBefore(i);
            case "show":
                // "the poll showed that …", "…, figures from the statistics office showed.": what a document shows, as
                // what it finds; never "showed him the door", "the video shows a man", "shows no sign of"
                // (a trailing one may say when: "…, official figures showed on Wednesday.")
                int after = t.eq(i + 1, "on") ? i + 3 : has(i + 1, Lexicon.TEMPORAL) ? i + 2 : i + 1;
                return (t.eq(i + 1, "that") || (t.is(after, '.') || t.is(after, ',')) && !isPassiveAuxiliary(i - 1))
                        && documentSubjectBefore(i) && !cueWordBefore(i);
            case "call":
                // "the largest carrier calling at Rosthaven" visits a port; "called off the strike" ends it; "would call
                // rolling rail strikes", "called a snap election" convene one
                return !(t.eq(i + 1, "at") || t.eq(i + 1, "off") || convenes(i) || namingAside(i));
            case "hold":
                // a court's or a judge's "held that …"; never "held talks", "was held", "holds the record"
                return t.eq(i + 1, "that") && !isPassiveAuxiliary(i - 1);
            case "rule":
                // "the court ruled that", "…, ruling that"; never "the Supreme Court ruling paved the way"
                return !t.endsWith(i, "ing") || t.is(i - 1, ',');
            case "point out":
                // "She points out that …"; never "the campaign points" (a noun), "pointing fingers" ("pointed" alone
                // reports: "he pointed to the figures")
                return t.eq(i, "pointed") || t.eq(i + 1, "out");
            case "make clear":
                // "made clear that …", "has made it clear that …"; never "made a cake", "made clear progress"
                return t.eq(i + 1, "clear") && t.eq(i + 2, "that") || t.eq(i + 1, "it") && t.eq(i + 2, "clear")
                        && t.eq(i + 3, "that");
            case "shoot back":
            case "hit back":
                // "shot back that …", "hit back at critics, saying …"; never "shot a man", "hit the ground"
                return t.eq(i + 1, "back");
            case "go on":
                // "went on: …", "went on to explain that", "went on to call Cruz “…”", never "went on to lead 31 expeditions"
                return t.eq(i + 1, "on") && (!t.eq(i + 2, "to")
                        || t.isWord(i + 3) && lex.cueOf(chars, t.start(i + 3), t.end(i + 3)) != null);
            default:
                return true;
        }
    }

    /**
     * Token k opens a share of people: "48 percent", "48%", "six in 10", "most voters", "nearly half", "a majority of";
     * not a count of things ("31 incidents of …").
     */
    boolean opensShare(int k) {
        if (t.eq(k, "nearly") || t.eq(k, "almost") || t.eq(k, "only") || t.eq(k, "about") || t.eq(k, "just")) {
            k++;
        }
        return t.kind(k) == Tokens.NUMBER && (t.eq(k + 1, "percent") || t.eq(k + 1, "per") || t.is(k + 1, '%')
                || t.eq(k + 1, "in")) || t.eq(k, "most") || t.eq(k, "half") || t.eq(k, "a") && t.eq(k + 1, "majority");
    }

    /**
     * A document is the subject of the verb at token i: "figures showed", "the latest poll shows", "figures from the
     * statistics office showed", "a survey published on Monday showed".
     */
    private boolean documentSubjectBefore(int i) {
        if (has(i - 1, Lexicon.DOCUMENT) && !t.isCapitalized(i - 1)) {
            return true;
        }
        int from = a.sentenceStart(a.sentenceOf(i));
        for (int k = i - 2; k >= from && k >= i - 10 && (t.isWord(k) || t.is(k, ',')); k--) {
            if (has(k, Lexicon.DOCUMENT) && !t.isCapitalized(k) && (t.eq(k + 1, "from") || t.eq(k + 1, "by")
                    || t.isWord(k + 1) && Finder.AUTHORED.contains(t.lower(k + 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A cue word stands before token i in its sentence: "she said the figures showed that …" reports what she said the
     * figures showed, not what they showed.
     */
    private boolean cueWordBefore(int i) {
        // (a sentence of a one-line text may be long: forty tokens back is far enough for a reporting clause)
        for (int k = i - 1; k >= a.sentenceStart(a.sentenceOf(i)) && k >= i - 40; k--) {
            if (t.isWord(k) && lex.cueOf(chars, t.start(k), t.end(k)) != null && !t.eq(k, "according")) {
                return true;
            }
        }
        return false;
    }

    /** "was", "were", "been", "be", "is", "are" or "being": a participle after it is passive. */
    private boolean isPassiveAuxiliary(int k) {
        return t.eq(k, "was") || t.eq(k, "were") || t.eq(k, "been") || t.eq(k, "be") || t.eq(k, "is") || t.eq(k, "are")
                || t.eq(k, "being");
    }

    /** A quotation mark stands before token i in its sentence. */
    private boolean quotationBefore(int i) {
        for (int k = i - 1; k >= a.sentenceStart(a.sentenceOf(i)); k--) {
            if (t.kind(k) == Tokens.QUOTE && !isPossessiveMark(k)) {
                return true;
            }
        }
        return false;
    }

    /** Words before "state(s)" that make it the noun ("other states", "swing states"). */
    private static final java.util.Set<String> STATE_ADJECTIVES = java.util.Set.of(
            "other", "several", "many", "most", "both", "all", "those", "these", "some", "few", "key", "swing",
            "battleground", "border", "member", "early", "remaining", "neighbouring", "neighboring", "sovereign",
            "nation", "island", "coastal", "southern", "northern", "eastern", "western", "red", "blue", "purple",
            "individual", "various", "two", "three", "four", "five", "six", "ten", "fifty");

    /**
     * Token k comes right after a title that is no role itself ("Mr.", "Ms", "Dr."): it is a surname
     * even when it is also a role word ("Mr. Singer said", "Ms. King said").
     */
    private boolean afterCivilTitle(int k) {
        int h = t.is(k - 1, '.') ? k - 2 : k - 1;
        return h >= 0 && t.isWord(h) && has(h, Lexicon.HONORIFIC) && !isRole(h) && !t.isCapitalized(k + 1);
    }

    /**
     * A capitalised role word standing alone that the article gives elsewhere as the surname of a named
     * person ("Sarah King … King said"). The surnames are found in one pass on the first such word.
     */
    private boolean isRoleSurname(int i) {
        if (!t.isCapitalized(i)) {
            return false;
        }
        if (roleSurnames == null) {
            roleSurnames = new java.util.HashSet<>();
            for (int k = 1; k < t.size(); k++) {
                if (afterGivenName(k)) {
                    roleSurnames.add(t.text(k));
                }
            }
        }
        return roleSurnames.contains(t.text(i));
    }

    /**
     * After the "and" at i, one to four capitalised words that end with an organisation word ("… and Tariff Service",
     * "Marlstone and Tollbrook Valley NHS Trust").
     */
    private boolean orgWordAfterAnd(int i, int end) {
        if (has(i - 1, Lexicon.ORG | Lexicon.COMPANY) && !(pluralTrade(i - 1) && pluralTrade(i + 1))) {
            // "Brightmoor Bank and Quillan Savings Group": two names, each whole (but two trades name one body: "the
            // Garment Exporters and Manufacturers Council")
            return false;
        }
        // (past a plural's apostrophe: "The Monk and Sole Producers' Association")
        int k = i + 1;
        for (; k < end && k <= i + 5 && (t.isCapitalized(k) || k > i + 1 && isPossessiveMark(k)); k++) {
            if (has(k, Lexicon.ORG) && k > i + 1) {
                return true;
            }
        }
        // (or a public body's word in lower case after two capitalised fields: "the Agriculture and Livestock
        // department")
        return k > i + 1 && k < end && t.isCapitalized(i - 1) && t.isWord(k) && LOWER_BODY_HEADS.contains(t.lower(k));
    }

    /** Bodies' words that may end capitalised fields in lower case: "the Agriculture and Livestock department". */
    private static final java.util.Set<String> LOWER_BODY_HEADS = java.util.Set.of("department", "ministry",
            "directorate", "committee", "division");

    /**
     * Token i is the "on" of a body's remit, between its capitalised word and a capitalised field: "the Committee on
     * Education", "the Commission on Human Rights" (not "the Committee on Monday").
     */
    private boolean isRemitOn(int i, int end) {
        return i > 0 && i + 1 < end && t.length(i) == 2 && t.eq(i, "on") && t.isCapitalized(i - 1)
                && has(i - 1, Lexicon.ORG) && t.isWord(i + 1) && t.isCapitalized(i + 1) && !has(i + 1, Lexicon.TEMPORAL | Lexicon.STOP);
    }

    /**
     * The end of a body's name of capitalised words, then "for", maybe "a" or "the", and more capitalised words, opening
     * at token i after a describing word, "the", a comma or the sentence's start and ending before a cue or a comma:
     * "Fair Go for Stock", "Rank and File for a Fair Contract", or "to" instead of "for": "Freedom to Read". No
     * person's name or post is such ("Minister for Health X"), nor a group's ("Executives for Mondelez"); else -1.
     */
    private int forNameEnd(int i, int limit) {
        if (i < 0 || !t.isWord(i) || !t.isCapitalized(i) || t.isAllCaps(i)
                || has(i, Lexicon.FEMALE | Lexicon.MALE | Lexicon.ROLE | Lexicon.HONORIFIC | Lexicon.STOP | Lexicon.PRONOUN
                | Lexicon.GROUP | Lexicon.ANONYMOUS) // (people who work for a firm: "Executives for Mondelez say")
                || !(isSentenceStart(i) || i > 0 && (t.isWord(i - 1) && !t.isCapitalized(i - 1) && cue(i - 1) == null
                || t.is(i - 1, ',') || connective(i - 1) == THE))) {
            return -1;
        }
        int k = i;
        while (k < limit && k < i + 4 && (t.isWord(k) && t.isCapitalized(k) && !has(k, Lexicon.ROLE | Lexicon.HONORIFIC)
                || connective(k) == AND && k > i && t.isCapitalized(k + 1))) {
            k++;
        }
        if (k == i || k >= limit
                || connective(k) != FOR && (connective(k) != TO || t.isCapitalized(k) || t.endsWith(i, "ing")
                || i > 0 && isPrepositionAt(i - 1))) {
            // (or "to": "Midstate Freedom to Read Coalition", not "Talking to Business Recorder", nor a span "from
            // Quechua to Spanish")
            return -1;
        }
        int j = connectiveIn(k + 1, THE_OR_A) ? k + 2 : k + 1;
        int e = j;
        while (e < limit && e < j + 3 && t.isWord(e) && t.isCapitalized(e) && !has(e, Lexicon.STOP | Lexicon.ROLE)) {
            e++;
        }
        return e > j && (e == limit || !t.isWord(e) || cue(e) != null) ? e : -1;
    }

    /** Verbs a campaign's name may open with, asking for what it wants: "Save the Penrosa Valley", "Stop the Quarry". */
    private static final java.util.Set<String> CAMPAIGN_VERBS = java.util.Set.of("save", "stop", "keep", "protect",
            "defend", "rescue", "reclaim", "fight");

    /** Token k opens a campaign's name: such a verb, capitalised, then "the" or "our" and a capitalised word. */
    private boolean isCampaignNameStart(int k) {
        return k >= 0 && t.isWord(k) && t.isCapitalized(k) && !t.isAllCaps(k) && CAMPAIGN_VERBS.contains(t.lower(k))
                && (t.eq(k + 1, "the") || t.eq(k + 1, "our")) && t.isWord(k + 2) && t.isCapitalized(k + 2)
                && !has(k + 2, Lexicon.PRONOUN | Lexicon.STOP);
    }

    /** Token i is a slash between two capital letters written together, as a firm's "A/S" is. */
    private boolean isLetterSlash(int i) {
        return t.is(i, '/') && i > 0 && t.length(i - 1) == 1 && t.length(i + 1) == 1 && t.isCapitalized(i - 1)
                && t.isCapitalized(i + 1) && t.end(i - 1) == t.start(i) && t.end(i) == t.start(i + 1);
    }

    /** Token k is a capitalised trade in the plural that a firm's list holds: "Exporters", "Manufacturers". */
    private boolean pluralTrade(int k) {
        return t.isWord(k) && t.isCapitalized(k) && t.endsWith(k, "s") && has(k, Lexicon.COMPANY | Lexicon.GROUP)
                && !has(k, Lexicon.ORG);
    }

    /**
     * A lower-case role word after the organisation word at token org, before "for" or "of" and a capitalised place:
     * "the Cymric Assembly member for Cwm Gwernant" is a member, no body (not a person after it: "a Secret Service
     * agent for President Bill Clinton").
     */
    private boolean lowerRoleOfPlace(int org, int end) {
        for (int k = org + 1; k + 1 < end && k < org + 4; k++) {
            if (!t.isCapitalized(k) && isLowerRole(k) && (connective(k + 1) == FOR || connective(k + 1) == OF)
                    && t.isCapitalized(k + 2) && !has(k + 2, Lexicon.ROLE | Lexicon.HONORIFIC | Lexicon.FEMALE | Lexicon.MALE)) {
                return true;
            }
        }
        return false;
    }

    /** Token i is the "and" inside one paper's name, between two capitalised media words: "The Post and Courier". */
    private boolean isPaperAnd(int i) {
        return i > 0 && t.eq(i, "and") && t.isCapitalized(i - 1) && has(i - 1, Lexicon.MEDIA) && t.isCapitalized(i + 1)
                && has(i + 1, Lexicon.MEDIA);
    }

    /** "Chipmaker Hanseol Electronics said": a company noun capitalised only because it opens the sentence, before a name. */
    private boolean isOpeningCompanyNoun(int k, int bodyStart, int end) {
        // an agent noun only ("Chipmaker", "Retailer", "Startup"): "Business Insider" and "Group Lotus" are names
        return k == bodyStart && k + 1 < end && (isSentenceStart(k) || afterDateline(k)) && t.isCapitalized(k + 1)
                && has(k, Lexicon.COMPANY | Lexicon.ORG)
                && (t.endsWith(k, "er") || t.endsWith(k, "or") && !t.eq(k, "major") || t.eq(k, "startup"));
        // (and "Operator", "Regulator"; "Major Projects Yarralumbi" opens with no agent)
    }

    /**
     * The dash that closes a dateline opening the paragraph at token from: capitalised words, numbers,
     * commas, periods and brackets before it, within window tokens. -1 when there is none.
     */
    int datelineDash(int from, int before, int window) {
        if (!a.opensParagraph(from)) {
            return -1;
        }
        // (with its "a.m." or "p.m.": "2:15 p.m. – Residents on Kettle Street said")
        int clockEnd = isClock(from) && (t.eq(from + 1, "a.m") || t.eq(from + 1, "p.m")) ? from + (t.is(from + 2, '.') ? 3 : 2)
                : from + 1;
        if (isClock(from) && isDash(clockEnd) && clockEnd < before) {
            // a live blog's time stamp, alone or before a place: "18:40 – …", "19:05 – UNTERKELL – …"
            int place = t.isCapitalized(clockEnd + 1) ? capitalsPlaceDash(clockEnd + 1, before) : -1;
            return place > 0 ? place : clockEnd;
        }
        return t.isCapitalized(from) ? datelineDashFrom(from, before, window) : -1;
    }

    /**
     * The colon after one to three words in capitals that open a paragraph at token from ("CHANDRAVALI: The court …"),
     * before token before, or -1.
     */
    int capitalsColon(int from, int before) {
        if (!a.opensParagraph(from) || !t.isAllCaps(from)) {
            return -1;
        }
        int k = from + 1;
        while (k < before && k < from + 3 && t.isAllCaps(k)) {
            k++;
        }
        return k < before && t.is(k, ':') && t.isCapitalized(k + 1) ? k : -1;
    }

    /**
     * The colon of a signpost of one to four words that opens a paragraph at token from, the first capitalised and the
     * others in lower case ("The other side:", "What's next:", "Why it matters:"), before a capitalised word; or -1.
     */
    int signpostColon(int from, int before) {
        if (!a.opensParagraph(from) || !t.isCapitalized(from) || cue(from) != null) {
            return -1;
        }
        for (int k = from + 1; k < before && k <= from + 4; k++) {
            if (t.is(k, ':')) {
                return k > from && t.isCapitalized(k + 1) && !a.inQuote(k) ? k : -1;
            }
            if (!t.isWord(k) || t.isCapitalized(k) || cue(k) != null || has(k, Lexicon.PRONOUN)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The token after a dateline in capitals that opens a paragraph at token i, ended by a dash or a colon ("HARLOW
     * CITY —", "CHANDRAVALI:", "KASTRAVA, May 21 (Reuters) -"), else i: a place, never a name.
     */
    int capitalsDatelineEnd(int i) {
        if (!a.opensParagraph(i) || !t.isAllCaps(i)) {
            return i;
        }
        int end = a.sentenceEnd(a.sentenceOf(i));
        int dash = datelineDash(i, end, 10);
        int colon = dash < 0 ? capitalsColon(i, end) : -1;
        return dash > i ? dash + 1 : colon > i ? colon + 1 : i;
    }

    /** Token k opens its sentence right after a dateline's dash: "KALTENBRÜCK – Carmaker Ostwerk AG will …". */
    private boolean afterDateline(int k) {
        return k >= 2 && isDash(k - 1) && datelineDash(a.sentenceStart(a.sentenceOf(k)), k, 10) == k - 1;
    }

    /** A clock time as one token: "18:40", "9.15". */
    private boolean isClock(int k) {
        if (t.kind(k) != Tokens.NUMBER || t.length(k) < 4 || t.length(k) > 5) {
            return false;
        }
        char sep = chars[t.end(k) - 3];
        return sep == ':' || sep == '.';
    }

    /** A hyphen, en dash, em dash or horizontal bar ("WASHINGTON ― …") standing alone. */
    boolean isDash(int k) {
        return t.is(k, '\u2013') || t.is(k, '\u2014') || t.is(k, '\u2015') || t.is(k, '-');
    }

    /**
     * Token k is a dash that sets off an aside: an em or en dash, or a hyphen standing alone between spaces, typed for
     * one ("Some economists - including … - warn"); a hyphen inside a word joins it.
     */
    boolean isAsideDash(int k) {
        return t.is(k, '\u2014') || t.is(k, '\u2013') || t.is(k, '-') && t.start(k) > 0 && t.end(k) < a.text().length()
                && a.text().charAt(t.start(k) - 1) == ' ' && a.text().charAt(t.end(k)) == ' ';
    }

    /**
     * The token after a dateline in mixed case that opens at token i with its agency in brackets ("Hessfurt (dpa) - A
     * strike …") or its date ("Punta Leva, June 3 - The projected cost …"), or -1. One in capitals is
     * {@link #capitalsDatelineEnd}'s.
     */
    int mixedCaseDatelineEnd(int i) {
        if (t.isCapitalized(i) && t.is(i + 1, '(') && has(i + 2, Lexicon.VIA) && t.is(i + 3, ')') && isDash(i + 4)) {
            return i + 5;
        }
        int k = i;
        while (k < i + 3 && t.isWord(k) && t.isCapitalized(k)) {
            k++;
        }
        if (k == i || !t.is(k, ',') || !t.isWord(k + 1) || !Dates.MONTHS.contains(t.lower(k + 1))
                || t.kind(k + 2) != Tokens.NUMBER) {
            return -1;
        }
        int dash = k + 3;
        if (t.is(dash, '(') && t.is(dash + 2, ')')) {
            dash += 3; // "Punta Leva, June 3 (ANSA) -"
        }
        return a.opensParagraph(i) && isDash(dash) ? dash + 1 : -1;
    }

    /** The dash after a place name in capitals at token from ("UNTERKELL –"), or -1. */
    private int capitalsPlaceDash(int from, int before) {
        int k = from;
        while (k < before && k < from + 4 && t.isAllCaps(k)) {
            k++;
        }
        return k > from && k < before && isDash(k) ? k : -1;
    }

    /** The dash of a dateline of capitalised words, numbers and brackets starting at from, or -1. */
    private int datelineDashFrom(int from, int before, int window) {
        int depth = 0;
        for (int k = from + 1; k < before && k < from + window; k++) {
            if (depth == 0 && isDash(k)) {
                return k;
            }
            if (t.is(k, '(')) {
                depth++;
            } else if (t.is(k, ')')) {
                depth--;
            } else if (!(depth > 0 || t.isCapitalized(k) || t.is(k, ',') || t.is(k, '.')
                    || t.kind(k) == Tokens.NUMBER)) {
                return -1;
            }
        }
        return -1;
    }

    /** "City of Molapo", "Town of Arnsby", "Village of Larkspur Grove": a local government by its name, no place. */
    private boolean isLocalGovernment(int k, int end) {
        return (t.eq(k, "city") || t.eq(k, "town") || t.eq(k, "borough") || t.eq(k, "village") && t.isCapitalized(k))
                && connective(k + 1) == OF && k + 2 < end && t.isCapitalized(k + 2);
    }

    /** Trades that are also common surnames: after an unknown capitalised word they end a name ("Teal Baker"). */
    private static final java.util.Set<String> TRADE_SURNAMES = java.util.Set.of("baker", "cook", "butler", "mason",
            "porter", "fisher", "hunter", "shepherd", "carpenter", "judge", "marshal", "bishop", "dean", "clerk", "miller",
            "farmer", "gardener", "weaver", "brewer", "cooper", "chamberlain", "sergeant", "pope", "steward", "warden");

    /** A role word as a surname after a given name: "Amy Pope", "Sarah King", "Tom Judge", "Peter T. King". */
    private boolean afterGivenName(int k) {
        if (k <= 0 || !t.isCapitalized(k) || !isRole(k) || isPossessive(k)) {
            return false;
        }
        // (or after a given name and a middle initial: "Peter T. King")
        int g = t.is(k - 1, '.') && k >= 3 && t.length(k - 2) == 1 && t.isCapitalized(k - 2) && t.end(k - 2) == t.start(k - 1)
                ? k - 3 : k - 1;
        if (t.isCapitalized(g) && has(g, Lexicon.FEMALE | Lexicon.MALE) && (!isRole(g) || roleWordAsGivenName(g))
                && !has(g, Lexicon.HONORIFIC)) {
            return true;
        }
        // (or after a given name and a middle name: "Martin Luther King")
        return g >= 1 && t.isCapitalized(g) && t.isWord(g) && !has(g, ~KNOWN) && t.isCapitalized(g - 1)
                && has(g - 1, Lexicon.FEMALE | Lexicon.MALE) && !isRole(g - 1) && !has(g - 1, Lexicon.HONORIFIC);
    }

    /**
     * A given name that is also a role word ("Dean") names a person before a surname after a title ("Senior Constable
     * Dean Rofe", "Economist Dean Baker"), or opening a phrase before a second role word ("Dean Baker said") or before
     * a surname and an apposition ("Dean Foulkes, the union's organiser,"); alone before a surname it stays the title
     * ("Dean Smith").
     */
    private boolean roleWordAsGivenName(int j) {
        if (!isRole(j) || !has(j, Lexicon.FEMALE | Lexicon.MALE) || !t.isCapitalized(j + 1)) {
            return false;
        }
        // (or after a lower-case role: "Timber worker Dean Ashcroft-Bell")
        boolean afterTitle = j > 0 && (t.isCapitalized(j - 1) || t.isWord(j - 1) && !has(j - 1, Lexicon.HONORIFIC))
                && (isRole(j - 1) || has(j - 1, Lexicon.HONORIFIC)) && !isPossessive(j - 1);
        // (or before a surname that an apposition follows: "Dean Foulkes, the union's regional organiser," has a role
        // of his own)
        boolean apposed = t.is(j + 2, ',') && (t.eq(j + 3, "the") || t.eq(j + 3, "a") || t.eq(j + 3, "an"));
        return afterTitle || apposed || isRole(j + 1) && (j == 0 || !t.isCapitalized(j - 1) || isSentenceStart(j));
    }

    /** A capitalised word after another inside a sentence is part of a name ("the Daily Echo"), not a verb. */
    private boolean insideName(int i) {
        return t.isCapitalized(i) && t.isCapitalized(i - 1) && !isSentenceStart(i);
    }

    /**
     * The base form of a cue after a determiner, or after a determiner and a singular noun or a name, is a
     * noun: "the report", "its claim", "a newspaper report", "a Twitter comment" (a verb there would need its -s),
     * and so after two such words: "the top legal post". A group word before it is a plural subject: "The people
     * say", "The police claim".
     */
    private boolean isNounUse(int i, Lexicon.CueWord w) {
        if (i < 1) {
            return false;
        }
        if (t.eq(i, w.lemma()) && i >= 3 && connectiveIn(i - 3, 1 << A | 1 << AN) && isPlainWord(i - 2)
                && isPlainWord(i - 1) || (t.eq(i, w.lemma()) || isPlural(i, w.lemma())) && i >= 2
                && (isPlainWord(i - 1) || t.isWord(i - 1) && t.isCapitalized(i - 1) && !has(i - 1, Lexicon.PRONOUN))
                && t.isWord(i - 2) && REFUTING.contains(t.lower(i - 2))) {
            // "denied a local media report that …", "rejected union claims that …", "rejected Opposition claims that …"
            return true;
        }
        if (t.endsWith(i, "ing") && !t.eq(i, w.lemma()) && (isNounDeterminer(i - 1)
                || has(i + 1, Lexicon.ROLE) && isPlainWord(i - 1) && isNounDeterminer(i - 2))) {
            // a noun after its determiner: "the warning service", "a briefing"; or before a role, after an adjective:
            // "a creative writing professor"
            return true;
        }
        if (isPlural(i, w.lemma())) {
            // a plural right after its determiner: "the claims", "his remarks" (but "The campaign says", "her
            // team calls" are verbs)
            return isNounDeterminer(i - 1) || isPossessive(i - 1);
        }
        if (!t.eq(i, w.lemma()) || w.lemma().equals("put")) {
            return false; // "as the minister put it": its past is its base form
        }
        if (!w.clause() && (t.kind(i + 1) == Tokens.PUNCT || t.kind(i + 1) == 0) && !t.is(i + 1, ':')) {
            return true; // a verb that needs its object, with none: a noun ("A representative for the Trump brand - …")
        }
        if (t.isWord(i - 1) && SHARE_NOUNS.contains(t.lower(i - 1)) && !w.lemma().equals("report")) {
            return false; // "A third say …", "a majority believe": a share of people is the subject (not "a majority report")
        }
        int named = i - 1;
        boolean name = false;
        // (a name, or a plain singular word: "a cryptic Instagram post"; not a plural subject's "a few analysts say")
        while (named > i - 4 && named > 0 && t.isWord(named) && !isSentenceStart(named) && (t.isCapitalized(named)
                || !t.endsWith(named, "s") && connective(named) == OTHER && cue(named) == null && !isAuxiliary(named)
                && !has(named, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.GROUP | Lexicon.ANONYMOUS | Lexicon.ROLE)
                && !QUANTITY_NOUNS.contains(t.lower(named)))) {
            name |= t.isCapitalized(named);
            named--;
        }
        if (name && connectiveIn(named, 1 << A | 1 << AN)) {
            return true; // "denied a Financial Times report that …": "a" and a name make a noun of it
        }
        if (isNounDeterminer(i - 1) || isPossessive(i - 1)) {
            return true;
        }
        int n = i - 1;
        if (i >= 2 && isNounDeterminer(i - 2) && t.isCapitalized(n) && !isSentenceStart(n) && !t.endsWith(n, "s")) {
            return true; // "a Twitter comment", "the BBC report" (but "the Khans say")
        }
        if (!isPlainSingular(n) || has(n, Lexicon.GROUP) && !connectiveIn(i - 2, 1 << A | 1 << AN)) {
            return false; // (but "a staff report": "a" is no plural's)
        }
        boolean clauseAfter = t.kind(i + 1) != Tokens.PUNCT && !isPrepositionAt(i + 1);
        int d; // the determiner
        if (i >= 2 && (isNounDeterminer(i - 2) || isPossessive(i - 2) && !clauseAfter)) {
            // "a newspaper report", "the agency's observation post at …" (but "who protested this week's convention say
            // they …")
            d = i - 2;
        } else if (i >= 3 && (isNounDeterminer(i - 3) || isPossessive(i - 3)) && isPlainSingular(i - 2) && !clauseAfter) {
            d = i - 3; // "the ministry's top legal post, said": two words before it, and no clause after
        } else {
            return false;
        }
        // "Residents of the village say the …", "Experts in the field claim that …", "Farmers around the mine say":
        // the noun phrase closes a plural subject, and a clause follows
        // (or a relative clause or participle on one: "Nurses who worked in the unit say they …", "Residents who
        // oppose the decision say", "Residents opposed to the decision say")
        // (or the matter a source knows about: "Sources close to her campaign say she …")
        return !(clauseAfter && d >= 2 && ((isPrepositionAt(d - 1) || isPlacePreposition(d - 1)) && t.isWord(d - 2)
                && (t.endsWith(d - 2, "s") || has(d - 2, Lexicon.GROUP) || pluralBeforeClause(d - 2))
                || pluralBeforeClause(d - 1) || inMatterObject(d)));
    }

    /**
     * A "who", "that" or participle right after a plural, within a few plain words before token k: "Nurses who
     * worked", "Groups that oppose", "Residents opposed" (k at the clause's last word before the noun phrase).
     */
    private boolean pluralBeforeClause(int k) {
        for (int j = k; j >= 1 && j > k - 6 && t.isWord(j); j--) {
            if (t.isWho(j) || t.eq(j, "that") || isParticiple(j)) {
                if (t.isWord(j - 1) && (t.endsWith(j - 1, "s") || has(j - 1, Lexicon.GROUP))) {
                    return true;
                }
                if (t.isWho(j) || t.eq(j, "that")) {
                    return false;
                }
            }
        }
        return false;
    }

    /**
     * Token i opens a phrase, or follows a determiner other than "a" or "an": where a group's plain nouns may start
     * ("…, law enforcement officials say", "the artisan bakers warned").
     */
    private boolean opensDefinitePhrase(int i) {
        return i == 0 || !t.isWord(i - 1) || has(i - 1, Lexicon.DETERMINER) && !connectiveIn(i - 1, 1 << A | 1 << AN);
    }

    /** Past participles not in "-ed" that describe people ("Motorists stuck in tailbacks", "Families hit by the floods"). */
    private static final java.util.Set<String> IRREGULAR_PARTICIPLES = java.util.Set.of("stuck", "caught", "hit", "hurt",
            "left", "held", "born");

    /**
     * Token k is a lower-case word of more than four letters in "-ed" or "-ing", no function word ("opposed", "waiting"), or
     * an irregular participle that describes people ("stuck").
     */
    boolean isParticiple(int k) {
        return t.isWord(k) && !t.isCapitalized(k) && (t.length(k) > 4 && (t.endsWith(k, "ed") || t.endsWith(k, "ing"))
                && !has(k, Lexicon.STOP) || t.length(k) <= 6 && IRREGULAR_PARTICIPLES.contains(t.lower(k)));
    }

    /**
     * A lower-case word that may stand between a determiner and a noun: no plural ("press" is none), adverb, pronoun or
     * verb.
     */
    private boolean isPlainSingular(int n) {
        return t.isWord(n) && !t.isCapitalized(n) && (!t.endsWith(n, "s") || t.endsWith(n, "ss"))
                && (!t.endsWith(n, "ly") || isFrequency(n))
                && !has(n, Lexicon.DETERMINER | Lexicon.PRONOUN | Lexicon.STOP)
                && lex.cueOf(chars, t.start(n), t.end(n)) == null;
    }

    /** Token i is the word with an "s" added. */
    private boolean isPlural(int i, String word) {
        String w = t.lower(i);
        return w.length() == word.length() + 1 && w.endsWith("s") && w.startsWith(word);
    }

    private boolean isNounDeterminer(int k) {
        return connectiveIn(k, DETERMINER_WORDS | 1 << OUR);
    }

    /** An article, "this"/"that", or a possessive determiner of the third person. */
    boolean isDeterminerWord(int k) {
        return connectiveIn(k, DETERMINER_WORDS);
    }

    /**
     * "state"/"states" as a noun, not the verb: before another noun ("Korvan state television", "state
     * Sen. Ana Ruiz"), after a determiner or a quantifier ("the state", "several states"), after a
     * regional or party adjective ("Southern states", "a reliably Democratic state", "swing states"), or
     * capitalised inside a sentence ("the State Department").
     */
    private boolean isStateNoun(int i) {
        boolean plural = t.eq(i, "states");
        if (!plural && !t.eq(i, "state")) {
            return false;
        }
        if (t.isCapitalized(i) && !isSentenceStart(i)) {
            return true;
        }
        int j = i + 1;
        int p = i - 1;
        if (t.eq(j, "of") || has(p, Lexicon.DETERMINER) || t.eq(p, "home")) {
            // "his home state of Vermont", "the state", "a state of emergency" (the determiners hold his, its …)
            return true;
        }
        if (t.isWord(j) && t.isCapitalized(j) && (has(j, Lexicon.HONORIFIC | Lexicon.ROLE | Lexicon.ORG)
                || t.isAllCaps(j) && isRole(j + 1))) {
            return true; // "state Sen. Ana Ruiz", "the Vessia state Senate", "state RPD president"
        }
        if (p >= 0 && t.kind(p) == Tokens.NUMBER || STATE_ADJECTIVES.contains(t.lower(p)) || t.endsWith(p, "-leaning")
                || t.endsWith(p, "-rich") || t.isCapitalized(p) && !isSentenceStart(p) && (t.endsWith(p, "ern")
                || t.endsWith(p, "ic") || t.endsWith(p, "can") || t.eq(p, "belt") || t.eq(p, "tuesday"))) {
            return true; // "two states", "swing states", "Western states", "Republican states", "Rust Belt states"
        }
        return !plural && t.isWord(j) && !t.isCapitalized(j) && !t.endsWith(j, "ly")
                && !has(j, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER);
    }

    /**
     * Token k follows a company noun and a comma: "the developer, …", "its parent company, …",
     * "Nordvik's operator, …". Nouns that also name a person's trade (producer, publisher) do not count.
     */
    private boolean afterCompanyNoun(int k) {
        int head = k - 2;
        if (head < 1 || !t.is(k - 1, ',') || !t.isWord(head) || t.isCapitalized(head) || !has(head, Lexicon.COMPANY)
                || t.eq(head, "producer") || t.eq(head, "publisher") || t.eq(head, "house")) {
            return false;
        }
        if (has(k, Lexicon.FEMALE | Lexicon.MALE)) {
            return false; // a person: "The director of the corporation, John Onsongo,"
        }
        for (int j = head - 1; j >= 0 && j >= head - 3; j--) {
            if (has(j, Lexicon.DETERMINER) || isPossessive(j)) {
                return !isPrepositionAt(j - 1); // not the company a role is "of": "The director of the firm, X,"
            }
            if (!t.isWord(j) || t.isCapitalized(j) && !isSentenceStart(j)) {
                return false;
            }
        }
        return false;
    }

    /** A person's name with no role, or whose role is titles and ranks only ("Major General", "Captain"). */
    boolean hasRankOnly(Mention m) {
        if (m.role() == null) {
            return true;
        }
        int from = text.indexOf(m.role(), m.start());
        if (from < 0 || from >= m.end()) {
            return false;
        }
        int to = from + m.role().length();
        for (int k = m.startTok(); k < m.endTok() && t.start(k) < to; k++) {
            if (t.start(k) >= from && t.isWord(k) && !has(k, Lexicon.HONORIFIC)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The noun before a name as its description: "carrier" of "the French carrier Air Lumière"; and "environmental group"
     * of "the environmental group Fjällvakt", a group that campaigns, which no story's "the company" means (a "group" alone
     * may be a company's).
     */
    private String causeGroup(int noun) {
        String word = t.lower(noun);
        int modifier = isPossessiveMark(noun - 1) ? noun - 2 : noun - 1;
        return word.equals("group") && t.isWord(modifier) && !t.isCapitalized(modifier)
                && CAUSES.contains(t.lower(modifier)) ? t.lower(modifier) + " group" : word;
    }

    /** Words before "group" that make it a group that campaigns or speaks for people, no business. */
    private static final java.util.Set<String> CAUSES = java.util.Set.of("environmental", "campaign", "advocacy",
            "activist", "pressure", "lobby", "conservation", "rights", "residents", "citizens", "patients", "community",
            "civic", "protest", "heritage", "green", "consumer", "watchdog", "opposition", "rebel", "militant", "armed",
            "religious", "faith", "youth", "parents", "victims", "families", "welfare", "volunteer", "action", "tenants");

    /**
     * Where a name starts after a title that follows a post holding a body's word ("… Member of Parliament Hon. Joseph
     * Chisanga-Mwape"): two or three capitalised words to the end, none a body's; else -1.
     */
    private int nameAfterInnerTitle(int bodyStart, int orgWordAt, int end) {
        for (int h = orgWordAt + 1; h < end - 2; h++) {
            if (t.isWord(h) && t.isCapitalized(h) && has(h, Lexicon.HONORIFIC) && !isRole(h)) {
                int first = t.is(h + 1, '.') ? h + 2 : h + 1;
                if (end - first < 2 || end - first > 3) {
                    return -1;
                }
                for (int k = first; k < end; k++) {
                    if (!t.isWord(k) || !t.isCapitalized(k) || has(k, Lexicon.ORG | Lexicon.HONORIFIC | Lexicon.ROLE)) {
                        return -1;
                    }
                }
                for (int k = bodyStart; k < h; k++) {
                    if (isRole(k)) {
                        return first; // (a post: "Member of Parliament", not a body's name alone)
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** Role words that also end a body's or a paper's name: "the Public Hospitals Executive", "the Union Leader". */
    private static final java.util.Set<String> BODY_ROLES = java.util.Set.of("executive", "leader", "ombudsman",
            "registrar", "auditor");

    /** What a person's hands work, before "operator": "machine operator", "crane operators". */
    private static final java.util.Set<String> MACHINES = java.util.Set.of("machine", "crane", "forklift", "camera",
            "excavator", "digger", "bulldozer", "switchboard", "drone", "lathe", "loom", "tractor", "winch", "radar");

    /** A capitalised word follows token i, past the period of an abbreviation: "SP Halima", "H.E. Kwesi". */
    private boolean isCapitalisedAfterTitle(int i) {
        int named = t.is(i + 1, '.') ? i + 2 : i + 1;
        return t.isWord(named) && t.isCapitalized(named);
    }

    /** A capitalised post or title stands before token i, past an abbreviation's period: "Minister Hon. Charity". */
    private boolean isAfterPostOrTitle(int i) {
        int before = i > 1 && t.is(i - 1, '.') ? i - 2 : i - 1;
        return before >= 0 && t.isCapitalized(before) && has(before, Lexicon.ROLE | Lexicon.HONORIFIC);
    }

    /** "Col", "Gen", "Maj": a rank written short, which a place's or a generation's name may also begin with. */
    private boolean isCapitalisedRankShort(int i) {
        return t.isCapitalized(i) && (t.eq(i, "col") || t.eq(i, "gen") || t.eq(i, "maj"));
    }

    private void look(int i) {
        int m = lex.mask(chars, t.start(i), t.end(i)) | KNOWN;
        if ((m & Lexicon.HONORIFIC) != 0 && t.length(i) == 3 && t.isCapitalized(i) && t.eq(i, "rep")) {
            m &= ~Lexicon.ROLE; // "a rep for the actress" is a role, "Rep. Jim Jordan" a congressman's honorific
        }
        if ((m & Lexicon.HONORIFIC) != 0 && i > 0 && t.eq(i - 1, "the") && !t.is(i + 1, '.') && isCapitalisedRankShort(i)) {
            m &= ~Lexicon.HONORIFIC; // "below the Col de la Sellette": a mountain pass; a colonel is "Col." or no "the"
        }
        if ((m & Lexicon.ORG) != 0 && i > 0 && (t.eq(i, "operator") || t.eq(i, "operators")) && t.isWord(i - 1)
                && MACHINES.contains(t.lower(i - 1))) {
            // "the mill's machine operator, Pertti Vaarala": one who works a machine is a person's trade, where "the
            // ferry operator" is a company
            m = m & ~(Lexicon.ORG | Lexicon.COMPANY) | (t.eq(i, "operator") ? Lexicon.ROLE : Lexicon.GROUP);
        }
        if ((m & Lexicon.HONORIFIC) != 0 && i > 0 && t.isCapitalized(i) && !t.isAllCaps(i) && !t.is(i + 1, '.')
                && t.isWord(i + 1)
                && t.isCapitalized(i + 1) && t.isWord(i - 1) && t.isCapitalized(i - 1)
                && (has(i - 1, Lexicon.FEMALE | Lexicon.MALE) || t.eq(i, "kumari") && !has(i - 1, ~KNOWN))
                && !has(i - 1, Lexicon.HONORIFIC)) {
            // "Sunita Kumari Jatav": after a given name, a title's word is a middle name ("Kumari" after any name word:
            // "Maya Kumari Tamang")
            m &= ~Lexicon.HONORIFIC;
        }
        if ((m & Lexicon.HONORIFIC) != 0 && t.isAllCaps(i) && t.length(i) > 1 && !isCapitalisedAfterTitle(i)) {
            m &= ~Lexicon.HONORIFIC; // "SP Halima Dan-Azumi" is titled; "the SP said" names a post by its initials
        }
        if ((m & Lexicon.ORG) != 0 && t.isCapitalized(i) && t.eq(i, "charity") && i > 0 && t.isWord(i + 1)
                && t.isCapitalized(i + 1) && isAfterPostOrTitle(i)) {
            m = m & ~Lexicon.ORG | Lexicon.FEMALE; // "Agriculture Minister Hon. Charity Nkandu-Lubasi": a given name
        }
        if ((m & Lexicon.ORG) != 0 && t.length(i) == 7 && t.eq(i, "auction") && !(i > 0 && t.eq(i - 1, "the"))) {
            m &= ~Lexicon.ORG; // "The auction said": the house that holds it; "Auction of gun …" is a sale
        }
        if ((m & Lexicon.ORG) != 0 && !t.isCapitalized(i) && t.length(i) == 10 && t.eq(i, "conference")
                && !(i > 0 && (t.eq(i - 1, "the") || t.eq(i - 1, "athletic")))) {
            m &= ~Lexicon.ORG; // "the conference said" is a league; "his news conference" a meeting
        }
        if ((m & Lexicon.ORG) != 0 && !t.isCapitalized(i) && t.eq(i, "capital")) {
            m &= ~Lexicon.ORG; // "the regional capital" is a town; "Oakhaven Capital" a firm
        }
        if ((m & Lexicon.ROLE) != 0 && t.length(i) == 2 && t.eq(i, "md") && !t.isAllCaps(i) && t.isCapitalized(i)
                && t.isCapitalized(i + 1)) {
            m &= ~Lexicon.ROLE; // "Md Rafiqul Alam Bhuiyan": Muhammad written short, part of the name ("the MD said" is a role)
        }
        if ((m & (Lexicon.COMPANY | Lexicon.GROUP)) == Lexicon.COMPANY && t.length(i) > 4 && t.endsWith(i, "s")
                && !t.endsWith(i, "ss") && !t.isAllCaps(i)) {
            m |= Lexicon.GROUP; // "Two supermarket chains said", "Equipment suppliers said": companies counted as a group
        }
        if (i + 1 < t.size() && t.length(i) == 5 && t.kind(i + 1) == Tokens.NUMBER && isUnionLocalNumber(i + 1)) {
            m |= Lexicon.ORG; // the "Local" of "Library Workers Local 4410": a union's branch
        }
        if ((m & Lexicon.HONORIFIC) != 0 && isRankOpeningABodysName(i)) {
            // "Major Projects Yarralumbi", "General Motors": a body's name
            m = m & ~(Lexicon.HONORIFIC | Lexicon.ROLE) | Lexicon.ORG;
        }
        if ((m & Lexicon.STOP) != 0 && t.isAcronymOfFunctionWord(i)) {
            m = KNOWN; // "the WHO said": an organisation's initials, no function word
        }
        if (m == KNOWN && t.length(i) >= 6 && chars[t.end(i) - 1] == 'n' && !t.isCapitalized(i)) {
            m |= manTrade(i); // "a former quarryman", "linesmen"
        }
        if (m == KNOWN && t.length(i) >= 9 && chars[t.end(i) - 1] == 's'
                && (!t.isCapitalized(i) || a.sentenceStart(a.sentenceOf(i)) == i && !t.isAllCaps(i))) {
            m |= compoundGroup(i); // "steelworkers", "Smallholders say"
        }
        masks[i] = m;
    }

    /**
     * Token i is "Major" or "General", as an adjective that opens a body's name: a capitalised plural follows that is no
     * given name, and either a body's word or another capitalised word ("Major Projects Yarralumbi", "General Motors");
     * "General Roberts said" keeps its rank.
     */
    private boolean isRankOpeningABodysName(int i) {
        int next = i + 1;
        if (!t.isCapitalized(i) || !(t.eq(i, "major") || t.eq(i, "general")) || !t.isWord(next) || !t.isCapitalized(next)
                || t.isAllCaps(next) || !t.endsWith(next, "s") || t.end(i) + 1 != t.start(next)) {
            return false;
        }
        int word = lex.mask(chars, t.start(next), t.end(next));
        if ((word & (Lexicon.FEMALE | Lexicon.MALE | Lexicon.HONORIFIC | Lexicon.ROLE)) != 0) {
            return false;
        }
        return (word & (Lexicon.ORG | Lexicon.COMPANY)) != 0
                || t.isWord(next + 1) && t.isCapitalized(next + 1) && t.end(next) + 1 == t.start(next + 1);
    }

    /**
     * A plural no list holds that ends in a group's word of six letters or more, as "steelworkers", "dockworkers" and
     * "smallholders" end in "workers" and "holders": a group; else 0.
     */
    private int compoundGroup(int i) {
        int from = t.start(i);
        int to = t.end(i);
        for (int k = from + 3; to - k >= 6; k++) {
            if ((lex.mask(chars, k, to) & Lexicon.GROUP) != 0) {
                return Lexicon.GROUP;
            }
        }
        return 0;
    }

    /**
     * A word no list holds that names one by the work a man or a woman does, as "quarryman", "signalwoman" or
     * "craftsmen" do: a role in the singular, a group in the plural; else 0. The letter before "man" is no vowel but e or
     * y ("police-", "ferry-"), which leaves out "human", "specimen", "regimen", "caiman" and their like.
     */
    private int manTrade(int i) {
        int to = t.end(i);
        char v = chars[to - 2];
        if (v != 'a' && v != 'e' || chars[to - 3] != 'm') {
            return 0;
        }
        char before = chars[to - 4];
        if (before == 'a' || before == 'i' || before == 'o' || before == 'u' || t.eq(i, "talisman")) {
            return 0;
        }
        return v == 'a' ? Lexicon.ROLE : Lexicon.GROUP;
    }

    boolean isRole(int i) {
        return has(i, Lexicon.ROLE) || isOpeningTrade(i);
    }

    /**
     * Token i opens its sentence with a word of trade no list holds, before a known given name and a surname: "Grower
     * Pascal Liotard-Mény said", "Eleventh-grader Amara Fenwright-Boyd told", "Seamstress Ana Ruiz", "Stuntman Tom Hale",
     * "Mortician Ivo Marek" (a role, as "Economist Dean Baker" is); a word in "-ologist" before any name.
     */
    private boolean isOpeningTrade(int i) {
        return i >= 0 && i + 2 < t.size() && t.isCapitalized(i) && isSentenceStart(i) && t.isCapitalized(i + 2)
                && t.length(i) > 4 && (t.endsWith(i, "er") || t.endsWith(i, "or") || t.endsWith(i, "ist") || t.endsWith(i, "ess")
                || t.endsWith(i, "man") || t.endsWith(i, "ian")) && !t.isAllCaps(i)
                && !has(i, ~KNOWN) && (has(i + 1, Lexicon.FEMALE | Lexicon.MALE) || t.endsWith(i, "ologist"))
                && !has(i + 2, Lexicon.STOP); // (a science's practitioner before any name: "Hydrogeologist X")
    }

    /** The period of an abbreviation ending an apposition: the "." of "… Electric Power Co., said". */
    private boolean abbreviationPeriod(int e) {
        return e > 0 && t.is(e + 1, ',') && t.isWord(e - 1) && t.end(e - 1) == t.start(e) && t.isCapitalized(e - 1)
                && t.length(e - 1) <= 4;
    }

    /** An American legislator's party and state or district after the name: "R-Sabledge", "D-Ore.", "I-Vt.". */
    boolean isPartyTag(int i) {
        if (!t.isWord(i) || t.length(i) < 3) {
            return false;
        }
        int s = t.start(i);
        char p = chars[s];
        return (p == 'R' || p == 'D' || p == 'I') && chars[s + 1] == '-' && Character.isUpperCase(chars[s + 2]);
    }

    /** An ampersand between capitalised words, inside the phrase: "Brenner & Vos", "Marks & Spencer". */
    private boolean isAmpersandInName(int i, int end) {
        return t.is(i, '&') && i > 0 && i + 1 < end && t.isCapitalized(i - 1) && t.isCapitalized(i + 1);
    }

    boolean isPossessive(int i) {
        return t.isWord(i) && t.end(i) - t.start(i) > 2 && (t.endsWith(i, "'s") || t.endsWith(i, "s'"));
    }

    /** An outlet's possessive: "MSNBC's", "the BBC's", whose marked title after it is a programme's. */
    boolean isOutletPossessive(int i) {
        return isPossessive(i) && t.endsWith(i, "'s") && (lex.mask(chars, t.start(i), t.end(i) - 2) & Lexicon.VIA) != 0;
    }

    /**
     * A group or source word capitalised only because it opens the sentence ("Analysts said …", after a dateline too:
     * "ASEKYEM – Importers and …"), or a party's members counted: "Several Democrats said", "two Republicans".
     */
    private boolean isCapitalisedCommonNoun(int k, int end) {
        return (isSentenceStart(k) || k > 0 && (t.kind(k - 1) == Tokens.NUMBER || t.isWord(k - 1)
                && COUNTING.contains(t.lower(k - 1)) || afterDateline(k)) && t.endsWith(k, "s"))
                && (k + 1 >= end || !t.isCapitalized(k + 1)) && has(k, Lexicon.GROUP | Lexicon.ANONYMOUS);
    }

    /** Modal verbs, which end the noun phrase before them. */
    private static final java.util.Set<String> MODALS = java.util.Set.of("will", "would", "shall", "should", "can",
            "could", "may", "might", "must");

    /** Words that count the members of a group before its plural: "several Democrats", "two Republicans". */
    private static final java.util.Set<String> COUNTING = java.util.Set.of("several", "some", "many", "most", "few",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "both", "other", "fellow");

    /** The apostrophe of a plural possessive, attached to its word ("the Dockers’ Union"), not a quotation mark. */
    boolean isPossessiveMark(int i) {
        if (i <= 0 || i >= t.size() || t.kind(i) != Tokens.QUOTE) {
            return false;
        }
        char c = t.first(i);
        return (c == '\u2019' || c == '\'') && t.isWord(i - 1) && t.end(i - 1) == t.start(i) && t.endsWith(i - 1, "s")
                && !a.opensQuote(i) && a.quoteOf(i) == a.quoteOf(i - 1);
    }

    /** A lower-case particle inside a name: "Ursula von der Leyen", "Gerrit van der Molen". */
    private boolean isParticle(int i) {
        if (i > 0 && i + 1 < t.size() && t.length(i) > 3 && isElidedParticle(i) && t.isCapitalized(i - 1)
                && t.isCapitalized(i + 1)) {
            return true; // "Jeanne d'Arc Mukeshimana"
        }
        return has(i, Lexicon.PARTICLE)
                && (t.isCapitalized(i + 1) || has(i + 1, Lexicon.PARTICLE) && t.isCapitalized(i + 2)
                || t.isCapitalized(i - 1) && has(i - 1, Lexicon.ORG) && isLowerInName(i + 1))
                && (t.isCapitalized(i - 1) || has(i - 1, Lexicon.PARTICLE) && t.isCapitalized(i - 2) || isLowerInName(i - 1));
    }

    /** Token i is a word of an elided particle and a capitalised name: "d'Arc", "d’Almeida". */
    private boolean isElidedParticle(int i) {
        char[] cs = t.chars();
        int s = t.start(i);
        return t.isWord(i) && cs[s] == 'd' && (cs[s + 1] == '\'' || cs[s + 1] == '\u2019')
                && Character.isUpperCase(cs[s + 2]);
    }

    /**
     * Token i is a lower-case noun between two particles of a body's name in French, Spanish or Italian, after its
     * organisation word: "vignerons" of "the Fédération des vignerons du Val de Larve".
     */
    private boolean isLowerInName(int i) {
        // (the body's capitalised word first, two to four tokens back: most lower-case words end here on array reads)
        if (i < 2 || !t.isWord(i) || t.isCapitalized(i) || !t.isCapitalized(i - 2) && !t.isCapitalized(i - 3)
                && !t.isCapitalized(i - 4)
                || !has(i - 1, Lexicon.PARTICLE) && !has(i - 2, Lexicon.PARTICLE) && !has(i - 3, Lexicon.PARTICLE)) {
            return false;
        }
        // (a few lower-case words between the particles: "the Fédération des enseignantes et enseignants du Bas-Fleuve")
        int b = i - 1;
        while (b > i - 4 && b >= 2 && t.isWord(b) && !t.isCapitalized(b) && !has(b, Lexicon.PARTICLE)) {
            b--;
        }
        if (!has(b, Lexicon.PARTICLE) || !t.isCapitalized(b - 1) || !has(b - 1, Lexicon.ORG)) {
            return false;
        }
        int f = i + 1;
        while (f < i + 4 && t.isWord(f) && !t.isCapitalized(f) && !has(f, Lexicon.PARTICLE)) {
            f++;
        }
        return has(f, Lexicon.PARTICLE) && t.isCapitalized(f + 1);
    }

    private boolean isNameWord(int i) {
        if (!t.isCapitalized(i)) {
            return false;
        }
        // (a function word after a given name is a surname, even at the sentence start: "Theresa May said")
        return !has(i, Lexicon.STOP) && !isOpeningPlacePreposition(i)
                || i > 0 && t.isCapitalized(i - 1) && !has(i - 1, Lexicon.STOP)
                && (!isSentenceStart(i - 1) || has(i - 1, Lexicon.FEMALE | Lexicon.MALE)) || isLinkInName(i)
                || isWeekdayGivenName(i);
    }

    /** A weekday after a title and before a name is a given name: "Mr. Sunday Ayodele-Bamidele", "Pastor Monday Eze". */
    private boolean isWeekdayGivenName(int i) {
        return t.endsWith(i, "day") && has(i, Lexicon.TEMPORAL) && t.isCapitalized(i + 1) && !has(i + 1, Lexicon.STOP)
                && (i >= 1 && has(i - 1, Lexicon.HONORIFIC) || i >= 2 && t.is(i - 1, '.') && has(i - 2, Lexicon.HONORIFIC));
    }

    /** "Inside the Dáil, the minister said", "Outside the court": a preposition of place that opens the sentence. */
    boolean isOpeningPlacePreposition(int i) {
        return isSentenceStart(i) && (t.eq(i, "inside") || t.eq(i, "outside")) && connectiveIn(i + 1, THE_OR_A | PLACE_OPENERS);
    }

    /**
     * The name run from to end opens with an acronym of three or more capitals before a word in mixed case: "NHS
     * Glen Corran", "EDF Energy". Not a line set in capitals ("JOHN SMITH"), an outlet's day ("CNN Tuesday"), nor
     * the article's first word, which tabloids set in capitals ("CHANTELLE Morrow-Bayliss has blasted …").
     */
    private boolean opensWithAcronym(int from, int end) {
        return end - from >= 2 && from > 0 && t.length(from) >= 3 && t.isAllCaps(from) && !t.isAllCaps(from + 1)
                && t.isCapitalized(from + 1) && !has(from, Lexicon.HONORIFIC | Lexicon.ROLE | Lexicon.FEMALE | Lexicon.MALE)
                && !has(from + 1, Lexicon.TEMPORAL);
    }

    /**
     * A lower-case role word, maybe with titles after it, stands between the organisation word at orgWordAt and a
     * name of two or more words: "Ministry of Basic Education permanent secretary Mrs Rudo Zvavamwe-Ncube", "State
     * … exco member Datuk Seri Azman Shukor" name a person in a post.
     */
    private boolean lowerRoleBeforeName(int orgWordAt, int nameStart, int end) {
        int k = nameStart - 1;
        while (k > orgWordAt && has(k, Lexicon.HONORIFIC) && t.isCapitalized(k)) {
            k--;
        }
        if (end - nameStart >= 2 && k < nameStart - 1 && k > orgWordAt) {
            // an honorific before the name after a capitalised post: "County Executive Committee Member for Health Ms
            // Judith Mutai"
            for (int j = orgWordAt + 1; j <= k; j++) {
                if (t.isCapitalized(j) && isRole(j) && !has(j, Lexicon.HONORIFIC)) {
                    return true;
                }
            }
        }
        if (end - nameStart < 2 || k <= orgWordAt || !t.isWord(k) || t.isCapitalized(k) || !isRole(k)) {
            return false;
        }
        int roleStart = k;
        while (roleStart - 1 > orgWordAt && t.isWord(roleStart - 1) && !t.isCapitalized(roleStart - 1)
                && !isPrepositionAt(roleStart - 1) && connective(roleStart - 1) == OTHER) {
            roleStart--;
        }
        // the body's name runs up to the role in capitals ("Ministry of Basic Education"), not a nominal
        // ("Justice Department investigation of Democratic presidential candidate Hillary Clinton")
        for (int j = orgWordAt + 1; j < roleStart; j++) {
            // (or "for": "Centre for Mining Accountability executive director Natasha Siame-Kunda")
            if (!t.isCapitalized(j) && connective(j) != OF && connective(j) != THE && connective(j) != AND
                    && connective(j) != FOR) {
                return false;
            }
        }
        return true;
    }

    /** Token i is a company's legal form written short, before its period: the "Corp" of "Acme Corp. said". */
    boolean isLegalFormAbbreviation(int i) {
        return i > 0 && t.isCapitalized(i) && t.isCapitalized(i - 1) && LEGAL_FORMS.contains(t.lower(i));
    }

    private static final java.util.Set<String> LEGAL_FORMS = java.util.Set.of("inc", "corp", "co", "ltd", "bhd", "pty", "ltda",
            "zrt", "kft", "nyrt", "s.a", "s.p.a", "n.v", "b.v", "s.r.l", "s.a.s", "s.l", "a.s"); // (and "S.A.", "N.V.")

    /** Verbs whose object is a claim or report: "rejected union claims that …". */
    private static final java.util.Set<String> REFUTING = java.util.Set.of("rejected", "rejects", "denied", "denies",
            "dismissed", "dismisses", "disputed", "disputes", "refuted", "refutes");

    /** Prepositions that join the words of a body's name: "Doctors Without Borders", "Patients Before Targets". */
    private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("without", "before", "against", "for", "beyond",
            "across", "over");

    /**
     * Token i is a capitalised preposition between two capitalised words that are no function words, the first
     * of them opening the sentence too: "Doctors Without Borders said".
     */
    private boolean isLinkInName(int i) {
        return i > 0 && t.isCapitalized(i) && t.isCapitalized(i - 1) && t.isCapitalized(i + 1) && !has(i - 1, Lexicon.STOP)
                && !has(i + 1, Lexicon.STOP) && NAME_LINKS.contains(t.lower(i));
    }

    /** The name run from to end holds a preposition joining its words: a body's name, no person's. */
    private boolean hasLinkInName(int from, int end) {
        for (int k = from + 1; k < end - 1; k++) {
            if (isLinkInName(k)) {
                return true;
            }
        }
        return false;
    }

    private boolean isSentenceStart(int i) {
        return i == 0 || a.sentenceOf(i) != a.sentenceOf(i - 1);
    }

    /**
     * Token i is the opening bracket, the period or the closing bracket of an honorific in brackets before a
     * capitalised name: "(Dr.)" of "Hon. (Dr.) Babatunde Adekola-Williams", or of the area after a title: "(East)".
     */
    private boolean inParenthesisedHonorific(int i) {
        for (int open = i - 3; open <= i; open++) {
            // (or the area of a title: "DCP (East) Anjali Rathore-Menon", "SP (Rural) Amit Verma")
            if (open >= 0 && t.is(open, '(') && (has(open + 1, Lexicon.HONORIFIC) || open > 0 && t.isCapitalized(open - 1)
                    && isRole(open - 1) && t.isCapitalized(open + 1) && t.is(open + 2, ')'))) {
                int close = t.is(open + 2, ')') ? open + 2 : t.is(open + 2, '.') && t.is(open + 3, ')') ? open + 3 : -1;
                // (or a role's acronym before its portfolio: "County Executive Committee Member (CEC) for Health")
                return close >= i && (t.isCapitalized(close + 1) || (t.eq(close + 1, "for") || t.eq(close + 1, "of"))
                        && isRole(open - 1) && t.isCapitalized(close + 2)) && i != open + 1;
            }
        }
        return false;
    }

    /**
     * Verbs that go on with a clause whose subject stood before them: auxiliaries, forms of "be", "have" and
     * "do", modals, and a few verbs of state ("remains", "needs", "wants").
     */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of(
            "is", "was", "are", "were", "has", "have", "had", "would", "will", "could", "can", "should", "must",
            "may", "might", "did", "does", "do", "remains", "remained", "needs", "needed", "wants", "wanted");

    /** Token i is one of {@link #AUXILIARIES}: "is filing", "said prices were rising", "He did, however, deny". */
    boolean isAuxiliary(int i) {
        if (!t.isWord(i)) {
            return false;
        }
        // (asked of most words many times over: the set is read once per token)
        byte known = auxiliaries[i];
        if (known == 0) {
            known = AUXILIARIES.contains(t.lower(i)) ? (byte) 2 : (byte) 1;
            auxiliaries[i] = known;
        }
        return known == 2;
    }

    /**
     * Tokens i and i + 1 are plain words between a determiner and a lower-case role or source word: "a prefectural
     * disaster official".
     */
    /**
     * Token i, a plain word after "a", "an" or "one" (a participle too: "an embattled Ohio official"), comes before one
     * to three capitalised words of a place or a party and a lower-case role or source word: the "influential" of "an
     * influential Florida Republican strategist".
     */
    private boolean plainWordBeforeCapitalsAndRole(int i, int end) {
        if (!(connectiveIn(i - 1, 1 << A | 1 << AN) || connective(i - 1) == ONE) || !isPlainWord(i)
                || !t.isCapitalized(i + 1)) {
            return false;
        }
        int k = i + 1;
        while (k < end && k <= i + 3 && t.isWord(k) && t.isCapitalized(k) && cue(k) == null) {
            k++;
        }
        return k > i + 1 && k < end && t.isWord(k) && !t.isCapitalized(k) && (isRole(k) || has(k, Lexicon.ANONYMOUS));
    }

    private boolean twoPlainWordsBeforeRole(int i) {
        return has(i - 1, Lexicon.DETERMINER) && !t.isCapitalized(i + 2) && (isRole(i + 2) || has(i + 2, Lexicon.ANONYMOUS))
                && !t.isCapitalized(i) && isPlainWord(i) && isPlainWord(i + 1) && !t.endsWith(i + 1, "ed");
    }

    /**
     * Token i is part of a month (and its day) that modifies the noun after it, after "the" or "a": "the November
     * election", "the Nov. 8 election", "a March 3 hearing".
     */
    private boolean inDateBeforeNoun(int i, int end) {
        int m = i;
        if (t.kind(m) == Tokens.NUMBER) {
            m--;
        }
        if (t.is(m, '.')) {
            m--;
        }
        if (m < 1 || !t.isCapitalized(m) || !(t.eq(m - 1, "the") || t.eq(m - 1, "a")) || !Dates.MONTHS.contains(t.lower(m))) {
            return false;
        }
        int n = m + 1;
        if (t.is(n, '.')) {
            n++;
        }
        if (t.kind(n) == Tokens.NUMBER) {
            n++;
        }
        return n > i && n < end && t.isWord(n) && !t.isCapitalized(n) && !has(n, Lexicon.STOP) && cue(n) == null;
    }

    /** A token that may continue a speaker phrase that may run to token end (exclusive). */
    private boolean continues(int i, int end) {
        if (i >= end) {
            return false;
        }
        if (end == a.sentenceEnd(a.sentenceOf(i))) {
            byte known = continuesToSentenceEnd[i];
            if (known == 0) {
                known = continuesUncached(i, end) ? (byte) 2 : (byte) 1;
                continuesToSentenceEnd[i] = known;
            }
            return known == 2;
        }
        return continuesUncached(i, end);
    }

    private boolean continuesUncached(int i, int end) {
        if (t.length(i) == 4 && isInAMove(i)) {
            return false; // "in a move union leaders have branded …": the move, then the clause's own subject
        }
        int age = ageAt(i);
        if (age >= 0) {
            return age + 2 < end; // "the 71-year-old diplomat": the age goes with the phrase
        }
        if (i >= 2 && connective(i - 1) == OF && isChildCount(i - 1, end)) {
            return true;
        }
        if (i >= 2 && i + 1 < end && isQuantifierOfGroup(i)) {
            return true; // the "several" of "relatives of several victims"
        }
        if (i >= 2 && (t.isCapitalized(i) && t.length(i) <= 9 || t.kind(i) == Tokens.NUMBER || t.is(i, '.'))
                && i + 1 < end && inDateBeforeNoun(i, end)
                || i >= 3 && t.isWord(i) && !t.isCapitalized(i) && (t.isCapitalized(i - 1) || t.kind(i - 1) == Tokens.NUMBER)
                && inDateBeforeNoun(i - 1, i + 1)) {
            return true; // "the nominee for the November election", "the Nov. 8 election"
        }
        if (t.kind(i) == Tokens.PUNCT) {
            if (isAmpersandInName(i, end)) {
                return true; // "Brenner & Vos"
            }
            if (i > 0 && t.is(i, '-') && isMeasureBeforeNoun(i - 1, end)) {
                return true; // the hyphen of "212-page"
            }
            if (isPortfolioComma(i, end)) {
                return true; // "Minister for Food, Agriculture and Cocoa Affairs", "Ministry of Health, Labour and Welfare"
            }
            if (i > 0 && i + 1 < end && t.is(i, '\u2013') && t.end(i - 1) == t.start(i) && t.end(i) == t.start(i + 1)
                    && t.isCapitalized(i - 1) && t.isCapitalized(i + 1) && t.isWord(i - 1) && t.isWord(i + 1)) {
                return true; // the en dash of a seat named after two places: "Maitlow–Cape Vollard MP"
            }
            if (i + 1 < end && isLetterSlash(i)) {
                return true; // the slash of a Nordic firm's "A/S": "Skærbo Wind A/S"
            }
            char c = t.first(i);
            if ((c == '(' || c == ')') && i + 1 < end && inBracketedPortfolio(i)) {
                return true; // "Superintendent of Police (Cyber Crime) Anjali Deshpande-Rao"
            }
            int close = c == '(' ? i + 2 : i;
            if ((c == '(' || c == ')') && close + 2 < end && isBracketedAcronym(close) && has(close - 3, Lexicon.ORG)
                    && t.isCapitalized(close - 3) && t.isCapitalized(close + 1) && isRole(close + 1)) {
                // "Central Plantation Workers' Alliance (CPWA) General Secretary Murugan Selvaraj": the body's initials,
                // then its officer's post and name
                return true;
            }
            if ((c == '(' || c == ')' || c == '.') && inParenthesisedHonorific(i) && i + 1 < end) {
                return true; // "Hon. (Dr.) Babatunde Adekola-Williams", "Chief (Mrs.) Folake Adesanya-Bello"
            }
            // the period of "Lt." or "J." inside a name, or of "St." ("St. Ebba's Regional Medical Center")
            // (not a full title word that ends a sentence: "…,” said the former captain. Renee Marchetti-Oduya won")
            return t.is(i, '.') && i > 0 && t.end(i - 1) == t.start(i) && i + 1 < t.size()
                    && a.sentenceOf(i + 1) == a.sentenceOf(i)
                    && (has(i - 1, Lexicon.HONORIFIC) || t.isInitials(i - 1) || t.eq(i - 1, "st") && t.isCapitalized(i - 1)
                    || isGivenNameAbbreviation(i - 1))
                    && (t.isCapitalized(i + 1) || has(i - 1, Lexicon.HONORIFIC) && inParenthesisedHonorific(i + 1)
                    // a country's initials before a body, a role or a group: "the U.S. embassy", "U.S. officials",
                    // "the U.S. attorney's office"
                    || t.length(i - 1) >= 3 && t.isInitials(i - 1) && i + 1 < end && t.isWord(i + 1)
                    && (has(i + 1, Lexicon.ORG | Lexicon.ROLE | Lexicon.GROUP | Lexicon.ANONYMOUS | Lexicon.MODIFIER)
                    || isPossessive(i + 1)))
                    // a title's abbreviation before a second role: "former Pennsylvania Gov. and Democratic National
                    // Committee Chairman Ed Rendell"
                    || t.is(i, '.') && i > 0 && has(i - 1, Lexicon.HONORIFIC) && t.eq(i + 1, "and") && i + 2 < end
                    && t.isCapitalized(i + 2) && roleAhead(i + 2, end)
                    // a company's two legal forms: "Maraya Al-Sahil Contracting Co. LLC"
                    || t.is(i, '.') && i > 0 && t.eq(i - 1, "co") && t.isCapitalized(i - 1) && i + 1 < end
                    && (t.eq(i + 1, "llc") || t.eq(i + 1, "ltd") || t.eq(i + 1, "wll")) && t.isCapitalized(i + 1);
        }
        if (t.kind(i) == Tokens.QUOTE) {
            // the apostrophe of a plural possessive: "nurses’ leaders"
            return isPossessiveMark(i) && i + 1 < end && t.isWord(i + 1);
        }
        if (isServiceLength(i, end)) {
            return true; // "A miner with 22 years underground", "a pilot with 22 years of service"
        }
        if (t.kind(i) == Tokens.NUMBER) {
            // (or the number of a group's named place: "A clerk in Ward 9", or of a measure: "The 212-page report")
            return isNumberInRole(i, end) || isStationNumber(i) || isYearBeforeNoun(i, end) || i >= 3 && t.isCapitalized(i - 1) && isNamedGroupPlace(i - 2, end)
                    || isMeasureBeforeNoun(i, end)
                    || i > 0 && isPlacePreposition(i - 1) && isGroupPlace(i - 1, end); // "mayors from 23 municipalities"
        }
        if (t.kind(i) != Tokens.WORD) {
            return false;
        }
        if (t.isCapitalized(i)) {
            return isNameWord(i) || has(i, Lexicon.HONORIFIC | Lexicon.ROLE);
        }
        if (i > 0 && t.isCapitalized(i - 1) && t.endsWith(i, "s") && has(i, Lexicon.DOCUMENT) && has(i + 1, Lexicon.DETERMINER)) {
            return false; // "Mara Lind studies the heath": a verb after the name, not "Senate filings"
        }
        if (isParticle(i) || isLowerInName(i) || isBodysField(i) || isCampaignNameStart(i - 1)) {
            return true; // (the "the" of "Save the Penrosa Valley")
        }
        if (MODALS.contains(t.lower(i)) && i > 0 && t.isWord(i - 1) && !has(i - 1, Lexicon.DETERMINER)
                && !isPossessivePronoun(i - 1)) {
            return false; // "The Zandrijk board will press ahead": the verb's modal ends the subject ("his will" does not)
        }
        int w = connective(i);
        if (isGroupPlace(i, end) || isGroupParticiple(i) && isGroupPlace(i + 1, end) || isNearTail(i, end)
                || isGroupAdverb(i) && isGroupParticiple(i + 1) && isGroupPlace(i + 2, end)) {
            return true; // "residents of the lower village", "backbenchers on the government side", "passengers stranded at"
        }
        if (w == AT && i > 0 && t.isCapitalized(i - 1) && (t.eq(i + 1, "a") || t.eq(i + 1, "an"))
                && !has(i - 1, Lexicon.ROLE | Lexicon.GROUP | Lexicon.ANONYMOUS | Lexicon.ORG | Lexicon.COMPANY)) {
            return false; // "said Fernando Lagdameo at a Palace briefing": where the person spoke, no affiliation
        }
        if (w != OTHER && (1 << w & PREPOSITIONS & ~(1 << WITH)) != 0
                || w == WITH && i > 0 && (connective(i - 1) == FAMILIAR
                || has(i - 1, Lexicon.ANONYMOUS | Lexicon.GROUP) && knowledgeAfter(i)
                // (the employer of an unnamed worker: "An engineer with Gandoro Construction", "a lawyer with the firm")
                || (isLowerRole(i - 1) && (connectiveIn(i - 2, THE_OR_A | 1 << AN)
                || isPlainWord(i - 2) && connectiveIn(i - 3, THE_OR_A | 1 << AN))
                // (or a group's members: "Volunteers with the Foothill Community Relief Alliance said")
                || has(i - 1, Lexicon.GROUP) && t.endsWith(i - 1, "s")
                && (!t.isCapitalized(i - 1) || isSentenceStart(i - 1)))
                && (t.isCapitalized(i + 1)
                && !has(i + 1, Lexicon.PRONOUN) || connectiveIn(i + 1, THE_OR_A | 1 << AN) && (has(i + 2, Lexicon.ORG | Lexicon.COMPANY)
                || isPlainWord(i + 2) && has(i + 3, Lexicon.ORG | Lexicon.COMPANY)
                // "an aid worker with an international charity", "volunteers with the Foothill … Alliance"
                || connective(i + 1) == THE && t.isCapitalized(i + 2) && !has(i + 2, Lexicon.STOP))))
                || w == OF && isAwareOf(i)
                || w == TO && (isCloseTo(i) || isRoleTo(i))) {
            // "the secretary of Ukraine’s Council", "a spokesman for the ministry", "a source in the ministry",
            // "one of the people", "people familiar with the matter", "officials with knowledge of the plan"
            // (a role's acronym in brackets may stand before: "Member (CEC) for Health")
            if (i == 0 || !t.isWord(i - 1) && !(t.is(i - 1, ')') && inParenthesisedHonorific(i - 1)) || connective(i - 1) == THE) {
                return false;
            }
            if (w == IN && connective(i - 1) == INVOLVED) {
                return i + 1 < end && t.isWord(i + 1); // "involved in the talks": what the source took part in
            }
            int j = i + 1;
            if (connectiveIn(j, THE_OR_A)) {
                j++;
            } else if (w == OF && isQuantifierOfGroup(j)) {
                j++; // "relatives of several victims", "families of many passengers"
            }
            if (w == OF && isChildCount(i, end)) {
                return true;
            }
            return j < end && t.isWord(j) && (t.isCapitalized(j) || has(j, Lexicon.ORG | Lexicon.COMPANY)
                    || has(j, Lexicon.ANONYMOUS) || has(j, Lexicon.GROUP) || has(j, Lexicon.MODIFIER)
                    || w == OF && j == i + 1 && isBodysField(j)
                    // (a firm described by its trade after a person's name: "Priya Venkataraman of broker X")
                    || w == OF && j == i + 1 && t.isCapitalized(i - 1) && !t.isCapitalized(j) && isRole(j)
                    && t.isCapitalized(j + 1) && j + 1 < end
                    || w == WITH || w == OF && isAwareOf(i)
                    // (a role's "to" before a bare verb opens a call to act: "urged the minister to release water")
                    || w == TO && (isCloseTo(i) || isRoleTo(i) && (j > i + 1 || t.isCapitalized(j)))
                    // (not a gerund's clause right after the preposition: "accused the Interior Ministry of treating
                    // teachers like conscripts")
                    || orgHeadWithin(j, end) && !(j == i + 1 && t.length(j) > 5 && t.endsWith(j, "ing"))
                    || w == FOR && (has(i - 1, Lexicon.ROLE | Lexicon.ANONYMOUS) || isPluralRole(i - 1))
                    && isClientNoun(j)
                    // (a role of one plain thing: "the organizer of the march", "the owner of the restaurant")
                    || isRoleOf(i, true) && (isClientNoun(j) || isModifiedClientNoun(j)) // (or a trade's: "a supplier of …")
                    // (what a source knows about: "people with knowledge of the work")
                    || w == OF && isKnowledgeOf(i) && !has(j, Lexicon.STOP | Lexicon.PRONOUN) && cue(j) == null
                    // (the matter a source knows about may take a phrase: "familiar with the planning for the meeting")
                    || w != WITH && inMatterObject(i))
                    || w == FOR && isPortfolioOn(i, end) || w == OF && isPortfolioOf(i, end);
        }
        if (isPortfolioOn(i, end)) {
            return true; // "Opposition spokesman on housing Dr Lisa-Ann Bogle-Ferreira"
        }
        if (isRemitOn(i, end)) {
            return true; // "the Committee on Education"
        }
        if (isPluralAgent(i) && isSayingVerb(i + 1)) {
            return true; // "some trampers say", "artisan bakers warned"
        }
        if (isTradeBeforeName(i) || inTradeRunBeforeName(i)) {
            return true; // "said retired ferryman Angus Beaton", "said food stall operator Dana Kirwan"
        }
        if (isPlacedTradeBeforeName(i)) {
            return true; // "says Narrakine grower Tom Kovacevic-Reid"
        }
        if (w == OTHER && (isBriefed(i) || isBriefedOn(i))) {
            return isBriefed(i) || i + 1 < end && t.isWord(i + 1); // "a person briefed on the talks"
        }
        if (w == OTHER && connective(i - 1) == WITH && connective(i + 1) == KNOWLEDGE && knowledgeAfter(i - 1)) {
            return true; // the "direct" of "sources with direct knowledge of the matter"
        }
        if (w == OTHER && t.length(i) == 7 && t.eq(i, "another") && i > 0 && isPrepositionAt(i - 1) && t.isWord(i + 1)
                && !t.isCapitalized(i + 1)) {
            return true; // "a pharmacist in another state": like "the" after the preposition
        }
        if (w != OTHER) {
            if ((w == THE || w == A) && i > 0 && (isPrepositionAt(i - 1) || isBriefedOn(i - 1))
                    || (w == HER || w == HIS || w == THEIR) && i > 0 && isGroupPlace(i - 1, end)) {
                return true; // "the" after a preposition the phrase goes on with; a possessive in "researchers in her lab"
            }
            if ((w == FAMILIAR || w == CLOSE && connective(i + 1) == TO) && i > 0 && t.isWord(i - 1)
                    && has(i - 1, Lexicon.ANONYMOUS | Lexicon.GROUP | Lexicon.ROLE)) {
                return true; // "people familiar with the matter", "a source close to the talks", "a banker familiar with"
            }
            if (w == INVOLVED && connective(i + 1) == IN && i > 0 && t.isWord(i - 1)
                    && has(i - 1, Lexicon.ANONYMOUS | Lexicon.GROUP | Lexicon.ROLE)) {
                return true; // "a Western diplomat involved in the talks"
            }
        }
        if (inMatterObject(i) && cue(i) == null && !isAuxiliary(i)
                && (!has(i, Lexicon.STOP | Lexicon.PRONOUN) || isPossessivePronoun(i))) {
            // "a source close to the dressing room", "people familiar with the company's thinking", "a Democrat
            // familiar with his remarks"
            return true;
        }
        if (w == AND) {
            if (andInNamedPlace(i, end)) {
                return true;
            }
            if (t.is(i - 1, '.') && has(i - 2, Lexicon.HONORIFIC) && t.isCapitalized(i + 1) && roleAhead(i + 1, end)) {
                return true; // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell"
            }
            if (t.is(i - 2, '(') && inBracketedPortfolio(i - 2)) {
                return true; // "(Law and Order)"
            }
            if (t.isCapitalized(i + 1) && has(i + 1, Lexicon.ROLE | Lexicon.HONORIFIC) && t.isCapitalized(i + 2)
                    && !has(i + 2, Lexicon.ORG | Lexicon.ROLE | Lexicon.HONORIFIC) && !isLowerRole(i - 1)) {
                // a second person: "a bench of Chief Justice Meenakshi Raghavan and Justice Arvind Kulshreshtha"
                // (not one person's two posts: "president and CEO Dan Whitlock")
                return false;
            }
            if (i > 0 && t.isCapitalized(i - 1) && t.isCapitalized(i + 1) && inOfPhrase(i)) {
                return true; // "National Security and Defense Council"
            }
            if (isPortfolioAnd(i, end) || isConstituencyAnd(i, end)) {
                return true; // "Energy and Mines Minister", "Ardlessan and Lochview MSP Iain Drummond-Kerr"
            }
            if (i > 0 && t.isCapitalized(i - 1) && orgWordAfterAnd(i, end)) {
                return true; // "the National Customs and Tariff Service", "the Food and Drug Administration"
            }
            if (i > 1 && isPossessiveMark(i - 1) && t.isCapitalized(i - 2) && orgWordAfterAnd(i, end)) {
                return true; // "the Kanhargarh Gypsy Owners' and Drivers' Union"
            }
            if (i + 1 < end && isPaperAnd(i)) {
                return true;
            }
            if (isLowerRole(i - 1) && t.isWord(i + 1) && !has(i + 1, Lexicon.DETERMINER) && roleAhead(i + 1, end)
                    && !determinerBefore(i)) {
                // one person's two roles, before or after the name: "real estate mogul and reality television star
                // Donald Trump", "Hiro Aida, Japanese journalist and author" (a nominal after "the" or "a" is left to
                // its last role, which the resolver reads: "the Florida senator and Republican presidential candidate")
                return true;
            }
        }
        if (t.length(i) == 11 && t.eq(i, "responsible") && t.eq(i + 1, "for") && t.isCapitalized(i - 1)
                && isRole(i - 1)) {
            return true; // "Minister responsible for the French Language X"
        }
        if (i > 0 && isOrgWordBeforeNoun(i - 1) && (i + 1 == end || t.is(i + 1, ',') || cue(i + 1) != null)) {
            return true; // "the manager of a bank branch said": the body's word before the place's noun
        }
        if (i + 1 < end && t.isWord(i + 1) && !t.isCapitalized(i + 1) && (isRole(i + 1)
                || has(i + 1, Lexicon.ORG | Lexicon.GROUP | Lexicon.ANONYMOUS)
                || (t.eq(i, "two") || t.eq(i, "three") || t.eq(i, "both")) && has(i + 1, Lexicon.COMPANY) // "the two banks"
                || has(i + 1, Lexicon.DOCUMENT) && !isAuxiliary(i)) // "a briefing note", not "is filing"
                && !has(i, Lexicon.STOP) && cue(i) == null && !t.endsWith(i, "ly")
                && !(Finder.isPastForm(t, i) && i > 0 && t.isCapitalized(i - 1)
                && !isPossessive(i - 1) && !(has(i - 1, Lexicon.DETERMINER) && (isRole(i + 1) || has(i + 1, Lexicon.ANONYMOUS))))) {
            // ("X directed jurors", "Obama met voters"; but "An injured officer")
            return true; // a compound role: "harbour master", "union leader"
        }
        // (the body's word first: it rules out nearly every token with one lookup)
        if (i + 2 < end && i > 0 && has(i + 2, Lexicon.ORG) && !has(i + 2, Lexicon.ROLE | Lexicon.COMPANY) && !t.isCapitalized(i + 2)
                && (!t.isCapitalized(i - 1) && (has(i - 1, Lexicon.DETERMINER) || has(i - 1, Lexicon.MODIFIER)
                || i > 1 && connective(i - 2) == THE && LOCAL_GOVERNMENTS.contains(t.lower(i - 1))) // "the city traffic …"
                || t.isCapitalized(i - 1) && isNameAfterThe(i - 1))
                && !t.endsWith(i, "ed") && isPlainWord(i) && isPlainWord(i + 1)) {
            // two plain nouns before a public body's word: "the state disaster management committee", "the Hatchet Ridge
            // Fire incident management team" (a company's description stays apart: "the social media company")
            return true;
        }
        if (i + 2 < end && i > 0 && plainWordBeforeCapitalsAndRole(i, end)) {
            return true; // "an influential Florida strategist", "one unaligned Florida Republican strategist"
        }
        if (i + 2 < end && i > 0 && twoPlainWordsBeforeRole(i)) {
            return true; // two plain words after the determiner, before a role or a source: "a prefectural disaster official",
            // "an injured corrections officer"
        }
        if (i + 2 < end && has(i + 2, Lexicon.ANONYMOUS | Lexicon.GROUP) && !t.isCapitalized(i + 2) && t.endsWith(i + 2, "s")
                && opensDefinitePhrase(i)
                && !t.isCapitalized(i)
                && isPlainWord(i) && isPlainWord(i + 1) && cue(i) == null && cue(i + 1) == null && !t.endsWith(i + 1, "ed")) {
            return true; // two plain nouns before a plural source or group: "…, law enforcement officials say"
        }
        if (i + 1 < end && isPluralAgent(i + 1) && isSayingVerb(i + 2) && !t.isCapitalized(i) && isPlainWord(i)
                && opensDefinitePhrase(i)) {
            return true; // a plain noun before an unlisted plural that speaks: "…, artisan bakers warned"
        }
        if (i + 3 < end && connective(i + 1) == AND && isTradeNoun(i) && isTradeNoun(i + 2) && isLowerRole(i + 3)
                || w == AND && i + 2 < end && isTradeNoun(i - 1) && isTradeNoun(i + 1) && isLowerRole(i + 2)) {
            return true; // two nouns of one trade before its role word: "sheep and beef farmer", "oil and gas executive"
        }
        if (i + 1 < end && t.kind(i + 1) == Tokens.NUMBER && isNumberInRole(i + 1, end) && !t.isCapitalized(i)
                && cue(i) == null) {
            return true; // the "ward" of "ward 14 councillor"
        }
        if (inCompoundRole(i, end)) {
            return true; // "chief information security officer": plain nouns between a role word and its head
        }
        if (isUnlistedAgent(i)) {
            return true; // "A lasher told the Gazette", "a 34-year-old rigger who asked not to be named"
        }
        if (isClientNoun(i) && inClientObject(i)) {
            return true; // the head of whom a source acts for: "a lobbyist for the state's school districts"
        }
        if (i + 2 < end && isPossessive(i - 1) && t.isWord(i + 1) && !t.isCapitalized(i + 1) && !t.isCapitalized(i + 2)
                && has(i + 2, Lexicon.ORG | Lexicon.ROLE) && !has(i, Lexicon.STOP) && cue(i) == null && cue(i + 1) == null
                && !t.endsWith(i, "ly")) {
            return true; // the first word of a two-word modifier after a possessive: "the bank's monetary policy committee"
        }
        return has(i, Lexicon.MODIFIER | Lexicon.ROLE | Lexicon.ORG | Lexicon.GROUP | Lexicon.ANONYMOUS | Lexicon.DOCUMENT)
                || has(i, Lexicon.COMPANY) && (t.isCapitalized(i + 1) || i > 0 && has(i - 1, Lexicon.DETERMINER)) // "the carmaker Vessla", "the startup"
                || i + 1 < end && t.isCapitalized(i + 1) && isOutletNoun(i) // "the local paper Sundposten"
                || i + 2 < end && t.eq(i, "news") && t.isCapitalized(i + 2) && isOutletNoun(i + 1) // "the news site X"
                || isOutletNominal(i)
                || isPossessive(i) || possessorNoun(i) || i >= 3 && connectiveIn(i - 1, THE_OR_A) && (connective(i - 2) == FOR
                && (has(i - 3, Lexicon.ROLE | Lexicon.ANONYMOUS) || isPluralRole(i - 3))
                || connective(i - 2) == OF && isRole(i - 3)
                && !t.isCapitalized(i - 3)) && isClientNoun(i)
                || isRoleOf(i - 1, true) && (isClientNoun(i) || isModifiedClientNoun(i))
                && !has(i, Lexicon.ROLE | Lexicon.GROUP | Lexicon.ANONYMOUS) // "the director of nursing", "director of inspections"
                || isRoleOf(i - 2, true) && isModifiedClientNoun(i - 1) // "a supplier of chilled desserts"
                || i >= 4 && connectiveIn(i - 1, THE_OR_A) && isRoleOf(i - 2, false)
                && isModifiedClientNoun(i) // the "pro-government" of "the organizer of a pro-government rally"
                || i >= 5 && connectiveIn(i - 2, THE_OR_A) && isRoleOf(i - 3, false) && isModifiedClientNoun(i - 1) // its "rally"
                || inGroupPlace(i, end) // "the lower village" of "residents of the lower village"
                || isOwnership(i) && i + 1 < end && t.isWord(i + 1); // "the state-owned grid operator"
    }

    /** Token k is the plural of a role's word, which a list holds as a group: "lawyers", "spokesmen". */
    private boolean isPluralRole(int k) {
        if (!t.isWord(k) || t.length(k) < 5 || !has(k, Lexicon.GROUP)) {
            return false;
        }
        String w = t.lower(k);
        return w.endsWith("s") && lex.in(Lexicon.ROLE, w.substring(0, w.length() - 1))
                || w.endsWith("men") && lex.in(Lexicon.ROLE, w.substring(0, w.length() - 3) + "man");
    }

    /** Token i is a year after a determiner, before the phrase's next word: the "2008" of "a 2008 Clinton veteran". */
    private boolean isYearBeforeNoun(int i, int end) {
        if (t.length(i) != 4 || i + 1 >= end || !t.isWord(i + 1) || !has(i - 1, Lexicon.DETERMINER)) {
            return false;
        }
        char c0 = t.first(i);
        char c1 = chars[t.start(i) + 1];
        return c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0';
    }

    /**
     * Token k opens its sentence with a plural no list holds, capitalised only as the sentence's first word, before "at"
     * or "in" and a capitalised name: the "Lectures" of "Lectures at Mpangala University were paralysed".
     */
    private boolean isThingsAtTheStart(int k) {
        return t.endsWith(k, "s") && (t.eq(k + 1, "at") || t.eq(k + 1, "in")) && t.isCapitalized(k + 2) && isSentenceStart(k)
                && !t.isAllCaps(k) && !has(k, ~KNOWN) && !hasPluralAgentShape(k);
    }

    /**
     * Token i is a bracket around a post's portfolio between a body's capitalised word and the name: the brackets of
     * "Director General of Police (Law and Order) R.K. Bansal", "Superintendent of Police (Cyber Crime) X".
     */
    private boolean inBracketedPortfolio(int i) {
        int open = t.is(i, '(') ? i : -1;
        for (int k = i - 1; open < 0 && k >= 1 && k >= i - 5; k--) {
            if (t.is(k, '(')) {
                open = k;
            }
        }
        if (open < 2 || !t.isCapitalized(open - 1) || !isPrepositionAt(open - 2) && !isPrepositionAt(open - 3)) {
            return false;
        }
        int k = open + 1;
        while (k < open + 5 && (t.isCapitalized(k) && !t.isAllCaps(k) || t.eq(k, "and") || t.is(k, '&'))) {
            k++;
        }
        return k > open + 1 && t.is(k, ')') && (i == open || i == k) && t.isCapitalized(k + 1);
    }

    /** A finite verb of saying that only a subject comes before, never a possessive's noun: "Bramwell's said". */
    private boolean isFirmsVerb(int k) {
        return t.eq(k, "said") || t.eq(k, "says") || t.eq(k, "told") || t.eq(k, "tells") || t.eq(k, "added")
                || t.eq(k, "denied") || t.eq(k, "confirmed") || t.eq(k, "announced");
    }

    /** Token i is the "move" of "in a move", which a relative clause without "that" may follow. */
    private boolean isInAMove(int i) {
        return t.eq(i, "move") && t.eq(i - 1, "a") && t.eq(i - 2, "in");
    }

    /** Given names written short with a period, as part of the name: "Ma. Cristina", "Mohd. Azlan". */
    private static final java.util.Set<String> GIVEN_NAME_ABBREVIATIONS = java.util.Set.of("ma", "mohd", "muhd",
            "wm", "chas", "thos", "jas", "geo");

    /** Token k is a capitalised given name written short, before its period: the "Ma" of "Ma. Cristina Reyes". */
    private boolean isGivenNameAbbreviation(int k) {
        return t.isCapitalized(k) && !t.isAllCaps(k) && t.isCapitalized(k + 2) && GIVEN_NAME_ABBREVIATIONS.contains(t.lower(k));
    }

    /** Token k is a lower-case word of who owns or runs a body: "state-owned", "council-run", "Saudi-backed". */
    private boolean isOwnership(int k) {
        return t.isWord(k) && (t.endsWith(k, "ed") && (t.endsWith(k, "-owned") || t.endsWith(k, "-backed")
                || t.endsWith(k, "-controlled") || t.endsWith(k, "-funded") || t.endsWith(k, "-operated"))
                || t.endsWith(k, "-run"));
    }

    /** "the", "a" or "an" among the plain words just before token i. */
    private boolean determinerBefore(int i) {
        for (int k = i - 1; k >= 0 && k >= i - 6 && t.isWord(k); k--) {
            if (connectiveIn(k, THE_OR_A | 1 << AN)) {
                return true;
            }
        }
        return false;
    }

    /** Token k is a lower-case role word. */
    private boolean isLowerRole(int k) {
        return t.isWord(k) && isRole(k) && !t.isCapitalized(k);
    }

    /**
     * Token i is a plain lower-case noun inside a compound role of up to four words that opens with a role or
     * modifier word and ends with a role word: "information" and "security" of "chief information security
     * officer".
     */
    private boolean inCompoundRole(int i, int end) {
        // the role word within two tokens first: it rules out nearly every token with two list lookups
        int head = i + 1 < end && isLowerRole(i + 1) ? i + 1 : i + 2 < end && isLowerRole(i + 2) ? i + 2 : -1;
        // (with the head at i + 2, token i + 1 is no lower-case role, or the head would be i + 1)
        if (head < 0 || !isPlainWord(i) || head == i + 2 && !isPlainWord(i + 1)) {
            return false;
        }
        int opener = i - 1;
        while (opener > i - 3 && isPlainWord(opener) && !has(opener, Lexicon.ROLE | Lexicon.MODIFIER)) {
            opener--;
        }
        if (head - opener <= 4 && t.isWord(opener) && !t.isCapitalized(opener) && has(opener, Lexicon.ROLE | Lexicon.MODIFIER)) {
            return true;
        }
        // or one or two plain nouns after a cue, "the" or a comma, before a role and a name: "said fire information
        // officer Colette Ravenhill", "the county health officer Dr Amy Lin"
        return head - opener <= 3 && head + 1 < end && t.isCapitalized(head + 1)
                && (t.isWord(opener) && (cue(opener) != null || connective(opener) == THE) || t.is(opener, ','));
    }

    /**
     * A plain noun of a possessor: "victims" in "the victims’ families", "crisis" in "the crisis staff’s
     * spokesperson".
     */
    private boolean possessorNoun(int i) {
        return (isPossessiveMark(i + 1) || isPossessive(i + 1) && !t.isCapitalized(i + 1)) && !t.isCapitalized(i)
                && !has(i, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER) && cue(i) == null && !t.endsWith(i, "ly");
    }

    /** A word of "the paper" or "state media" (an outlet as a speaker), before its cue. */
    private boolean isOutletNominal(int i) {
        return connective(i - 1) == THE && OUTLET_NOUNS.contains(t.lower(i))
                || t.eq(i, "local") && t.eq(i + 1, "media") || t.eq(i - 1, "local") && t.eq(i, "media") // "local media"
                || t.eq(i, "state") && STATE_MEDIA.contains(t.lower(i + 1))
                || t.eq(i - 1, "state") && STATE_MEDIA.contains(t.lower(i));
    }

    /** What "state" stands before when a government's outlets report: "state media", "state television". */
    private static final java.util.Set<String> STATE_MEDIA = java.util.Set.of("media", "television", "tv", "radio",
            "broadcaster", "press");

    /** Token k is a noun for an outlet that may stand before its name: "the news site Telex", "the paper Sundposten". */
    boolean isOutletNoun(int k) {
        return t.isWord(k) && OUTLET_NOUNS.contains(t.lower(k));
    }

    /**
     * Nouns for an outlet that stand before its name ("the local paper Sundposten"); not the media words
     * that are also common nouns ("NFL star Herschel Walker").
     */
    private static final java.util.Set<String> OUTLET_NOUNS = java.util.Set.of("paper", "newspaper", "broadcaster",
            "tabloid", "outlet", "website", "newsletter", "magazine", "daily", "weekly", "station", "channel", "site", "portal");

    /**
     * The first token of an age written "71-year-old" (a number, a hyphen, "year-old") when token i
     * is one of its three tokens; else -1.
     */
    int ageAt(int i) {
        int n = t.kind(i) == Tokens.NUMBER ? i : t.is(i, '-') ? i - 1 : t.isWord(i) && t.endsWith(i, "year-old") ? i - 2 : -1;
        if (n < 0 || t.kind(n) != Tokens.NUMBER || !t.is(n + 1, '-') || t.end(n) != t.start(n + 1)
                || !t.isWord(n + 2) || t.end(n + 1) != t.start(n + 2) || !t.endsWith(n + 2, "year-old")) {
            return -1;
        }
        return n;
    }

    /** The one noun a spokesman or lawyer speaks for: "a spokesman for the star", "a lawyer for the family". */
    private boolean isClientNoun(int i) {
        // (a month's name in lower case is the noun: "the organizer of the march"; so is a noun ending like an adverb,
        // "the organizer of the rally")
        return t.isWord(i) && !t.isCapitalized(i) && (!has(i, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.TEMPORAL) || t.eq(i, "march"))
                && cue(i) == null && !connectiveIn(i, THE_OR_A) && (!t.endsWith(i, "ly") || isLyNoun(i))
                && !(t.isWord(i + 1) && !t.isCapitalized(i + 1) && cue(i + 1) == null && !isPrepositionAt(i + 1));
    }

    /**
     * Token i is one word that describes the plain noun after it, which ends a role's "of" phrase: "Trump",
     * "pro-government" or "chilled" in "the organizer of a Trump rally", "the organizer of a pro-government rally", "a
     * supplier of chilled desserts".
     */
    private boolean isModifiedClientNoun(int i) {
        return t.isWord(i) && !has(i, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.DETERMINER) && cue(i) == null
                && (t.isCapitalized(i) && !has(i, Lexicon.ROLE | Lexicon.ORG | Lexicon.HONORIFIC) || !t.isCapitalized(i)
                && (isHyphenated(i) || isPlainWord(i) && !has(i, Lexicon.ROLE | Lexicon.GROUP | Lexicon.ORG | Lexicon.COMPANY)))
                && isClientNoun(i + 1) && !has(i + 1, Lexicon.ORG | Lexicon.COMPANY);
    }

    /**
     * Token of is the "of" after a lower-case role ("the organizer of"), or, when company is true, after a company word
     * too ("a supplier of").
     */
    private boolean isRoleOf(int of, boolean company) {
        return of >= 1 && connective(of) == OF && (isRole(of - 1) || company && has(of - 1, Lexicon.COMPANY))
                && !t.isCapitalized(of - 1);
    }

    /** Token i holds a hyphen between letters: "pro-government". */
    private boolean isHyphenated(int i) {
        for (int c = t.start(i) + 1, last = t.end(i) - 1; c < last; c++) {
            if (chars[c] == '-') {
                return true;
            }
        }
        return false;
    }

    /**
     * Token i ends a phrase of plain words and possessives after the "for" of a role or source: "districts" of "a
     * lobbyist for the state's school districts".
     */
    private boolean inClientObject(int i) {
        for (int k = i - 1; k >= 1 && k >= i - 5; k--) {
            if (connective(k) == FOR) {
                return has(k - 1, Lexicon.ROLE | Lexicon.ANONYMOUS) && !t.isCapitalized(k - 1);
            }
            if (!(isPlainWord(k) || isPossessive(k) && !t.isCapitalized(k) || connectiveIn(k, THE_OR_A))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The number token n of a ward or district inside a role, before the phrase's end: "ward 14 councillor",
     * "District 5 supervisor" (a word before it that opens or stops no phrase, a lower-case role word after it).
     */
    private boolean isNumberInRole(int n, int end) {
        return n > 0 && t.isWord(n - 1) && !has(n - 1, Lexicon.DETERMINER | Lexicon.STOP) && n + 1 < end
                && isLowerRole(n + 1);
    }

    /**
     * Token n is the number of a broadcaster's station or channel: after a capitalised media word or network ("BBC Radio 4",
     * "Channel 12", "Radio 5 Live", "Fox 35") or a station's call letters ("WKXR 7 News"). A plain figure of at most three
     * digits.
     */
    private boolean isStationNumber(int n) {
        return n > 0 && t.length(n) <= 3 && t.isCapitalized(n - 1) && t.end(n - 1) < t.start(n) && isDigits(n)
                && (has(n - 1, Lexicon.MEDIA | Lexicon.VIA) && !t.eq(n - 1, "news")
                || t.isAllCaps(n - 1) && t.isCapitalized(n + 1) && Relays.isCallSign(t.text(n - 1)))
                || isUnionLocalNumber(n);
    }

    /** The number of a union's local after its capitalised "Local": "Campus Food Workers Local 212". */
    private boolean isUnionLocalNumber(int n) {
        return n > 1 && t.length(n) <= 5 && t.eq(n - 1, "local") && t.isCapitalized(n - 1)
                && (t.isCapitalized(n - 2) || t.isWord(n + 1) && t.isCapitalized(n + 1)) // (or "Local 1187 President X")
                && t.end(n - 1) < t.start(n) && isDigits(n);
    }

    /** Token n is written in digits only: "4", "12" (not "4.5", "1,200"). */
    private boolean isDigits(int n) {
        char[] cs = t.chars();
        for (int k = t.start(n); k < t.end(n); k++) {
            if (cs[k] < '0' || cs[k] > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Token n is the figure of a measure written with a hyphen before the noun it describes: "212-page" of "The 212-page
     * report", "40-year-old" is an age ({@link #ageAt}), not a measure.
     */
    private boolean isMeasureBeforeNoun(int n, int end) {
        return t.kind(n) == Tokens.NUMBER && n + 3 < end && t.is(n + 1, '-') && t.end(n) == t.start(n + 1)
                && t.isWord(n + 2) && t.start(n + 2) == t.end(n + 1) && !t.isCapitalized(n + 2) && !t.eq(n + 2, "year")
                && connectiveIn(n - 1, THE_OR_A | 1 << AN) && t.isWord(n + 3) && !t.isCapitalized(n + 3);
    }

    /** The "of" of "the father of five said": a role, "of", how many children, and the phrase's end. */
    private boolean isChildCount(int of, int end) {
        int n = of + 1;
        return isRole(of - 1) && (t.kind(n) == Tokens.NUMBER || isSmallNumber(n))
                && endsBeforeCue(n + 1, end);
    }

    private static final java.util.Set<String> SMALL_NUMBERS = java.util.Set.of("two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    /** Token i is a number word from two to twelve ("eight counts", "the father of five"). */
    boolean isSmallNumber(int i) {
        return t.isWord(i) && SMALL_NUMBERS.contains(t.lower(i));
    }

    /** What opens a group's place after its preposition: "the", "a", or a possessive ("researchers in her lab"). */
    private static final int PLACE_OPENERS = 1 << THE | 1 << HER | 1 << HIS | 1 << THEIR | 1 << A | 1 << THIS | 1 << THAT;

    /**
     * Token p is the preposition of a group's place or side, "residents of the lower village", "people
     * in the area", "backbenchers on the government side": after a group or unnamed source, "the" and one
     * to three plain lower-case words that end the phrase before its cue or a punctuation mark.
     */
    private boolean isGroupPlace(int p, int end) {
        if (p >= 1 && (t.isCapitalized(p + 1) || isNearWord(p + 1) && t.isCapitalized(p + 2)) && isNamedGroupPlace(p, end)) {
            return true;
        }
        if (p >= 1 && connective(p) == FROM && isFromAcross(p + 1)) {
            return isGroupPlace(p + 1, end); // "31 GPs from across the valley": the place is the one "across" opens
        }
        // the group the place is of, before the preposition, or before "from" of "from across"
        int group = p >= 2 && isFromAcross(p) && connective(p - 1) == FROM ? p - 2 : p - 1;
        // (or a count: "residents of three coastal villages", "mayors from 23 inland municipalities")
        if (p < 1 || !connectiveIn(p + 1, PLACE_OPENERS) && !(isPlacePreposition(p) && isPlaceCount(p + 1)) // most tokens end here
                || !isPlacePreposition(p)
                || !has(group, Lexicon.GROUP | Lexicon.ANONYMOUS) && !isOneUnnamedHead(group)
                && !isGroupParticiple(group) && !isGroupOfAgents(group)
                // (not "Friends of the Earth")
                || t.isCapitalized(group) && !isSentenceStart(group) && !afterDateline(group) && t.isWord(group - 1)) {
            return false;
        }
        int k = p + 2;
        // ("the village school near Kővárad"; "two other villages")
        while (k < end && k < p + 5 && (isPlaceWord(k) || t.eq(k, "other")) && !t.eq(k, "near")) {
            k++;
        }
        if (k > p + 2 && k < p + 5 && (connective(k) == OF || connective(k) == IN) && t.isCapitalized(k + 1)
                && !has(k + 1, Lexicon.STOP)) {
            // "residents of the border village of Stara Kniaziówka", "voters at a morning market in Taman Seri Keladi": the
            // place's noun, then its name
            k++;
        }
        if (k > p + 2 && k < p + 6 && t.isCapitalized(k) && !has(k, Lexicon.STOP)) {
            // "graziers in the drought-stricken Mulgarra Shire": a described place's name
            int named = k;
            while (k < end && k < named + 3 && t.isCapitalized(k) && !has(k, Lexicon.STOP)) {
                k++;
            }
            return endsBeforeCue(k, end);
        }
        if (k == p + 2) {
            // "One driver at the Kellerton depot", "farmers in the Dorrano valley": a named place before its lower-case noun
            // (two named places joined by "and": "farmers in the Bonsaso and Asuboa districts")
            while (k < end && k < p + 6 && (t.isCapitalized(k) && !has(k, Lexicon.STOP)
                    || connective(k) == AND && k > p + 2 && t.isCapitalized(k - 1) && t.isCapitalized(k + 1))) {
                k++;
            }
            int named = k;
            while (k < end && k < named + 2 && isPlainWord(k) && !t.eq(k, "near")) {
                k++;
            }
            if (k == named) {
                return false;
            }
        }
        return k > p + 2 && k <= end && endsBeforeCue(nearPlaceEnd(k, end), end);
    }

    /** Token i is the "near" that names a group's place further: "Workers at the Glenverne estate near Haldenwatte". */
    private boolean isNearTail(int i, int end) {
        if (t.length(i) != 4 || nearPlaceEnd(i, end) == i) {
            return false;
        }
        for (int p = i - 2; p >= 1 && p >= i - 6; p--) {
            if (isPlacePreposition(p) && connectiveIn(p + 1, PLACE_OPENERS)) {
                return isGroupPlace(p, end);
            }
        }
        return false;
    }

    /**
     * Where a group's place named further by "near" and a name ends ("the Glenverne estate near Haldenwatte"), or k
     * when no such tail stands at token k.
     */
    private int nearPlaceEnd(int k, int end) {
        if (!t.eq(k, "near") || !t.isCapitalized(k + 1) || has(k + 1, Lexicon.STOP)) {
            return k;
        }
        int e = k + 1;
        while (e < end && e < k + 4 && t.isCapitalized(e) && !has(e, Lexicon.STOP)) {
            e++;
        }
        return e;
    }

    /**
     * Token k is a participle after a group's word, before the place the group is at: the "stranded" of "Passengers
     * stranded at the Lusiru main stage said", the "queuing" of "tourists queuing at the gate".
     */
    private boolean isGroupParticiple(int k) {
        return k >= 1 && t.length(k) > 4 && (t.endsWith(k, "ed") || t.endsWith(k, "ing") || t.eq(k, "stuck")
                || t.eq(k, "caught")) && !t.isCapitalized(k)
                && (has(k - 1, Lexicon.GROUP) || k >= 2 && isGroupAdverb(k - 1)
                || (t.eq(k, "based") || t.eq(k, "stationed")) && isOneUnnamedRole(k - 1)) // "A pilot based in New Harbor"
                && !has(k, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.ROLE) && cue(k) == null;
    }

    /** Token k is an adverb between a group and its participle: the "already" of "Traders already operating at". */
    private boolean isGroupAdverb(int k) {
        return t.isWord(k) && GROUP_ADVERBS.contains(t.lower(k)) && has(k - 1, Lexicon.GROUP);
    }

    private static final java.util.Set<String> GROUP_ADVERBS = java.util.Set.of("already", "still", "now", "currently",
            "recently", "newly", "also");

    /** Token k, where a group's place ends, is the cue, its auxiliary ("have accused"), punctuation or the end. */
    private boolean endsBeforeCue(int k, int end) {
        return k == end || !t.isWord(k) || cue(k) != null || isAuxiliary(k) && cue(k + 1) != null;
    }

    /** Token i is a pronoun with a verb joined to it: "she’s", "they’re", "we’ll", "he'd". */
    boolean isPronounContraction(int i) {
        int apostrophe = t.innerApostrophe(i);
        return apostrophe >= 0 && (lex.mask(chars, t.start(i), apostrophe) & Lexicon.PRONOUN) != 0;
    }

    /** Token k is the lower-case noun of "one driver", "a worker": one person, unnamed, by what they do. */
    private boolean isOneUnnamed(int k) {
        return k >= 1 && t.isWord(k) && !t.isCapitalized(k) && (connective(k - 1) == ONE || connective(k - 1) == A)
                && !has(k, Lexicon.STOP | Lexicon.PRONOUN) && cue(k) == null;
    }

    /**
     * Token k is the noun of one unnamed person, by a trade of one word or two: "a worker", "a cafe owner", "a staff
     * nurse".
     */
    private boolean isOneUnnamedHead(int k) {
        return isOneUnnamed(k) || isOneUnnamed(k - 1) && t.isWord(k) && !t.isCapitalized(k) && !has(k, Lexicon.STOP)
                && cue(k) == null;
    }

    /**
     * Token k is a role's word in lower case after "a", "an" or "one" and up to two plain words: "an officer", "a marine
     * police officer" (one unnamed person).
     */
    private boolean isOneUnnamedRole(int k) {
        if (k < 1 || !t.isWord(k) || t.isCapitalized(k) || !isRole(k)) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
            int w = connective(j);
            if (w == A || w == AN || w == ONE) {
                return true;
            }
            if (!isPlainWord(j) && !has(j, Lexicon.MODIFIER | Lexicon.ROLE | Lexicon.ORG) || t.isCapitalized(j)) {
                return false;
            }
        }
        return false;
    }

    /** "across" or "around" after "from": "GPs from across the valley", "parents from around the county". */
    private boolean isFromAcross(int p) {
        return t.length(p) == 6 && (t.eq(p, "across") || t.eq(p, "around"));
    }

    /** The preposition of a group's place: of, in, at, from, on. */
    private boolean isPlacePreposition(int p) {
        if (connectiveIn(p, 1 << OF | 1 << IN | 1 << AT | 1 << FROM)) {
            return true;
        }
        if (p < 0 || p >= t.size()) {
            return false;
        }
        switch (t.length(p)) { // (one comparison or two per word, by its length)
            case 2:
                return t.eq(p, "on");
            case 4:
                return t.eq(p, "near");
            case 5:
                return t.eq(p, "along");
            case 6:
                return t.eq(p, "around") || t.eq(p, "inside") || t.eq(p, "across");
            case 7:
                return t.eq(p, "outside");
            default:
                return false;
        }
    }

    /**
     * Token p is the preposition of a group's named place: "traders on Corbury's Mill Street", "residents of
     * Upper Dunmarsh" — a lower-case group word (or one unnamed person) before it, and capitalised words up to the
     * cue after it.
     */
    private boolean isNamedGroupPlace(int p, int end) {
        // (or one unnamed person: "A cafe owner on Tarrant Street, who did not want to be named, said")
        if (!isPlacePreposition(p) || !has(p - 1, Lexicon.GROUP) && !isOneUnnamedHead(p - 1) && !isGroupParticiple(p - 1)
                && !isOneUnnamedRole(p - 1)
                || t.isCapitalized(p - 1) && !isSentenceStart(p - 1) && !afterDateline(p - 1)) {
            return false;
        }
        int first = isNearWord(p + 1) ? p + 2 : p + 1; // "Residents of nearby Okpe-Ebiri said"
        int k = first;
        while (k < end && k < first + 4 && t.isCapitalized(k) && !has(k, Lexicon.STOP | Lexicon.ORG | Lexicon.ROLE)) {
            k++;
        }
        if (k == first) {
            return false;
        }
        // (two named places joined by "and": "Villagers from Mtambalika and Kachere, who …, say")
        if (k + 1 < end && k - first <= 2 && connective(k) == AND && t.isCapitalized(k + 1)
                && !has(k + 1, Lexicon.STOP | Lexicon.ORG | Lexicon.ROLE) && !t.isCapitalized(k + 2)) {
            k += 2;
        } else if (k + 2 < end && k - first <= 2 && connective(k) == AND && t.isCapitalized(k + 1)
                && t.isCapitalized(k + 2)
                && !has(k + 1, Lexicon.STOP | Lexicon.ORG | Lexicon.ROLE | Lexicon.FEMALE | Lexicon.MALE)
                && !has(k + 2, Lexicon.STOP | Lexicon.ORG | Lexicon.ROLE) && !t.isCapitalized(k + 3)) {
            k += 3; // (the second of two words: "Shopkeepers in Saddar and Ghalla Mandi")
        }
        if (k < end && t.kind(k) == Tokens.NUMBER) {
            k++; // "A clerk in Ward 9, who …": a numbered place
        }
        if (endsBeforeCue(k, end)) {
            return true;
        }
        // the named place's lower-case noun after it: "Passengers at Bukindo port said" (a possessive's noun is read as
        // the possessive's: "Traders at Kitheru’s main market")
        if (isPossessive(k - 1)) {
            return false;
        }
        int named = k;
        while (k < end && k < named + 2 && isPlaceNoun(k) && !t.eq(k, "near")) {
            k++;
        }
        // (a cue must follow, or an aside on the source: in "customers of Quorvex queued outside" the words are no
        // place's; "A police officer at Kisimbara port, who sought anonymity, said")
        return k > named && k < t.size() && (t.isWord(k) && (cue(k) != null || isAuxiliary(k) && cue(k + 1) != null)
                || t.is(k, ',') && t.isWho(k + 1));
    }

    /** "nearby", "neighbouring": a lower-case word before a group's named place. */
    private boolean isNearWord(int k) {
        return t.eq(k, "nearby") || t.eq(k, "neighbouring") || t.eq(k, "neighboring");
    }

    /**
     * Token i belongs to how long an unnamed person has served, after the role: "with", the figure, "years" or "decades",
     * and one plain word or "of" and one before a comma, the cue or "as" ("A miner with 22 years underground, who …", "a
     * pilot with 22 years of service said").
     */
    private boolean isServiceLength(int i, int end) {
        // (where "years" stands, told from the token and its neighbours' lengths: most tokens end here on a comparison)
        int years = isYearsWord(i) ? i : isYearsWord(i - 1) ? i - 1 : isYearsWord(i - 2) ? i - 2
                : connective(i) == WITH ? i + 2 : t.kind(i) == Tokens.NUMBER ? i + 1 : -1;
        int with = years - 2;
        if (years < 0 || connective(with) != WITH || with < 1 || !isLowerRole(with - 1) && !has(with - 1, Lexicon.ANONYMOUS)
                || !(t.kind(with + 1) == Tokens.NUMBER || isSmallNumber(with + 1))
                || !isYearsWord(with + 2)) {
            return false;
        }
        int tail = with + 3;
        if (t.eq(tail, "of") && isPlainWord(tail + 1)) {
            tail += 2;
        } else if ((t.eq(tail, "at") || t.eq(tail, "in")) && connectiveIn(tail + 1, THE_OR_A) && t.isWord(tail + 2)
                && !t.isCapitalized(tail + 2) && (isPlainWord(tail + 2) || has(tail + 2, Lexicon.COMPANY | Lexicon.ORG))) {
            tail += 3; // "a furnace keeper with 30 years at the plant"
        } else if (isPlainWord(tail)) {
            tail++;
        }
        // (or "as" of "quoted a pilot with 22 years of service as saying")
        return i < tail && tail <= end && (tail == end || !t.isWord(tail) || cue(tail) != null || t.eq(tail, "as"));
    }

    /** Token k is "years" or "decades". */
    private boolean isYearsWord(int k) {
        return t.eq(k, "years") || t.eq(k, "decades");
    }

    /** Token k opens a group's place after its preposition: "the", "a", a possessive, or a count. */
    private boolean placeOpenerAt(int k) {
        return connectiveIn(k, PLACE_OPENERS) || isPlaceCount(k);
    }

    /** The first letters of the number words from two to twelve. */
    private static final String NUMBER_INITIALS = "tfsen";

    /** Token k counts the places of a group: a figure or a small number word before a plain plural ("three villages"). */
    private boolean isPlaceCount(int k) {
        // (the word's length rules out most words before the set is read)
        return (t.kind(k) == Tokens.NUMBER || t.isWord(k) && t.length(k) >= 3 && t.length(k) <= 6 && !t.isCapitalized(k)
                && NUMBER_INITIALS.indexOf(t.first(k)) >= 0 && isSmallNumber(k)) && t.isWord(k + 1) && !t.isCapitalized(k + 1);
    }

    /** A plain word of a group's place, or a word of time before one: the "morning" of "voters at a morning market". */
    private boolean isPlaceWord(int k) {
        return isPlainWord(k) || t.isWord(k) && has(k, Lexicon.TEMPORAL) && !t.isCapitalized(k) && isPlainWord(k + 1);
    }

    /** Token k is a plain word, or a body's word in lower case, as a named place's noun: "Bukindo port", "Ndola mine". */
    private boolean isPlaceNoun(int k) {
        return isPlainWord(k) || t.isWord(k) && !t.isCapitalized(k) && has(k, Lexicon.ORG) && !has(k, Lexicon.STOP);
    }

    /** Token i is one of the plain words after "the" of a group's place ({@link #isGroupPlace}). */
    private boolean inGroupPlace(int i, int end) {
        if (isNearWord(i) && i >= 2 && t.isCapitalized(i + 1)) {
            return isNamedGroupPlace(i - 1, end);
        }
        if (i >= 3 && t.isCapitalized(i - 1) && isPlaceNoun(i) && !isPossessive(i - 1)) {
            // "Passengers at Bukindo port": the named place's noun, with no "the" before the place (or one unnamed
            // person's: "A police officer at Kisimbara port")
            for (int k = i - 2; k >= 1 && k >= i - 5; k--) {
                if (isPlacePreposition(k)) {
                    if ((has(k - 1, Lexicon.GROUP) || isOneUnnamedHead(k - 1) || isOneUnnamedRole(k - 1))
                            && isNamedGroupPlace(k, end)) {
                        return true;
                    }
                    break;
                }
                if (!t.isCapitalized(k) && !(connective(k) == AND && t.isCapitalized(k - 1))) {
                    break; // (two named places: "Farmers in Nkhotamba and Chisenga districts")
                }
            }
        }
        if (connectiveIn(i, PLACE_OPENERS) || isPlaceCount(i)) {
            return isGroupPlace(i - 1, end); // "on the": "on" is no preposition of the lexicon's phrases
        }
        // ("the Bonsaso and Asuboa districts", or a name of two words: "the Kampung Tualang community hall")
        boolean joined = connective(i - 2) == AND || connective(i - 3) == AND
                || i >= 4 && placeOpenerAt(i - 4) && t.isCapitalized(i - 3) && t.isCapitalized(i - 2);
        if (!placeOpenerAt(i - 1) && !placeOpenerAt(i - 2) && !placeOpenerAt(i - 3) && !joined
                || !isPlaceWord(i) && !t.eq(i, "other")) { // ("residents of two other villages")
            return false;
        }
        for (int k = i - 1; k >= 2 && k >= i - (joined ? 5 : 3); k--) {
            if (placeOpenerAt(k)) {
                return isGroupPlace(k - 1, end);
            }
            if (!isPlaceWord(k) && !(t.isCapitalized(k) && !has(k, Lexicon.STOP)) // "the Kellerton depot"
                    && !(connective(k) == AND && t.isCapitalized(k - 1) && t.isCapitalized(k + 1))) {
                return false;
            }
        }
        return false;
    }

    /** The "and" between two capitalised places of a group's place: "farmers in the Bonsaso and Asuboa districts". */
    private boolean andInNamedPlace(int i, int end) {
        if (!t.isCapitalized(i + 1)) {
            return false;
        }
        for (int k = i - 1; k >= 1 && k >= i - 3; k--) {
            if (connectiveIn(k, PLACE_OPENERS)) {
                return k < i - 1 && isGroupPlace(k - 1, end);
            }
            if (k < i - 1 && isPlacePreposition(k)) {
                return isNamedGroupPlace(k, end); // "Villagers from Mtambalika and Kachere say"
            }
            if (!t.isCapitalized(k)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Token k is one person named by a trade no list holds, after "a" or "an" (and maybe an age), before "who" or "told",
     * which only a person takes: "A lasher told the Gazette", "a 34-year-old rigger who asked not to be named"; or after
     * "one" beside a quotation ("“…,” one customer wrote"). Read
     * from its shape, an agent's ending ("-er", "-or", "-ist"), as no list can hold every trade ("An order said" is none);
     * a firm's word too, which "who" makes a person's ("A contractor who asked not to be named said").
     */
    private boolean isUnlistedAgent(int k) {
        int before = k >= 4 && ageAt(k - 1) == k - 3 ? k - 4 : k - 1;
        return t.isWord(k) && t.length(k) > 4 && !t.isCapitalized(k) && (t.endsWith(k, "er") || t.endsWith(k, "or")
                || t.endsWith(k, "ist")) && connectiveIn(before, 1 << A | 1 << AN | 1 << ONE)
                && !has(k, ~(KNOWN | Lexicon.COMPANY)) && cue(k) == null
                && (t.isWho(k + 1) || t.is(k + 1, ',') && t.isWho(k + 2) || t.eq(k + 1, "told")
                // (one of several beside a quotation, which only people are: "“…,” one customer wrote", "said one
                // promoter.")
                || connective(before) == ONE && (cue(k + 1) != null && t.kind(before - 1) == Tokens.QUOTE
                || (t.is(k + 1, ',') || t.is(k + 1, '.') || k + 1 >= t.size()) && cue(before - 1) != null));
    }

    /** Token k is a web site's name, which its domain's ending closes: "NewZimbabwe.com", "Rappler.com". */
    boolean isWebSite(int k) {
        return t.isWord(k) && org.whosaid.text.Tokenizer.endsInDomain(text, t.start(k), t.end(k));
    }

    /** A plain noun that no list knows, as the "sheep" and "beef" of "sheep and beef farmer". */
    private boolean isTradeNoun(int k) {
        return isPlainWord(k) && !has(k, Lexicon.ROLE | Lexicon.MODIFIER | Lexicon.GROUP | Lexicon.ORG | Lexicon.COMPANY);
    }

    /** "called" at i names what stands before it in an aside: "The program, called EB-5, allows …". */
    private boolean namingAside(int i) {
        if (!t.is(i - 1, ',') || !t.eq(i, "called")) {
            return false;
        }
        int k = i + 1;
        while (k < t.size() && k < i + 9 && (t.isCapitalized(k) || t.eq(k, "the") || t.eq(k, "of") || t.eq(k, "and")
                || t.kind(k) == Tokens.NUMBER)) {
            k++;
        }
        if (k == i + 1 && t.isWord(k) && !t.isCapitalized(k) && (t.is(k + 1, ',') || t.is(k + 1, '.'))) {
            return true; // one plain word: "party leaders and elected officials, called superdelegates."
        }
        return k > i + 1 && t.is(k, ',') && t.isCapitalized(k - 1);
    }

    /** What one calls when one convenes it: "call rolling rail strikes", "called a snap election". */
    private static final java.util.Set<String> CONVENED = java.util.Set.of("strike", "strikes", "election", "elections",
            "meeting", "meetings", "vote", "referendum", "halt", "truce", "ceasefire", "recess", "session", "walkout");

    /** The "call" at i takes an event it convenes, after "a" or a few plain words, not "the" or a name. */
    private boolean convenes(int i) {
        int k = i + 1;
        if (t.eq(k, "a") || t.eq(k, "an")) {
            k++;
        }
        for (int n = 0; n < 4 && k < t.size() && t.isWord(k) && !t.isCapitalized(k); n++, k++) {
            if (CONVENED.contains(t.lower(k))) {
                return true;
            }
            if (has(k, Lexicon.DETERMINER | Lexicon.PRONOUN | Lexicon.STOP) || isPossessive(k)) {
                return false;
            }
        }
        return false;
    }

    /** Nouns that end like an adverb ("Protesters at the rally said", "a reporter from the daily Velnoros Rytas"). */
    private static final java.util.Set<String> LY_NOUNS = java.util.Set.of("rally", "assembly", "family", "ally", "daily",
            "weekly");

    /** Adjectives of how often a document comes out, which end like adverbs: "its monthly report", "a daily briefing". */
    private static final java.util.Set<String> FREQUENCIES = java.util.Set.of("hourly", "daily", "nightly", "weekly",
            "biweekly", "fortnightly", "monthly", "bimonthly", "quarterly", "yearly", "half-yearly");

    /** Token k is one of {@link #FREQUENCIES}. */
    private boolean isFrequency(int k) {
        return t.length(k) <= 12 && FREQUENCIES.contains(t.lower(k));
    }

    /** Token k is a noun that ends like an adverb: "rally", "assembly". */
    boolean isLyNoun(int k) {
        return t.length(k) <= 8 && t.endsWith(k, "ly") && LY_NOUNS.contains(t.lower(k));
    }

    /**
     * A lower-case word in no function-word list and no cue: a noun or adjective of a short place phrase (an -ly word
     * only when it is a noun).
     */
    private boolean isPlainWord(int k) {
        return t.isWord(k) && !t.isCapitalized(k) && connective(k) == OTHER
                && !has(k, Lexicon.STOP | Lexicon.PRONOUN | Lexicon.TEMPORAL) && cue(k) == null
                && (!t.endsWith(k, "ly") || isLyNoun(k))
                && !isAuxiliary(k); // not the "have" of "farmers in the Bonsaso district have rejected"
    }

    /**
     * An organisation or group word within the next three lower-case words: "a source in the harbour
     * authority", "a spokesperson for the crisis staff".
     */
    private boolean orgHeadWithin(int j, int end) {
        // (a possessive adds a word: "a lobbyist for one of the state’s largest cable providers")
        int within = isPossessive(j) ? 4 : 3;
        for (int k = j; k < end && k < j + within && t.isWord(k) && !t.isCapitalized(k); k++) {
            if (has(k, Lexicon.ORG | Lexicon.GROUP)) { // "a spokesperson for the crisis staff"
                return true;
            }
        }
        return false;
    }

    /** Token i is "of", "at", "in", "for", "from" or "with", or "against", "on", "by", "to" (of a noun's complement). */
    boolean isPrepositionWord(int i) {
        return isPrepositionAt(i) || t.eq(i, "against") || t.eq(i, "on") || t.eq(i, "by") || t.eq(i, "to");
    }

    private boolean isPrepositionAt(int i) {
        int w = connective(i);
        return w != OTHER && ((1 << w & PREPOSITIONS) != 0 || w == TO && (isCloseTo(i) || isRoleTo(i)));
    }

    /**
     * The "to" of a role held towards someone: "ambassador to the EU", "adviser to the president", "China's delegation
     * to the forum".
     */
    private boolean isRoleTo(int i) {
        return connective(i) == TO && i > 0 && (isRole(i - 1) || t.eq(i - 1, "delegation") || t.eq(i - 1, "mission"))
                && !t.isCapitalized(i - 1);
    }

    /** Token i is the "briefed" of an unnamed source or group briefed on or about something ("a person briefed on"). */
    private boolean isBriefed(int i) {
        return i > 0 && i + 1 < t.size() && t.length(i) == 7 && t.eq(i, "briefed") && (t.eq(i + 1, "on") || t.eq(i + 1, "about"))
                && t.isWord(i - 1) && has(i - 1, Lexicon.ANONYMOUS | Lexicon.GROUP | Lexicon.ROLE);
    }

    /** Token i is the "on" or "about" after {@link #isBriefed}. */
    private boolean isBriefedOn(int i) {
        return i > 1 && (t.eq(i, "on") || t.eq(i, "about")) && isBriefed(i - 1);
    }

    /** The phrase goes on after its head at k with what its people know: "familiar with", "close to", "briefed on". */
    private boolean knowsTheMatter(int k, int end) {
        int w = connective(k);
        return k + 1 < end && (w == FAMILIAR || w == TO && isCloseTo(k) || w == WITH && knowledgeAfter(k)
                || w == OTHER && isBriefed(k));
    }

    /**
     * Inside the few words after "familiar with", "close to", "briefed on" or "with knowledge of" (the matter a source
     * knows about).
     */
    private boolean inMatterObject(int i) {
        for (int k = i - 1; k >= 1 && k >= i - 7; k--) {
            int w = connective(k);
            if (w == TO && isCloseTo(k) || (w == WITH || w == OF && isAwareOf(k)) && connective(k - 1) == FAMILIAR
                    || w == IN && connective(k - 1) == INVOLVED || w == OTHER && isBriefedOn(k)
                    || w == OF && isKnowledgeOf(k)) {
                return true;
            }
            if (!t.isWord(k) && !isPossessiveMark(k)) {
                return false;
            }
        }
        return false;
    }

    /** The "of" of "with knowledge of" or "with direct knowledge of" at k. */
    private boolean isKnowledgeOf(int k) {
        return connective(k) == OF && connective(k - 1) == KNOWLEDGE && k >= 3
                && (connective(k - 2) == WITH || connective(k - 3) == WITH && knowledgeAfter(k - 3));
    }

    /** The "with" at i opens "with knowledge" or "with direct knowledge" (one plain word before "knowledge"). */
    private boolean knowledgeAfter(int i) {
        return connective(i + 1) == KNOWLEDGE || connective(i + 2) == KNOWLEDGE && isPlainWord(i + 1);
    }

    /** Places whose government a body belongs to: "the city traffic management office". */
    private static final java.util.Set<String> LOCAL_GOVERNMENTS = java.util.Set.of("city", "town", "county",
            "municipal", "village", "borough");

    /** Token i ends a run of up to four capitalised words that "the" opens: "the Sawyer County …". */
    private boolean isNameAfterThe(int i) {
        for (int k = i; k > i - 4 && k > 0 && t.isWord(k) && t.isCapitalized(k); k--) {
            if (connective(k - 1) == THE) {
                return true;
            }
        }
        return false;
    }

    /** Token i is the field after a body's word and "of": "the chamber of agriculture", "the department of commerce". */
    private boolean isBodysField(int i) {
        return i > 1 && connective(i - 1) == OF && has(i, Lexicon.PORTFOLIO) && !t.isCapitalized(i) && has(i - 2, Lexicon.ORG)
                && !t.isCapitalized(i - 2);
    }

    /** The "of" of "aware of" ("people aware of the development"). */
    private boolean isAwareOf(int i) {
        return i > 0 && connective(i - 1) == FAMILIAR && t.eq(i - 1, "aware");
    }

    /** The "to" of "close to" after an unnamed source, group or role ("sources close to the negotiations"). */
    private boolean isCloseTo(int i) {
        return connective(i) == TO && i > 1 && connective(i - 1) == CLOSE
                && has(i - 2, Lexicon.ANONYMOUS | Lexicon.GROUP | Lexicon.ROLE);
    }

    /** Roles whose holder speaks "on" a subject: "spokesman on housing", "critic on finance", "envoy on climate". */
    private static final java.util.Set<String> ROLES_ON = java.util.Set.of("spokesman", "spokeswoman", "spokesperson",
            "critic", "adviser", "advisor", "envoy", "rapporteur");

    /**
     * Token i is the "on" after such a role, or one of the one or two lower-case words of the subject after it, when
     * a capitalised word or a comma follows them: "Opposition spokesman on housing Dr Lisa-Ann Bogle-Ferreira",
     * "the party's spokesperson on foreign affairs, Ama Owusu".
     */
    private boolean isPortfolioOn(int i, int end) {
        if (isPortfolioOf(i, end)) {
            return true;
        }
        int on = i;
        while (on > i - 3 && on > 0 && !t.eq(on, "on") && !t.eq(on, "for")) {
            on--;
        }
        // (or "for" after any lower-case role word: "said alderman for mobility Pieter Vanhaverbeke")
        boolean portfolioFor = t.eq(on, "for") && on > 0 && !t.isCapitalized(on - 1) && isRole(on - 1);
        if (!portfolioFor && (!t.eq(on, "on") || on == 0 || !t.isWord(on - 1) || !ROLES_ON.contains(t.lower(on - 1)))) {
            return false;
        }
        int k = on + 1;
        while (k < end && k <= on + 2 && t.isWord(k) && !t.isCapitalized(k) && !has(k, Lexicon.STOP | Lexicon.DETERMINER)
                && cue(k) == null) {
            k++;
        }
        // (or the portfolio ends the phrase before its cue: "the deputy mayor for urban planning announced")
        return k > on + 1 && i < k && (k == end || t.is(k, ',') || t.isCapitalized(k) || cue(k) != null);
    }

    /**
     * Token i is the "of" or one of at most two lower-case words after it, between a lower-case role word and a
     * capitalised name or the end: "vice president of engineering Julian Okafor", "head of communications Dana Reyes".
     */
    private boolean isPortfolioOf(int i, int end) {
        // (the connectives are read from their table: this runs for most lower-case words)
        int of = connective(i) == OF ? i : connective(i - 1) == OF ? i - 1 : connective(i - 2) == OF ? i - 2 : -1;
        if (of <= 0 || t.isCapitalized(of - 1) || !isRole(of - 1)) {
            return false;
        }
        int k = of + 1;
        // (a field, not a description: not "the daughter of former President Bill Clinton", "wife of magnate X")
        while (k < end && k <= of + 2 && t.isWord(k) && !t.isCapitalized(k)
                && !has(k, Lexicon.STOP | Lexicon.DETERMINER | Lexicon.MODIFIER | Lexicon.ROLE) && cue(k) == null) {
            k++;
        }
        // (or the field ends the phrase before its cue: "the head of policy said")
        return k > of + 1 && i < k && (k == end || k < end && cue(k) != null || k < end && t.isCapitalized(k) && (k + 1 >= end || t.isCapitalized(k + 1))
                && !has(k, Lexicon.ORG | Lexicon.ROLE | Lexicon.HONORIFIC));
    }

    /** The "and" of a coordinated portfolio before a capitalised role: "Energy and Mines Minister". */
    private boolean isPortfolioAnd(int i, int end) {
        if (connective(i) != AND || i == 0 || !t.isCapitalized(i - 1) || !t.isCapitalized(i + 1)) {
            return false;
        }
        // (a portfolio's word: "Tourism and Heritage Minister X"; or any word before a minister's title and name:
        // "Schools and Vocational Education Minister Dr X")
        boolean portfolioWord = has(i - 1, Lexicon.MODIFIER | Lexicon.PORTFOLIO);
        for (int k = i + 1; k < end && k <= i + 3 && t.isCapitalized(k); k++) {
            if (isRole(k)) {
                // (one capitalised word before "and": "Maria Santos and Heritage Minister X" are two people; but a
                // modifier may open the post, "Deputy Commodities and Smallholders Minister X", and a body's post come
                // first, "Cabinet Spokesman and Mass Media Minister Dr. X")
                boolean opener = !t.isCapitalized(i - 2) || has(i - 2, Lexicon.MODIFIER);
                boolean postFirst = isRole(i - 1) && t.isCapitalized(i - 2) && has(i - 2, Lexicon.ORG);
                return k > i + 1 && (portfolioWord || (t.eq(k, "minister") || t.eq(k, "secretary"))
                        && (!isRole(i - 1) && opener || postFirst) && k + 2 < end && t.isCapitalized(k + 1)
                        && (t.isCapitalized(k + 2) || t.is(k + 2, '.') && has(k + 1, Lexicon.HONORIFIC)));
            }
        }
        return false;
    }

    /**
     * The "and" of a constituency of two places before a member's title and name: "Ardlessan and Lochview MSP Iain
     * Drummond-Kerr" (the places are words of no list, the title a member's letters: MP, MSP, TD, MLA).
     */
    private boolean isConstituencyAnd(int i, int end) {
        return i > 0 && i + 3 < end && t.isCapitalized(i - 1) && t.isCapitalized(i + 1) && !has(i - 1, ~KNOWN)
                && !has(i + 1, ~KNOWN) && has(i + 2, Lexicon.POSTNOMINAL) && t.isAllCaps(i + 2) && isRole(i + 2)
                && t.isCapitalized(i + 3);
    }

    /**
     * A comma inside a list of portfolios after a capitalised role or organisation word and "of" or "for": one to
     * three capitalised words before it, then one to three more, "and", and one to three more.
     */
    private boolean isPortfolioComma(int i, int end) {
        int of = t.is(i, ',') && i >= 3 && t.isCapitalized(i - 1) ? ofPhraseStart(i) : -1;
        if (of < 0 || !t.isCapitalized(of - 1) || !isRole(of - 1) && !has(of - 1, Lexicon.ORG)) {
            return false;
        }
        int k = i + 1;
        int words = 0;
        while (k < end && words < 3 && t.isCapitalized(k) && connective(k) != AND) {
            k++;
            words++;
        }
        return words > 0 && connective(k) == AND && t.isCapitalized(k + 1);
    }

    /** A comma between capitalised words, as in a list of portfolios ("Food, Agriculture and …"). */
    private boolean isCommaBetweenCapitals(int k) {
        return t.is(k, ',') && t.isCapitalized(k - 1) && t.isCapitalized(k + 1);
    }

    private boolean inOfPhrase(int i) {
        return ofPhraseStart(i) >= 0;
    }

    /** The "of" or "for" that token i follows within seven words (and portfolio commas), or -1. */
    private int ofPhraseStart(int i) {
        for (int k = i - 1; k >= 0 && k > i - 8; k--) {
            int w = connective(k); // lower(k) is "of" exactly when connective(k) is OF: no other letter folds to o, f, r
            if (w == OF || w == FOR) {
                return k;
            }
            if (!t.isWord(k) && !isCommaBetweenCapitals(k)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The speaker phrase that starts at token i and ends at or before token limit, or null. A
     * phrase ends where a token can no longer continue it.
     */
    Mention right(int i, int limit) {
        if (i < 0 || i >= limit || i >= t.size() || t.kind(i) != Tokens.WORD && !isCountBeforeGroup(i) && ageAt(i) != i) {
            return null; // (an age may open a name: "said 67-year-old Beverley Grant-McKoy")
        }
        // The same phrase is asked for by the name scan, by each finder and by left(), with limits
        // that differ: a phrase parsed up to the sentence end that stops before the asked limit
        // (with a token to spare for look-ahead) is the phrase for that limit too.
        int sentenceEnd = a.sentenceEnd(a.sentenceOf(i));
        if (limit <= sentenceEnd) {
            Mention whole = sentenceMemo[i];
            if (whole == null) {
                whole = parseRight(i, sentenceEnd);
                sentenceMemo[i] = whole == null ? NO_PHRASE : whole;
            } else if (whole == NO_PHRASE) {
                whole = null;
            }
            if (limit == sentenceEnd || whole != null && whole.endTok() <= limit) {
                return whole;
            }
        }
        if (limitedMemo == null) {
            limitedMemo = new java.util.HashMap<>();
        }
        Long key = (long) i << 32 | limit;
        Mention m = limitedMemo.get(key);
        if (m == null) {
            m = parseRight(i, limit);
            limitedMemo.put(key, m == null ? NO_PHRASE : m);
        } else if (m == NO_PHRASE) {
            m = null;
        }
        return m;
    }

    private Mention parseRight(int i, int limit) {
        if (isPrepositionAt(i) || connective(i) == AND || isObjectOnlyPreposition(i)) {
            return null; // "in the city council", "against developers" are the tail of a phrase, never a speaker of their own
        }
        int forName = forNameEnd(i, limit);
        if (forName > 0) {
            // "Fair Go for Stock", "Rank and File for a Fair Contract": a body named by whom or what it stands for
            return mention(i, forName, Mention.Type.ORG_NAME, surface(i, forName), null, t.lower(forName - 1));
        }
        if (isCampaignNameStart(i)) {
            int e = i + 2;
            while (e < limit && t.isWord(e) && t.isCapitalized(e) && !has(e, Lexicon.PRONOUN)) {
                e++;
            }
            // "Save the Penrosa Valley", "Stop the Quarry", "Keep Our Library Open": a campaign named by what it asks
            return mention(i, e, Mention.Type.ORG_NAME, surface(i, e), null, t.lower(e - 1));
        }
        if (isPartyTag(i)) {
            return null; // "Sen. Lucinda Farrow-Akers, D-Brindle Gap, said": the party and district of the name before
        }
        if (t.isCapitalized(i + 1) && a.sentenceStart(a.sentenceOf(i)) == i
                && (QUESTION_AUXILIARIES.contains(t.lower(i)) || SENTENCE_ADVERBS.contains(t.lower(i)))) {
            // "Does Bernie Sanders represent …?", "Even Lindsey Graham said": the question's verb or an adverb, then the
            // name
            return null;
        }
        if (a.sentenceStart(a.sentenceOf(i)) == i && t.isWord(i + 1) && !t.isCapitalized(i + 1)
                && (t.eq(i, "having") || t.eq(i, "being") || t.endsWith(i, "ly") && t.endsWith(i + 1, "ing"))) {
            return null; // "Having announced that …, Judge Berman", "Hastily politicizing the tragedy, Trump": no name opens
        }
        if (a.sentenceStart(a.sentenceOf(i)) == i && t.length(i) > 4 && t.endsWith(i, "ed") && t.eq(i + 1, "by")
                && !has(i, ~KNOWN)) {
            return null; // "Contacted by telephone, the Director General admitted": a participle opens, no name
        }
        if (t.is(i + 1, ',') && OPENING_PARTICIPLES.contains(t.lower(i)) && a.sentenceStart(a.sentenceOf(i)) == i) {
            return null; // "Reacting, the association's publicity secretary said": a participle opening the sentence
        }
        if (has(i, Lexicon.PRONOUN)) {
            return new Mention(i, i + 1, t.start(i), t.end(i), Mention.Type.PRONOUN, null, null, t.lower(i));
        }
        if (i + 1 <= limit && t.isCapitalized(i) && isPossessive(i) && t.endsWith(i, "'s") && isFirmsVerb(i + 1)
                && !isPronounContraction(i)) {
            // "Bramwell's said": a possessive right before a cue owns nothing, it is a firm's name ("Sainsbury's")
            return mention(i, i + 1, Mention.Type.ORG_NAME, surface(i, i + 1), null, t.lower(i));
        }
        if (connective(i) == ONE && connective(i + 1) == OF && connectiveIn(i + 2, THEM_OR_THOSE) && i + 3 <= limit) {
            // "One of them, who spoke on condition of anonymity, said": one of the sources named before
            return mention(i, i + 3, Mention.Type.ANONYMOUS, surface(i, i + 3), null, "one");
        }
        int j = i;
        boolean indefinite = false;
        boolean determiner = false;
        if (has(i, Lexicon.DETERMINER) || isCountBeforeGroup(i) // a count stands as a determiner: "23 senior consultants"
                || isDemonstrativeOpener(i)) {
            indefinite = has(i, Lexicon.INDEFINITE);
            determiner = true;
            j++;
        }
        int end = j;
        while (end < limit && end - i < MAX_PHRASE && continues(end, limit)) {
            end++;
        }
        // never end on a connective, nor on an unfinished "with knowledge (of …)"
        while (end > j) {
            int w = connective(end - 1);
            if (w == KNOWLEDGE && connective(end - 2) == WITH) {
                end -= 2;
            } else if (w == KNOWLEDGE && connective(end - 3) == WITH && knowledgeAfter(end - 3)) {
                end -= 3;
            } else if ((1 << w & TRAILING) != 0 || w == TO && isPrepositionAt(end - 1) || t.is(end - 1, '.')) {
                end--;
            } else {
                break;
            }
        }
        if (end == j) {
            return null;
        }
        int owner = pluralOwnerEnd(j, end);
        if (owner > 0) {
            end = owner; // "Torrabhan Island Ferries’ draft timetable": the phrase is the owner's name
        }
        if (j == i && end - i >= 3 && isTradeBeforeFirm(i) && isPartnersFirm(i + 1, end)) {
            // "Auctioneers Fothergill & Raine, who run the sales, said": a plural trade opening the sentence describes
            // the firm named after it, as "Estate agents Fothergill & Raine" does
            Mention firm = classify(i + 1, i + 1, end, false, false);
            if (firm != null && firm.type() == Mention.Type.ORG_NAME) {
                return new Mention(i, firm.endTok(), t.start(i), firm.end(), firm.type(), firm.name(), firm.role(),
                        firm.head());
            }
        }
        Mention m = classify(i, j, end, determiner, indefinite);
        int of = m == null && !determiner && end - j >= 5 ? partyOfAfterName(j, end) : -1;
        if (of > 0) {
            // "Minister for Housing Darragh Ó Laoire of Comhar": a titled name, then the party or place it is of
            Mention named = classify(i, j, of, false, false);
            if (named != null && named.type() == Mention.Type.PERSON_NAME && named.role() != null) {
                // (the phrase runs on over the party, as "Senator Jane Doe of Ohio" does)
                return new Mention(named.startTok(), end, named.start(), t.end(end - 1), named.type(), named.name(),
                        named.role(), named.head());
            }
        }
        if (m == null && !determiner) {
            // "Cameron Easley for Morning Consult": a name before "for" and the outlet it writes for is the name, and so
            // is a name before where its bearer is ("Dossym Satpayev in Almaty", "political scientist Ann Smith at Dorwick")
            for (int k = j + 2; k < end; k++) {
                if (connective(k) == FOR || connective(k) == IN || connective(k) == AT) {
                    if (t.isCapitalized(j)) {
                        return isNameRun(j, k) ? classify(i, j, k, false, false) : null;
                    }
                    Mention role = t.isCapitalized(k - 1) ? classify(i, j, k, false, false) : null;
                    return role != null && role.type() == Mention.Type.PERSON_NAME && role.role() != null ? role : null;
                }
            }
        }
        return m;
    }

    /**
     * Token i opens its sentence with the capitalised plural of a trade or a group ("Auctioneers", "Valuers") in no
     * list of bodies' words, before a capitalised word of no list: the trade of the firm named next.
     */
    private boolean isTradeBeforeFirm(int i) {
        return t.isCapitalized(i) && t.endsWith(i, "s") && isSentenceStart(i) && has(i, Lexicon.GROUP)
                && !has(i, Lexicon.ORG | Lexicon.COMPANY) && t.isWord(i + 1) && t.isCapitalized(i + 1)
                && !has(i + 1, ~KNOWN);
    }

    /**
     * Tokens [from, end) name a firm of partners or one with a legal form, "Fothergill & Raine", "Pellow Lane Ltd", no
     * body that a group's word may open ("Farmers Together Alliance", "Caregivers United Local 88").
     */
    private boolean isPartnersFirm(int from, int end) {
        for (int k = from + 1; k < end; k++) {
            if (t.is(k, '&') || isLegalFormAbbreviation(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The "of" before the last one to three capitalised words of the phrase [j, end), after a capitalised name of two
     * words or more: the party or place of "Housing Minister Darragh Oakley of Comhar"; else -1.
     */
    private int partyOfAfterName(int j, int end) {
        int k = end - 1;
        while (k > j && k >= end - 3 && t.isWord(k) && t.isCapitalized(k) && !has(k, Lexicon.STOP)) {
            k--;
        }
        return k < end - 1 && k >= j + 4 && connective(k) == OF && t.isCapitalized(k - 1) && t.isCapitalized(k - 2) ? k
                : -1;
    }

    /**
     * Token i is a demonstrative opening its sentence before a source or a role: "That person said", "This official
     * added" (inside a sentence "that" is a conjunction far more often: "said that officials …").
     */
    private boolean isDemonstrativeOpener(int i) {
        return (t.eq(i, "that") || t.eq(i, "this")) && t.isCapitalized(i) && isSentenceStart(i) && t.isWord(i + 1)
                && !t.isCapitalized(i + 1) && (isRole(i + 1) || has(i + 1, Lexicon.ANONYMOUS));
    }

    /** Nouns of quantity after "a" before a plural subject: "a few analysts say", "a number of residents say". */
    private static final java.util.Set<String> QUANTITY_NOUNS = java.util.Set.of("few", "lot", "number", "couple", "handful",
            "majority", "minority", "third", "quarter", "half", "group", "dozen");

    /** Token i is a quantifier after "of" and before a group: the "several" of "relatives of several victims". */
    private boolean isQuantifierOfGroup(int i) {
        return connective(i - 1) == OF && t.isWord(i) && OF_QUANTIFIERS.contains(t.lower(i)) && has(i + 1, Lexicon.GROUP);
    }

    /** Quantifiers after "of" before a group: "relatives of several victims". */
    private static final java.util.Set<String> OF_QUANTIFIERS = java.util.Set.of("several", "many", "some", "those",
            "these", "two", "three", "four", "five", "six", "dozens", "hundreds");

    /** Nouns of a share of people, after which a cue's base form is the verb of the share: "a third say". */
    private static final java.util.Set<String> SHARE_NOUNS = java.util.Set.of("third", "thirds", "quarter", "quarters",
            "fifth", "fifths", "half", "majority", "minority", "percent");

    /** Words that open a sentence before its subject and are never a name's first word. */
    private static final java.util.Set<String> SENTENCE_ADVERBS = java.util.Set.of("even", "like", "unlike", "only", "just");

    /** Auxiliaries that open a question before its subject, never a name's first word. */
    private static final java.util.Set<String> QUESTION_AUXILIARIES = java.util.Set.of("does", "did", "do", "is", "are",
            "was", "were", "has", "have", "had", "should", "could", "would", "shall");

    /** Participles that open a sentence before a comma and the speaker ("Reacting, the minister said"), no names. */
    static final java.util.Set<String> OPENING_PARTICIPLES = java.util.Set.of("reacting", "responding", "speaking",
            "commenting", "continuing", "addressing", "concluding", "explaining", "testifying", "elaborating");

    /** Tokens searched on each side of a title for its place named elsewhere (an article's length). */
    private static final int PLACE_WINDOW = 4000;

    /**
     * Token k, after a capitalised title word, is a word of no list before a known given name and two or more
     * name words, and the article names it elsewhere without that given name: the place of the office ("Deputy
     * Commissioner Sarwala Ayesha Naz Rind" in a story about Sarwala), no part of the name ("Governor Lucinda
     * Maria Holt").
     */
    private boolean isPlaceAfterTitle(int k, int end) {
        if (!(k > 0 && end - k >= 3 && t.isCapitalized(k - 1) && isRole(k - 1) && t.isWord(k) && t.isCapitalized(k)
                && has(k + 1, Lexicon.FEMALE | Lexicon.MALE) && !has(k, Lexicon.FEMALE | Lexicon.MALE)
                && !has(k, ~KNOWN) && t.isCapitalized(k + 2))) {
            return false;
        }
        String place = t.lower(k);
        String given = t.lower(k + 1);
        // (within a few thousand tokens: an article's length, and a bound that keeps a huge text linear)
        for (int j = Math.max(0, k - PLACE_WINDOW), last = Math.min(t.size(), k + PLACE_WINDOW); j < last; j++) {
            if (j != k && t.isCapitalized(j) && t.length(j) == place.length() && t.lower(j).equals(place)
                    && !t.lower(j + 1).equals(given)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token k, a title's or a post's word ("Justice"), ends the name that a lower-case body's noun introduces, after
     * capitalised words that are no title nor a body's word: "the environmental group Namib Water Justice" (not "the
     * state Police Public Relations Officer").
     */
    private boolean endsBodyNamedAfterNoun(int k, int bodyStart) {
        if (!t.isCapitalized(k) || !has(k, Lexicon.HONORIFIC | Lexicon.ROLE)) {
            return false;
        }
        int j = k - 1;
        while (j > bodyStart && t.isCapitalized(j) && !has(j, Lexicon.HONORIFIC | Lexicon.ROLE | Lexicon.ORG)) {
            j--;
        }
        return j < k - 2 && t.isWord(j) && !t.isCapitalized(j) && has(j, Lexicon.ORG);
    }

    /** Token k is a capitalised point of the compass: the "West" of "St Ardene South West". */
    private boolean isCompassPoint(int k) {
        return t.isCapitalized(k) && COMPASS.contains(t.lower(k));
    }

    private static final java.util.Set<String> COMPASS = java.util.Set.of("north", "south", "east", "west", "central",
            "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest");

    /** Tokens from to end are two or more capitalised words. */
    private boolean isNameRun(int from, int end) {
        for (int k = from; k < end; k++) {
            if (!t.isCapitalized(k)) {
                return false;
            }
        }
        return end - from >= 2;
    }

    /** The speaker phrase that ends just before token end (exclusive) and starts after token floor, or null. */
    Mention left(int end, int floor) {
        if (end - 3 > floor && connective(end - 3) == ONE && connective(end - 2) == OF && connectiveIn(end - 1, THEM_OR_THOSE)) {
            return right(end - 3, end);
        }
        Mention described = groupWithParticiple(end, floor);
        if (described != null) {
            return described;
        }
        int s = end;
        while (s - 1 > floor && end - (s - 1) <= MAX_PHRASE && (continues(s - 1, end) || opensPhrase(s - 1))) {
            s--;
            if (t.isWord(s) && has(s, Lexicon.DETERMINER) && !isOfThe(s)) {
                break;
            }
        }
        if (s - 1 > floor && s - 1 >= 0 && t.isWord(s - 1) && has(s - 1, Lexicon.PRONOUN) && s == end) {
            s--;
        }
        if (s - 1 > floor && s - 1 >= 0 && (connective(s - 1) == THE && !isOfThe(s - 1) || isDemonstrativeOpener(s - 1))) {
            s--;
        }
        if (s - 1 > floor && isCampaignNameStart(s - 1)) {
            s--; // "Save the Penrosa Valley said"
        }
        for (int k = Math.max(floor + 1, s - 7); k < s; k++) {
            if (t.isCapitalized(k) && forNameEnd(k, end) == end) {
                s = k; // "Fair Go for Stock said": the name runs back over its "for"
                break;
            }
        }
        if (s - 1 > floor && s + 1 < end && (t.eq(s, "two") || t.eq(s, "three")) && isPossessivePronoun(s - 1)) {
            s--; // "His three children said": the possessive before the number opens the phrase
        }
        Mention oneOf = unnamedAtOneOf(end, floor);
        if (oneOf != null) {
            return oneOf;
        }
        for (int k = s; k < end; k++) {
            Mention m = right(k, end);
            if (m != null && m.endTok() == end) {
                Mention whom = forWhom(m, floor);
                Mention kin = t.eq(whom.startTok(), "one") ? sourceOfOneOf(whom, floor) : null;
                if (kin != null) {
                    return kin;
                }
                return whom.type() == Mention.Type.GROUP ? withGroupBefore(withApproximation(whom, floor), floor) : whom;
            }
            if (m != null && m.type() == Mention.Type.PRONOUN && k == end - 1) {
                return m;
            }
        }
        return null;
    }

    /**
     * The unnamed source or group before "of" and m, when m opens with "one" ("one of the arrested men"): "A relative
     * of one of the arrested men"; else null.
     */
    private Mention sourceOfOneOf(Mention m, int floor) {
        int of = m.startTok() - 1;
        Mention outer = of - 1 > floor && t.eq(of, "of") ? left(of, floor) : null;
        if (outer == null || outer.endTok() != of || outer.type() != Mention.Type.ANONYMOUS
                && outer.type() != Mention.Type.GROUP && outer.type() != Mention.Type.PERSON_NOMINAL) {
            return null;
        }
        return mention(outer.startTok(), m.endTok(), outer.type(), surface(outer.startTok(), m.endTok()), outer.role(),
                outer.head());
    }

    /**
     * A group or one unnamed source and the participle phrase that says which, when that phrase runs up to end with no
     * comma, verb or cue in it: "Workers sent home on Monday", "Thirty-eight households displaced by the Sirdi Khola
     * Hydropower Project", "An inspector assigned to the plant"; else null.
     */
    private Mention groupWithParticiple(int end, int floor) {
        // the nearest participle first, by its shape (the cheap tests); then nothing between it and end may stop it
        int p = end - 2;
        while (p > floor + 1 && p >= end - 8 && !isDescribingParticiple(p, floor)) {
            if (!t.isWord(p + 1) && t.kind(p + 1) != Tokens.NUMBER) {
                return null; // (a comma or a mark between: an aside, no description)
            }
            p--;
        }
        if (p <= floor + 1 || p < end - 8) {
            return null;
        }
        for (int k = p; k < end; k++) {
            if (!t.isWord(k) && t.kind(k) != Tokens.NUMBER || isAuxiliary(k) || cue(k) != null
                    || has(k, Lexicon.PRONOUN)) {
                return null; // a verb, a cue or a pronoun: a clause, no description
            }
        }
        Mention group = left(p, floor);
        boolean opening = group != null && (group.startTok() == floor + 1
                || group.startTok() == floor + 2 && (t.eq(floor + 1, "but") || t.eq(floor + 1, "and")));
        if (!opening || group.type() != Mention.Type.GROUP && group.type() != Mention.Type.ANONYMOUS
                || group.endTok() != p) {
            return null; // (the group opens the subject: not the "egg producers" of "a survey of egg producers …")
        }
        return mention(group.startTok(), end, group.type(), surface(group.startTok(), end), null, group.head());
    }

    /**
     * Token p is a lower-case participle after a group's, a role's or a source's word and before a preposition or a
     * particle: the "displaced" of "households displaced by", the "sent" of "workers sent home" (a capitalised word
     * before it only where the phrase opens, after floor).
     */
    private boolean isDescribingParticiple(int p, int floor) {
        return t.isWord(p) && !t.isCapitalized(p)
                && (t.endsWith(p, "ed") && t.length(p) > 4 || IRREGULAR_PARTICIPLES.contains(t.lower(p))
                || MORE_IRREGULAR_PARTICIPLES.contains(t.lower(p)))
                && t.isWord(p + 1) && PARTICIPLE_OPENERS.contains(t.lower(p + 1))
                && has(p - 1, Lexicon.GROUP | Lexicon.ROLE | Lexicon.ANONYMOUS)
                && !(t.isCapitalized(p - 1) && p - 1 != floor + 1);
    }

    /** Words that open what follows a describing participle ("sent home", "displaced by", "laid off"), no object. */
    private static final java.util.Set<String> PARTICIPLE_OPENERS = java.util.Set.of("by", "in", "at", "on", "from",
            "during", "after", "since", "home", "off", "out", "over", "under", "near", "across", "outside", "inside",
            "into", "to", "with");

    /** More participles not in "-ed" that describe a group: "workers sent home", "staff laid off". */
    private static final java.util.Set<String> MORE_IRREGULAR_PARTICIPLES = java.util.Set.of("sent", "laid", "kept",
            "made", "brought", "driven", "taken", "thrown", "known");

    /**
     * Group m with the words that say how near its count is: "About 300 seasonal pickers", "More than 600 landowners",
     * "at least 40 residents", "Hundreds of cocoa farmers"; else m.
     */
    Mention withApproximation(Mention m, int floor) {
        int n = m.startTok();
        int of = n - 1; // a part of a counted whole: "43 of the centre's 64 stallholders", "three of the 12 members"
        of -= of > floor && t.isWord(of) && isPossessive(of) ? 1 : 0;
        of -= of > floor && t.eq(of, "the") ? 1 : 0;
        if (of < n - 1 && of - 1 > floor && t.eq(of, "of") && t.kind(n) == Tokens.NUMBER
                && (t.kind(of - 1) == Tokens.NUMBER || isSmallNumber(of - 1) || t.eq(of - 1, "one"))) {
            // (one of them is an unnamed source: "One of the group's 20 largest shareholders")
            return mention(of - 1, m.endTok(), t.eq(of - 1, "one") ? Mention.Type.ANONYMOUS : Mention.Type.GROUP,
                    surface(of - 1, m.endTok()), null, m.head());
        }
        if (n - 2 > floor && t.eq(n - 1, "of") && t.isWord(n - 2) && MULTITUDES.contains(t.lower(n - 2))) {
            return mention(n - 2, m.endTok(), Mention.Type.GROUP, surface(n - 2, m.endTok()), null, m.head()); // "Hundreds of"
        }
        if ((t.eq(n, "least") || t.eq(n, "most")) && n - 1 > floor && t.eq(n - 1, "at") && t.kind(n + 1) == Tokens.NUMBER) {
            return mention(n - 1, m.endTok(), Mention.Type.GROUP, surface(n - 1, m.endTok()), null, m.head());
        }
        if (t.kind(n) != Tokens.NUMBER || n - 1 <= floor || !t.isWord(n - 1)) {
            return m;
        }
        int p = n - 1;
        int s = APPROXIMATELY.contains(t.lower(p)) ? p
                : p - 1 > floor && t.eq(p, "than") && (t.eq(p - 1, "more") || t.eq(p - 1, "fewer") || t.eq(p - 1, "less"))
                || p - 1 > floor && t.eq(p - 1, "at") && (t.eq(p, "least") || t.eq(p, "most"))
                || p - 1 > floor && t.eq(p - 1, "up") && t.eq(p, "to") ? p - 1 : -1;
        return s < 0 ? m : mention(s, m.endTok(), Mention.Type.GROUP, surface(s, m.endTok()), null, m.head());
    }

    /** Plural counts that stand before "of" and a group: "Hundreds of cocoa farmers", "dozens of residents". */
    private static final java.util.Set<String> MULTITUDES = java.util.Set.of("hundreds", "dozens", "thousands", "scores",
            "tens", "millions");

    /** Words before a count that say it is near: "about 300", "nearly 40". */
    static final java.util.Set<String> APPROXIMATELY = java.util.Set.of("about", "nearly", "almost", "around",
            "some", "roughly", "approximately", "over", "only", "just");

    /**
     * Group m with the group joined to it by "and" when that one opens the sentence: "Doctors and nurses said",
     * "Residents and business owners said" (both speak); else m.
     */
    private Mention withGroupBefore(Mention m, int floor) {
        int and = m.startTok() - 1;
        if (and - 1 <= floor || connective(and) != AND) {
            return m;
        }
        Mention first = left(and, floor);
        if (first == null || first.type() != Mention.Type.GROUP || first.startTok() != floor + 1) {
            return m;
        }
        return mention(first.startTok(), m.endTok(), Mention.Type.GROUP, surface(first.startTok(), m.endTok()), null, m.head());
    }

    /**
     * The unnamed source before "at one of" (or "for", "in") and the phrase that runs to end: "A manager at one of the
     * bay's three processors", "An official at one of the depots in Eyinmi"; or the phrase that "one of" opens: "One of
     * the three dissenting regents"; else null.
     */
    private Mention unnamedAtOneOf(int end, int floor) {
        int s = end - 3;
        while (s > floor && s >= end - 9 && !(connective(s) == ONE && connective(s + 1) == OF)) {
            if (!t.isWord(s) && !isPossessiveMark(s)) {
                return null; // (no comma nor other mark inside the phrase)
            }
            s--;
        }
        if (s <= floor || connective(s) != ONE || connective(s + 1) != OF) {
            return null;
        }
        for (int j = s + 2; j < end; j++) {
            Mention tail = right(j, end);
            if (tail != null && tail.endTok() == end) {
                Mention one = mention(s, end, Mention.Type.GROUP, surface(s, end), null, tail.head());
                Mention whom = forWhom(one, floor);
                if (whom != one) {
                    return whom;
                }
                // or "one of" opens the phrase: "One of the three dissenting regents told", not "three dissenting regents"
                Mention own = s - 1 <= floor || !t.isWord(s - 1) ? right(s, end) : null;
                return own != null && own.endTok() == end && own.type() == Mention.Type.ANONYMOUS ? own : null;
            }
        }
        return null;
    }

    /**
     * "A lobbyist for one of the largest hospital systems": a phrase opened by "one of" after "for" (or "at", "in")
     * belongs to the unnamed source or role before it, who is the speaker.
     */
    private Mention forWhom(Mention m, int floor) {
        int f = m.startTok() - 1;
        if (connective(m.startTok()) != ONE || connective(m.startTok() + 1) != OF || f - 1 <= floor
                || connective(f) != FOR && connective(f) != AT && connective(f) != IN) { // "a librarian at one of the schools"
            return m;
        }
        Mention who = left(f, floor);
        if (who == null || who.type() != Mention.Type.ANONYMOUS && who.type() != Mention.Type.PERSON_NOMINAL) {
            return m;
        }
        return mention(who.startTok(), m.endTok(), who.type(), surface(who.startTok(), m.endTok()), who.role(), who.head());
    }

    /**
     * In a phrase opened by a capitalised role and an "of" ("Leader of the Opposition in the Kohistar Assembly
     * Tariq Mehmood Gondal"), the first token of two to four capitalised plain words after the last organisation
     * word, which name the person holding the role; -1 when the phrase is not so built.
     */
    private int personAfterOrganisation(int bodyStart, int end) {
        if (!t.isCapitalized(bodyStart)) {
            return -1;
        }
        // (a role of several capitalised words: "Additional Director General of Police")
        int of = bodyStart + 1;
        boolean role = isRole(bodyStart);
        while (of < end && of <= bodyStart + 3 && connective(of) != OF && t.isCapitalized(of)) {
            role |= isRole(of);
            of++;
        }
        if (!role || connective(of) != OF) {
            return -1;
        }
        int lastOrg = -1;
        for (int k = of + 1; k < end; k++) {
            if (t.isCapitalized(k) && (has(k, Lexicon.ORG) || t.eq(k, "opposition"))) {
                lastOrg = k; // (and the parliamentary opposition: "Leader of the Opposition T. Manjunath Gowda")
            }
        }
        if (lastOrg < 0) {
            // or one or two lower-case words after "of (the)": "Leader of the opposition Meenakshi Rathore-Bisht", "Head
            // of state Amara Diallo"
            int k = connectiveIn(of + 1, THE_OR_A) ? of + 2 : of + 1;
            int last = -1;
            while (k < end && k <= of + 4 && t.isWord(k) && !t.isCapitalized(k)
                    && (isPlainWord(k) || has(k, Lexicon.GROUP | Lexicon.ORG)) && !has(k, Lexicon.ROLE)) {
                last = k++;
            }
            lastOrg = last >= 0 && k < end && t.isCapitalized(k) ? last : -1;
        }
        while (lastOrg > 0 && lastOrg + 1 < end && t.isCapitalized(lastOrg + 1) && has(lastOrg + 1, Lexicon.PORTFOLIO)) {
            lastOrg++; // "Director of Government Affairs Phil Smith": the portfolio's last word
        }
        if (lastOrg > 0 && t.is(lastOrg + 1, '(') && inBracketedPortfolio(lastOrg + 1)) {
            // "Director General of Police (Law and Order) R.K. Bansal": the portfolio in brackets is the role's
            while (lastOrg < end && !t.is(lastOrg, ')')) {
                lastOrg++;
            }
        }
        int names = end - lastOrg - 1;
        if (lastOrg < 0 || names < 2 || names > 4) {
            return -1;
        }
        for (int k = lastOrg + 1; k < end; k++) {
            if (t.is(k, '.') && k > lastOrg + 1 && t.isInitials(k - 1)) {
                continue; // "Secretary of State John F. Kerry"
            }
            if (!t.isCapitalized(k) || has(k, Lexicon.ROLE | Lexicon.ORG | Lexicon.HONORIFIC | Lexicon.STOP)) {
                return -1;
            }
        }
        return lastOrg + 1;
    }

    /**
     * A person's name that ends a phrase after a post holding an organisation's word: a given name the lists know, or a
     * name after a title ("Kiruaini County Executive Committee Member for Roads and Transport Esther Wambui Githinji",
     * "Cabinet member for education Cllr Nia Prothero-Evans"); the name's first token, or -1.
     */
    private int givenNameAfterPost(int bodyStart, int end) {
        if (!t.isCapitalized(bodyStart)) {
            return -1; // ("a spokesman for House Speaker Paul Ryan": the spokesman, unnamed)
        }
        // (the first given name of the run: "… Monitoring Liza Marie Cabangon-Ferrer"; a post of three words or more,
        // not a title's parts: "State Rep. Wendy Nanney", "Retired Army Lawrence Wilkerson")
        for (int g = Math.max(bodyStart + 3, end - 4); g <= end - 2; g++) {
            boolean titled = has(g - 1, Lexicon.HONORIFIC) || t.is(g - 1, '.') && has(g - 2, Lexicon.HONORIFIC);
            if (!titled && !has(g, Lexicon.FEMALE | Lexicon.MALE) || has(g, Lexicon.ROLE | Lexicon.ORG | Lexicon.STOP)) {
                continue;
            }
            if (!titled && g - 2 > bodyStart && t.isCapitalized(g - 1) && !has(g - 1, Lexicon.ROLE | Lexicon.ORG
                    | Lexicon.STOP | Lexicon.HONORIFIC) && (isRole(g - 2) || has(g - 2, Lexicon.ORG | Lexicon.HONORIFIC))) {
                g--; // a given name the lists do not know before one they do: "… Federation President Sabina Yasmin Runa"
            } else if (!titled && g - 3 > bodyStart && t.is(g - 1, '.') && t.isInitials(g - 2)) {
                g -= 2; // an initial first: "White House Counsel W. Neil Eggleston"
            }
            for (int k = g; k < end; k++) {
                if (!t.isCapitalized(k) || has(k, Lexicon.ROLE | Lexicon.ORG | Lexicon.HONORIFIC | Lexicon.STOP)) {
                    return -1;
                }
            }
            int before = titled ? (t.is(g - 1, '.') ? g - 3 : g - 2) : g - 1;
            return before >= bodyStart + 2 && (isRole(before) || has(before, Lexicon.ORG | Lexicon.PORTFOLIO)
                    || t.isCapitalized(before) && !has(before, Lexicon.STOP) || !t.isCapitalized(before)) ? g : -1;
        }
        return -1;
    }

    /**
     * A document word before "from" or "by" ahead of the organisation word: "An objection letter from Little
     * Sedgeworth Parish Council" is the council's letter, a document, not an organisation.
     */
    private boolean documentFrom(int from, int orgWord) {
        for (int k = from; k + 1 < orgWord; k++) {
            if ((connective(k + 1) == FROM || t.eq(k + 1, "by")) && !t.isCapitalized(k) && has(k, Lexicon.DOCUMENT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase ends in a lower-case document noun after the organisation word of a name: "a Pew Research Center
     * survey", "the Congressional Budget Office report". The document speaks; its name says who issued it.
     */
    private boolean namedDocument(int orgWord, int end) {
        if (!(end - 1 > orgWord && !t.isCapitalized(end - 1) && has(end - 1, Lexicon.DOCUMENT))) {
            return false;
        }
        // or the body's possessive, then a plain word or two: "the Department of Transportation’s contract database"
        for (int k = end - 2; k >= orgWord && k >= end - 4; k--) {
            if (t.isCapitalized(k)) {
                return k == end - 2 || isPossessive(k);
            }
            if (!isPlainWord(k)) {
                return false;
            }
        }
        return false;
    }

    /** Tokens from to comma are a phrase opened by a preposition, with no comma inside: "In a letter to the judge". */
    boolean frontedPhrase(int from, int comma) {
        if (from < 0 || !(isPrepositionAt(from) || t.eq(from, "on") || t.eq(from, "after") || t.eq(from, "during"))) {
            return false;
        }
        for (int k = from + 1; k < comma; k++) {
            if (t.is(k, ',')) {
                return false;
            }
        }
        return true;
    }

    /** A determiner that can open a phrase met from its right end; "the" only inside "of the …". */
    private boolean opensPhrase(int i) {
        return t.isWord(i) && has(i, Lexicon.DETERMINER) && (connective(i) != THE || isOfThe(i)) || isCountBeforeGroup(i);
    }

    /**
     * Token i is a figure before a group word, maybe after one plain word: "23 senior consultants", "40 residents".
     * Not the whole of a share ("eight of 10 voters", "four in 10") nor a sum ("$20 million experts say").
     */
    private boolean isCountBeforeGroup(int i) {
        return i >= 0 && i + 1 < t.size() && t.kind(i) == Tokens.NUMBER && (has(i + 1, Lexicon.GROUP)
                || t.isWord(i + 1) && !t.isCapitalized(i + 1) && !has(i + 1, Lexicon.STOP) && !isMagnitude(i + 1)
                && has(i + 2, Lexicon.GROUP))
                && !(i > 0 && (connective(i - 1) == OF || connective(i - 1) == IN || t.eq(i - 1, "out") || t.is(i - 1, '$')
                || t.is(i - 1, '\u00A3') || t.is(i - 1, '\u20AC')));
    }

    private boolean isMagnitude(int i) {
        return t.eq(i, "million") || t.eq(i, "billion") || t.eq(i, "thousand") || t.eq(i, "hundred") || t.eq(i, "percent")
                || t.eq(i, "per");
    }

    /**
     * Token k opens a phrase's name run of three or more words with a capitalised modifier ("Independent", "Veteran",
     * "Former") before a known given name, and no organisation word follows: the modifier is no part of the name.
     */
    private boolean isModifierBeforeGivenName(int k, int end) {
        if (end - k < 3 || !has(k, Lexicon.MODIFIER) || has(k, Lexicon.FEMALE | Lexicon.MALE)
                || !t.isCapitalized(k + 1) || !has(k + 1, Lexicon.FEMALE | Lexicon.MALE)) {
            return false;
        }
        for (int j = k + 2; j < end; j++) {
            if (has(j, Lexicon.ORG)) {
                return false;
            }
        }
        return true;
    }

    private boolean isOfThe(int i) {
        // (or a possessive: "sources close to her campaign", "senior members of his party")
        return i > 0 && ((connectiveIn(i, THE_OR_A | POSSESSIVES) || t.eq(i, "another")) && isPrepositionAt(i - 1)
                || isQuantifierOfGroup(i)
                || t.eq(i, "other") && isOfThe(i - 1) // "residents of two other villages"
                || (connectiveIn(i, THE_OR_A | PLACE_OPENERS) || isPlaceCount(i))
                && isGroupPlace(i - 1, a.sentenceEnd(a.sentenceOf(i))));
    }

    /** A capitalised organisation word among tokens from to end. */
    private boolean orgWordIn(int from, int end) {
        for (int k = from; k < end; k++) {
            if (t.isCapitalized(k) && has(k, Lexicon.ORG)) {
                return true;
            }
        }
        return false;
    }

    /** Token k is a word in "-listed", "-based" or "-owned" ("ASX-listed", "London-based", "State-owned"). */
    private boolean isWhereListedOrBased(int k) {
        if (!t.isWord(k) || t.length(k) < 8) {
            return false;
        }
        String w = t.lower(k);
        int dash = w.lastIndexOf('-');
        return dash > 0 && LISTED_OR_BASED.contains(w.substring(dash + 1));
    }

    private static final java.util.Set<String> LISTED_OR_BASED = java.util.Set.of("listed", "based", "owned",
            "headquartered", "registered", "controlled", "backed", "run", "operated");

    private Mention classify(int start, int bodyStart, int end, boolean determiner, boolean indefinite) {
        // a person with an affiliation: "Lucía Bermejo of the University of Valdeoro" is Lucía Bermejo
        int affiliation = personBeforeAffiliation(bodyStart, end);
        if (affiliation > 0) {
            Mention person = classify(start, bodyStart, affiliation, determiner, indefinite);
            if (person != null && person.type() == Mention.Type.PERSON_NAME) {
                return new Mention(start, end, t.start(start), t.end(end - 1), Mention.Type.PERSON_NAME, person.name(),
                        person.role(), person.head());
            }
        }
        if (bodyStart + 1 < end && isWhereListedOrBased(bodyStart) && t.isCapitalized(bodyStart + 1)) {
            // "ASX-listed Corella Resources", "the London-based Karroo Group": where it is listed or based describes it
            Mention named = classify(start, bodyStart + 1, end, false, false);
            if (named != null && (named.type() == Mention.Type.ORG_NAME || named.type() == Mention.Type.PERSON_NAME)) {
                return named;
            }
        }
        if (!determiner && bodyStart + 2 < end && isThingsAtTheStart(bodyStart)) {
            // "Lectures at Mpangala University were paralysed": what goes on at the body, then the body's name
            Mention body = classify(bodyStart + 2, bodyStart + 2, end, false, false);
            if (body != null && body.type() == Mention.Type.ORG_NAME) {
                return body;
            }
        }
        if (bodyStart + 1 < end && isNamedGroupPlace(bodyStart + 1, end)
                || bodyStart + 2 < end && isGroupParticiple(bodyStart + 1) && isGroupPlace(bodyStart + 2, end)
                || bodyStart + 3 < end && isGroupAdverb(bodyStart + 1) && isGroupParticiple(bodyStart + 2)
                && isGroupPlace(bodyStart + 3, end)) { // "Traders already operating at Kigoloba"
            // (a participle may come between: "Passengers stranded at the Lusiru main stage"; one unnamed person is a
            // source: "A clerk in Ward 9")
            return mention(start, end, indefinite && (isOneUnnamedHead(bodyStart) || isOneUnnamedRole(bodyStart))
                    && !has(bodyStart, Lexicon.DOCUMENT) ? Mention.Type.ANONYMOUS : Mention.Type.GROUP,
                    surface(start, end), null, t.lower(bodyStart));
        }
        for (int p = bodyStart + 1; indefinite && p <= bodyStart + 2 && p + 1 < end; p++) {
            if (t.eq(p, "on") && isNamedGroupPlace(p, end)) {
                // "A cafe owner on Tarrant Street": one unnamed person by the street of their trade
                return mention(start, end, Mention.Type.ANONYMOUS, surface(start, end), null, t.lower(p - 1));
            }
        }
        // the name: the trailing run of capitalised words that are not roles, honorifics or possessives
        int nameStart = end;
        while (nameStart > bodyStart) {
            int k = nameStart - 1;
            boolean nameLike = k == end - 1 && afterGivenName(k) // "Amy Pope", "Tom Judge": a role word as surname
                    || k == end - 1 && endsBodyNamedAfterNoun(k, bodyStart)
                    // a trade that is a common surname, after a capitalised word no list knows: "Teal Baker"
                    || k == end - 1 && k > bodyStart && TRADE_SURNAMES.contains(t.lower(k)) && t.isCapitalized(k)
                    && t.isCapitalized(k - 1) && !has(k - 1, ~KNOWN) && !isPossessive(k - 1)
                    // the letters after a name ("Sarah Oduya MP", "Cathal Brosnan TD"), dropped from it below
                    || k == end - 2 && roleWordAsGivenName(k) // "Senior Constable Dean Rofe"
                    // an honorific last after a name word is a surname: "Farrukh Iqbal Sheikh" (not an abbreviation:
                    // "former Pennsylvania Gov. and …")
                    || k == end - 1 && k > bodyStart && has(k, Lexicon.HONORIFIC) && !isRole(k) && t.isCapitalized(k - 1)
                    && !(t.length(k) <= 4 && t.is(k + 1, '.'))
                    && !isRole(k - 1) && !has(k - 1, Lexicon.HONORIFIC) && !isPossessive(k - 1) && t.isWord(k - 1)
                    || k >= end - 2 && k > bodyStart && has(k, Lexicon.POSTNOMINAL) && t.isAllCaps(k) && t.isCapitalized(k - 1)
                    || t.isCapitalized(k) && !isOpeningCompanyNoun(k, bodyStart, end) && (!isRole(k) || has(k, Lexicon.MEDIA | Lexicon.VIA)
                    // not "Economist Dean Baker", nor a magazine's word opening a sentence without its "The"
                    && !(k + 1 < end && (has(k + 1, Lexicon.FEMALE | Lexicon.MALE) || k == bodyStart && isSentenceStart(k)))
                    || k == end - 1 && afterCivilTitle(k)) && !(k == end - 1 && isSaysWord(k))
                    && !has(k, Lexicon.HONORIFIC) && !isPossessive(k) && !isCapitalisedCommonNoun(k, end)
                    || isParticle(k) || k > bodyStart && isCampaignNameStart(k - 1)
                    || t.is(k, '.') && k > bodyStart && (t.isInitials(k - 1) || isGivenNameAbbreviation(k - 1)
                    || t.eq(k - 1, "st") && t.isCapitalized(k - 1)) // "St. Brigid Hospital Partners", "St. Brigid said"
                    || k > bodyStart && isAmpersandInName(k, end) || k > bodyStart && isLetterSlash(k)
                    || k > bodyStart && t.kind(k) == Tokens.NUMBER && isStationNumber(k) // "BBC Radio 4", "Channel 4 News"
                    || k > bodyStart && k + 1 < end && isPaperAnd(k)
                    // the apostrophe of "the Vaskora Dockers’ Union", inside the name
                    || k > bodyStart && k + 1 < end && isPossessiveMark(k) && t.isCapitalized(k - 1)
                    && t.isCapitalized(k + 1)
                    // and a possessive word before the organisation word: "the Harlow County Sheriff's Office"
                    || k + 1 < end && isPossessive(k) && t.isCapitalized(k) && t.isCapitalized(k + 1) && has(k + 1, Lexicon.ORG);
            if (!nameLike) {
                break;
            }
            nameStart = k;
        }
        while (nameStart < end && t.is(nameStart, '.')) {
            nameStart++; // the period of an honorific's initials: "H.E. Kwesi Asamoah-Tetteh"
        }
        if (nameStart < end && nameStart - 1 > bodyStart && isRemitOn(nameStart - 1, end)) {
            nameStart = end; // "the Joint Committee on Taxation": the body's field, no one's name
        }
        if (nameStart == bodyStart && isModifierBeforeGivenName(nameStart, end)) {
            nameStart++; // "Independent Renee Marchetti-Oduya", "Veteran Ana Ruiz": the word describes her
        }
        if (isPlaceAfterTitle(nameStart, end)) {
            nameStart++; // "Deputy Commissioner Sarwala Ayesha Naz Rind": the district is the title's
        }
        // a capitalised organisation word inside the name makes it an organisation ("Ministry of Health")
        boolean hasOf = false;
        for (int k = bodyStart; k < end && !hasOf; k++) {
            hasOf = isPrepositionAt(k);
        }
        int orgWordAt = -1;
        // (past an opening company noun, which describes the name after it: "Operator Northsound Ferries")
        int orgFrom = bodyStart + 1 < nameStart || !isOpeningCompanyNoun(bodyStart, bodyStart, end) ? bodyStart : bodyStart + 1;
        for (int k = orgFrom; k < end; k++) {
            // "United" names a club at the end of a name ("Dunholm United"), not at its start ("United States")
            if (t.isCapitalized(k) && (has(k, Lexicon.ORG) || k == end - 1 && k > bodyStart && t.eq(k, "united")
                    || isLocalGovernment(k, end))) {
                orgWordAt = k;
                break;
            }
        }
        String headLower = t.lower(end - 1);
        // "Researchers from Halden University": a group with its affiliation, not the university
        // (a describing word may open the group: "Older patients at Carrigbeg University Hospital")
        int groupAt = describedGroupAt(bodyStart) ? bodyStart + 1 : bodyStart;
        boolean affiliatedGroup = has(groupAt, Lexicon.GROUP | Lexicon.ANONYMOUS) && isPrepositionAt(groupAt + 1)
                // "Party sources", "A Commission official": an organisation word before an unnamed source's head
                || nameStart == end && !t.isCapitalized(end - 1) && (has(end - 1, Lexicon.ANONYMOUS)
                || indefinite && isRole(end - 1) // "A Coastal Alliance spokesperson": unnamed, not the party
                || has(end - 1, Lexicon.GROUP) && !has(end - 1, Lexicon.ORG)); // "Pentagon spokesmen": people of the body
        int personAfterOrg = personAfterOrganisation(bodyStart, end);
        if (personAfterOrg < 0 && orgWordAt >= 0) {
            personAfterOrg = personAfterPortfolio(orgWordAt, end);
        }
        if (personAfterOrg < 0 && orgWordAt >= 0) {
            personAfterOrg = givenNameAfterPost(bodyStart, end);
        }
        if (personAfterOrg > 0) {
            // "Chairman of the Senate Foreign Relations Committee Bob Corker": the role runs to the organisation's
            // last word, the person's name follows it
            int roleEnd = personAfterOrg;
            // (a title that is no role, or an abbreviated one: "Cllr", not "professor" or "Judge")
            while (roleEnd > bodyStart + 1 && ((has(roleEnd - 1, Lexicon.HONORIFIC) || t.eq(roleEnd - 1, "cllr"))
                    && (!isRole(roleEnd - 1) || t.length(roleEnd - 1) <= 4)
                    || t.is(roleEnd - 1, '.') && has(roleEnd - 2, Lexicon.HONORIFIC))) {
                roleEnd -= t.is(roleEnd - 1, '.') ? 2 : 1; // (a title between is neither: "… for education Cllr Nia …")
            }
            return mention(start, end, Mention.Type.PERSON_NAME, surface(personAfterOrg, end),
                    surface(bodyStart, roleEnd), headLower);
        }
        // (a lower-case role word ends a role, not an organisation's name: "the White House political director"; nor
        // does a post before a person's name: "Ministry of … permanent secretary Mrs X")
        boolean postBeforeName = orgWordAt >= 0 && lowerRoleBeforeName(orgWordAt, nameStart, end);
        int forAt = orgWordAt >= 0 && isRole(bodyStart + 1) && t.eq(bodyStart + 2, "for") ? bodyStart + 2
                : orgWordAt > bodyStart + 1 && isRole(bodyStart) && t.eq(bodyStart + 1, "for") ? bodyStart + 1 : -1;
        int portfolioFirst = forAt > 0 ? nameAfterPortfolio(bodyStart, forAt + 1, end, hasOf) : -1;
        if (portfolioFirst > orgWordAt) {
            // "Assistant Commissioner for Road Passenger Services Winnie Kwok Sau-ying": a post for a portfolio that holds
            // a body's word, then the name
            return mention(start, end, Mention.Type.PERSON_NAME, surface(portfolioFirst, end),
                    roleBefore(bodyStart, portfolioFirst, bodyStart), headLower);
        }
        int titledName = orgWordAt >= 0 ? nameAfterInnerTitle(bodyStart, orgWordAt, end) : -1;
        if (titledName > 0) {
            // "Kansenji Central Member of Parliament Hon. Joseph Chisanga-Mwape": a post, a title, then the name
            int title = t.is(titledName - 1, '.') ? titledName - 2 : titledName - 1;
            return mention(start, end, Mention.Type.PERSON_NAME, surface(titledName, end), surface(bodyStart, title),
                    headLower);
        }
        if (orgWordAt >= 0 && !affiliatedGroup && namedDocument(orgWordAt, end)) {
            // "a Pew Research Center survey", "Senate filings": the document speaks, its name says who issued it
            return mention(start, end, Mention.Type.DOCUMENT, surface(start, end), null, headLower);
        }
        if (orgWordAt >= 0 && !affiliatedGroup && !documentFrom(bodyStart, orgWordAt)
                && !(nameStart == end && isLowerRole(end - 1)) && !lowerRoleOfPlace(orgWordAt, end) && !postBeforeName
                // (nor a post whose body's words come first: "the District Police Commander" is a person)
                && !(nameStart == end && determiner && !indefinite && orgWordAt < end - 1 && isRole(end - 1)
                && !has(end - 1, Lexicon.ORG) && !BODY_ROLES.contains(t.lower(end - 1)))
                && (nameStart == end || orgWordAt >= nameStart || hasOf && !t.isCapitalized(bodyStart) == false
                // (or an organisation word also ends the name after "and": "the State Fire and Rescue Service")
                || orgWordIn(nameStart, end) || isLowerInName(orgWordAt + 2))) { // "the Fédération des vignerons du Val
            if (!hasRoleHeadBefore(bodyStart, orgWordAt)) {
                // "Nordic telecoms operator Orvika Group": the description before a company noun is no part of the name
                // so is a lower-case description alone ("the opposition Civic Union", "the state-owned Narvik Energy
                // Group"), but not one after another name ("the Vessia state Senate") nor a group of its members
                // ("a dozen members of Congress")
                boolean described = orgWordAt >= nameStart && nameStart > bodyStart && (!t.isCapitalized(nameStart - 1)
                        && (has(nameStart - 1, Lexicon.COMPANY | Lexicon.MEDIA) || !hasOf && lowerCaseWords(bodyStart, nameStart))
                        || nameStart == bodyStart + 1 && isOpeningCompanyNoun(bodyStart, bodyStart, end)); // "Carmaker Ostwerk AG"
                String name = described ? surface(nameStart, end)
                        : surface(determiner && t.eq(start, "the") ? start : bodyStart, end);
                return mention(start, end, Mention.Type.ORG_NAME, name, null, headLower);
            }
        }
        int portfolioName = nameAfterPortfolio(bodyStart, nameStart, end, hasOf);
        if (portfolioName > 0) {
            // "Senator for Urban Development Katrin Vossberg": the role runs up to the last two name words
            return mention(start, end, Mention.Type.PERSON_NAME, surface(portfolioName, end),
                    roleBefore(bodyStart, portfolioName, bodyStart), headLower);
        }
        if (nameStart > groupAt + 1 && nameStart < end && has(groupAt, Lexicon.GROUP) && !isRole(groupAt)
                && isPrepositionAt(groupAt + 1) && !t.isCapitalized(groupAt + 1)
                && !(isLowerRole(nameStart - 1) && end - nameStart >= 2)) { // (not "Friends of X Library chairwoman Ann Roe")
            // "Supporters of Mr. Sanders", "Researchers at Halden": the group speaks, not the person or place it belongs to
            return mention(start, end, Mention.Type.GROUP, surface(start, end), null, t.lower(groupAt));
        }
        if (determiner && nameStart >= bodyStart + 2 && nameStart < end && isRole(bodyStart) && connective(bodyStart + 1) == FOR) {
            // "A spokesman for Mr. Trump said", "the lawyer for Ms. Ruiz said": someone who works for the person named
            return mention(start, end, indefinite ? Mention.Type.ANONYMOUS : Mention.Type.PERSON_NOMINAL, surface(start, end),
                    null, t.lower(bodyStart));
        }
        if (nameStart < end && !(hasOf && nameStart > bodyStart && isOfPhraseTail(nameStart, bodyStart) && !postBeforeName)) {
            // skip honorifics at the front of the name run
            String name = surface(nameStart, end);
            // "the Times" inside a sentence; at its start only a one-word outlet ("The Courier said"): no person is "The X"
            boolean capitalThe = determiner && t.eq(start, "the") && t.isCapitalized(start)
                    && (!isSentenceStart(start) || end - nameStart == 1 && nameStart == start + 1);
            // (and "the Courier", "the Star" with a lower-case article: one media word after "the")
            boolean lowerThe = determiner && nameStart == start + 1 && end - nameStart == 1 && t.eq(start, "the")
                    && !t.isCapitalized(start);
            boolean outlet = (lex.mask(chars, t.start(nameStart), t.end(end - 1)) & Lexicon.VIA) != 0 || isWebSite(end - 1)
                    || has(end - 1, Lexicon.MEDIA) && (end - nameStart > 1 || capitalThe || lowerThe)
                    || end - nameStart > 1 && has(nameStart, Lexicon.VIA) && (t.isAllCaps(nameStart)
                    || t.kind(end - 1) == Tokens.NUMBER) // "Fox 35"
                    && !has(end - 1, Lexicon.TEMPORAL); // "BBC Sport", not "CNN Tuesday"
            if (outlet) {
                // (the outlet noun before it describes it: "Public broadcaster NHK", which "the company" never names)
                String described = nameStart > bodyStart && !t.isCapitalized(nameStart - 1) && has(nameStart - 1, Lexicon.MEDIA)
                        ? t.lower(nameStart - 1) : null;
                return mention(start, end, Mention.Type.ORG_NAME, surface(capitalThe || lowerThe && has(end - 1, Lexicon.MEDIA)
                        ? start : nameStart, end), described, headLower);
            }
            if (name.indexOf('&') > 0 || hasLinkInName(nameStart, end) || opensWithAcronym(nameStart, end)
                    // a monitoring body ("Human Rights Watch"), a health provider ("Medrian Correctional Health")
                    || end - nameStart >= 2 && (t.eq(end - 1, "watch") || t.eq(end - 1, "health") || t.eq(end - 1, "healthcare"))
                    || end - nameStart == 2 && (lex.mask(chars, t.start(nameStart), t.end(end - 1)) & Lexicon.ORG) != 0) {
                // (or a body named by its place, as words.tsv lists them: "Downing Street", "Scotland Yard")
                // a firm: "Brenner & Vos"; a body: "Doctors Without Borders", "NHS Glen Corran", "EDF Energy"
                return mention(start, end, Mention.Type.ORG_NAME, name, null, headLower);
            }
            if (nameStart > bodyStart && (!t.isCapitalized(nameStart - 1) || isOpeningCompanyNoun(nameStart - 1, bodyStart, end))
                    && (has(nameStart - 1, Lexicon.COMPANY | Lexicon.MEDIA | Lexicon.ORG) || isOutletNoun(nameStart - 1))
                    && !isRole(nameStart - 1) && !inTradeRunBeforeName(nameStart - 1)
                    && !isPrepositionAt(nameStart - 2)) { // not "secretary of state Madeleine Albright"
                // "the French carrier Air Lumière", "the chipmaker's rival, the lender Fenwick", "the local paper
                // Sundposten", "the farmers collective Boerenvuur": a company's, an outlet's or a body's name (the
                // noun before it, "carrier", is kept as the organisation's description, which "the carrier" reads)
                return mention(start, end, Mention.Type.ORG_NAME, name, causeGroup(nameStart - 1), headLower);
            }
            if (nameStart == start && afterCompanyNoun(start) && (end >= t.size() || t.kind(end) == Tokens.PUNCT)) {
                // (an apposition ends at punctuation: not "Asked whether she would sell the company, Marchbank laughed")
                // "The developer, Vestavind Energy, said": a name set after a company noun names the company
                return mention(start, end, Mention.Type.ORG_NAME, name, null, headLower);
            }
            if (determiner && t.eq(start, "the") && end - nameStart == 2 && has(end - 1, Lexicon.POSTNOMINAL)
                    && t.isAllCaps(end - 1) && isRole(end - 1) && !has(nameStart, Lexicon.FEMALE | Lexicon.MALE)) {
                // "The Kilcorran TD said", "the Ardlessan MSP": a member by the seat, a person named before
                return mention(start, end, Mention.Type.PERSON_NOMINAL, surface(start, end), surface(nameStart, end),
                        headLower);
            }
            String role = roleBefore(bodyStart, nameStart, determiner ? start : bodyStart);
            int nameEnd = end;
            while (nameEnd - 1 > nameStart && has(nameEnd - 1, Lexicon.POSTNOMINAL)) {
                nameEnd--; // "Martin Ferrabee KC", "Sarah Oduya MP": the letters after the name are no part of it
            }
            return withRoleOwner(mention(start, end, Mention.Type.PERSON_NAME,
                    nameEnd < end ? surface(nameStart, nameEnd) : name, role, headLower));
        }
        // no name: a nominal, judged by its head word
        String phrase = surface(start, end);
        int headTok = headOf(bodyStart, end);
        String head = t.lower(headTok);
        if (has(headTok, Lexicon.ANONYMOUS) && (indefinite || head.startsWith("source") || head.startsWith("insider")
                || head.equals("circles")) // "according to company circles"
                || head.startsWith("source") || determiner && head.equals("person")) { // "the person said": a source before
            return mention(start, end, Mention.Type.ANONYMOUS, phrase, null, head);
        }
        if (has(headTok, Lexicon.GROUP) || headTok == end - 1 && isPluralAgent(headTok) && isSayingVerb(end)
                || headTok < end - 1 && isGroupOfAgents(headTok) && isPlacePreposition(headTok + 1) && isSayingVerb(end)) {
            // (people who know the matter are unnamed sources: "people familiar with the matter", "two officials
            // briefed on the talks")
            // (and one of a group is one unnamed person: "One of the delegates said")
            boolean oneOf = connective(start) == ONE && connective(start + 1) == OF && !has(headTok, Lexicon.ORG);
            return mention(start, end, oneOf || knowsTheMatter(headTok + 1, end) ? Mention.Type.ANONYMOUS : Mention.Type.GROUP,
                    phrase, null, head);
        }
        if (has(headTok, Lexicon.ORG) || determiner && !indefinite && (OUTLET_NOUNS.contains(head) || has(headTok, Lexicon.COMPANY))
                || headTok == bodyStart + 1 && (t.eq(bodyStart, "state") && STATE_MEDIA.contains(head)
                || t.eq(bodyStart, "local") && head.equals("media"))) {
            // "the ministry", "the paper said" (an outlet named before), "state media reported"
            return mention(start, end, Mention.Type.ORG_NOMINAL, phrase, null, head);
        }
        if (determiner && headTok == bodyStart && isPossessivePronoun(start) && has(headTok, Lexicon.HONORIFIC)
                && !isRole(headTok)) {
            // "His Excellency stressed": a form of address for the person given that title, which is no role
            return mention(start, end, Mention.Type.PERSON_NOMINAL, phrase, null, head);
        }
        if (isRole(headTok) || indefinite && isUnlistedAgent(headTok)) {
            if (indefinite) {
                return mention(start, end, Mention.Type.ANONYMOUS, phrase, null, head);
            }
            if (!determiner && !ownerOpens(start, headTok)) {
                // "King said" after "Sarah King": a surname that is also a role word
                return end == start + 1 && isRoleSurname(start)
                        ? mention(start, end, Mention.Type.PERSON_NAME, phrase, null, head) : null;
            }
            int roleStart = ageAt(bodyStart) == bodyStart && bodyStart + 3 < end ? bodyStart + 3 : bodyStart;
            return mention(start, end, Mention.Type.PERSON_NOMINAL, phrase, surface(roleStart, end), head);
        }
        if (determiner && !indefinite && headTok == bodyStart + 2 && ageAt(bodyStart) == bodyStart) {
            // "said the 54-year-old": a person named before, described by age
            return mention(start, end, Mention.Type.PERSON_NOMINAL, phrase, null, head);
        }
        if (has(headTok, Lexicon.DOCUMENT) && (determiner || (t.endsWith(headTok, "s") || t.eq(headTok, "data"))
                && !t.isCapitalized(bodyStart) && headTok - bodyStart <= 1 && end < t.size() && t.isWord(end)
                && lex.cueOf(chars, t.start(end), t.end(end)) != null)) {
            // (a plural needs no article as the subject of a cue: "official figures showed", "figures from the statistics
            // office showed"; "according to data from …" is read by its publisher)
            return mention(start, end, Mention.Type.DOCUMENT, phrase, null, head);
        }
        return null;
    }

    /**
     * The phrase opens with its owner's name in the possessive, of up to four capitalised words before token head:
     * "Greystowe’s land director", "Selwick Freight’s chief executive".
     */
    private boolean ownerOpens(int start, int head) {
        for (int k = start; k < head && k < start + 4 && t.isCapitalized(k); k++) {
            if (isPossessive(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A person's name of two or more words in the possessive, from token i: "Callum Brierley's header"
     * names Callum Brierley, so that "Brierley said" later finds the full name. Null when the words from i
     * are no plain name ending in 's.
     */
    Mention possessiveName(int i, int limit) {
        int k = i;
        while (k < limit && k - i < 4 && t.isCapitalized(k) && !isPossessive(k)
                && !has(k, Lexicon.STOP | Lexicon.ROLE | Lexicon.HONORIFIC | Lexicon.ORG | Lexicon.MEDIA | Lexicon.VIA)) {
            k++;
        }
        if (k == i || k >= limit || !t.isCapitalized(k) || !t.endsWith(k, "'s")
                || has(k, Lexicon.ROLE | Lexicon.ORG | Lexicon.MEDIA | Lexicon.VIA)) {
            return null;
        }
        int end = t.end(k) - 2;
        return new Mention(i, k + 1, t.start(i), end, Mention.Type.PERSON_NAME, text.substring(t.start(i), end), null,
                null);
    }

    /**
     * The apostrophe after a capitalised plural that owns what follows, when nothing after it can speak: "Torrabhan
     * Island Ferries’ draft winter timetable", "Kilbrannan Buses’ new timetable" (not "the Dockers’ Union", nor
     * "Kilbrannan Buses’ drivers", nor "the ferry company’s statement"); else -1.
     */
    private int pluralOwnerEnd(int from, int end) {
        for (int k = from + 1; k < end; k++) {
            if (t.kind(k) != Tokens.QUOTE) {
                continue;
            }
            if (!isPossessiveMark(k) || !t.isCapitalized(k - 1)) {
                return -1;
            }
            for (int w = from; w < k; w++) {
                if (!t.isWord(w) || !t.isCapitalized(w) || has(w, Lexicon.GROUP | Lexicon.ROLE | Lexicon.ANONYMOUS)) {
                    // (the owner is a whole name: not "People with knowledge of Gates’ work", nor "Growers’ lobby X")
                    return -1;
                }
            }
            for (int w = k + 1; w < end; w++) {
                if (!t.isWord(w) || t.isCapitalized(w) || has(w, Lexicon.ROLE | Lexicon.GROUP | Lexicon.ANONYMOUS | Lexicon.ORG
                        | Lexicon.COMPANY | Lexicon.MEDIA)) {
                    return -1;
                }
                if (has(w, Lexicon.DOCUMENT) && (w + 1 < end || cue(end) != null)) {
                    return -1; // "the Ferries’ statement said": a document speaks; a "draft winter timetable" does not
                }
            }
            return k;
        }
        return -1;
    }

    /**
     * Token i is a lower-case body's word after "a" or "the" that follows a preposition, and a plain lower-case noun
     * follows it: the "bank" of "the manager of a bank branch", the "utility" of "at a utility store".
     */
    private boolean isOrgWordBeforeNoun(int i) {
        int n = i + 1;
        return i > 1 && t.isWord(i) && !t.isCapitalized(i) && has(i, Lexicon.ORG) && connectiveIn(i - 1, THE_OR_A)
                && isPrepositionAt(i - 2) && t.isWord(n) && !t.isCapitalized(n) && t.length(n) > 2
                && !has(n, Lexicon.STOP | Lexicon.TEMPORAL | Lexicon.PRONOUN | Lexicon.DETERMINER) && cue(n) == null
                && !t.endsWith(n, "ly") && !isAuxiliary(n) && !Finder.isPastForm(t, n);
    }

    /** "Says" or "Said", capitalised in a headline ("…, Former White House Doctor Says"): never the end of a name. */
    private boolean isSaysWord(int k) {
        return t.isCapitalized(k) && (t.eq(k, "says") || t.eq(k, "said"));
    }

    /** Tokens from to to are words none of which is capitalised. */
    private boolean lowerCaseWords(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!t.isWord(k) || t.isCapitalized(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first token of a two-word name after a capitalised role with its portfolio ("Minister of Foreign
     * Affairs Anna Berg", "Senator for Urban Development Katrin Vossberg"), or -1. At least one portfolio
     * word stays between the preposition and the name, and the two name words are plain names.
     */
    private int nameAfterPortfolio(int bodyStart, int nameStart, int end, boolean hasOf) {
        int title = t.is(nameStart - 1, '.') ? nameStart - 2 : nameStart - 1;
        if (hasOf && title - 1 > bodyStart && end - nameStart >= 2 && has(title, Lexicon.HONORIFIC) && !isRole(title)
                && t.isCapitalized(title - 1)) {
            // "Deputy Minister for Works and Transport Mr Abdallah Kheri Nassoro": the title marks where the name opens,
            // after a portfolio that a role word and a preposition open
            int k = title - 1;
            while (k > bodyStart && (t.isCapitalized(k) || connectiveIn(k, 1 << THE | 1 << AND))) {
                k--;
            }
            return k > bodyStart && isPrepositionAt(k) && t.isCapitalized(k + 1) && isRole(k - 1) ? nameStart : -1;
        }
        // the run of capitalised words opens after the preposition, or after the "and" of a second portfolio
        // ("Minister for Housing and Towns Desmond Lau")
        // (or after "the": "Minister for the Marine Eoghan Ó Riordáin")
        if (!hasOf || end - nameStart < 3 || nameStart <= bodyStart
                || !isPrepositionAt(nameStart - 1)
                && !(connective(nameStart - 1) == AND && t.isCapitalized(nameStart - 2))
                && !(connective(nameStart - 1) == THE && nameStart - 2 > bodyStart && isPrepositionAt(nameStart - 2))) {
            return -1;
        }
        int r = bodyStart;
        // past honorifics and modifiers: "Federal Minister for Economic Affairs Katrin Wendeborn-Aust"
        while (r < nameStart && (has(r, Lexicon.HONORIFIC) && !isRole(r) || t.is(r, '.')
                || t.isCapitalized(r) && has(r, Lexicon.MODIFIER) && !isRole(r) && r + 1 < nameStart && t.isCapitalized(r + 1))) {
            r++;
        }
        if (r >= nameStart || !t.isCapitalized(r) || !isRole(r)) {
            return -1;
        }
        for (int k = r + 1; k < nameStart - 1; k++) {
            if (!t.isCapitalized(k) && !isPrepositionAt(k) && !connectiveIn(k, 1 << THE | 1 << AND)
                    // ("Minister responsible for the French Language X")
                    && !isCommaBetweenCapitals(k) && !(k == r + 1 && t.eq(k, "responsible"))) {
                return -1; // (a list of portfolios: "Minister for Economic Affairs, Climate Action and Energy Security")
            }
        }
        int initials = end - 1; // a surname after initials: "Commissioner General of Labour B.K. Wijeratne"
        while (initials - 2 >= nameStart && t.is(initials - 1, '.') && t.isInitials(initials - 2)) {
            initials -= 2;
        }
        if (initials < end - 1 && initials > nameStart && isPlainNameWord(end - 1)) {
            return initials;
        }
        for (int k = end - 2; k < end; k++) {
            if (!isPlainNameWord(k)) {
                return -1;
            }
        }
        if (isCompassPoint(end - 1)) {
            return -1; // "MP for St Ardene South West": a constituency's last word, no one's name
        }
        // a three-word name right after a portfolio word: "Minister for Power Imtiaz Hussain Chattha", "Minister for
        // Water Resources Shahzeb Akhtar Gill" ("Foreign Affairs Anna Berg" and "Urban Development Katrin Vossberg" keep two)
        if (end - 4 >= nameStart && has(end - 4, Lexicon.PORTFOLIO) && !has(end - 3, Lexicon.PORTFOLIO)
                && isPlainNameWord(end - 3)) {
            return end - 3;
        }
        // (or a known given name opens it: "Minister for Personnel and Administrative Reforms Vikram Singh Chauhan")
        if (end - 3 > nameStart && has(end - 3, Lexicon.FEMALE | Lexicon.MALE) && !has(end - 3, Lexicon.PORTFOLIO)
                && isPlainNameWord(end - 3)) {
            return end - 3;
        }
        return end - 2;
    }

    /**
     * After an organisation's name, a capitalised role, "for", a portfolio and two to four name words ("County
     * Executive Committee Member for Health Beatrice Nekesa Wafula"): the first name word, else -1.
     */
    private int personAfterPortfolio(int orgWordAt, int end) {
        int k = orgWordAt + 1;
        while (k + 3 < end && t.isCapitalized(k) && !(isRole(k) && connective(k + 1) == FOR)) {
            k++; // the rest of the organisation's name: "County Executive Committee"
        }
        if (k + 3 >= end || !t.isCapitalized(k) || !isRole(k) || connective(k + 1) != FOR) {
            return -1;
        }
        k += 2;
        int portfolio = k;
        while (k < end && (t.isCapitalized(k) && has(k, Lexicon.PORTFOLIO) || k > portfolio && connective(k) == AND)) {
            k++;
        }
        if (k == portfolio || end - k < 2 || end - k > 4) {
            return -1;
        }
        for (int n = k; n < end; n++) {
            if (!t.isCapitalized(n) || !isPlainNameWord(n)) {
                return -1;
            }
        }
        return k;
    }

    /**
     * A word that can be part of a name after a portfolio; an acronym ends a place or a body
     * ("MP for Bukit Selasih GRC").
     */
    private boolean isPlainNameWord(int k) {
        return t.isWord(k) && !has(k, Lexicon.ORG | Lexicon.ROLE | Lexicon.MEDIA | Lexicon.VIA | Lexicon.STOP
                | Lexicon.MODIFIER) && !t.isAllCaps(k);
    }

    /**
     * The token of "of"/"from"/"at" when the phrase is two or more plain capitalised name words followed
     * by it, or -1. Organisation and role words disqualify ("Bank of England", "Minister of Finance").
     */
    private int personBeforeAffiliation(int bodyStart, int end) {
        int runStart = afterRolePremodifier(bodyStart, end);
        while (runStart < end && runStart - bodyStart < 3 && (t.isCapitalized(runStart)
                && has(runStart, Lexicon.ROLE | Lexicon.HONORIFIC) || t.is(runStart, '.'))) {
            runStart++; // "Pastor Joseph Brown of Marion Avenue Baptist Church": the title before the name
        }
        int k = runStart;
        while (k < end && (t.isCapitalized(k) && !has(k, Lexicon.ORG | Lexicon.ROLE | Lexicon.STOP | Lexicon.MEDIA
                | Lexicon.VIA) || isParticle(k) || has(k, Lexicon.HONORIFIC) || t.is(k, '.'))) {
            k++;
        }
        int words = 0;
        for (int i = runStart; i < k; i++) {
            if (t.isCapitalized(i) && !has(i, Lexicon.HONORIFIC)) {
                words++;
            }
        }
        return words >= 2 && k < end && connectiveIn(k, 1 << OF | 1 << FROM | 1 << AT) ? k : -1;
    }

    /** The token after a lower-case role that opens a phrase ("Political scientist Lucía …"), else bodyStart. */
    private int afterRolePremodifier(int bodyStart, int end) {
        for (int k = bodyStart; k < end && k < bodyStart + 3 && t.isWord(k); k++) {
            if (!t.isCapitalized(k) && isRole(k)) {
                return t.isCapitalized(k + 1) ? k + 1 : bodyStart;
            }
            if (k > bodyStart && t.isCapitalized(k) || has(k, Lexicon.STOP)) {
                return bodyStart;
            }
        }
        return bodyStart;
    }

    /**
     * A role word before an organisation word makes the phrase a role, not the organisation's name: "the
     * union's treasurer", and capitalised when its "of" follows ("President of the Millgate Traders Union").
     */
    private boolean hasRoleHeadBefore(int from, int to) {
        for (int k = from; k < to; k++) {
            if (isRole(k) && (!t.isCapitalized(k) || k == from && connective(k + 1) == OF
                    || connective(k + 1) == OF && connective(k + 2) == THE && titleWords(from, k))) {
                return true; // "Managing Director of the Suryanagar Metro Rail Corporation Limited" is a role
            }
        }
        return false;
    }

    /**
     * Tokens from to k (exclusive) are capitalised modifiers of a title: "Managing" of "Managing Director", "Deputy
     * Chief" of "Deputy Chief Executive"; not a party ("Republican Secretary of State").
     */
    private boolean titleWords(int from, int k) {
        for (int j = from; j < k; j++) {
            if (!t.isCapitalized(j) || !has(j, Lexicon.MODIFIER) || has(j, Lexicon.ORG | Lexicon.COMPANY)) {
                return false;
            }
        }
        return true;
    }

    /** True when the name run sits inside an "of"-phrase ("the secretary of Ukraine"), not as the head. */
    private boolean isOfPhraseTail(int nameStart, int bodyStart) {
        for (int k = nameStart - 1; k >= bodyStart; k--) {
            if (isPrepositionAt(k)) {
                // (not a portfolio before a name of two words: "alderman for mobility Pieter Vanhaverbeke")
                return !(isPortfolioOn(k, nameStart + 1) && t.isCapitalized(nameStart + 1));
            }
            // (a description may stand before the name: "a spokesman for the carrier Air Lumière")
            if (!t.isCapitalized(k) && !connectiveIn(k, 1 << THE | 1 << AND) && !t.eq(k, "&") && !isCommaBetweenCapitals(k)
                    && !isPlainWord(k)) {
                return false;
            }
        }
        return false;
    }

    /** The head word of a nominal: the last word before an "of"/"for" extension, else the last word. */
    private int headOf(int from, int end) {
        if (end - from >= 3 && t.isCapitalized(from) && t.isCapitalized(end - 2) && !t.isCapitalized(end - 1)
                && (has(end - 1, Lexicon.ANONYMOUS) || isRole(end - 1))) {
            return end - 1; // a body's name before a source's word: "A Department of Health spokesperson"
        }
        for (int k = from; k < end; k++) {
            if (k > from && connective(k) == OTHER && isBriefed(k)) {
                return k - 1; // "a person briefed on the talks"
            }
            if ((isPrepositionAt(k) || isGroupPlace(k, end) || connective(k) == OF && isChildCount(k, end)) && k > from) {
                // "people familiar with the matter", "a diplomat involved in the talks": the head is the word before
                // "familiar" or "involved"; "a source on the call": the word before "on"
                return connectiveIn(k - 1, 1 << FAMILIAR | 1 << CLOSE | 1 << INVOLVED) && k - 2 >= from ? k - 2 : k - 1;
            }
        }
        return end - 1;
    }

    /** The role words before a name ("Trade Minister", "Putin’s spokesman"), without honorifics. */
    private String roleBefore(int bodyStart, int nameStart, int phraseStart) {
        int s = bodyStart;
        int e = nameStart;
        // "Justice Minister": an honorific followed by a role word is part of the role
        // a title that is also a role ("Judge", "Professor") is the role; "Mr", "Lt. Gen." are not
        while (s < e && (has(s, Lexicon.HONORIFIC) && !isRole(s) && !(s + 1 < e && isRole(s + 1))
                || t.is(s, '.'))) {
            s++;
        }
        while (e > s && (has(e - 1, Lexicon.HONORIFIC) && !isRole(e - 1) || t.is(e - 1, '.'))) {
            e--;
        }
        // "committee convener Cllr Morag Ferrier", "ministry spokesman Lieutenant General Ivo Marek": a title or
        // rank between a lower-case role and the name is no part of the role
        int rank = e;
        while (rank - 1 > s && (t.isCapitalized(rank - 1) && (has(rank - 1, Lexicon.HONORIFIC) || t.eq(rank - 1, "cllr")
                || t.eq(rank - 1, "senator") || t.eq(rank - 1, "councillor")) || t.is(rank - 1, '.'))) {
            rank--;
        }
        // (the role may open the sentence: "Vice-chancellor Professor Sipho Radebe-Moloi")
        if (rank < e && (!t.isCapitalized(rank - 1) || isSentenceStart(rank - 1) && !t.eq(rank, "general")) && isRole(rank - 1)
                && !has(rank - 1, Lexicon.MODIFIER)) { // (not "Attorney General X")
            e = rank;
        }
        if (s >= e) {
            return null;
        }
        boolean hasRole = false;
        for (int k = s; k < e; k++) {
            if (isRole(k)) {
                hasRole = true;
                break;
            }
        }
        if (!hasRole && !isTradeBeforeName(e - 1) && !inTradeRunBeforeName(e - 1) && !isPlacedTradeBeforeName(e - 1)
                || e - s == 1 && t.eq(s, "chief")) {
            return null; // a lone "Chief" before a name is a title ("Chief Emeka Obiorah-Nwankwo"), as "Captain" is
        }
        return surface(s, e);
    }

    /**
     * A role written before a name, taken on backwards over what it belongs to: an organisation named with its bracketed
     * acronym ("National Athletics Federation (NAF) president Gilbert Sawe") or a first role joined by "and" ("founder
     * and chief executive Siddharth Ranganathan-Iyer"). The phrase must open at the sentence, after a comma or a
     * determiner, or after a cue. m unchanged when there is nothing to take on.
     */
    private Mention withRoleOwner(Mention m) {
        int p = m.startTok();
        int floor = a.sentenceStart(a.sentenceOf(p)) - 1;
        if (m.role() == null || !text.startsWith(m.role(), t.start(p))) {
            return m;
        }
        int s = p;
        if (s - 4 > floor && isBracketedAcronym(s - 1) && t.isCapitalized(s - 4)) {
            int k = s - 4;
            // the organisation's words: capitalised, with "of", "and", "for" and possessive apostrophes inside
            while (k - 1 > floor && (t.isCapitalized(k - 1) && t.isWord(k - 1) && !has(k - 1, Lexicon.STOP)
                    || isPossessiveMark(k - 1)
                    || (t.eq(k - 1, "of") || t.eq(k - 1, "and") || t.eq(k - 1, "for")) && t.isCapitalized(k - 2))) {
                k--;
            }
            s = k;
        } else if (s - 2 > floor && t.eq(s - 1, "and") && isRole(s - 2) && !t.isCapitalized(p)) {
            s -= 2;
        }
        if (s == p || !(s == floor + 1 || t.is(s - 1, ',') || t.eq(s - 1, "the") || cue(s - 1) != null
                || has(s - 1, Lexicon.MODIFIER) && !t.isCapitalized(s - 1))) {
            return m;
        }
        return m.withRole(text.substring(t.start(s), t.start(p)) + m.role());
    }

    /**
     * Token k is a lower-case trade no list holds right before a known given name and another name word, after a cue or
     * a modifier: "said retired ferryman Angus Beaton", "said ferryman Angus Beaton" (the trade is the role).
     */
    private boolean isTradeBeforeName(int k) {
        // (the given name first: this is asked of most lower-case words a phrase runs over)
        // (or a given name no list holds, when the two capitalised words end the clause or come before where it was said:
        // "said chief selector Vinod Iyer.", "said chief selector Vinod Padmanabhan-Iyer at the squad announcement")
        // (of two or three words: "said tailor Siti Hajar Mokhtar, 52")
        // (a particle may follow a known given name: "said grower Pieter van Daalen-Kroes")
        return k > 0 && t.isCapitalized(k + 1)
                && (t.isCapitalized(k + 2) || isParticle(k + 2) && has(k + 1, Lexicon.FEMALE | Lexicon.MALE))
                && (has(k + 1, Lexicon.FEMALE | Lexicon.MALE) || !has(k + 1, Lexicon.STOP) && (endsNameClause(k + 3)
                || t.isCapitalized(k + 3) && t.isWord(k + 3) && !has(k + 3, Lexicon.STOP | Lexicon.ORG) && endsNameClause(k + 4)))
                && !t.endsWith(k, "s") && isTradeNoun(k)
                && (cue(k - 1) != null || has(k - 1, Lexicon.MODIFIER) && cue(k - 2) != null);
    }

    /**
     * Token i is a trade after a cue and the capitalised place the trade is plied in, no list's word, before a known given
     * name and a second capitalised word: the "grower" of "says Narrakine grower Tom Kovacevic-Reid".
     */
    private boolean isPlacedTradeBeforeName(int i) {
        return i >= 2 && t.isCapitalized(i - 1) && !has(i - 1, ~KNOWN) && cue(i - 2) != null && isTradeNoun(i)
                && !t.endsWith(i, "s") && has(i + 1, Lexicon.FEMALE | Lexicon.MALE) && t.isCapitalized(i + 1)
                && t.isCapitalized(i + 2);
    }

    /** Token k ends a clause after a name, or says where it was said: ".", ",", "at", "in", "on", "during". */
    private boolean endsNameClause(int k) {
        return t.is(k, '.') || t.is(k, ',') || t.eq(k, "at") || t.eq(k, "in") || t.eq(k, "on") || t.eq(k, "during");
    }

    /** Token k is a describing word before a plural group and its preposition: the "Older" of "Older patients at". */
    private boolean describedGroupAt(int k) {
        return t.isWord(k) && has(k, Lexicon.MODIFIER) && !has(k, Lexicon.ROLE | Lexicon.ORG) && t.isWord(k + 1)
                && !t.isCapitalized(k + 1) && has(k + 1, Lexicon.GROUP) && isPrepositionAt(k + 2);
    }

    /** Plain words a trade run may hold between the cue and the name: "said food stall operator Dana Kirwan". */
    private static final int MAX_TRADE_RUN = 3;

    /**
     * Token k is in a run of one to three plain lower-case words that opens right after a cue and ends, on a singular
     * noun, before a given name the lists know and a second capitalised word: "said food stall operator Dana Kirwan",
     * "said bus operator Tomas Reyes". The run is the person's trade, even where its last word also names a company.
     */
    private boolean inTradeRunBeforeName(int k) {
        // (the name comes within the run's length: most words have no capital after them, which ends the test at once)
        if (!t.isCapitalized(k + 1) && !t.isCapitalized(k + 2) && !t.isCapitalized(k + 3) || !isTradeRunWord(k)) {
            return false;
        }
        int first = k;
        while (first - 1 >= 0 && k - first + 1 < MAX_TRADE_RUN && isTradeRunWord(first - 1)) {
            first--;
        }
        if (first == 0 || cue(first - 1) == null) {
            return false;
        }
        int n = k + 1;
        while (n < t.size() && n - first < MAX_TRADE_RUN && isTradeRunWord(n)) {
            n++;
        }
        return n + 1 < t.size() && !t.endsWith(n - 1, "s") && t.isCapitalized(n) && has(n, Lexicon.FEMALE | Lexicon.MALE)
                && (t.isCapitalized(n + 1) && t.isWord(n + 1) && !has(n + 1, Lexicon.ORG | Lexicon.COMPANY | Lexicon.STOP)
                || isParticle(n + 1));
    }

    /** A plain word that may stand in a trade run: no group's plural, no describing word. */
    private boolean isTradeRunWord(int k) {
        return isPlainWord(k) && !has(k, Lexicon.GROUP | Lexicon.MODIFIER);
    }

    private Mention mention(int start, int end, Mention.Type type, String name, String role, String head) {
        return new Mention(start, end, t.start(start), t.end(end - 1), type, name, role, head);
    }

    String surface(int fromTok, int toTok) {
        return text.substring(t.start(fromTok), t.end(toTok - 1));
    }

    /**
     * A role given by apposition after a phrase: "Oleksiy Danilov, the secretary of the Council," or
     * "Maria Lopez, a nurse". Returns the role without its leading article, and the token after it
     * via {@code endOut[0]}; null when the words after the comma are not a role phrase.
     */
    String appositionAfter(Mention m, int limit, int[] endOut) {
        return appositionAfter(m, limit, endOut, true);
    }

    /** Token i is a person's age set off by commas: the "34" of "Wong Ka-yan, 34, an accountant". */
    private boolean isAgeBetweenCommas(int i) {
        return i < t.size() && t.kind(i) == Tokens.NUMBER && t.length(i) <= 3 && t.is(i - 1, ',') && t.is(i + 1, ',');
    }

    /** As above; without {@code requireRoleWord} any article-led phrase is taken ("a consultant at the clinic"). */
    String appositionAfter(Mention m, int limit, int[] endOut, boolean requireRoleWord) {
        int c = m.endTok();
        if (t.is(c, '(') && c + 3 < limit && t.kind(c + 1) == Tokens.NUMBER && t.length(c + 1) <= 3 && t.is(c + 2, ')')
                && t.is(c + 3, ',')) {
            c += 3; // "said Gemma Loughran (34), a care worker from Dunclare": the age in brackets before the role
        }
        if (!t.is(c, ',')) {
            return null;
        }
        if (isAgeBetweenCommas(c + 1) && c + 3 < limit
                && (connectiveIn(c + 3, THE_OR_A | 1 << AN) || isPossessive(c + 3) || isRole(c + 3))) {
            // "said Wong Ka-yan, 34, an accountant who works in Kwai Shek": the age stands before the role (not before
            // a verb: "Tim Reyes, 58, has emerged as …")
            c += 2;
        }
        int s = c + 1;
        if (s >= limit) {
            return null;
        }
        if (t.isWho(s) || t.eq(s, "who's") || t.eq(s, "which") || t.eq(s, "whose") || Subjects.SUBORDINATORS.contains(t.lower(s))
                || isNamingWord(s) || t.eq(s, "also") && t.eq(s + 1, "known") || t.eq(s, "along") && t.eq(s + 1, "with")
                || t.eq(s, "according") && t.eq(s + 1, "to")) {
            // a relative or subordinate clause, another name or a companion, no role: "Ethiopia, while an American ally
            // and …,", "Dumaguing, known to residents as “Kap Oying,”", "Epstein, along with Judge …,"; nor a source:
            // "For Trump, according to … William J. Bennett, the speech …"
            return null;
        }
        if (isPartyTag(s)) {
            // "Rep. Dale Oberholt, R-Sabledge,", "Sen. Lucinda Farrow-Akers, D-Brindle Gap,", "R-N.Y.": the party and
            // district, the role of a name that has no other ("Senate Majority Leader Mitch McConnell, R-Ky." keeps his)
            int e = s + 1;
            // past the sentence's end if need be: "R-N.H." reads as two sentences
            while (e < t.size() && e <= s + 5 && (t.isCapitalized(e) || t.is(e, '.'))
                    && (e < limit || t.length(e) == 1)) {
                e++;
            }
            if (m.role() != null || e < limit && !t.is(e, ',')) {
                return null;
            }
            if (e + 1 < limit && isDeterminerWord(e + 1)) {
                // "Sen. Harold Vinton-Marsh, D-Vt., the committee's chairman,": the apposition after the tag is the role
                int[] after = new int[1];
                String role = appositionAfter(new Mention(m.startTok(), e, m.start(), t.start(e), m.type(), m.name(), null,
                        m.head()), limit, after, requireRoleWord);
                if (role != null) {
                    endOut[0] = after[0];
                    return role;
                }
            }
            endOut[0] = e;
            int last = e;
            if (e == limit && t.is(e - 1, '.') && surface(s, e).indexOf(' ') > 0) {
                last--; // the sentence's period after a district's name: "…, D-Kessaway City."
            }
            return surface(s, last);
        }
        if (connectiveIn(s, 1 << IN | 1 << AT | 1 << WITH | 1 << FROM) || t.eq(s, "on") || t.eq(s, "during")) {
            return null; // "Niels Brandt, in a letter to the minister,": where or how the words came, no role
        }
        int bodyStart = s;
        if (t.eq(s, "the") || t.eq(s, "a") || t.eq(s, "an")) {
            bodyStart = s + 1;
        } else if (t.isCapitalized(s)) {
            Mention next = right(s, limit);
            if (next != null && next.type() == Mention.Type.PERSON_NAME && next.role() != null) {
                return null; // "In Washington, Iowa, Pastor Joseph Brown plans …": another person, named with a title
            }
        }
        int e = bodyStart;
        boolean hasRole = false;
        int lastAnd = -1;
        while (e < limit && e - s < 20 && !t.is(e, ',') && (t.kind(e) != Tokens.QUOTE || isPossessiveMark(e))
                && !(t.kind(e) == Tokens.PUNCT && !t.is(e, '.') && !t.is(e, '-')
                && !isAmpersandInName(e, limit)) // "Tiller & Grove"
                && !(t.is(e, '.') && !continues(e, limit) && !abbreviationPeriod(e))) {
            // (a second apposition after "and a" may bring the role word: "a senior fellow at the Hoover Institution
            // and a former ambassador to Russia")
            if (cue(e) != null && !isRole(e) || isSaysWord(e) || t.isWho(e) || t.eq(e, "whose") || isNamingWord(e)
                    || t.eq(e, "and") && !t.isCapitalized(e + 1)
                    && !((hasRole || connectiveIn(e + 1, 1 << A | 1 << AN)) && roleAhead(e + 1, limit))) {
                break;
            }
            if (isRole(e)) {
                hasRole = true;
            }
            if (hasRole && t.eq(e, "and")) {
                lastAnd = e;
            }
            e++;
        }
        if (e - s == 20 && e < limit && t.isWord(e)) {
            // cut by its length inside a word run: the first of its coordinated roles, if it has two ("a consultant in
            // emergency medicine at … and chair of the patient-flow group of …"), else no role
            if (lastAnd < 0) {
                return null;
            }
            e = lastAnd;
        }
        if (!hasRole && (requireRoleWord || bodyStart == s) && !(m.type() == Mention.Type.PERSON_NAME && !t.eq(s, "the")
                && bodyStart > s && isUnlistedTrade(bodyStart, e, limit)) || e == bodyStart) {
            return null;
        }
        if (e + 2 < limit && t.is(e, '(') && isBracketedAcronym(e + 2)) {
            e += 3; // "president of the Rural Producers’ Union (RPU),": the body's acronym is part of the role
        }
        if (e < limit && isSaysWord(e) && bodyStart == s && t.isCapitalized(s)) {
            return null; // "… From Voters, Former Doctor Says": the subject of the cue after it, in a headline
        }
        endOut[0] = e;
        return surface(bodyStart, e);
    }

    /**
     * Tokens from to end, after a name, a comma and "a", are a trade no list holds: "a backpacker", "a vegetable vendor
     * at the market", "a 38-year-old designer", "a snowboarder from Vienna". Up to three lower-case words end on the
     * trade, which a short "from", "at", "in" or "on" place may follow; the apposition ends at a comma, a relative
     * clause or the sentence's end.
     */
    private boolean isUnlistedTrade(int from, int end, int limit) {
        if (!(end >= limit || t.is(end, ',') || t.is(end, '.') || t.isWho(end) || t.eq(end, "whose"))) {
            return false;
        }
        int first = ageAt(from) == from ? from + 3 : from;
        int k = first;
        // a company's word is a person's trade when "who" follows: "a plumbing contractor who", "a brewer who has …"
        boolean who = t.isWho(end) || t.eq(end, "whose");
        // (a modifier may stand before the trade: "an urban planner")
        while (k < end && k < first + 3 && (isTradeNoun(k) || who && isPlainWord(k) && has(k, Lexicon.COMPANY)
                && !has(k, Lexicon.ORG | Lexicon.ROLE | Lexicon.GROUP) || isModifierBeforeTrade(k, end))
                && !has(k, Lexicon.PROPOSITION) && !t.eq(k, "of")) {
            k++;
        }
        if (k == first) {
            return false;
        }
        if (k < end && (t.eq(k, "from") || connectiveIn(k, 1 << AT | 1 << IN) || t.eq(k, "on"))) {
            return end - k <= 6; // "a street vendor from Ward 9", "a clerk at the gas station"
        }
        return k == end;
    }

    /** Token k is a lower-case modifier word before a trade no list holds: the "urban" of "an urban planner". */
    private boolean isModifierBeforeTrade(int k, int end) {
        return k + 1 < end && isPlainWord(k) && has(k, Lexicon.MODIFIER) && !has(k, Lexicon.ROLE | Lexicon.GROUP | Lexicon.ORG)
                && isTradeNoun(k + 1);
    }

    /**
     * Token k is a plural of people by what they do that no list holds, lower-case: "trampers", "bakers", "cellists",
     * "paediatricians", "depositors", "retirees", "claimants" (its phrase is a group when a cue follows it: "some
     * trampers say").
     */
    private boolean isPluralAgent(int k) {
        return !t.isCapitalized(k) && hasPluralAgentShape(k);
    }

    /** As {@link #isPluralAgent}, capitalised too at the sentence start: "Pluckers at the Chemase estate said". */
    boolean isGroupOfAgents(int k) {
        return (!t.isCapitalized(k) || isSentenceStart(k)) && hasPluralAgentShape(k);
    }

    private boolean hasPluralAgentShape(int k) {
        return t.isWord(k) && t.length(k) >= 6 && (t.endsWith(k, "ers") || t.endsWith(k, "ists")
                || t.endsWith(k, "ians") || t.endsWith(k, "ors") || t.endsWith(k, "ees") || t.endsWith(k, "ants"))
                && !has(k, ~KNOWN) && cue(k) == null;
    }

    /** Verbs that make an unlisted plural before them a group that speaks ({@link #isPluralAgent}). */
    private static final java.util.Set<String> SAYING = java.util.Set.of("say", "says", "said", "warn", "warns", "warned",
            "told", "tell", "tells", "complain", "complained", "insist", "insisted");

    /** Token k is one of {@link #SAYING}: a plain report, not "suggests", "argue", "explains" or "mentioned". */
    private boolean isSayingVerb(int k) {
        return t.isWord(k) && SAYING.contains(t.lower(k));
    }

    /** A participle that gives another name: "known (as)", "nicknamed", "dubbed". */
    boolean isNamingWord(int i) {
        return t.eq(i, "known") || t.eq(i, "nicknamed") || t.eq(i, "dubbed");
    }

    /** A second role after "and" in an apposition: "a marine biologist and the study’s lead author". */
    private boolean roleAhead(int from, int limit) {
        for (int k = from; k < limit && k < from + 5; k++) {
            if (!t.isWord(k) && !isPossessiveMark(k) || cue(k) != null && !isRole(k) || t.isWho(k)) {
                return false;
            }
            if (isRole(k)) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions whose object a phrase before a name's comma is, never the name's role ("about the judge, X"). */
    private static final java.util.Set<String> OBJECT_PREPOSITIONS = java.util.Set.of("about", "against", "towards",
            "toward", "over", "into", "like", "unlike", "despite", "after", "before", "by", "during", "under", "with",
            "without", "than", "between", "among");

    /**
     * Prepositions that never open a speaker's phrase, lower case (unlike "about 200 residents" or "over 40 staff", which
     * count one): "retaliated against developers who complained".
     */
    private static final java.util.Set<String> OBJECT_ONLY_PREPOSITIONS = java.util.Set.of("against", "towards", "toward",
            "into", "despite", "during", "without", "between", "among", "unlike");

    private boolean isObjectOnlyPreposition(int i) {
        return t.isWord(i) && !t.isCapitalized(i) && t.length(i) >= 4 && OBJECT_ONLY_PREPOSITIONS.contains(t.lower(i));
    }

    /** The capitalised words of a name from token nameStart are followed by a cue: "Graham said". */
    private boolean cueAfterName(int nameStart) {
        int k = nameStart;
        while (k < t.size() && (t.isWord(k) && t.isCapitalized(k) || t.is(k, '.'))) {
            k++;
        }
        return cue(k) != null;
    }

    /**
     * A role given before a name and set off by a comma: "the commander of the Joint Forces, Lt. Gen.
     * Serhiy Nayev". Returns the role without its leading article, or null.
     */
    String appositionBefore(Mention m, int floor) {
        String role = appositionBefore(m.startTok(), floor, true, false);
        // failing that, the role may carry a place after its head: "A clerk at the gas station, Kayla Brennan, said"
        return role != null ? role : appositionBefore(m.startTok(), floor, true, true);
    }

    /** Token k closes a body's short name in brackets after its full name: "Association (AHP)", "Company (Sanelco)". */
    private boolean isBracketedShortName(int k) {
        return t.is(k, ')') && t.is(k - 2, '(') && t.isCapitalized(k - 1) && t.isWord(k - 1) && t.isCapitalized(k - 3);
    }

    /** Token k closes a bracketed acronym: "(AHP)", "(KUNAM)". */
    boolean isBracketedAcronym(int k) {
        return t.is(k, ')') && t.is(k - 2, '(') && t.isAllCaps(k - 1);
    }

    /**
     * As {@link #appositionBefore(Mention, int)} for a name at token nameStart; coordinated: may share a determiner;
     * placed: the role may go on past "at the", "in the", "from the", "on the" or "with the".
     */
    private String appositionBefore(int nameStart, int floor, boolean coordinated, boolean placed) {
        int c = nameStart - 1;
        if (c <= floor || !t.is(c, ',')) {
            return null;
        }
        int e = c;
        int s = e;
        // (a number may stand in the role: "the ward councillor for Ward 17, Thandeka Mabuza-Khoza,")
        while (s - 1 > floor && e - s < 20 && (t.isWord(s - 1) || t.kind(s - 1) == Tokens.NUMBER || isPossessiveMark(s - 1)
                || isPortfolioComma(s - 1, e))
                || s - 1 > floor && t.is(s - 1, '.') && continues(s - 1, e) || s - 4 > floor && isBracketedShortName(s - 1)) {
            // (an organisation's acronym or short name in brackets is part of the role: "The president of the Portalet
            // Hotel Association (AHP), Jaume Ferrer Pons, said")
            s -= t.is(s - 1, ')') ? 3 : 1;
            if (t.eq(s, "the") || t.eq(s, "a") || t.eq(s, "its") || t.eq(s, "his")
                    || t.eq(s, "her") || t.eq(s, "their") || t.eq(s, "another")) {
                if (s == 0 || !(t.eq(s - 1, "of") || t.eq(s - 1, "for") || placed && (connectiveIn(s - 1, 1 << AT | 1 << IN
                        | 1 << FROM | 1 << WITH) || t.eq(s - 1, "on")))) {
                    break;
                }
            }
        }
        boolean afterBut = s == floor + 1 && t.eq(s, "but") && s + 1 < e && !t.isCapitalized(s + 1) && isRole(s + 1);
        if (afterBut) {
            s++; // "But counsel for the defendants, Chief X, said": the conjunction opens the sentence, not the role
        }
        String first = t.lower(s);
        if (coordinated && first.equals("and") && t.is(s - 1, ',') && s + 1 < e && isRole(s + 1)) {
            // "Her daughter, Ruth Carne, and son, Michael Penhallow": the second role shares the first one's determiner
            int previous = s - 1;
            while (previous - 1 > floor && t.isCapitalized(previous - 1)) {
                previous--;
            }
            return previous < s - 1 && appositionBefore(previous, floor, false, placed) != null ? surface(s + 1, e) : null;
        }
        boolean article = first.equals("the") || first.equals("a") || first.equals("an") || first.equals("another");
        // "Minister of Local Government, Rural Development and …, Wendell Pryce-Mowatt, said": a title opening the
        // sentence needs no article
        boolean bareTitle = (s == floor + 1 && t.isCapitalized(s) || afterBut) && isRole(s);
        // "Haskins' attorney, X," opening the sentence: the owner's name is the role's first word
        boolean owner = s == floor + 1 && t.isCapitalized(s) && isPossessiveMark(s + 1);
        if (!article && !bareTitle && !owner && !first.equals("its") && !first.equals("his") && !first.equals("her")
                && !first.equals("their") && !isPossessive(s)) {
            return null;
        }
        if (frontedPhrase(floor + 1, c)) {
            return null; // a fronted phrase opening the sentence, not a role: "In a letter to the judge, Lowndes wrote"
        }
        if (s - 1 > floor && t.isWord(s - 1) && !t.isCapitalized(s - 1)
                && (OBJECT_PREPOSITIONS.contains(t.lower(s - 1)) || t.endsWith(s - 1, "ed")) && cueAfterName(nameStart)) {
            // the object of a preposition or verb that ends a fronted phrase before the name its cue follows: "Like
            // his remarks about the judge, Graham said" (not "led by the youth coach, Sandro Pellizzari, until …")
            return null;
        }
        // "its chief executive, Martin Oduya": the role leaves out its article or possessive determiner
        int bodyStart = isPossessive(s) || bareTitle || owner ? s : s + 1;
        if (bodyStart >= e || !isRole(bodyStart) && !isRole(headOf(bodyStart, e))) {
            return null;
        }
        if (bareTitle && has(bodyStart, Lexicon.GROUP) && t.endsWith(bodyStart, "s")) {
            return null; // "Residents of Bel Espoir Trace, Carratal, say": a group and its place, no one's role
        }
        for (int k = bodyStart; k < e; k++) {
            if (isAuxiliary(k) || Subjects.SUBORDINATORS.contains(t.lower(k))) {
                return null; // a clause, no role: "The administration may be reluctant to act while …, Schiff said"
            }
        }
        return surface(bodyStart, e);
    }
}
