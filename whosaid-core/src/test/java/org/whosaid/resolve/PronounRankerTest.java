package org.whosaid.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.whosaid.model.SpeakerType;

/** The ranker's weights as the resource holds them, and when its choice replaces the rules'. */
class PronounRankerTest {

    private static PronounRanker.Candidate c(String name, String... features) {
        return new PronounRanker.Candidate(name, SpeakerType.PERSON, null, List.of(features));
    }

    private static final PronounRanker RANKER = new PronounRanker(Map.of("last-speaker", 2.0, "subj", 1.5,
            "rank=1", 1.0), 1.0);

    @Test
    void readsWeightsAndMarginSkippingCommentsAndBlankLines() throws Exception {
        String tsv = "# trained on 3 articles\n\nmargin\t0.5\nsubj\t1.25\nrank=3\t-2\n";
        PronounRanker r = PronounRanker.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(0.5, r.margin());
        assertEquals(1.25 - 2, r.score(List.of("subj", "rank=3", "unknown-feature")));
    }

    @Test
    void replacesTheRulesChoiceOnlyWhenTheBestOutscoresItByMoreThanTheMargin() {
        List<PronounRanker.Candidate> cs = List.of(c("Ann Roe", "subj", "rank=1"), c("Bea Fox", "last-speaker"));
        // 2.5 against 2.0: within the margin of 1.0, the rules' Bea Fox stands
        assertNull(RANKER.override("Bea Fox", cs));
        List<PronounRanker.Candidate> far = List.of(c("Ann Roe", "subj", "rank=1", "last-speaker"), c("Bea Fox"));
        assertEquals("Ann Roe", RANKER.override("Bea Fox", far).name());
        // the rules' choice is the best: nothing to replace
        assertNull(RANKER.override("Ann Roe", far));
    }

    @Test
    void keepsTheRulesChoiceWhenTheBestHoldsNoMoreThanHalfTheCandidatesWeight() {
        // Ann and Cid score 2.5 each, Bea 0: Ann beats Bea by more than the margin but holds under half the weight
        List<PronounRanker.Candidate> cs = List.of(c("Ann Roe", "subj", "rank=1"), c("Cid Low", "subj", "rank=1"),
                c("Bea Fox"));
        assertNull(RANKER.override("Bea Fox", cs));
        // without Cid, Ann holds nearly all of it
        assertEquals("Ann Roe", RANKER.override("Bea Fox", List.of(c("Ann Roe", "subj", "rank=1"), c("Bea Fox"))).name());
    }

    @Test
    void keepsARulesChoiceThatIsNoCandidateAndFillsNoChoice() {
        List<PronounRanker.Candidate> cs = List.of(c("Ann Roe", "subj"));
        assertNull(RANKER.override("a spokeswoman", cs)); // an unnamed source the rules found stays
        assertEquals("Ann Roe", RANKER.override(null, cs).name());
        assertNull(RANKER.override(null, List.of()));
    }

    @Test
    void anEmptyRankerNeverOverrides() {
        PronounRanker none = new PronounRanker(Map.of(), 0);
        assertTrue(none.isEmpty());
        assertNull(none.override(null, List.of(c("Ann Roe", "subj"))));
    }

    @Test
    void theShippedWeightsFavourTheLastSpeakerAndASubjectNamedSinceTheLastStatement() {
        PronounRanker shipped = PronounRanker.trained();
        assertTrue(shipped.score(List.of("last-speaker")) > 0);
        assertTrue(shipped.score(List.of("after-last-statement&subj")) > 0);
        assertTrue(shipped.score(List.of("rank=1")) > shipped.score(List.of("rank=3")));
    }
}
