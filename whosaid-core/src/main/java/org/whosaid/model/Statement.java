package org.whosaid.model;

import java.util.List;

/**
 * Something a source said or wrote, as the article reports it. {@code evidence} names the rules
 * that made the attribution, so a wrong one can be explained.
 */
public record Statement(String id, Kind kind, Span quote, Speaker speaker, Cue cue, List<Via> via,
                        double confidence, List<String> evidence) {
    public Statement {
        via = List.copyOf(via);
        evidence = List.copyOf(evidence);
    }
}
