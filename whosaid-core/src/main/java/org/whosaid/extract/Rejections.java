package org.whosaid.extract;

import java.util.Set;
import org.whosaid.model.Rejected;
import org.whosaid.resolve.Mention;
import org.whosaid.text.Analysis;
import org.whosaid.text.Tokens;

/**
 * Tells marked spans that are no statements from quotations: scare quotes ("so-called “…”"), titles and
 * nicknames (“Off the Rails”, “the Admiral”) and the author's own words ("its message is simple: “…”",
 * "Our verdict: “…”"). One- to three-word spans that nothing attributes are scare quotes too; the finder
 * decides that once it has looked for an attribution.
 */
final class Rejections {
    /** Words before a marked span that make it a scare quote. */
    private static final Set<String> DISTANCING = Set.of(
            "so-called", "self-styled", "self-proclaimed", "supposed", "so-termed", "quote-unquote", "alleged");
    /** Words before a marked span that name a work or event, making the span a title. */
    private static final Set<String> TITLE_NOUNS = Set.of(
            "film", "movie", "book", "novel", "song", "album", "show", "series", "play", "programme", "program",
            "exhibition", "documentary", "podcast", "operation", "campaign", "project", "initiative", "titled",
            "entitled", "dubbed", "nicknamed", "known", "poem", "opera", "musical", "single", "column", "report",
            "festival", "slogan", "brand", "motto", "hashtag", "game", "magazine", "newspaper", "headline", "ship",
            "vessel", "codenamed", "code-named", "label", "exercise", "exercises", "plan", "strategy", "doctrine",
            "scheme", "tour", "competition", "contest", "prize", "award", "painting", "sculpture", "essay", "article");
    /** Words right before a marked span that make it a name whatever its case: "an album titled ‘…’". */
    private static final Set<String> NAMING = Set.of("titled", "entitled", "nicknamed", "codenamed", "code-named",
            "dubbed", "heading", "headed", "headlined");
    /** Words before a colon that announce the author's own reading of what follows. */
    private static final Set<String> READING = Set.of(
            "mean", "means", "meant", "translation", "translated", "translates", "read", "reads", "subtext",
            "namely", "i.e", "meaning");
    /** What an outlet or columnist gives in its own voice after "Our"/"My": "Our verdict: “…”". */
    private static final Set<String> VERDICTS = Set.of("verdict", "rating", "conclusion", "assessment", "answer",
            "advice", "view", "take", "ruling", "finding", "translation");
    private static final Set<String> SMALL_WORDS = Set.of(
            "of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "by", "with", "from", "or", "&");

    private final Analysis a;
    private final Tokens t;
    private final Phrases ph;
    private final Subjects subjects;

    Rejections(Analysis analysis, Phrases phrases, Subjects subjects) {
        this.a = analysis;
        this.t = analysis.tokens();
        this.ph = phrases;
        this.subjects = subjects;
    }

    /** Words and numbers from token from to token to. */
    int wordCount(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (t.kind(i) == Tokens.WORD || t.kind(i) == Tokens.NUMBER) {
                n++;
            }
        }
        return n;
    }

    /** Why the span marked from token openTok to token closeTok is not a statement, or null when it may be one. */
    Rejected.Reason reason(int openTok, int closeTok) {
        int prev = openTok - 1;
        boolean samePara = prev >= 0 && a.paragraphOf(prev) == a.paragraphOf(openTok);
        if (samePara && t.isWord(prev) && DISTANCING.contains(t.lower(prev))) {
            return Rejected.Reason.SCARE_QUOTE;
        }
        if (samePara && (t.is(prev, ':') || t.is(prev, '\u2014'))) {
            int s = a.sentenceStart(a.sentenceOf(prev));
            if ((t.eq(s, "our") || t.eq(s, "my")) && t.isWord(s + 1) && VERDICTS.contains(t.lower(s + 1))) {
                return Rejected.Reason.AUTHOR_WORDS; // "Our verdict, in plain words: “…”": the outlet's own words
            }
            for (int k = prev - 1; k >= s && k >= prev - 12; k--) { // "Translated from diplomatic language, its message is simple:"
                String w = t.lower(k);
                if (READING.contains(w) || w.equals("words") && t.eq(k - 1, "other")) {
                    return Rejected.Reason.AUTHOR_WORDS;
                }
                if (ph.cue(k) != null && !w.equals("read") && !w.equals("reads")) {
                    break;
                }
            }
        }
        int words = wordCount(openTok + 1, closeTok);
        if (samePara && words <= 6 && t.is(prev, ':') && namedForBefore(prev)) {
            return Rejected.Reason.TITLE; // "Welders have their own name for the boxes: “the snitch”": no one's words
        }
        if (samePara && words <= 15 && (isSignText(prev) || t.isWord(prev) && SLOGANS.contains(t.lower(prev))
                // (or set off by a comma after its word: "The fair's slogan, “…”")
                || t.is(prev, ',') && t.isWord(prev - 1) && SLOGANS.contains(t.lower(prev - 1))
                || t.is(prev, ':') && signBefore(prev) || isChanted(prev))) {
            return Rejected.Reason.TITLE; // "placards reading «On vous nourrit»": the text of a sign, not a statement
        }
        if (samePara && words <= 10 && t.isWord(prev) && NAMING.contains(t.lower(prev))
                && !(t.eq(prev, "dubbed") && ph.has(prev - 1, Lexicon.PRONOUN))) { // "Rubio, who he dubbed “…”": his words
            return Rejected.Reason.TITLE; // "provisionally titled ‘Low Tide, High Water’": a name, commas or not
        }
        // ("the" may stand between: "the stretch that locals call the «mining corridor»")
        int call = t.eq(prev, "the") && prev > 0 && t.eq(prev - 1, "call") ? prev - 1 : prev;
        if (samePara && words <= 4 && call < prev && t.eq(call - 1, "to")) {
            return Rejected.Reason.TITLE; // "what residents have come to call the “smoke season”": a name given to a thing
        }
        // (an adverb may stand before the verb: "which villagers now call «bons de patience»")
        int namer = call > 1 && isAdverbBeforeCall(call - 1) ? call - 2 : call - 1;
        if (samePara && words <= 4 && t.eq(call, "call") && t.endsWith(namer, "s") && !t.isCapitalized(namer)
                && (relativeOpenedBefore(namer)
                || ph.has(namer, Lexicon.GROUP) && isTitleCase(openTok + 1, closeTok, false))) {
            // (or a name they give it, with no "that": "a bull shark local surfers call ‘Old Tom’")
            // "a drone model that soldiers call “mopeds”", "which many residents call «the sleeping giant»": what people
            // at large name a thing ("the meetings, which Larkspur calls “listening sessions”" are the company's words)
            return Rejected.Reason.TITLE;
        }
        if (samePara && words <= 6 && t.isWord(prev)
                && (t.eq(prev, "calls") || t.eq(prev, "branded") || t.eq(prev, "brands"))
                && relativeOpenedBefore(prev) && isTitleCase(openTok + 1, closeTok, false)) {
            // "The policy, which he calls “Fish for Namibians”", "the campaign, which the government has branded “Our
            // Harbour, Our Future”": the name a relative clause gives the thing, not words said about it
            return Rejected.Reason.TITLE;
        }
        if (samePara && words <= 6 && (t.eq(prev, "itself") || t.eq(prev, "themselves")) && isCallWord(prev - 1)) {
            return Rejected.Reason.TITLE; // "A group calling itself “Harwick Taxpayers First”": the name a body gives itself
        }
        if (samePara && words <= 4 && (t.eq(prev, "her") || t.eq(prev, "him") || t.eq(prev, "them"))
                && isCallWord(prev - 1)
                && isTitleCase(openTok + 1, closeTok, false)) {
            return Rejected.Reason.TITLE; // "an ad calling her “Tax Hike Denise”": a name given to a person
        }
        if (samePara && words <= 6 && t.eq(prev, "the") && t.isWord(prev - 1) && wordWithin(prev - 2, DUBBED)) {
            return Rejected.Reason.TITLE; // "Students have dubbed the increase the “Shs300,000 surprise”": a nickname
        }
        if (samePara && words <= 10 && (wordWithin(prev, NICKNAMED) || marketedAs(prev))) {
            // "a text its opponents have nicknamed the « réforme des deux ans »", "The estate, marketed as “bush living
            // on your doorstep”": a nickname, a seller's line
            return marketedAs(prev) ? Rejected.Reason.SCARE_QUOTE : Rejected.Reason.TITLE;
        }
        if (samePara && words <= 4 && (ph.isPossessivePronoun(prev) || t.eq(prev, "the") || t.kind(prev) == Tokens.NUMBER)
                && nounAfterMarks(closeTok) && isTitleCase(openTok + 1, closeTok, false)) {
            return Rejected.Reason.TITLE; // "its 212 “Bramwell's Local” convenience stores": a name before its noun, cue or not
        }
        if (samePara && words <= 6 && attributive(prev, closeTok) && !cueInSentenceBefore(openTok) && !cueNear(openTok, closeTok)) {
            // "the debate over «too big to fail» banks", "its “Bigas sa Bawat Mesa” stalls": a marked phrase before the
            // noun it qualifies, with no one saying it
            return isTitleCase(openTok + 1, closeTok, false) ? Rejected.Reason.TITLE : Rejected.Reason.SCARE_QUOTE;
        }
        if (samePara && words <= 2 && t.eq(prev, "call") && ph.has(prev - 1, Lexicon.GROUP) && !t.isCapitalized(prev - 1)
                && t.isWord(prev - 2) && !t.isCapitalized(prev - 2) && ph.cue(prev - 2) == null) {
            return Rejected.Reason.TITLE; // "the armoured vehicles residents call “caveirões”": a thing, then who names it
        }
        if (samePara && words <= 4 && groupCallsBefore(prev)) {
            return Rejected.Reason.TITLE; // "Locals call the bend near the jetty “the launch graveyard”"
        }
        if (samePara && words <= 4 && takenToCalling(prev)) {
            return Rejected.Reason.TITLE; // "Crews have taken to calling the vessel the “ghost ship”": a name caught on
        }
        if (samePara && words <= 4 && knownAs(prev)) {
            // "traders from across the border, known locally as “briefcase buyers”": a local word, no one's statement
            return isTitleCase(openTok + 1, closeTok, false) || t.eq(openTok + 1, "the")
                    ? Rejected.Reason.TITLE : Rejected.Reason.SCARE_QUOTE;
        }
        if (samePara && words <= 6 && ph.isOutletPossessive(prev) && isTitleCase(openTok + 1, closeTok, false)) {
            return Rejected.Reason.TITLE; // "told MSNBC's “Morning Joe”": a programme's name
        }
        if (words <= 8 && isTitleCase(openTok + 1, closeTok, false)) {
            boolean afterColon = samePara && t.is(prev, ':');
            if (samePara && t.isWord(prev) && (TITLE_NOUNS.contains(t.lower(prev)) || t.eq(prev, "the")
                    || t.eq(prev, "as") || t.eq(prev, "called")) || !afterColon && words <= 4
                    && !cueNear(openTok, closeTok) && !(samePara && afterTag(prev)) || samePara && wordWithin(prev, NAMING_VERBS)
                    || nextTitle(closeTok)
                    || samePara && words <= 3 && namesTheNounAfter(prev, closeTok)
                    // in apposition to its noun: "In its report, ‘Still at the Quayside’, the watchdog said"
                    || samePara && t.is(prev, ',') && t.isWord(prev - 1) && TITLE_NOUNS.contains(t.lower(prev - 1))
                    && t.is(closeTok + 1, ',')) {
                return Rejected.Reason.TITLE;
            }
        }
        if (words <= 8 && isTitleCase(openTok + 1, closeTok, true) && describedAfter(closeTok)) {
            return Rejected.Reason.TITLE; // "he wrote ‘Mills, Moors and Methodists’, a history of the town"
        }
        return null;
    }

    /**
     * The marked name stands between a determiner and the noun it names, cue or not: "its ‘Corvida’
     * data-centre processor", "a “Velvet Line” ticket".
     */
    private boolean namesTheNounAfter(int prev, int closeTok) {
        int next = closeTok + 1;
        return (ph.isPossessivePronoun(prev) || t.eq(prev, "a") || t.eq(prev, "an")) && t.isWord(next)
                && !t.isCapitalized(next) && !ph.has(next, Lexicon.STOP | Lexicon.DETERMINER) && ph.cue(next) == null;
    }

    /** Token prev ends "marketed as", "billed as", "advertised as", "branded as" or "sold as". */
    private boolean marketedAs(int prev) {
        return t.eq(prev, "as") && (t.eq(prev - 1, "marketed") || t.eq(prev - 1, "billed") || t.eq(prev - 1, "advertised")
                || t.eq(prev - 1, "branded") || t.eq(prev - 1, "sold"));
    }

    /**
     * The marked span stands between a determiner, a possessive or a preposition (token prev) and a lower-case noun
     * after it: "over «too big to fail» banks", "its “Bigas sa Bawat Mesa” stalls".
     */
    private boolean attributive(int prev, int closeTok) {
        return (ph.isPossessivePronoun(prev) || t.eq(prev, "a") || t.eq(prev, "an") || t.eq(prev, "the") || t.eq(prev, "over")
                || t.eq(prev, "of") || t.eq(prev, "for") || t.eq(prev, "about") || t.eq(prev, "against"))
                && nounAfterMarks(closeTok);
    }

    /** A plain noun follows the closing mark at closeTok, with no comma inside the marks: the noun a marked phrase qualifies. */
    private boolean nounAfterMarks(int closeTok) {
        int next = closeTok + 1;
        return t.isWord(closeTok - 1) // (no comma inside the marks: "Despite his “admittedly brash personality,” X wrote")
                && t.isWord(next) && !t.isCapitalized(next) && t.end(closeTok) < t.start(next)
                && !ph.has(next, Lexicon.STOP | Lexicon.DETERMINER | Lexicon.PRONOUN) && ph.cue(next) == null
                && !ph.isAuxiliary(next) && !t.endsWith(next, "ly");
    }

    /** A cue between the start of the sentence and token openTok. */
    private boolean cueInSentenceBefore(int openTok) {
        for (int k = a.sentenceStart(a.sentenceOf(openTok)); k < openTok; k++) {
            if (subjects.isCue(k)) {
                return true;
            }
        }
        return false;
    }

    /** Token k is a form of "call": "calling", "called", "calls", "call". */
    private boolean isCallWord(int k) {
        return t.eq(k, "calling") || t.eq(k, "called") || t.eq(k, "calls") || t.eq(k, "call");
    }

    /**
     * Token k is an adverb between those who name a thing and "call": "which villagers now call", "Residents
     * already call it", "Nurses there call".
     */
    private boolean isAdverbBeforeCall(int k) {
        return t.isWord(k) && (t.endsWith(k, "ly") || CALL_ADVERBS.contains(t.lower(k)));
    }

    private static final Set<String> CALL_ADVERBS = Set.of("now", "still", "often", "already", "also", "there", "here");

    /** Nouns of a name given to a thing, before "for" and the thing: "their own name for the boxes:". */
    private static final Set<String> NAME_NOUNS = Set.of("name", "names", "nickname", "nicknames", "term", "word");

    /** The clause before the colon at token colon gives a name for a thing: "… have their own name for the boxes:". */
    private boolean namedForBefore(int colon) {
        int s = a.sentenceStart(a.sentenceOf(colon));
        for (int k = colon - 1; k > s && k >= colon - 8; k--) {
            if (t.eq(k, "for") && t.isWord(k - 1) && NAME_NOUNS.contains(t.lower(k - 1))) {
                return true;
            }
            if (ph.cue(k) != null) {
                return false;
            }
        }
        return false;
    }

    /** Token prev ends "known as" or "known locally as" (or "here", "widely", "also" between). */
    /**
     * "calling" after "taken to", "started" or "begun", up to six plain words before token prev: "have taken to calling
     * the vessel the", "have started calling it" (not "was calling the plan").
     */
    private boolean takenToCalling(int prev) {
        for (int k = prev; k >= 2 && k >= prev - 6; k--) {
            if (!t.isWord(k)) {
                return false;
            }
            if (t.eq(k, "calling")) {
                return t.eq(k - 1, "to") && (t.eq(k - 2, "taken") || t.eq(k - 2, "took") || t.eq(k - 2, "come"))
                        || t.eq(k - 1, "started") || t.eq(k - 1, "begun") || t.eq(k - 1, "began");
            }
        }
        return false;
    }

    private boolean knownAs(int prev) {
        return t.eq(prev, "as") && (t.eq(prev - 1, "known") || t.eq(prev - 2, "known") && t.isWord(prev - 1)
                && t.endsWith(prev - 1, "ly") || t.eq(prev - 2, "known") && (t.eq(prev - 1, "here") || t.eq(prev - 1, "also")));
    }

    /**
     * A group, at the start of its sentence, calls a thing by a name within the twelve words before token prev: "Locals
     * call the bend in the river where the launch sank …", "Residents call it …" (plain words between).
     */
    private boolean groupCallsBefore(int prev) {
        // (a name with "the" may also be given in the past: "Officers called the mute button “the hush button”", where
        // "called the plan “a disaster”" is a judgment)
        boolean named = t.eq(prev + 2, "the");
        for (int k = prev; k >= 1 && k >= prev - 12; k--) {
            if (!t.isWord(k) && t.kind(k) != Tokens.NUMBER) { // ("the 3am shift")
                return false;
            }
            // (or "have dubbed": "Crews at the stage have dubbed the new charge “nauli ya dizeli”")
            boolean dubbed = k >= 2 && (t.eq(k, "dubbed") || t.eq(k, "nicknamed")) && (t.eq(k - 1, "have") || t.eq(k - 1, "had"));
            if (t.eq(k, "call") || dubbed || named && (t.eq(k, "called") || t.eq(k, "calls"))) {
                // (an adverb may come between: "Residents now call it “the blue river”", "Nurses there call …")
                int verb = dubbed ? k - 1 : k;
                int subject = verb >= 2 && isAdverbBeforeCall(verb - 1) ? verb - 2 : verb - 1;
                int start = a.sentenceStart(a.sentenceOf(k));
                if (start == subject) {
                    return ph.has(subject, Lexicon.GROUP) || ph.isGroupOfAgents(subject); // "Glaciologists call the effect …"
                }
                // (or a group of several words that opens the sentence: "Some farmers call it …", "Farmers in the district
                // now call …")
                Mention group = subject >= start ? ph.left(subject + 1, start - 1) : null;
                return group != null && group.type() == Mention.Type.GROUP && group.startTok() == start
                        && group.endTok() == subject + 1;
            }
        }
        return false;
    }

    /** "that" or "which" within the four words ending at token k, which are plain words: a relative clause's subject. */
    private boolean relativeOpenedBefore(int k) {
        for (int j = k; j >= 0 && j >= k - 4; j--) {
            if (!t.isWord(j)) {
                return false;
            }
            if (j < k && (t.eq(j, "that") || t.eq(j, "which"))) {
                return true;
            }
        }
        return false;
    }

    /** The word that gives a nickname a few words before it: "its opponents have nicknamed the « … »". */
    private static final Set<String> NICKNAMED = Set.of("nicknamed");

    /** The word that gives a nickname before its object and "the": "dubbed the increase the « … »". */
    private static final Set<String> DUBBED = Set.of("dubbed");

    /** Words that give a name to what comes after them: "had dubbed the demonstration “Black Monday”". */
    private static final Set<String> NAMING_VERBS = Set.of("dubbed", "called", "named", "nicknamed", "titled",
            "branded", "labelled", "labeled", "christened");

    /**
     * One of the words within the three plain words ending at token prev: a naming verb in "dubbed the demonstration",
     * "called it", "have nicknamed the".
     */
    private boolean wordWithin(int prev, Set<String> words) {
        for (int k = prev; k >= 0 && k >= prev - 2 && t.isWord(k); k--) {
            if (words.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "“Sunny Mango” and “Berry Bounce” pouches": another marked name follows, joined by "and" or "or". */
    private boolean nextTitle(int closeTok) {
        int k = closeTok + 1;
        return (t.eq(k, "and") || t.eq(k, "or") || t.is(k, ',')) && t.kind(k + 1) == Tokens.QUOTE && a.opensQuote(k + 1)
                && t.isCapitalized(k + 2);
    }

    /** Things a title names: "‘…’, a history of the town", "“…”, her third novel". */
    private static final Set<String> WORKS = Set.of("history", "memoir", "biography", "account", "collection",
            "study", "guide", "novel", "book", "film", "documentary", "album", "song", "play", "report", "series", "poem");

    /** The marked span ending at closeTok is followed by an apposition that says what it is: ", a history of …". */
    private boolean describedAfter(int closeTok) {
        int k = closeTok + 1;
        if (!t.is(k, ',') || !(t.eq(k + 1, "a") || t.eq(k + 1, "an") || t.eq(k + 1, "the") || t.eq(k + 1, "her")
                || t.eq(k + 1, "his") || t.eq(k + 1, "their"))) {
            return false;
        }
        for (int j = k + 2; j <= k + 4; j++) {
            if (t.isWord(j) && WORKS.contains(t.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** Words of a crowd's chanting before what it chanted: "protesters chanted “…”", "chanting ‘…’". */
    private static final Set<String> CHANTS = Set.of("chanted", "chanting", "chant", "chants");

    /**
     * Token prev opens a slogan a crowd chanted or shouted, or the slogans raised: "burnt tyres and chanted “Our land
     * is not for sale”", "Farmers shouted “…”", "raised slogans of “…”".
     */
    private boolean isChanted(int prev) {
        if (!t.isWord(prev)) {
            return false;
        }
        if (CHANTS.contains(t.lower(prev)) || t.eq(prev, "shouting") && !ph.has(prev - 1, Lexicon.PRONOUN)) {
            return true;
        }
        if (t.eq(prev, "shouted")) {
            return prev > 0 && ph.has(prev - 1, Lexicon.GROUP); // "Farmers shouted “…”": a crowd's slogan
        }
        return t.eq(prev, "of") && prev > 0 && t.isWord(prev - 1) && SLOGANS.contains(t.lower(prev - 1));
    }

    /** Things that carry a written text: "placards reading …", "a banner that read …". */
    private static final Set<String> SIGNS = Set.of("placard", "placards", "banner", "banners", "sign", "signs", "poster",
            "posters", "billboard", "billboards", "t-shirt", "t-shirts", "shirts", "sticker", "stickers");

    /** Nouns whose marked words after them are a phrase in use, not words said: "the slogan «Sleep is not a luxury»". */
    private static final Set<String> SLOGANS = Set.of("slogan", "slogans", "motto", "catchphrase", "tagline", "hashtag",
            "watchword", "mantra");

    /**
     * A sign named in the words before the colon at token colon, with no cue between: "photos of the sign that greets
     * drivers at the city limits: '…'".
     */
    private boolean signBefore(int colon) {
        int s = a.sentenceStart(a.sentenceOf(colon));
        for (int k = colon - 1; k >= s && k >= colon - 12; k--) {
            if (!t.isWord(k) || ph.cue(k) != null) {
                return false;
            }
            if (SIGNS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Token prev is "reading", "read" or "saying" after a sign within three words: "placards reading", "a banner that read". */
    private boolean isSignText(int prev) {
        if (!(t.eq(prev, "reading") || t.eq(prev, "read") || t.eq(prev, "reads") || t.eq(prev, "saying"))) {
            return false;
        }
        for (int k = prev - 1; k >= 0 && k >= prev - 3; k--) {
            if (t.isWord(k) && SIGNS.contains(t.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Token prev ends a sentence that closes on its cue: "‘Everyone’s welcome,’ he grinned. ‘Even Sandra.’" goes on
     * with the speaker's words, however short and capitalised.
     */
    private boolean afterTag(int prev) {
        return t.is(prev, '.') && ph.cue(prev - 1) != null && (ph.has(prev - 2, Lexicon.PRONOUN) || t.isCapitalized(prev - 2));
    }

    /**
     * Every content word capitalised and no sentence punctuation: the shape of a title or name. A comma or period
     * just inside the closing mark is the writer's ("known as the “Uniform Wage Act,”"); commas inside are allowed
     * when asked.
     */
    private boolean isTitleCase(int from, int to, boolean commas) {
        int capitals = 0;
        for (int i = from; i < to; i++) {
            if (t.kind(i) == Tokens.PUNCT && (t.is(i, '.') || t.is(i, ',') || t.is(i, '!') || t.is(i, '?'))
                    && !(t.is(i, ',') && i + 2 == to && t.kind(i + 1) == Tokens.NUMBER) // "… Act, 2024"
                    && !(i + 1 == to && i > from && (t.is(i, ',') || t.is(i, '.') && i - from >= 2 && !contracted(from, i)))
                    && !(commas && t.is(i, ','))) {
                return false;
            }
            if (t.kind(i) == Tokens.WORD) {
                if (t.isCapitalized(i)) {
                    capitals++;
                } else if (!SMALL_WORDS.contains(t.lower(i))) {
                    return false;
                }
            }
        }
        return capitals > 0;
    }

    /**
     * An unattributed marked span that has the shape of a title: four to fifteen words, every content word
     * capitalised, commas and a colon allowed ("One Region, One Road: Delivering Free Movement for Our People", "Nine
     * Bells for a Drowned Town"), no contraction, no sentence's end, no word in capitals: a work's or an event's name,
     * which nobody says.
     */
    boolean isUnsaidTitle(int openTok, int closeTok) {
        int words = wordCount(openTok + 1, closeTok);
        if (words < 4 || words > 15 || !isTitleCase(openTok + 1, closeTok, true) || contracted(openTok + 1, closeTok)) {
            return false;
        }
        for (int i = openTok + 1; i < closeTok; i++) {
            if (t.is(i, '.') || t.is(i, '!') || t.is(i, '?') || t.isAllCaps(i) && t.length(i) > 3) {
                return false; // a sentence, or a headline's capitals ("DIVISIVE, STUPID AND WRONG"), may be said
            }
        }
        return true;
    }

    /** A word with an apostrophe inside, from token from to token to: "We're", "Isn't" speak, titles seldom do. */
    private boolean contracted(int from, int to) {
        for (int i = from; i < to; i++) {
            if (t.innerApostrophe(i) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A speech cue within a few tokens before or after the marked span, in its sentence. */
    private boolean cueNear(int openTok, int closeTok) {
        int sOpen = a.sentenceOf(openTok);
        for (int k = openTok - 1; k >= 0 && k >= openTok - 6 && a.sentenceOf(k) == sOpen; k--) {
            if (subjects.isCue(k)) {
                return true;
            }
        }
        for (int k = closeTok + 1; k < t.size() && k <= closeTok + 6 && a.paragraphOf(k) == a.paragraphOf(closeTok); k++) {
            if (subjects.isCue(k) || t.eq(k, "according")) {
                return true;
            }
        }
        return false;
    }
}
