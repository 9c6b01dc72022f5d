package org.whosaid.eval;

import java.util.List;

/**
 * One annotated article: its text and the statements and rejected spans a person marked in it.
 * Offsets are code points into the text. With {@code relations}, each gold statement is a whole attribution
 * relation whose content may hold several statements of the output (PolNeAR: “A,” she said. “B.” is one relation
 * with its content in two pieces; whosaid gives one statement per piece); else each is one statement.
 */
public record GoldArticle(String id, String text, List<GoldStatement> statements, List<GoldRejected> rejected,
                          boolean relations) {
    public GoldArticle {
        statements = List.copyOf(statements);
        rejected = List.copyOf(rejected);
    }

    /**
     * One gold statement. {@code speaker} is the resolved name (whosaid's gold) or null;
     * {@code sourceStart/sourceEnd} the speaker span as written (PolNeAR), or -1; {@code kind},
     * {@code role} may be null when the format has none; {@code speech} is false for attributions
     * whose cue is not a speech or writing verb (PolNeAR's beliefs and knowledge). {@code pieces} are the spans of
     * content given in several pieces, from {@code start} to {@code end} with gaps between them ("“A,” she said.
     * “B.”"); empty when the content is one span.
     */
    public record GoldStatement(String kind, int start, int end, String speaker, int sourceStart, int sourceEnd,
                                String role, String cue, List<String> via, List<String> phenomena, boolean speech,
                                List<Piece> pieces) {
        public GoldStatement {
            via = via == null ? null : List.copyOf(via);
            phenomena = List.copyOf(phenomena);
            pieces = List.copyOf(pieces);
        }
    }

    /** One piece of a gold statement's content, code points [start, end). */
    public record Piece(int start, int end) {
    }

    /** A marked span that is not a statement, with the annotator's reason. */
    public record GoldRejected(int start, int end, String reason) {
    }
}
