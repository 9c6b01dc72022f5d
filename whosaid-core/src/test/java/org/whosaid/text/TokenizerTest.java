package org.whosaid.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the tokeniser splits words: periods inside abbreviations, figures and web addresses. */
class TokenizerTest {

    private static List<String> tokens(String text) {
        Tokens t = Tokenizer.tokenize(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.text(i));
        }
        return out;
    }

    @Test
    void aWebSitesNameIsOneWordAndItsPeriodEndsNoSentence() {
        assertEquals(List.of("told", "NewZimbabwe.com", "that"), tokens("told NewZimbabwe.com that"));
        assertEquals(List.of("on", "thisisnorthvale.co.uk", "."), tokens("on thisisnorthvale.co.uk."));
        assertEquals(1, Analysis.of("The chair told NewZimbabwe.com that vendors were fined.").sentenceCount());
    }

    @Test
    void aPeriodBeforeAnyOtherWordStaysASentenceEnd() {
        assertEquals(List.of("It", "was", "over", ".", "Companies", "left"), tokens("It was over.Companies left"));
        assertEquals(List.of("the", "port", ".", "company"), tokens("the port.company"));
        assertEquals(List.of("U.S", ".", "officials"), tokens("U.S. officials"));
    }

    @Test
    void endlessDomainEndingsAreReadInLinearTime() {
        String text = "a" + ".co".repeat(200_000);
        Tokens t = Tokenizer.tokenize(text);
        // more than three endings in a row are no web address: word, period, word, … (the last few join into one word)
        assertEquals(List.of("a", ".", "co", "."), List.of(t.text(0), t.text(1), t.text(2), t.text(3)));
        assertEquals("co.co.co.co", t.text(t.size() - 1));
    }

    @Test
    void aLowerCaseLetterBeforeInitialsIsAName() {
        Tokens t = Analysis.of("Broadcaster eNCA quoted the mRNA study and dpa.").tokens();
        assertEquals(List.of(true, true, false, false, false, false, false, true),
                List.of(t.isCapitalized(0), t.isCapitalized(1), t.isCapitalized(2), t.isCapitalized(3), t.isCapitalized(4),
                        t.isCapitalized(5), t.isCapitalized(6), t.isCapitalized(7)));
    }
}
