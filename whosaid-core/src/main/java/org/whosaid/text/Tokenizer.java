package org.whosaid.text;

/**
 * Splits text into word, number, quote-mark and punctuation tokens in one linear pass. Apostrophes
 * and hyphens between letters stay inside words ("Ukraine’s", "Commander-in-Chief"); periods stay
 * inside abbreviations written with inner periods ("U.S"); a typewriter dash ("--") is one token.
 */
public final class Tokenizer {

    private Tokenizer() {
    }

    public static Tokens tokenize(String text) {
        int n = text.length();
        Tokens t = new Tokens(text, n / 5);
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
            } else if (Character.isLetter(c) || Character.isHighSurrogate(c) && Character.isLetter(text.codePointAt(i))) {
                int j = i + Character.charCount(text.codePointAt(i));
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if (Character.isHighSurrogate(d) && j + 1 < n) {
                        j += 2;
                    } else if ((d == '\'' || d == '\u2019' || d == '-' || d == '\u2010' || d == '.' || d == '&')
                            && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))
                            && (d != '.' || isAbbreviationDot(text, i, j) || isDecimalPoint(text, j) || isDomainDot(text, j))) {
                        j += 2;
                    } else if (d == ',' && isThousandsComma(text, j)) {
                        j += 4; // the thousands of an amount after its currency: "RM7,500", "N$1,200"
                    } else {
                        break;
                    }
                }
                t.add(i, j, Tokens.WORD);
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i + 1;
                while (j < n) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if ((d == '.' || d == ',' || d == ':' || d == '-') && j + 1 < n && Character.isDigit(text.charAt(j + 1))) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                t.add(i, j, Tokens.NUMBER);
                i = j;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                int j = i + 2 < n && text.charAt(i + 2) == '-' ? i + 3 : i + 2;
                t.add(i, j, Tokens.PUNCT); // a typewriter dash, "--" or "---": one token, read as an em dash
                i = j;
            } else {
                t.add(i, i + 1, QuoteMarks.isMark(c) ? Tokens.QUOTE : Tokens.PUNCT);
                i++;
            }
        }
        return t;
    }

    /** A comma after a digit and before exactly three digits: a thousands separator, never a clause's comma. */
    private static boolean isThousandsComma(String text, int comma) {
        int n = text.length();
        if (comma + 3 >= n || !Character.isDigit(text.charAt(comma - 1))) {
            return false;
        }
        for (int k = comma + 1; k <= comma + 3; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return comma + 4 >= n || !Character.isDigit(text.charAt(comma + 4));
    }

    /** A period between digits inside a word: the decimal point of "Sh6.8", "Rs3.5", "HK$1.2" (never a sentence end). */
    private static boolean isDecimalPoint(String text, int dot) {
        return Character.isDigit(text.charAt(dot - 1)) && Character.isDigit(text.charAt(dot + 1));
    }

    /**
     * The period before a web domain's ending, which ends the word: the ".com" of "NewZimbabwe.com", the ".co" and ".uk" of
     * "thisisnorthvale.co.uk" (a site's name, never a sentence end). Looks at most three short endings ahead, so that a
     * text of endless ".co.co.co" costs no more than any other.
     */
    public static boolean isDomainDot(String text, int dot) {
        int n = text.length();
        int k = endingEnd(text, dot);
        if (k < 0) {
            return false;
        }
        // one or two more endings may follow: "co.uk", "gov.co.uk"
        for (int more = 0; more < 2 && k + 1 < n && text.charAt(k) == '.' && Character.isLetter(text.charAt(k + 1)); more++) {
            k = endingEnd(text, k);
            if (k < 0) {
                return false;
            }
        }
        return k >= n || !Character.isLetterOrDigit(text.charAt(k))
                && !(text.charAt(k) == '.' && k + 1 < n && Character.isLetter(text.charAt(k + 1)));
    }

    /**
     * The characters from from to to (a word, a name) end in a web domain: "NewZimbabwe.com", "rappler.com". Only the last
     * characters are read, where the endings stand.
     */
    public static boolean endsInDomain(String text, int from, int to) {
        for (int d = Math.max(from + 1, to - 16); d < to - 1; d++) {
            if (text.charAt(d) == '.' && isDomainDot(text, d)) {
                return true;
            }
        }
        return false;
    }

    /** Where the domain ending after the period at dot ends, or -1 when no known ending of lower-case letters is there. */
    private static int endingEnd(String text, int dot) {
        int k = dot + 1;
        while (k < text.length() && k - dot <= LONGEST_ENDING + 1 && text.charAt(k) >= 'a' && text.charAt(k) <= 'z') {
            k++;
        }
        return k - dot - 1 <= LONGEST_ENDING && DOMAIN_ENDINGS.contains(text.substring(dot + 1, k)) ? k : -1;
    }

    private static final java.util.Set<String> DOMAIN_ENDINGS = java.util.Set.of("com", "org", "net", "gov", "edu",
            "info", "io", "news", "tv", "co", "uk", "au", "nz", "za", "ng", "ke", "ie", "zw", "pk", "ca", "gh", "ug",
            "ph", "my",
            // (countries' endings that are no English word: "Klix.ba", "Money.pl")
            "pl", "ba", "rs", "hr", "si", "cz", "sk", "hu", "ro", "bg", "lt", "lv", "ee", "fi", "se", "dk", "de", "ch",
            "nl", "fr", "es", "pt", "gr", "cy", "mt", "lk", "bd", "np", "sg", "vn", "hk", "tw", "jp", "kr", "cn", "ru",
            "ua", "kz", "ge", "tr", "il", "ae", "eg", "ma", "tn", "sn", "tz", "rw", "zm", "mw", "bw", "mz", "et", "br",
            "ar", "cl", "mx", "pe", "fj", "pg", "al", "mk", "md", "lu");

    private static final int LONGEST_ENDING = 4;

    /** A period inside a word only when the word so far is single letters and periods ("U.S"). */
    private static boolean isAbbreviationDot(String text, int wordStart, int dot) {
        for (int k = wordStart; k < dot; k++) {
            char c = text.charAt(k);
            if (c != '.' && (k + 1 < dot && text.charAt(k + 1) != '.')) {
                return false;
            }
        }
        return dot + 2 >= text.length() || !Character.isLetter(text.charAt(dot + 2));
    }
}
