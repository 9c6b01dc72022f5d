package org.whosaid.resolve;

/**
 * One mention of a document in the article and who issued it, as its sentence says: "a report released on Monday by
 * the Centre for …", "X, in a communiqué issued after …", "the regulator issued a show-cause notice".
 *
 * @param head   char offset of the document's head word
 * @param word   the head word, lower-cased
 * @param family the head, or the word that stands for its kind ("study" for a survey, a report or a paper;
 *               "lawsuit" for a complaint or a suit), so that "the study found" finds "the largest survey … by"
 * @param issuer the phrase naming the issuer, or null when the sentence names none
 */
public record Issued(int head, String word, String family, Mention issuer) {
    /** Research documents: "the largest survey … by researchers" is "the study" later. */
    private static final java.util.Set<String> RESEARCH = java.util.Set.of("study", "studies", "survey", "surveys",
            "report", "paper", "research", "analysis", "findings");
    /** A suit and the complaint that brings it. */
    private static final java.util.Set<String> LEGAL = java.util.Set.of("lawsuit", "suit", "complaint", "petition");

    /** The family of a lower-case document head word. */
    public static String familyOf(String head) {
        return head == null ? "" : RESEARCH.contains(head) ? "study" : LEGAL.contains(head) ? "lawsuit" : head;
    }
}
