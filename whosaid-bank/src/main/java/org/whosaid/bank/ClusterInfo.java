package org.whosaid.bank;

import java.util.List;

/**
 * A repeated statement: every appearance of the same quote (trimmed, re-punctuated, with or without
 * ellipses) across articles, earliest published first (ties: first indexed), each with its via chain.
 */
public record ClusterInfo(String id, Appearance first, List<Appearance> appearances, List<String> outlets) {
    public ClusterInfo {
        appearances = List.copyOf(appearances);
        outlets = List.copyOf(outlets);
    }
}
