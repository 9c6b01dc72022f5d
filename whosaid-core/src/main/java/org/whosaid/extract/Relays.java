package org.whosaid.extract;

import java.util.ArrayList;
import java.util.List;
import org.whosaid.resolve.Draft.ViaRef;
import org.whosaid.resolve.Mention;
import org.whosaid.text.Analysis;
import org.whosaid.text.Dates;
import org.whosaid.text.Tokens;

/**
 * The relays of an article's sentences: the outlets and channels a statement came through ("told
 * Reuters", "in an interview with The Economist", "in a post on X") and "according to" sources.
 * A sentence is scanned once, whichever of its statements asks first.
 */
final class Relays {
    private final Analysis a;
    private final Tokens t;
    private final Phrases ph;
    private final Lexicon lex = Lexicon.get();
    /** Per sentence, its relays once scanned (null until a statement of the sentence asks). */
    private final List<?>[] viasBySentence;

    Relays(Analysis analysis, Phrases phrases) {
        this.a = analysis;
        this.t = analysis.tokens();
        this.ph = phrases;
        this.viasBySentence = new List<?>[analysis.sentenceCount()];
    }

    /** The relay written between char offsets from and to. */
    private ViaRef viaBetween(int from, int to) {
        return new ViaRef(a.text().substring(from, to), from, to);
    }

    /** The relay named by a phrase; its offsets are those of the name inside the phrase ("Ms. Berg" → "Berg"). */
    ViaRef viaOf(Mention m) {
        int named = m.type() == Mention.Type.ORG_NOMINAL || m.type() == Mention.Type.DOCUMENT ? nameBeforeNoun(m) : -1;
        if (named > m.startTok() + 1) {
            // "The PAP news agency quoted …", "A PTI report quoted …": the name before the outlet's or document's noun
            return viaBetween(t.start(m.startTok() + 1), t.end(named - 1));
        }
        String phrase = ph.surface(m.startTok(), m.endTok());
        String name = m.name() != null ? m.name() : phrase;
        if (name.startsWith("the ") || name.startsWith("the\u00a0")) {
            name = name.substring(4);
        }
        if (phrase.startsWith("The ") && !name.startsWith("The ") && phrase.endsWith(name) && m.startTok() > 0
                && a.sentenceStart(a.sentenceOf(m.startTok())) != m.startTok()) {
            name = phrase; // a capital "The" inside a sentence is the title's own: "for The Conversation"
        }
        int at = phrase.lastIndexOf(name);
        int start = m.start() + Math.max(0, at);
        return new ViaRef(at < 0 ? phrase : name, start, at < 0 ? m.end() : start + name.length());
    }

    /** The relays of x, then those of y that x does not have (by start offset). */
    static List<ViaRef> merge(List<ViaRef> x, List<ViaRef> y) {
        if (x.isEmpty()) {
            return y;
        }
        List<ViaRef> out = new ArrayList<>(x);
        for (ViaRef r : y) {
            if (out.stream().noneMatch(v -> v.start() == r.start())) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Relays in the sentence of token c: "according to X" (when X is not the speaker found by a cue),
     * "told X", "in an interview with X", "in a post on X", "wrote on X" where X is an outlet or channel.
     */
    List<ViaRef> at(int c) {
        int s = a.sentenceOf(c);
        @SuppressWarnings("unchecked")
        List<ViaAt> all = (List<ViaAt>) viasBySentence[s];
        if (all == null) {
            all = viasOf(s);
            viasBySentence[s] = all;
        }
        if (all.isEmpty()) {
            return List.of();
        }
        List<ViaRef> out = new ArrayList<>(all.size());
        for (ViaAt v : all) {
            // (a channel found twice, by its page and by the preposition before it, is one relay)
            if (!(v.ownCue() && v.token() == c) && out.stream().noneMatch(o -> o.start() == v.via().start())) {
                out.add(v.via());
            }
        }
        return out;
    }

    /**
     * A relay named in a sentence, and the token that introduced it; ownCue when that token is the cue of the relay's
     * own statement ("according to X", "…, X reported"), which X does not relay.
     */
    private record ViaAt(int token, boolean ownCue, ViaRef via) {
    }

    /** Every relay of sentence s, whichever of its statements asks (a sentence is scanned once). */
    private List<ViaAt> viasOf(int s) {
        int from = a.sentenceStart(s);
        int end = a.sentenceEnd(s);
        List<ViaAt> out = new ArrayList<>(2);
        for (int k = from; k < end; k++) {
            if (a.inQuote(k) || !t.isWord(k)) {
                continue;
            }
            if (t.length(k) == 2 && t.eq(k, "in") && (t.eq(k + 1, "a") || t.eq(k + 1, "an")) && t.isCapitalized(k + 2)
                    && ph.has(k + 2, Lexicon.VIA) && POSTS.contains(t.lower(k + 3))) {
                // "in a LinkedIn post", "in an Instagram video": the channel names itself before the post
                out.add(new ViaAt(k, false, viaBetween(t.start(k + 2), t.end(k + 2))));
                continue;
            }
            if (t.isCapitalized(k) && k > from && isChannelPage(k + 1) && ph.has(k, Lexicon.VIA)
                    && (ph.isPossessive(k - 1) || ph.isPossessiveMark(k - 1) || t.eq(k - 1, "the") || t.eq(k - 1, "his")
                    || t.eq(k - 1, "her") || t.eq(k - 1, "its") || t.eq(k - 1, "their"))) {
                // "on his Facebook page", "posted to the hospital's Facebook page", "on the council's X account"
                out.add(new ViaAt(k, false, viaBetween(t.start(k), t.end(k))));
                continue;
            }
            if (k == from && t.eq(k, "on") && t.isCapitalized(k + 1) && t.is(k + 2, ',')
                    && ph.has(k + 1, Lexicon.VIA)) {
                // "On Facebook, the mayor wrote that …"
                out.add(new ViaAt(k, false, viaBetween(t.start(k + 1), t.end(k + 1))));
                continue;
            }
            int objStart = relayObjectAt(k, from);
            if (objStart < 0) {
                continue;
            }
            boolean outletOnly = objStart != k + 2; // only "according to" skips two tokens
            Mention m = ph.right(objStart, end);
            if (m == null) {
                continue;
            }
            if (outletOnly && ph.isOutletPossessive(objStart) && t.isCapitalized(objStart + 1)) {
                // "told RNZ's Checkpoint", "told RTÉ's Morning Ireland": the programme, and the outlet whose it is
                // (a programme's name: not a host's, "CNN's Jake Tapper", nor a title cut short, "CNN's State of the Union")
                int p = objStart + 1;
                while (p < end && p < objStart + 5 && t.isCapitalized(p) && !ph.isPossessive(p)) {
                    p++;
                }
                if (p - 1 > objStart + 1 && isWeekday(p - 1)) {
                    p--; // "MSNBC's Morning Joe Monday": the day is when
                }
                boolean programme = !ph.has(objStart + 1, Lexicon.FEMALE | Lexicon.MALE) && (p >= end || !t.isWord(p)
                        || t.eq(p, "programme") || t.eq(p, "program") || t.eq(p, "show") || t.eq(p, "that")
                        || t.eq(p, "on") || t.eq(p, "in") || isWeekday(p));
                if (programme) {
                    out.add(new ViaAt(k, false, viaBetween(t.start(objStart + 1), t.end(p - 1))));
                }
                out.add(new ViaAt(k, false, viaBetween(t.start(objStart), t.end(objStart) - 2))); // (without its "'s")
                continue;
            }
            if (m.type() == Mention.Type.ORG_NAME && (isOutlet(m) || !outletOnly) || isCallSign(m.name()) || isPaperName(m)
                    || isNumberedOutlet(m.name()) || outletOnly && m.isName() && isNumberedName(m.name())
                    // "…, as quoted by Antara": one name that quotes a statement is an outlet
                    || t.eq(k, "by") && t.eq(k - 1, "quoted") && m.isName() && m.endTok() - m.startTok() == 1
                    || m.isName() && isOutletNounAfter(m.endTok())
                    || outletOnly && m.isName() && (isCapitalTheName(m) || isOutletShapedName(m))
                    || m.isName() && (isStationName(m.name()) || m.endTok() - m.startTok() >= 2 && outletOnly
                    && isForeignArticle(m.startTok()))) {
                out.add(new ViaAt(k, !outletOnly, viaOf(m)));
            } else if (outletOnly && m.isName() && isWeekday(m.endTok() - 1) && isCapitalTheName(m, m.endTok() - 1)) {
                // "told The New York Times Tuesday": the day is no part of the title, its "The" is
                out.add(new ViaAt(k, false, viaBetween(t.start(m.startTok()), t.end(m.endTok() - 2))));
            } else if (outletOnly && m.type() == Mention.Type.ORG_NOMINAL) {
                if (nameBeforeNoun(m) > m.startTok() + 1) {
                    // "told the PAP news agency", "quoted by the Kuria Times newspaper": the name is the channel
                    out.add(new ViaAt(k, false, viaOf(m)));
                } else if (m.endTok() - m.startTok() == 2 && t.isCapitalized(m.startTok()) && !t.isCapitalized(m.startTok() + 1)
                        && OUTLET_NOUNS_AFTER.contains(t.lower(m.startTok() + 1))) {
                    // "told TA3 television", "told Markiza television": the name, then what kind of outlet it is
                    out.add(new ViaAt(k, false, viaBetween(t.start(m.startTok()), t.end(m.startTok()))));
                }
            }
        }
        Mention reporter = trailingReporter(from, end);
        if (reporter != null) {
            out.add(new ViaAt(reporter.endTok(), true, viaOf(reporter)));
        }
        return out;
    }

    /**
     * A name told something that opens with a capital "The" inside the sentence, as only a title does: "told The Citizen
     * that", "told The Island". A person is never one.
     */
    private boolean isCapitalTheName(Mention m) {
        return isCapitalTheName(m, m.endTok());
    }

    /**
     * As {@link #isCapitalTheName(Mention)} for the name's words up to token end; no day among them, and no journalist
     * named by the title's possessive ("told The Atlantic's Jeffrey Goldberg").
     */
    private boolean isCapitalTheName(Mention m, int end) {
        int k = m.startTok();
        if (!t.eq(k, "the") || !t.isCapitalized(k) || a.sentenceStart(a.sentenceOf(k)) == k || end - k < 2) {
            return false;
        }
        for (int i = k + 1; i < end; i++) {
            if (ph.isPossessive(i) || ph.isPossessiveMark(i) || isWeekday(i)) {
                return false;
            }
        }
        return true;
    }

    /** Token i names a day of the week. */
    private boolean isWeekday(int i) {
        return t.isWord(i) && Dates.WEEKDAYS.contains(t.lower(i));
    }

    /** Report verbs of an outlet that closes a sentence: "…, the state news agency DrosPress reported." */
    private static final java.util.Set<String> OUTLET_REPORTS = java.util.Set.of("reported", "reports", "said", "says");

    /**
     * The outlet that reports a sentence from its end, after a comma ("the defence ministry said its forces had
     * struck …, the state news agency DrosPress reported."), or null; the sentence runs from token from to end.
     */
    Mention trailingReporter(int from, int end) {
        int verb = t.is(end - 1, '.') ? end - 2 : end - 1;
        // (an outlet's name ends in a capital: most sentences that end on "…, he said." are ruled out here)
        if (verb <= from || !t.isCapitalized(verb - 1) || !t.isWord(verb) || !OUTLET_REPORTS.contains(t.lower(verb))) {
            return null;
        }
        int comma = verb - 1;
        while (comma > from && comma > verb - 9 && !t.is(comma, ',')) {
            comma--;
        }
        if (!t.is(comma, ',') || a.inQuote(comma)) {
            return null;
        }
        Mention m = ph.right(comma + 1, verb);
        return m != null && m.endTok() == verb && m.type() == Mention.Type.ORG_NAME && isOutlet(m) ? m : null;
    }

    /**
     * The first token of the relay's object when word k introduces one (sentence from its start), else -1:
     * "according to X", "interview with X", "told X", "a post on X", "published by X". The openers are told
     * apart by length first, since this is asked of every word of a sentence with a statement.
     */
    private int relayObjectAt(int k, int from) {
        switch (t.length(k)) {
            case 2:
                if (t.eq(k, "to")) {
                    return k > from && afterSpeaking(k) ? k + 1 : -1;
                }
                if (t.eq(k, "on")) {
                    return k > from && (t.eq(k - 1, "post") || t.eq(k - 1, "posted") || t.eq(k - 1, "wrote")
                            || t.eq(k - 1, "interview") || t.eq(k - 1, "appearance")
                            || t.eq(k - 1, "message") || t.eq(k - 1, "video") || t.eq(k - 1, "said")
                            || t.eq(k - 1, "statement") || t.eq(k - 1, "channel") || t.eq(k - 1, "account")
                            // "Writing on Facebook, the mayor said", "Speaking on BBC Radio 4's Today programme, …"
                            || t.eq(k - 1, "writing") || t.eq(k - 1, "speaking") || t.eq(k - 1, "appearing")
                            || t.eq(k - 1, "posting")) ? k + 1 : -1;
                }
                if (t.eq(k, "in")) {
                    // "Writing in the Telegraph, the former chancellor argued", "wrote in the Financial Ledger that", "in
                    // a column in the Sentinel" (an outlet's name only: "wrote in a letter" names none)
                    return k > from && (t.eq(k - 1, "writing") || t.eq(k - 1, "wrote") || t.eq(k - 1, "writes")
                            || t.eq(k - 1, "column") || t.eq(k - 1, "op-ed") || t.eq(k - 1, "article")
                            || t.eq(k - 1, "editorial")) ? k + 1 : -1;
                }
                // "published by X", "documents seen by the Financial Ledger", "X, quoted by the PAP news agency, said", "a
                // statement carried by state news agency Karsinform"
                return t.eq(k, "by") && k > from && (t.eq(k - 1, "published") || t.eq(k - 1, "seen")
                        || t.eq(k - 1, "obtained") || t.eq(k - 1, "reviewed") || t.eq(k - 1, "carried")
                        || (t.eq(k - 1, "quoted") || t.eq(k - 1, "cited"))
                        && (t.is(k - 2, ',') || t.eq(k - 2, "as") && t.is(k - 3, ','))) ? k + 1 : -1; // ", as quoted by Antara"
            case 3:
                // "in his column for The Meridian Herald", "an op-ed for the Ledger"
                return t.eq(k, "for") && k > from && t.isWord(k - 1) && Finder.WRITTEN_FOR.contains(t.lower(k - 1)) ? k + 1 : -1;
            case 4:
                if (t.eq(k, "with")) {
                    return k > from && afterSpeaking(k) ? k + 1 : -1;
                }
                return t.eq(k, "told") || t.eq(k, "tell") ? k + 1 : -1;
            case 5:
                return t.eq(k, "tells") ? k + 1 : -1;
            case 7:
                return t.eq(k, "telling") ? k + 1 : -1; // "…, telling Vantage magazine that …"
            case 9:
                return t.eq(k, "according") && t.eq(k + 1, "to") ? k + 2 : -1;
            default:
                return -1;
        }
    }

    /**
     * "with"/"to" at k after an interview, remarks, a statement, a reply or "confirmed": "in an interview with X",
     * "speaking to X", "in a statement to RTN News", "in statements to Lusa", "confirmed to Ritzau" (an outlet's name
     * is asked for after "to").
     */
    private boolean afterSpeaking(int k) {
        return t.eq(k - 1, "interview") || t.eq(k - 1, "speaking") || t.eq(k - 1, "talking")
                || t.eq(k - 1, "comments") || t.eq(k - 1, "remarks") || t.eq(k - 1, "statement") || t.eq(k - 1, "email")
                || t.eq(k - 1, "reply") || t.eq(k - 1, "response") || t.eq(k - 1, "confirmed")
                || t.eq(k - 1, "comment") || t.eq(k - 1, "statements");
    }

    /**
     * A name of two words or more opening with a station's word: "told Radio Sur", "TV Azteca reported", "the radio
     * station Radio Litoral Sur".
     */
    private static boolean isStationName(String name) {
        int space = name == null ? -1 : name.indexOf(' ');
        return space > 0 && STATION_WORDS.contains(name.substring(0, space));
    }

    private static final java.util.Set<String> STATION_WORDS = java.util.Set.of("Radio", "Radyo", "Rádio", "TV", "Télé",
            "Canal", "Kanal");

    /**
     * Token k is the article that opens a paper's name in French, Spanish, Italian, German or Dutch, after "told" or
     * "in an interview with": "told Le Parisien", "told La Nación", "in an interview with Die Zeit".
     */
    private boolean isForeignArticle(int k) {
        return t.isCapitalized(k) && FOREIGN_ARTICLES.contains(t.lower(k));
    }

    private static final java.util.Set<String> FOREIGN_ARTICLES = java.util.Set.of("le", "la", "el", "il", "die", "der",
            "het", "les", "los", "las");

    /** Token k is what a person or a body keeps on a channel: the "page" of "his Facebook page". */
    private boolean isChannelPage(int k) {
        return t.isWord(k) && (t.eq(k, "page") || t.eq(k, "account") || t.eq(k, "feed") || t.eq(k, "channel"));
    }

    /** Token k is a lower-case word that names what kind of outlet the name before it is: "told Heat magazine". */
    boolean isOutletNounAfter(int k) {
        return t.isWord(k) && !t.isCapitalized(k) && OUTLET_NOUNS_AFTER.contains(t.lower(k));
    }

    private static final java.util.Set<String> OUTLET_NOUNS_AFTER = java.util.Set.of("magazine", "newspaper", "radio",
            "podcast", "website", "tv", "television", "daily", "weekly", "portal", "tabloid");

    /**
     * A name of two words or more that a media word opens ("the Diario de Garbí", "Gazeta Pomorska") or that ends as only
     * a site's or a newsletter's name does ("Gridiron Report", "Harbour Insider", "Northvale Online"): after "told" or
     * "in an interview with", where no person's name is so made.
     */
    private boolean isOutletShapedName(Mention m) {
        int first = t.eq(m.startTok(), "the") ? m.startTok() + 1 : m.startTok();
        int last = m.endTok() - 1;
        return last > first && t.isCapitalized(first) && (ph.has(first, Lexicon.MEDIA)
                || t.eq(last, "report") || t.eq(last, "insider") || t.eq(last, "online"));
    }

    /** A media word with a number glued to it: "News24", "Radio702". */
    private boolean isNumberedOutlet(String name) {
        if (name == null) {
            return false;
        }
        int d = digitsFrom(name);
        return d > 1 && d < name.length() && name.indexOf(' ') < 0
                && lex.in(Lexicon.MEDIA, name.substring(0, d).toLowerCase(java.util.Locale.ROOT));
    }

    /** Where the digits that end a name begin: 4 for "News24", the name's length when it ends in none. */
    private static int digitsFrom(String name) {
        int d = name.length();
        while (d > 0 && Character.isDigit(name.charAt(d - 1))) {
            d--;
        }
        return d;
    }

    /** One word of letters and then digits, as a station's or a site's name is and no person's: "Digi24", "Kanal7". */
    private static boolean isNumberedName(String name) {
        int n = name.length();
        int d = digitsFrom(name);
        if (d < 2 || d == n || n - d > 3 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < d; i++) {
            if (!Character.isLetter(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** What a channel carries: "in a LinkedIn post", "in a YouTube video". */
    private static final java.util.Set<String> POSTS = java.util.Set.of("post", "video", "message", "tweet",
            "update", "story", "livestream", "broadcast", "podcast", "reel", "thread");

    private static final java.util.Set<String> PAPER_OPENERS = java.util.Set.of("daily", "weekly", "sunday", "evening",
            "morning");

    /** "the Daily Beacon", "the Sunday Clarion": a name of two or three words opened by when the paper comes out. */
    private static boolean isPaperName(Mention m) {
        String name = m.name();
        if (name == null || !m.isName()) {
            return false;
        }
        String[] words = (name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name).split(" ");
        return (words.length == 2 || words.length == 3) && PAPER_OPENERS.contains(words[0].toLowerCase(java.util.Locale.ROOT));
    }

    boolean isOutlet(Mention m) {
        String name = m.name() == null ? "" : m.name().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        if (name.startsWith("the ")) {
            name = name.substring(4);
        }
        int space = name.indexOf(' ');
        // "BBC Sport", "CNN International": a desk or service of a known outlet
        boolean ofOutlet = space > 0 && lex.in(Lexicon.VIA, name.substring(0, space));
        return lex.in(Lexicon.VIA, name) || ofOutlet || isPaperName(m) || lex.in(Lexicon.MEDIA, m.head()) || afterMediaNoun(m)
                || isCallSign(m.name()) || ph.isWebSite(m.endTok() - 1);
    }

    /**
     * A North American broadcaster's call sign: K or W and two or three more capitals, maybe with its band ("told
     * KWLF", "WXYZ-TV"); not a body or a firm known by such letters (WHO, WTO, KPMG).
     */
    static boolean isCallSign(String name) {
        if (name == null || name.length() < 3 || NOT_CALL_SIGNS.contains(name)) {
            return false;
        }
        int dash = name.indexOf('-');
        int letters = dash < 0 ? name.length() : dash;
        if (letters < 3 || letters > 4 || name.charAt(0) != 'K' && name.charAt(0) != 'W'
                || dash >= 0 && !CALL_SIGN_BANDS.contains(name.substring(dash + 1))) {
            return false;
        }
        for (int i = 1; i < letters; i++) {
            if (name.charAt(i) < 'A' || name.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> NOT_CALL_SIGNS = java.util.Set.of("WHO", "WTO", "WFP", "WEF", "WWF",
            "WWE", "KPMG", "KFC", "KGB");

    private static final java.util.Set<String> CALL_SIGN_BANDS = java.util.Set.of("TV", "FM", "AM", "DT", "CD", "LP");

    /**
     * Where the capitalised name after "the" ends when lower-case words end the phrase with a media word ("the PAP
     * news agency", "the Kuria Times newspaper"), or, in a document's phrase, after "a" or "the" ("A PTI report");
     * else the phrase's first token.
     */
    private int nameBeforeNoun(Mention m) {
        int k = m.startTok();
        boolean document = m.type() == Mention.Type.DOCUMENT;
        if (!(t.eq(k, "the") || document && t.eq(k, "a")) || !t.isCapitalized(k + 1)
                || !document && !lex.in(Lexicon.MEDIA, t.lower(m.endTok() - 1))) {
            return k;
        }
        int named = k + 1;
        while (named < m.endTok() && t.isCapitalized(named)) {
            named++;
        }
        for (int j = named; j < m.endTok(); j++) {
            if (!t.isWord(j) || t.isCapitalized(j)) {
                return k;
            }
        }
        return named < m.endTok() ? named : k;
    }

    /** "the news agency Nordpress", "the broadcaster Kanal 7": an outlet noun right before the name. */
    private boolean afterMediaNoun(Mention m) {
        if (m.name() == null) {
            return false;
        }
        int at = a.text().indexOf(m.name(), m.start());
        if (at <= m.start()) {
            return false;
        }
        int k = t.firstAtOrAfter(at) - 1;
        return k >= m.startTok() && t.isWord(k) && !t.isCapitalized(k) && (ph.has(k, Lexicon.MEDIA) || ph.isOutletNoun(k));
    }
}
