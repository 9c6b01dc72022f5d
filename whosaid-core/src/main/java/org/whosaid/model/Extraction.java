package org.whosaid.model;

import java.util.List;

/** The result of extracting one article: its statements and the marked spans set aside. */
public record Extraction(Article article, List<Statement> statements, List<Rejected> rejected) {
    public Extraction {
        statements = List.copyOf(statements);
        rejected = List.copyOf(rejected);
    }
}
